package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.cjoip.model.ModuleArchitecture;
import org.cjoip.rules.config.ConfigurationReader;
import org.cjoip.rules.pack.PrecompiledRulePack;
import org.cjoip.rules.pack.RulePack;
import org.cjoip.rules.pack.RulePacks;
import org.cjoip.rules.publish.PublishedHtml;
import org.cjoip.rules.publish.PublishedReport;
import org.cjoip.rules.publish.word.PublishedWord;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.Comparison;
import org.cjoip.rules.report.HtmlReport;
import org.cjoip.rules.report.TextReport;
import org.junit.jupiter.api.Test;

/** The rules module's layering: what every module keeps, and an API free of the engine. */
final class ArchitectureTest extends ModuleArchitecture {

  private static final String ROOT = "org.cjoip.rules";

  /** The rules module has no package cycles; none may come back. */
  static final Set<SortedSet<String>> KNOWN_CYCLES = Set.of();

  /** The public API's entry points: none may take or return an engine type. */
  private static final List<Class<?>> API = List.of(Assessor.class, Assessor.Builder.class,
      Assessment.class, Finding.class, Waiver.class, Catalogue.class, RuleDescription.class,
      PriorityActionCoverage.class, AimCoverage.class, ScheduledDeliverable.class,
      ConfigurationReader.class, RulePack.class, RulePacks.class, PrecompiledRulePack.class,
      AssessmentJson.class, Comparison.class, HtmlReport.class, TextReport.class,
      PublishedReport.class, PublishedHtml.class, PublishedWord.class);

  ArchitectureTest() {
    super(ROOT, KNOWN_CYCLES);
  }

  @Test
  void api_exposesNoEngineType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : API) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes()))
            .filter(t -> t.getName().startsWith(ROOT + ".engine."))
            .forEach(t -> leaks.add(type.getSimpleName() + "." + m.getName() + ": "
                + t.getName()));
      }
    }
    assertThat(leaks).isEmpty();
  }
}
