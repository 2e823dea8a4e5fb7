package org.cjoip.model.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.InvalidEditionException;

/**
 * The framework editions a plan may be written against and assessed by, in a fixed order: the
 * editions bundled with the library ({@link #bundled()}), optionally with editions of the
 * caller's own ({@link #with}). A registry is immutable and thread-safe.
 *
 * <p>Supersession is data: an edition names the edition it replaced ({@code supersedes}), and a
 * plan written against a superseded edition is due for review (s22). In a registry every
 * edition superseded is there, no two editions supersede the same edition, and supersession has
 * no cycles.
 */
public final class Frameworks {

  private static final String EDITIONS = "/org/cjoip/model/framework/editions/";

  private final List<Edition> editions;

  private Frameworks(List<Edition> editions) {
    this.editions = List.copyOf(editions);
    check(this.editions);
  }

  /** The bundled editions, in the order of the bundled index; loaded once, on first use. */
  public static Frameworks bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * A registry of the given editions, in the given order.
   *
   * @throws IllegalArgumentException when there are none, two share an id, one supersedes an
   *     edition the registry lacks, two supersede the same edition, or supersession goes round
   *     in a circle
   */
  public static Frameworks of(Collection<Edition> editions) {
    return new Frameworks(List.copyOf(editions));
  }

  /** The editions' ids, in order. */
  public List<String> ids() {
    return editions.stream().map(Edition::id).toList();
  }

  /** The editions, in order. */
  public List<Edition> editions() {
    return editions;
  }

