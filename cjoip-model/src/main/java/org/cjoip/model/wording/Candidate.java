package org.cjoip.model.wording;

/**
 * A framework item a plan's text may mean: its id, its wording, and what the caller wants back.
 *
 * @param key the item's id
 * @param text the item's wording as the framework gives it
 * @param payload the item itself
 * @param <T> the payload's type
 */
public record Candidate<T>(String key, String text, T payload) {

  public static <T> Candidate<T> of(String key, String text, T payload) {
    return new Candidate<>(key, text, payload);
  }
}
