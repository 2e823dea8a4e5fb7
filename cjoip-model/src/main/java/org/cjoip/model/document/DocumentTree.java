package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document read into a tree of plain values, with where each node stands in its text: what
 * the readers of other modules (configurations, assessment reports) bind by hand. It is read
 * with the same refusals and limits as a plan document: strict UTF-8, no duplicate keys, no
 * YAML anchors, aliases or tags, nothing beyond the {@link Limits}.
 *
 * <p>Each read gives a new tree that belongs to the caller; nothing else holds it.
 */
public final class DocumentTree {

  private final String source;
  private final Format format;
  private final JsonNode root;
  private final SourceMap sourceMap;
  private final String sha256;

  private DocumentTree(String source, Format format, TreeReader.Located tree, byte[] bytes) {
    this.source = source;
    this.format = format;
    this.root = tree.root();
    this.sourceMap = tree.sourceMap();
    this.sha256 = sha256(bytes);
  }

  /**
   * Reads a file; its name, then its first character, decide the format.
   *
   * @throws DocumentException with the located problem that stopped it
   */
  public static DocumentTree read(Path file, Limits limits) throws DocumentException {
    TreeReader trees = new TreeReader(limits);
    String source = file.toString();
    byte[] bytes = trees.readFile(file, source, "a document");
    Format format = Format.guess(source, bytes);
    return new DocumentTree(source, format, trees.read(bytes, source, format), bytes);
  }

  /** Reads a stream to its end, up to the size limit, as {@link #read(Path, Limits)} a file. */
  public static DocumentTree read(InputStream in, String source, Limits limits)
      throws DocumentException {
    TreeReader trees = new TreeReader(limits);
    byte[] bytes = trees.readStream(in, source);
    Format format = Format.guess(source, bytes);
    return new DocumentTree(source, format, trees.read(bytes, source, format), bytes);
  }

  /** Reads a document's bytes in the given format. */
  public static DocumentTree read(byte[] bytes, String source, Format format, Limits limits)
      throws DocumentException {
    return new DocumentTree(source, format, new TreeReader(limits).read(bytes, source, format),
        bytes);
  }

  /** The document's name as the caller gave it. */
  public String source() {
    return source;
  }

  public Format format() {
    return format;
  }

  /** The document's root value. */
  public JsonNode root() {
    return root;
  }

  /** Where each node stands in the text. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** The SHA-256 of the bytes read, as lower-case hex: what identifies the document's content. */
  public String sha256() {
    return sha256;
  }

  /** What a value is, in words, for messages: "text", "a whole number", "a list", … */
  public static String describe(JsonNode value) {
    return Binding.describe(value);
  }

  /**
   * An error at a node, placed at the node's line and column, or its nearest existing
   * ancestor's when the node is missing.
   */
  public Problem error(String pointer, String message) {
    SourceMap.Position at =
        sourceMap.position(sourceMap.deepestExisting(pointer)).orElse(SourceMap.Position.NONE);
    return Problem.builder()
        .severity(Problem.Severity.ERROR)
        .source(source)
        .line(at.line())
        .column(at.column())
        .pointer(pointer)
        .message(message)
        .build();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