  /** The edition with this id. */
  public Optional<Edition> find(String id) {
    return editions.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * The edition with this id.
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  public Edition get(String id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown framework edition '" + id
                + "'; known editions: " + String.join(", ", ids())));
  }

  /** The edition that replaced the edition with this id, if any. */
  public Optional<Edition> supersededBy(String id) {
    return editions.stream()
        .filter(e -> e.supersedes().isPresent() && e.supersedes().get().equals(id))
        .findFirst();
  }

  /**
   * The current edition: one that no edition of the registry supersedes; of several such, the
   * most recently published (of those published the same day, the later in order).
   */
  public Edition latest() {
    Edition latest = null;
    for (Edition e : editions) {
      if (supersededBy(e.id()).isEmpty()
          && (latest == null || !e.published().isBefore(latest.published()))) {
        latest = e;
      }
    }
    // A non-empty registry without supersession cycles always has a current edition.
    return latest;
  }

  /**
   * This registry with one more edition: appended, or in place of the edition with the same id;
   * this registry itself when it has an equal edition already.
   *
   * @throws IllegalArgumentException when the result breaks the registry's rules (see
   *     {@link #of})
   */
  public Frameworks with(Edition extra) {
    if (editions.contains(extra)) {
      return this;
    }
    List<Edition> out = new ArrayList<>(editions);
    int at = ids().indexOf(extra.id());
    if (at >= 0) {
      out.set(at, extra);
    } else {
      out.add(extra);
    }
    return new Frameworks(out);
  }

  /**
   * Loads an edition document from a file: JSON (YAML when the name ends in {@code .yaml} or
   * {@code .yml}), in the form {@link EditionWriter} writes.
   *
   * @throws DocumentException with every problem found, each located by line, column and JSON
   *     Pointer: unreadable file, malformed document, duplicate key, unknown field, missing or
   *     mistyped value, broken invariant
   */
  public static Edition load(Path file) throws DocumentException {
    return EditionReader.STANDARD.read(file);
  }

  /**
   * Loads an edition document from a file to be used beside a registry's editions, as {@link
   * #load(Path)} does, and checks it against them: its id may be one of theirs only for an
   * edition of the same content (a file that reuses a bundled id with other content would make
   * reports that cannot be told apart), the edition it supersedes must be there, and no other
   * edition may supersede it already. Each conflict is a problem located in the file.
   *
   * @throws DocumentException with every problem found
   */
  public static Edition load(Path file, Frameworks registry) throws DocumentException {
    return EditionReader.STANDARD.read(file, registry);
  }

  /**
   * Reads an edition document from a stream, as {@link #load} does a file.
   *
   * @param sourceName the document's name for problem reports; its ending selects the format
   */
  public static Edition read(InputStream in, String sourceName) throws DocumentException {
    return EditionReader.STANDARD.read(in, sourceName);
  }

  /**
   * What an edition would break in this registry, as JSON Pointers into its document and
   * messages: an id the registry has for other content, a superseded edition the registry
   * lacks, an edition that another already supersedes. Empty when it may be added.
   */
  List<InvalidEditionException.Violation> conflicts(Edition extra) {
    List<InvalidEditionException.Violation> out = new ArrayList<>();
    find(extra.id()).filter(e -> !e.equals(extra)).ifPresent(e -> out.add(
        new InvalidEditionException.Violation("/id", "the edition id '" + e.id() + "' is"
            + " already an edition's, whose content differs from this file's; give this"
            + " edition an id of its own")));
    extra.supersedes().ifPresent(s -> {
      if (find(s).isEmpty()) {
        out.add(new InvalidEditionException.Violation("/supersedes", "supersedes '" + s
            + "', which is no known edition; known editions: "
            + String.join(", ", new TreeSet<>(ids()))));
      } else {
        supersededBy(s).filter(e -> !e.id().equals(extra.id())).ifPresent(e -> out.add(
            new InvalidEditionException.Violation("/supersedes", "'" + e.id()
                + "' already supersedes '" + s + "'; two editions cannot supersede one")));
      }
    });
    if (out.isEmpty()) {
      try {
        with(extra);
      } catch (IllegalArgumentException e) {
        out.add(new InvalidEditionException.Violation("/supersedes", e.getMessage()));
      }
    }
    return out;
  }

  private static void check(List<Edition> editions) {
    if (editions.isEmpty()) {
      throw new IllegalArgumentException("a registry has at least one framework edition");
    }
    Set<String> ids = new HashSet<>();
    Map<String, String> replacedBy = new HashMap<>();
    for (Edition e : editions) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("framework edition '" + e.id() + "' is given twice");
      }
    }
    for (Edition e : editions) {
      if (e.supersedes().isPresent() && !ids.contains(e.supersedes().get())) {
        throw new IllegalArgumentException("framework edition '" + e.id() + "' supersedes '"
            + e.supersedes().get() + "', which the registry does not have");
      }
      if (e.supersedes().isPresent()) {
        String earlier = replacedBy.putIfAbsent(e.supersedes().get(), e.id());
        if (earlier != null) {
          throw new IllegalArgumentException("framework editions '" + earlier + "' and '"
              + e.id() + "' both supersede '" + e.supersedes().get() + "'");
        }
      }
    }
    Map<String, String> supersedes = new HashMap<>();
    editions.forEach(e -> e.supersedes().ifPresent(s -> supersedes.put(e.id(), s)));
    for (Edition e : editions) {
      Set<String> seen = new HashSet<>();
      for (String id = e.id(); id != null; id = supersedes.get(id)) {
        if (!seen.add(id)) {
          throw new IllegalArgumentException("framework edition '" + e.id()
              + "' supersedes itself through the editions it supersedes");
        }
      }
    }
  }

  private static Frameworks loadBundled() {
    String index = EDITIONS + "index.json";
    try (InputStream in = open(index)) {
      List<Edition> editions = new ArrayList<>();
      for (String id : EditionReader.STANDARD.readIndex(in, index.substring(1))) {
        String name = EDITIONS + id + ".json";
        try (InputStream file = open(name)) {
          Edition e = EditionReader.STANDARD.read(file, name.substring(1));
          if (!e.id().equals(id)) {
            throw new IllegalStateException("bundled framework edition " + name
                + " has id '" + e.id() + "', not '" + id + "' as the index says");
          }
          editions.add(e);
        }
      }
      return new Frameworks(editions);
    } catch (DocumentException e) {
      throw new IllegalStateException("bundled framework data is invalid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = Frameworks.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled framework resource " + resource + " is missing");
    }
    return in;
  }

  /** Holds the bundled registry: the JVM loads it once, on first use, safely across threads. */
  private static final class Bundled {
    static final Frameworks INSTANCE = loadBundled();
  }
}
