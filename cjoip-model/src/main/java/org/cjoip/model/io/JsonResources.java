package org.cjoip.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the JSON data cjoip ships in its jars: word lists, patterns, thresholds, the rule
 * catalogue. The data is part of the library, so a missing or malformed resource is a fault
 * of the build, reported as an {@link IllegalStateException} that names the resource.
 */
public final class JsonResources {

  private JsonResources() {}

  /**
   * The JSON tree of a resource, found as {@link Class#getResourceAsStream} finds it: a name
   * without a leading {@code /} is relative to the anchor's package.
   *
   * @throws IllegalStateException naming the resource when it is missing or not one
   *     well-formed JSON value
   */
  public static JsonNode read(Class<?> anchor, String name) {
    String where = name.startsWith("/") ? name.substring(1)
        : anchor.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + where + " is missing");
      }
      return Json.read(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalStateException("the resource " + where + " does not read as JSON: "
          + (at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("the resource " + where + " cannot be read: "
          + e.getMessage(), e);
    }
  }
}
