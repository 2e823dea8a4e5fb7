package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
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
  private final TreeReader.Located located;

  private DocumentTree(String source, TreeReader.Located tree, String sha256) {
    this.source = source;
    this.format = tree.format();
    this.root = tree.root();
    this.sourceMap = tree.sourceMap();
    this.sha256 = sha256;
    this.located = tree;
  }

  /**
   * Reads a file, which must be a regular file within the size limit; its name, then its first
   * character, decide the format.
   *
   * @throws DocumentException with the located problem that stopped it
   */
  public static DocumentTree read(Path file, Limits limits) throws DocumentException {
    return read(file, null, limits, "a document");
  }

  /**
   * Reads a file in the given format, or the one it suggests when that is null, as {@link
   * #read(Path, Limits)} does.
   *
   * @param what what the file should be, for messages: "a configuration file"
   */
  public static DocumentTree read(Path file, Format format, Limits limits, String what)
      throws DocumentException {
    return refusing(read(file, format, new TreeReader(limits), what));
  }

  /**
   * Reads a stream to its end, up to the size limit, never holding more than the limit;
   * {@code format} may be null, and then the name, or else the first character, decides.
   */
  public static DocumentTree read(InputStream in, String source, Format format, Limits limits)
      throws DocumentException {
    return refusing(read(in, source, format, new TreeReader(limits)));
  }

  /**
   * Reads a file that should be a plan or an annual return, as {@link #read(Path, Format,
   * Limits, String)} reads one, and as their readers do, counting the deliverables (a
   * return's progress entries) as it goes: a document of more than {@link
   * Limits#maxDeliverables()} is refused before it is all in memory.
   */
  public static DocumentTree readPlanOrReturn(Path file, Limits limits, String what)
      throws DocumentException {
    return read(file, null, TreeReader.forPlansAndReturns(limits), what);
  }

  /** Reads a stream that should be a plan or an annual return, counting its deliverables. */
  public static DocumentTree readPlanOrReturn(InputStream in, String source, Limits limits)
      throws DocumentException {
    return read(in, source, null, TreeReader.forPlansAndReturns(limits));
  }

  /**
   * Reads the text of a plan or an annual return, counting its deliverables; the format is the
   * one the name, then the first character, suggests.
   */
  public static DocumentTree readPlanOrReturn(String text, String source, Limits limits)
      throws DocumentException {
    return read(new ByteArrayInputStream(TreeReader.utf8(text, source)), source,
        Format.guess(source, text), TreeReader.forPlansAndReturns(limits));
  }

  private static DocumentTree read(Path file, Format format, TreeReader trees, String what)
      throws DocumentException {
    String source = file.toString();
    try (InputStream in = InputFiles.open(file, trees.limits().maxDocumentBytes(), what)) {
      return read(in, source, format, trees);
    } catch (IOException e) {
      throw new DocumentException(TreeReader.problem(source, 0, 0, "", InputFiles.reason(e)));
    }
  }

  private static DocumentTree read(InputStream in, String source, Format format,
      TreeReader trees) throws DocumentException {
    MessageDigest digest = newDigest();
    TreeReader.Located tree = trees.read(new DigestInputStream(in, digest), source, format);
    return new DocumentTree(source, tree, HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Reads a document's text, as its UTF-8 bytes would be read; a lone surrogate, which UTF-8
   * cannot hold, is a located problem. The format is the given one, or else the one the name,
   * then the first character, suggests.
   */
  public static DocumentTree read(String text, String source, Format format, Limits limits)
      throws DocumentException {
    return read(TreeReader.utf8(text, source), source,
        format != null ? format : Format.guess(source, text), limits);
  }

  /** Reads a document's bytes in the given format, or the one they suggest when it is null. */
  public static DocumentTree read(byte[] bytes, String source, Format format, Limits limits)
      throws DocumentException {
    return read(new ByteArrayInputStream(bytes), source, format, limits);
  }

  /**
   * Reads a file as {@link #read(Path, Format, Limits, String)} does, but keeps a value
   * refused as it was read (a YAML 1.1 number) as its text and reads on, so that a caller that
   * binds the tree can report it with every other problem it finds: see {@link #refused()}.
   */
  public static DocumentTree readKeepingRefusals(Path file, Format format, Limits limits,
      String what) throws DocumentException {
    return read(file, format, new TreeReader(limits), what);
  }

  /** Reads a document's bytes as {@link #readKeepingRefusals(Path, Format, Limits, String)}. */
  public static DocumentTree readKeepingRefusals(byte[] bytes, String source, Format format,
      Limits limits) throws DocumentException {
    return read(new ByteArrayInputStream(bytes), source, format, new TreeReader(limits));
  }

  /**
   * The values refused as the document was read, in document order, then one problem saying how
   * many more there were when there were more; empty for a tree read with {@code read}.
   */
  public java.util.List<Problem> refused() {
    return TreeReader.withMore(located.refused(), located.refusedMore(),
        java.util.Optional.ofNullable(source));
  }

  /**
   * The tree, once no value was refused as it was read: a value refused but read on past
   * (a YAML 1.1 number) is reported by the plan and return readers with what they find, and
   * here, where the caller binds the tree itself, at once.
   */
  private static DocumentTree refusing(DocumentTree tree) throws DocumentException {
    tree.located.throwIfRefused();
    return tree;
  }

  /** The tree as read, with the values refused as it was read, for this package's readers. */
  TreeReader.Located located() {
    return located;
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
   * Why a value is not the text a field needs, as the document readers say it, with the fix
   * where it is a number, written as this document is: "expected text, found a number; quote
   * it: deliverable: \"1.10\"" in YAML.
   *
   * @param name the field, or null for an item of a list
   */
  public String expectedText(String name, JsonNode found) {
    return Binding.expectedText(name, found, format);
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

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
