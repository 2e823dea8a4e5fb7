package org.cjoip.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.cjoip.model.io.Json;

/**
 * The numbers the rules judge by, kept as data ({@code thresholds.json} beside this class)
 * rather than as literals in the rules.
 *
 * @param overdueErrorDays how many days overdue make CJ-DEL-005 an error rather than a warning
 */
public record Thresholds(int overdueErrorDays) {

  private static final class Holder {
    static final Thresholds STANDARD = load();
  }

  /** The thresholds the catalogue documents. */
  public static Thresholds standard() {
    return Holder.STANDARD;
  }

  private static Thresholds load() {
    try (InputStream in = Thresholds.class.getResourceAsStream("thresholds.json")) {
      JsonNode root = Json.read(in);
      return new Thresholds(root.get("overdueErrorDays").asInt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
