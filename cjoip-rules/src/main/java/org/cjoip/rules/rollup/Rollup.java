package org.cjoip.rules.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessor;

/**
 * Makes the national picture from many partnerships' plans and annual returns, in any order
 * and mixed. Thread-safe; each {@link #run} is independent.
 *
 * <p>It streams in two passes, so that it holds summaries, never whole assessments nor every
 * document at once: first each document is read and only what pairs it is kept (its
 * partnership, its plan's title and period, its year); then each partnership's documents are
 * read again, assessed and made into a {@link PartnershipSummary} (the map step), in parallel.
 * The national totals are a small reduce over the summaries. A document that cannot be read or
 * paired is left out with a located problem, and the rest still make the picture.
 *
 * <pre>{@code
 * NationalPicture picture = Rollup.of(Assessor.standard(), Frameworks.bundled(), 4)
 *     .run(inputs, Optional.empty(), LocalDate.now(), Rollup.Progress.NONE);
 * }</pre>
 */
public final class Rollup {

  /** A document to read, by the name problems give it; read once or twice. */
  public interface Input {
    String name();

    Document read() throws DocumentException;
  }

  /** Told, on the calling thread, how many of the steps are done. */
  public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(int done, int total);
  }

  private final Assessor assessor;
  private final Frameworks frameworks;
  private final int threads;

  private Rollup(Assessor assessor, Frameworks frameworks, int threads) {
    this.assessor = assessor;
    this.frameworks = frameworks;
    this.threads = Math.max(1, threads);
  }

  /**
   * A rollup that assesses with this assessor.
   *
   * @param frameworks the editions the assessor knows, for the measures' wording and the
   *     national outcomes
   * @param threads how many partnerships are assessed at once
   */
  public static Rollup of(Assessor assessor, Frameworks frameworks, int threads) {
    return new Rollup(assessor, frameworks, threads);
  }

  /**
   * The national picture.
   *
   * @param year the reporting year; by default the latest among the returns read that ended
   *     before {@code asOf}, or else the last year to end before {@code asOf}
   * @throws org.cjoip.rules.RuleFailure when a rule fails on a partnership's documents
   */
  public NationalPicture run(List<? extends Input> inputs, Optional<FinancialYear> year,
      LocalDate asOf, Progress progress) {
    List<Problem> problems = new ArrayList<>();
    List<Step<Pairing.Entry>> read = new ArrayList<>();
    int total = inputs.size();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cjoip-rollup");
      t.setDaemon(true);
      return t;
    });
    try {
      List<CompletableFuture<Step<Pairing.Entry>>> reading = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        int index = i;
        Input input = inputs.get(i);
        reading.add(CompletableFuture.supplyAsync(() -> entry(index, input), pool));
      }
      int done = 0;
      for (CompletableFuture<Step<Pairing.Entry>> f : reading) {
        read.add(take(f));
        progress.update(++done, total);
      }
      List<Pairing.Entry> entries = new ArrayList<>();
      for (Step<Pairing.Entry> s : read) {
        problems.addAll(s.problems());
        s.value().ifPresent(entries::add);
      }
      // A year not ended by the as-of date has no return due yet: never the default.
      FinancialYear chosen = year.orElseGet(() -> entries.stream()
          .flatMap(e -> e.year().stream())
          .filter(y -> y.end().isBefore(asOf))
          .max(Comparator.naturalOrder())
          .orElse(FinancialYear.containing(asOf).previous()));
      Pairing pairing = Pairing.of(entries);
      problems.addAll(pairing.problems());
      total += pairing.groups().size();
      List<CompletableFuture<Step<PartnershipSummary>>> mapping = new ArrayList<>();
      for (Pairing.Group group : pairing.groups()) {
        mapping.add(CompletableFuture.supplyAsync(
            () -> summary(group, inputs, chosen, asOf), pool));
      }
      List<PartnershipSummary> summaries = new ArrayList<>();
      for (CompletableFuture<Step<PartnershipSummary>> f : mapping) {
        Step<PartnershipSummary> s = take(f);
        problems.addAll(s.problems());
        s.value().ifPresent(summaries::add);
        progress.update(++done, total);
      }
      return reduce(summaries, problems, chosen, asOf, frameworks);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The reduce step alone: the national picture from partnerships' summaries, in any order.
   *
   * @throws IllegalArgumentException when two summaries are of one partnership
   */
  public static NationalPicture reduce(List<PartnershipSummary> summaries,
      List<Problem> problems, FinancialYear year, LocalDate asOf, Frameworks frameworks) {
    List<PartnershipSummary> sorted = summaries.stream()
        .sorted(Comparator.comparing(PartnershipSummary::partnership)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).partnership().equals(sorted.get(i - 1).partnership())) {
        throw new IllegalArgumentException("two summaries of " + sorted.get(i).partnership());
      }
    }
    return NationalPicture.builder()
        .reportingYear(year)
        .asOf(asOf)
        .partnerships(sorted)
        .totals(Totals.of(sorted))
        .outcomes(Totals.outcomes(sorted, frameworks))
        .problems(problems.stream().sorted(PROBLEM_ORDER).toList())
        .build();
  }

  private static final Comparator<Problem> PROBLEM_ORDER =
      Comparator.comparing((Problem p) -> p.source().orElse(""))
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::pointer)
          .thenComparing(Problem::message);

  /** What a step gave: a value or the problems that stopped it, and any warnings. */
  private record Step<T>(Optional<T> value, List<Problem> problems) {}

  private static Step<Pairing.Entry> entry(int index, Input input) {
    try {
      Document doc = input.read();
      return new Step<>(Optional.of(Pairing.Entry.of(index, doc)), doc.warnings());
    } catch (DocumentException e) {
      return new Step<>(Optional.empty(), e.problems());
    }
  }

  private Step<PartnershipSummary> summary(Pairing.Group group, List<? extends Input> inputs,
      FinancialYear year, LocalDate asOf) {
    PlanDocument plan;
    List<ReturnDocument> returns = new ArrayList<>();
    try {
      // Read again: between the passes only the pairing's few facts are held.
      plan = (PlanDocument) again(inputs.get(group.plan().index()), group.plan());
      for (Pairing.Entry e : group.returns()) {
        if (e.year().orElseThrow().compareTo(year) <= 0) {
          returns.add((ReturnDocument) again(inputs.get(e.index()), e));
        }
      }
    } catch (DocumentException e) {
      return new Step<>(Optional.empty(), e.problems());
    }
    return new Step<>(Optional.of(
        Summaries.of(assessor, frameworks, plan, returns, year, asOf)), List.of());
  }

  // A document that changed between the passes is a problem, not a different picture.
  private static Document again(Input input, Pairing.Entry entry) throws DocumentException {
    Document doc = input.read();
    if (!Pairing.Entry.of(entry.index(), doc).sameAs(entry)) {
      throw new DocumentException(entry.problem("", "changed while the rollup read it"));
    }
    return doc;
  }

  private static <T> T take(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      // A fault of a rule or of cjoip on one partnership stops the run, as it is.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
