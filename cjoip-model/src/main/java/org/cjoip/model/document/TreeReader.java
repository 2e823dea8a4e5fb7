package org.cjoip.model.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a JSON or YAML document into a tree while recording where every node stands, and
 * refuses, with a located problem, what no plan or edition document may contain: invalid
 * UTF-8, duplicate keys, YAML anchors, aliases and tags, and anything beyond the limits.
 *
 * <p>Shared by the readers of this package, so all of them locate their errors the same way.
 */
final class TreeReader {

  /** A document's tree with the position of each node. */
  record Located(JsonNode root, SourceMap sourceMap) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Limits limits;
  private final JsonFactory jsonFactory;
  private final YAMLFactory yamlFactory;

  TreeReader(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
            .maxDocumentLength(limits.maxDocumentBytes())
            .build();
    this.jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(true); // detected here, with a located message
    loader.setMaxAliasesForCollections(limits.maxYamlAliases());
    loader.setNestingDepthLimit(limits.maxNestingDepth());
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()));
    loader.setAllowRecursiveKeys(false);
    this.yamlFactory =
        YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
  }

  /** Reads a whole stream, refusing it once it passes the document size limit. */
  byte[] readStream(InputStream in, String source) throws DocumentException {
    try {
      int most = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1);
      return checkSize(in.readNBytes(most), source);
    } catch (IOException e) {
      throw new DocumentException(
          problem(source, 0, 0, "", "could not be read: " + e.getMessage()));
    }
  }

  /**
   * Reads a whole file; a missing file, a directory or an unreadable file is a problem.
   *
   * @param what what the file should be, for messages: "a plan document"
   */
  byte[] readFile(Path file, String source, String what) throws DocumentException {
    if (Files.isDirectory(file)) {
      throw new DocumentException(problem(source, 0, 0, "", "is a directory, not " + what));
    }
    try {
      // Refused before reading: a huge file must not be loaded to find out it is too large.
      checkSize(Files.size(file), source);
      return checkSize(Files.readAllBytes(file), source);
    } catch (NoSuchFileException e) {
      throw new DocumentException(problem(source, 0, 0, "", "no such file"));
    } catch (IOException e) {
      throw new DocumentException(
          problem(source, 0, 0, "", "could not be read: " + e.getMessage()));
    }
  }

  /** Refuses a document of more bytes than the limit; returns the bytes otherwise. */
  byte[] checkSize(byte[] bytes, String source) throws DocumentException {
    checkSize(bytes.length, source);
    return bytes;
  }

  /** Refuses a document whose size in bytes passes the limit. */
  void checkSize(long size, String source) throws DocumentException {
    if (size > limits.maxDocumentBytes()) {
      throw new DocumentException(
          problem(source, 0, 0, "", "the document is larger than the limit of "
              + limits.maxDocumentBytes() + " bytes"));
    }
  }

  /**
   * Reads a document's bytes, which must be strict UTF-8 (a byte-order mark is dropped). The
   * parser reads the bytes themselves, so a large document is never also held as text.
   */
  Located read(byte[] bytes, String source, Format format) throws DocumentException {
    checkSize(bytes, source);
    validateUtf8(bytes, source);
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    boolean blank = true;
    for (int i = offset; i < bytes.length && blank; i++) {
      blank = Character.isWhitespace(bytes[i]);
    }
    if (blank) {
      throw new DocumentException(problem(source, 1, 1, "", "the document is empty"));
    }
    int start = offset;
    return parse(source, format, () -> format == Format.JSON
        ? jsonFactory.createParser(bytes, start, bytes.length - start)
        : yamlFactory.createParser(
            new InputStreamReader(
                new ByteArrayInputStream(bytes, start, bytes.length - start),
                StandardCharsets.UTF_8)));
  }

  /** Reads a document's text. */
  Located read(String text, String source, Format format) throws DocumentException {
    checkSize(text.length(), source);
    if (text.isBlank()) {
      throw new DocumentException(problem(source, 1, 1, "", "the document is empty"));
    }
    return parse(source, format, () -> format == Format.JSON
        ? jsonFactory.createParser(text) : yamlFactory.createParser(text));
  }

  /** Opens a parser over a document. */
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private Located parse(String source, Format format, ParserSource open)
      throws DocumentException {
    Builder builder = new Builder(source);
    JsonParser parser = null;
    try {
      parser = open.open();
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new DocumentException(problem(source, 1, 1, "", "the document is empty"));
      }
      JsonNode root = builder.value(parser, "", 0);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new DocumentException(
            problem(source, at.getLineNr(), at.getColumnNr(), "",
                "unexpected content after the end of the document"));
      }
      return new Located(root, new SourceMap(builder.positions));
    } catch (StreamConstraintsException e) {
      // Where the parser noticed depends on its buffers: locate the value that passed a limit.
      JsonLocation at = parser == null ? null : parser.currentTokenLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new DocumentException(
          problem(source, line, column, builder.currentPointer(), limitMessage(e)));
    } catch (JsonProcessingException e) {
      MarkedYAMLException yaml = yamlCause(e);
      if (yaml != null && yaml.getProblemMark() != null) {
        throw new DocumentException(
            problem(source, yaml.getProblemMark().getLine() + 1,
                yaml.getProblemMark().getColumn() + 1, builder.currentPointer(),
                "malformed YAML: " + firstLine(yaml.getProblem())));
      }
      JsonLocation at = e.getLocation();
      if ((at == null || at.getLineNr() <= 0) && parser != null) {
        at = parser.currentLocation();
      }
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      String pointer = builder.currentPointer();
      if (parser != null && pointer.isEmpty()) {
        // The JSON parser reads a field's name and value together: its context knows more.
        pointer = parser.getParsingContext().pathAsPointer().toString();
      }
      throw new DocumentException(
          problem(source, line, column, pointer, syntaxMessage(e, format)));
    } catch (IOException e) {
      throw new DocumentException(
          problem(source, 0, 0, "", "could not be read: " + e.getMessage()));
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (aliases, code points, nesting) as unchecked exceptions.
      MarkedYAMLException yaml = yamlCause(e);
      int line = yaml != null && yaml.getProblemMark() != null
          ? yaml.getProblemMark().getLine() + 1 : 0;
      int column = line > 0 ? yaml.getProblemMark().getColumn() + 1 : 0;
      String message = yaml != null ? yaml.getProblem() : String.valueOf(e.getMessage());
      throw new DocumentException(
          problem(source, line, column, builder.currentPointer(), "malformed YAML: "
              + firstLine(message)));
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Reading from a string: nothing to release that could fail.
      }
    }
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  private static void validateUtf8(byte[] bytes, String source) throws DocumentException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // Validation only, through a small window: the text itself is never built here.
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw notUtf8(bytes, in.position(), source);
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  private static DocumentException notUtf8(byte[] bytes, int offset, String source) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new DocumentException(
        problem(source, line, column, "",
            String.format("the document is not valid UTF-8: byte 0x%02X at offset %d",
                bytes[offset] & 0xFF, offset)));
  }

  private String limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    if (m.startsWith("String value length")) {
      return "a text value is longer than the limit of " + limits.maxStringLength()
          + " characters";
    }
    if (m.startsWith("Name length")) {
      return "a key is longer than the limit of " + Math.min(limits.maxStringLength(), 50_000)
          + " characters";
    }
    if (m.startsWith("Document nesting depth")) {
      return "the document nests deeper than the limit of " + limits.maxNestingDepth();
    }
    if (m.startsWith("Document length")) {
      return "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes";
    }
    return "the document passes a reading limit: " + firstLine(m);
  }

  private static String syntaxMessage(JsonProcessingException e, Format format) {
    String message = firstLine(e.getOriginalMessage());
    return (format == Format.JSON ? "malformed JSON: " : "malformed YAML: ") + message;
  }

  private static String firstLine(String message) {
    String m = message == null ? "unreadable" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  static Problem problem(String source, int line, int column, String pointer, String message) {
    return Problem.builder()
        .severity(Problem.Severity.ERROR)
        .source(source)
        .line(line)
        .column(column)
        .pointer(pointer)
        .message(message)
        .build();
  }

  /** Builds the tree from the parser's tokens, one node per value, recording positions. */
  private final class Builder {
    private final String source;
    private final Map<String, SourceMap.Position> positions = new LinkedHashMap<>();
    private final Deque<String> path = new ArrayDeque<>();
    // The node about to be read: a parse error before its first token still belongs to it.
    private String pending;

    Builder(String source) {
      this.source = source;
    }

    String currentPointer() {
      if (pending != null) {
        return pending;
      }
      return path.isEmpty() ? "" : path.peekLast();
    }

    JsonNode value(JsonParser parser, String pointer, int depth)
        throws IOException, DocumentException {
      pending = null;
      path.addLast(pointer);
      JsonLocation at = parser.currentTokenLocation();
      positions.put(pointer, new SourceMap.Position(at.getLineNr(), at.getColumnNr()));
      if (depth > limits.maxNestingDepth()) {
        throw located(at, pointer,
            "the document nests deeper than the limit of " + limits.maxNestingDepth());
      }
      refuseYamlExtras(parser, pointer, at);
      JsonToken token = parser.currentToken();
      JsonNode node;
      switch (token) {
        case START_OBJECT -> {
          ObjectNode object = NODES.objectNode();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            if (name.length() > limits.maxStringLength()) {
              throw located(nameAt, pointer, "a key is longer than the limit of "
                  + limits.maxStringLength() + " characters");
            }
            String child = pointer + "/" + SourceMap.escape(name);
            if (parser instanceof YAMLParser && name.equals("<<")) {
              // A merge key would copy another mapping in: refused like the aliases it needs.
              throw located(nameAt, child, "YAML merge keys are not allowed in this document");
            }
            if (object.has(name)) {
              throw located(nameAt, child, "duplicate key '" + name + "'");
            }
            pending = child;
            parser.nextToken();
            object.set(name, value(parser, child, depth + 1));
          }
          node = object;
        }
        case START_ARRAY -> {
          ArrayNode array = NODES.arrayNode();
          int index = 0;
          pending = pointer + "/" + index;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, pointer + "/" + index, depth + 1));
            index++;
            pending = pointer + "/" + index;
          }
          pending = null;
          node = array;
        }
        case VALUE_STRING -> {
          String value = parser.getText();
          if (value.length() > limits.maxStringLength()) {
            throw located(at, pointer, "a text value is longer than the limit of "
                + limits.maxStringLength() + " characters");
          }
          node = NODES.textNode(value);
        }
        case VALUE_NUMBER_INT -> node = NODES.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT -> node = NODES.numberNode(parser.getDecimalValue());
        case VALUE_TRUE -> node = NODES.booleanNode(true);
        case VALUE_FALSE -> node = NODES.booleanNode(false);
        case VALUE_NULL -> node = NODES.nullNode();
        default -> throw located(at, pointer, "unexpected " + token);
      }
      path.removeLast();
      pending = null;
      return node;
    }

    private void refuseYamlExtras(JsonParser parser, String pointer, JsonLocation at)
        throws IOException, DocumentException {
      if (!(parser instanceof YAMLParser yaml)) {
        return;
      }
      if (yaml.isCurrentAlias()) {
        throw located(at, pointer, "YAML aliases are not allowed in this document");
      }
      if (yaml.getObjectId() != null) {
        throw located(at, pointer, "YAML anchors are not allowed in this document");
      }
      String tag = yaml.getTypeId();
      if (tag != null && !isStandardTag(tag)) {
        throw located(at, pointer, "YAML tags are not allowed in this document: " + tag);
      }
    }

    private boolean isStandardTag(String tag) {
      // Core-schema tags name plain values, never classes; anything else is refused.
      return tag.equals("!") || tag.startsWith("tag:yaml.org,2002:str")
          || tag.startsWith("tag:yaml.org,2002:int") || tag.startsWith("tag:yaml.org,2002:float")
          || tag.startsWith("tag:yaml.org,2002:bool") || tag.startsWith("tag:yaml.org,2002:null")
          || tag.startsWith("tag:yaml.org,2002:map") || tag.startsWith("tag:yaml.org,2002:seq");
    }

    private DocumentException located(JsonLocation at, String pointer, String message) {
      return new DocumentException(
          problem(source, at.getLineNr(), at.getColumnNr(), pointer, message));
    }
  }
}
