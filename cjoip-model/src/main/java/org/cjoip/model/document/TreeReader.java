package org.cjoip.model.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.model.text.Printable;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a JSON or YAML document into a tree while recording where every node stands, and
 * refuses, with a located problem, what no plan or edition document may contain: text that is
 * not UTF-8 (UTF-16 and UTF-32 included), NUL, lone surrogates, duplicate keys, YAML anchors,
 * aliases and tags, YAML 1.1 forms of numbers, and anything beyond the limits.
 *
 * <p>The document is parsed as it is read, never held whole: the limits are checked at each
 * value, so a hostile document is refused at the first value past a limit.
 *
 * <p>Shared by the readers of this package, so all of them locate their errors the same way.
 */
final class TreeReader {

  /**
   * A document's tree with the position of each node, and the format it was read in; with the
   * values refused as it was read that did not stop the reading (the first of them, and how
   * many more), each standing in the tree as the text it was written as, for binding to report
   * with its own problems.
   */
  record Located(JsonNode root, SourceMap sourceMap, Format format, List<Problem> refused,
      long refusedMore) {

    Located(JsonNode root, SourceMap sourceMap, Format format) {
      this(root, sourceMap, format, List.of(), 0);
    }

    /** Throws with the values refused as the document was read, when there are any. */
    void throwIfRefused() throws DocumentException {
      if (!refused.isEmpty()) {
        throw new DocumentException(withMore(refused, refusedMore, refused.get(0).source()));
      }
    }
  }

  /** The problems, then one that says how many more there were, when there were more. */
  static List<Problem> withMore(List<Problem> problems, long more, Optional<String> source) {
    if (more == 0) {
      return problems;
    }
    List<Problem> out = new ArrayList<>(problems);
    out.add(Problem.builder()
        .severity(Problem.Severity.ERROR)
        .source(source)
        .pointer("")
        .message("and " + more + " more problem" + (more == 1 ? "" : "s") + ", not listed")
        .build());
    return out;
  }

  private static final int PEEK = 64;

  private final Limits limits;
  private final TreeBuilder.Counted counted;
  private final JsonFactory jsonFactory;

  TreeReader(Limits limits) {
    this(limits, TreeBuilder.Counted.NONE);
  }

  /**
   * A reader of plans and annual returns: it counts their deliverables (a return's progress
   * entries stand in the same places) as it reads, so a document of more than the limit is
   * refused before it is all in memory.
   */
  static TreeReader forPlansAndReturns(Limits limits) {
    return new TreeReader(limits, new TreeBuilder.Counted(PlanReader.DELIVERABLE_LISTS,
        limits.maxDeliverables(), "deliverables"));
  }

  TreeReader(Limits limits, TreeBuilder.Counted counted) {
    this.limits = limits;
    this.counted = counted;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxKeyLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNumberLength(YamlEvents.MAX_NUMBER_LENGTH)
            .build();
    this.jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  Limits limits() {
    return limits;
  }

  /**
   * Reads a file, which must be a regular file within the size limit.
   *
   * @param what what the file should be, for messages: "a plan document"
   */
  Located readFile(Path file, String source, String what, Format format)
      throws DocumentException {
    try (InputStream in = InputFiles.open(file, limits.maxDocumentBytes(), what)) {
      return read(in, source, format);
    } catch (IOException e) {
      throw new DocumentException(problem(source, 0, 0, "", InputFiles.reason(e)));
    }
  }

  /** Reads a document's bytes. */
  Located read(byte[] bytes, String source, Format format) throws DocumentException {
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new DocumentException(
          problem(source, 0, 0, "", InputFiles.tooLargeMessage(limits.maxDocumentBytes())));
    }
    return read(new ByteArrayInputStream(bytes), source, format);
  }

  /** Reads a document's text, which is read as its UTF-8 bytes would be. */
  Located read(String text, String source, Format format) throws DocumentException {
    return read(utf8(text, source), source, format);
  }

