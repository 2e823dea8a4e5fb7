package org.cjoip.model.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cjoip.model.io.JsonResources;

/**
 * Recognises placeholder text: wording a plan puts where content will go later ("TBC", "To be
 * developed", "N/A", "Local indicators will be developed following completion of the SNSA").
 *
 * <p>Recognition follows the rule catalogue: the text is {@link Normalise#fold folded}
 * (trimmed, case-folded, whitespace collapsed) and is a placeholder when one of the anchored
 * patterns matches the whole of it. The patterns are data; the standard ones come from
 * {@value #RESOURCE}. A text that merely mentions "n/a" further on ("Number of referrals (n/a
 * where not recorded)") is not a placeholder. {@code null} counts as a placeholder.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Placeholders {

  /** Where the standard patterns lie on the class path. */
  public static final String RESOURCE = "/org/cjoip/model/text/placeholders.json";

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

  private final List<Pattern> general;
  private final List<Pattern> nationalOutcome;

  private Placeholders(List<Pattern> general, List<Pattern> nationalOutcome) {
    this.general = general;
    this.nationalOutcome = nationalOutcome;
  }

  /** The standard patterns, loaded once from {@value #RESOURCE}. */
  public static Placeholders standard() {
    return Standard.INSTANCE;
  }

  /**
   * Placeholders recognised by the given patterns (Java regular expressions), each of which
   * must match the whole folded text.
   *
   * @param general patterns of placeholder text anywhere in a plan
   * @param nationalOutcome further patterns that mean a plan states no national outcome
   * @throws IllegalArgumentException if a pattern is not a valid regular expression
   */
  public static Placeholders of(List<String> general, List<String> nationalOutcome) {
    return new Placeholders(
        compile(general, "general"), compile(nationalOutcome, "nationalOutcome"));
  }

  /** Whether the text stands for nothing yet; {@code null} does. */
  public boolean isPlaceholder(String text) {
    return text == null || matchesAny(general, Normalise.fold(text));
  }

  /**
   * Whether a stated national outcome means the plan states none ("No National Outcome",
   * "None Given (Nationally)"); every general placeholder ("N/A", "TBC") counts too.
   */
  public boolean isNationalOutcomePlaceholder(String text) {
    if (text == null) {
      return true;
    }
    String folded = Normalise.fold(text);
    return matchesAny(general, folded) || matchesAny(nationalOutcome, folded);
  }

  private static boolean matchesAny(List<Pattern> patterns, String folded) {
    for (Pattern p : patterns) {
      if (p.matcher(folded).matches()) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(List<String> patterns, String name) {
    Objects.requireNonNull(patterns, name);
    List<Pattern> out = new ArrayList<>(patterns.size());
    for (String p : patterns) {
      if (p == null) {
        throw new IllegalArgumentException(name + " contains a null pattern");
      }
      out.add(Pattern.compile(p, FLAGS));
    }
    return List.copyOf(out);
  }

  private static Placeholders load() {
    return read(JsonResources.read(Placeholders.class, RESOURCE));
  }

  /** Patterns from a document of the resource's form; a malformed one names its field. */
  static Placeholders read(JsonNode root) {
    return of(strings(root, "general"), strings(root, "nationalOutcome"));
  }

  private static List<String> strings(JsonNode root, String field) {
    JsonNode list = root.path(field);
    if (!list.isArray()) {
      throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a list of patterns");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isTextual()) {
        throw new IllegalStateException(RESOURCE + ": '" + field + "' must hold only strings");
      }
      out.add(item.asText());
    }
    return out;
  }

  /** Holds the standard instance, created on first use. */
  private static final class Standard {
    static final Placeholders INSTANCE = load();
  }
}