  /** A text's UTF-8 bytes; a lone surrogate, which UTF-8 cannot hold, is a located problem. */
  static byte[] utf8(String text, String source) throws DocumentException {
    ByteBuffer bytes;
    try {
      bytes = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      int at = TreeBuilder.fault(text);
      int line = 1;
      int column = 1;
      for (int i = 0; i < at; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(text.charAt(i))) {
          column++;
        }
      }
      throw new DocumentException(problem(source, line, column, "", String.format(
          "the text holds a lone surrogate (\\u%04x), half of a character; write the whole "
              + "character", (int) text.charAt(Math.max(at, 0)))));
    }
    byte[] array = new byte[bytes.remaining()];
    bytes.get(array);
    return array;
  }

  /**
   * Reads a stream to its end, up to the size limit; {@code format} may be null, and then the
   * document's name, or else its first character, says which it is.
   */
  Located read(InputStream raw, String source, Format format) throws DocumentException {
    TextGuard guard = new TextGuard(InputFiles.bounded(raw, limits.maxDocumentBytes()));
    BufferedInputStream in = new BufferedInputStream(guard, 1 << 16);
    TreeBuilder tree = new TreeBuilder(source, limits, counted, guard);
    Format chosen = format;
    try {
      if (chosen == null) {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        chosen = Format.guess(source, head);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));
      if (chosen == Format.JSON) {
        json(reader, tree);
      } else {
        YamlEvents.read(reader, tree, limits);
      }
    } catch (DocumentException e) {
      throw tree.withRefused(e);
    } catch (IOException | RuntimeException e) {
      if (cause(e, ReaderException.class) != null && guard.firstUnprintable() != null) {
        TextGuard.Refused at = guard.firstUnprintable();
        throw tree.withRefused(
            new DocumentException(problem(source, at.line, at.column, "", at.getMessage())));
      }
      throw tree.withRefused(failure(e, tree, source, chosen));
    }
    if (!tree.done()) {
      throw new DocumentException(problem(source, 1, 1, "", "the document is empty"));
    }
    return tree.result(chosen);
  }

  private void json(Reader reader, TreeBuilder tree) throws IOException, DocumentException {
    try (JsonParser parser = jsonFactory.createParser(reader)) {
      jsonTokens(parser, tree);
    }
  }

  private void jsonTokens(JsonParser parser, TreeBuilder tree)
      throws IOException, DocumentException {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return;
      }
      int depth = 0;
      do {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            tree.start(token == JsonToken.START_OBJECT, line, column);
            depth++;
          }
          case END_OBJECT, END_ARRAY -> {
            tree.end();
            depth--;
          }
          case FIELD_NAME -> {
            String name = parser.currentName();
            JsonLocation end = parser.currentLocation();
            tree.key(name, line, column, end.getLineNr(), end.getColumnNr(), false);
          }
          case VALUE_STRING -> {
            String text = parser.getText();
            JsonLocation end = parser.currentLocation();
            tree.text(text, line, column, end.getLineNr(), end.getColumnNr());
          }
          case VALUE_NUMBER_INT -> tree.value(TreeBuilder.NODES.numberNode(
              parser.getBigIntegerValue()), line, column);
          case VALUE_NUMBER_FLOAT -> tree.decimal(parser.getText(), line, column);
          case VALUE_TRUE, VALUE_FALSE -> tree.value(
              TreeBuilder.NODES.booleanNode(token == JsonToken.VALUE_TRUE), line, column);
          case VALUE_NULL -> tree.value(TreeBuilder.NODES.nullNode(), line, column);
          default -> throw tree.error(line, column, tree.pointer(), "unexpected " + token);
        }
        if (depth == 0) {
          break;
        }
        token = parser.nextToken();
      } while (token != null);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw tree.error(at.getLineNr(), at.getColumnNr(), "",
            "unexpected content after the end of the document");
      }
    } catch (StreamConstraintsException e) {
      // Where the parser noticed depends on its buffers: locate the value that passed a limit.
      JsonLocation at = parser.currentTokenLocation();
      throw tree.error(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
          tree.pointer(), limitMessage(e));
    } catch (JsonProcessingException e) {
      if (cause(e, TextGuard.Refused.class) != null || InputFiles.tooLarge(e)) {
        throw e;
      }
      JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
          ? e.getLocation() : parser.currentLocation();
      // The parser reads a field's name and the start of its value together: its own context
      // knows the field a fault belongs to, where the tree has not seen the name yet.
      JsonStreamContext context = parser.getParsingContext();
      if (String.valueOf(e.getOriginalMessage()).contains("to start field name")
          && context.getParent() != null) {
        // A field name was due: the fault is the object's, not the field before it.
        context = context.getParent();
      }
      String pointer = context.pathAsPointer().toString();
      throw tree.error(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
          pointer.isEmpty() ? tree.pointer() : pointer,
          "malformed JSON: " + jsonMessage(e.getOriginalMessage()));
    }
  }

  /** The located problem a parser's failure stands for. */
  private DocumentException failure(Exception e, TreeBuilder tree, String source,
      Format format) {
    TextGuard.Refused refused = cause(e, TextGuard.Refused.class);
    if (refused != null) {
      return new DocumentException(
          problem(source, refused.line, refused.column, "", refused.getMessage()));
    }
    if (InputFiles.tooLarge(e)) {
      return new DocumentException(
          problem(source, 0, 0, "", InputFiles.tooLargeMessage(limits.maxDocumentBytes())));
    }
    if (e instanceof StreamConstraintsException limit) {
      JsonLocation at = limit.getLocation();
      return tree.error(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          tree.pointer(), limitMessage(limit));
    }
    MarkedYAMLException yaml = cause(e, MarkedYAMLException.class);
    if (yaml != null) {
      boolean atEnd = String.valueOf(yaml.getProblem()).contains("end of stream")
          && String.valueOf(yaml.getContext()).contains("quoted scalar");
      Optional<OpenQuote.Found> open = atEnd ? OpenQuote.atEnd(yaml.getProblemMark())
          : OpenQuote.before(yaml.getProblemMark());
      if (open.isPresent()) {
        return tree.error(open.get().line(), open.get().column(), tree.lastPointer(),
            "malformed YAML: the quote opened here is not closed on its line, so the text runs"
                + (atEnd ? " on to the end of the document" : " on to line " + open.get().ranTo())
                + "; end the line with a closing quote");
      }
      int line = YamlEvents.line(yaml.getProblemMark());
      int column = YamlEvents.column(yaml.getProblemMark());
      return tree.error(line, column, tree.pointerAt(line),
          "malformed YAML: " + YamlMessages.explain(yaml.getProblem(), yaml.getContext(),
              yaml.getProblemMark()));
    }
    if (e instanceof JsonProcessingException json) {
      JsonLocation at = json.getLocation();
      return tree.error(at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()), tree.pointer(),
          "malformed JSON: " + jsonMessage(json.getOriginalMessage()));
    }
    YAMLException other = cause(e, YAMLException.class);
    if (other != null && format == Format.YAML) {
      return tree.error(0, 0, tree.pointer(),
          "malformed YAML: " + YamlMessages.explain(other.getMessage(), null));
    }
    if (e instanceof IOException io) {
      return new DocumentException(problem(source, 0, 0, "", InputFiles.reason(io)));
    }
    throw (RuntimeException) e;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private String limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    if (m.startsWith("String value length")) {
      return "a text value is longer than the limit of " + limits.maxStringLength()
          + " characters";
    }
    if (m.startsWith("Name length")) {
      return "a key is longer than the limit of " + limits.maxKeyLength() + " characters";
    }
    if (m.startsWith("Document nesting depth")) {
      return "the document nests deeper than the limit of " + limits.maxNestingDepth();
    }
    if (m.startsWith("Document length")) {
      return InputFiles.tooLargeMessage(limits.maxDocumentBytes());
    }
    if (m.startsWith("Number value length")) {
      return "a number is longer than the limit of " + YamlEvents.MAX_NUMBER_LENGTH
          + " characters";
    }
    return "the document passes a reading limit";
  }

  private static final Pattern UNEXPECTED =
      Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\): (.*)", Pattern.DOTALL);
  private static final Pattern TOKEN =
      Pattern.compile("Unrecognized token '(.*?)': was expecting .*", Pattern.DOTALL);
  private static final Pattern NON_STANDARD =
      Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern CONTROL =
      Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
          Pattern.DOTALL);

  /** Jackson's message in plain words, without the names of its features or classes. */
  static String jsonMessage(String original) {
    String m = firstLine(original);
    Matcher x;
    if ((x = UNEXPECTED.matcher(m)).matches()) {
      String found = Printable.escape(x.group(1));
      String rest = x.group(2);
      if (rest.startsWith("maybe a (non-standard) comment")) {
        return "comments are not allowed in JSON";
      }
      if (rest.startsWith("was expecting double-quote to start field name")) {
        return "unexpected '" + found + "' where a field name in double quotes should be (a"
            + " comma too many, or a name without quotes?)";
      }
      if (rest.startsWith("was expecting comma to separate Object entries")) {
        return "unexpected '" + found + "': a comma is missing between two fields";
      }
      if (rest.startsWith("was expecting comma to separate Array entries")) {
        return "unexpected '" + found + "': a comma is missing between two items of a list";
      }
      if (rest.startsWith("was expecting a colon to separate field name and value")) {
        return "unexpected '" + found + "': a colon is missing after a field name";
      }
      return "unexpected '" + found + "'";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return m.contains("Object") ? "the document ends inside an object: a closing } is missing"
          : m.contains("Array") ? "the document ends inside a list: a closing ] is missing"
          : "the document ends too soon";
    }
    if ((x = TOKEN.matcher(m)).matches()) {
      return "'" + Printable.quote(x.group(1)) + "' is not a JSON value; text must be in double"
          + " quotes";
    }
    if ((x = NON_STANDARD.matcher(m)).matches()) {
      return "'" + Printable.quote(x.group(1)) + "' is not a JSON value (JSON has no NaN or"
          + " Infinity)";
    }
    if ((x = CONTROL.matcher(m)).matches()) {
      return String.format("a control character (\\u%04x) inside text must be written as an"
          + " escape", Integer.parseInt(x.group(1)));
    }
    return Printable.escape(m);
  }

  static String firstLine(String message) {
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
}
