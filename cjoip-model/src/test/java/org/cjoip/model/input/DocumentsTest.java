package org.cjoip.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.DocumentKind;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.Limits;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.Refusals;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.model.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DocumentsTest {

  private static final String PLAN = """
      formatVersion: 1
      title: Test plan
      framework: cjpf-2023
      partnership: { name: Test Partnership }
      priorityActions:
        - number: 1
          nationalOutcome: More people successfully complete diversion from prosecution
      """;

  private static final String RETURN = """
      formatVersion: 1
      document: annual-return
      title: Test annual report 2023/24
      framework: cjpf-2023
      reportingYear: 2023/24
      plan: { title: Test plan }
      partnership: { name: Test Partnership }
      """;

  private final Documents documents = Documents.standard();

  @Test
  void read_aDocumentWithoutAKindIsAPlan() throws Exception {
    Plan plan = readPlan(PLAN);
    Document doc = documents.read(PLAN, "plan.yaml");

    assertThat(doc).isInstanceOfSatisfying(PlanDocument.class,
        p -> assertThat(p.plan()).isEqualTo(plan));
    assertThat(doc.kind()).isEqualTo(DocumentKind.PLAN);
  }

  @Test
  void read_documentPlanIsAPlan() throws Exception {
    Plan plan = readPlan(PLAN);
    Document doc = documents.read(PLAN.replace("title:", "document: plan\ntitle:"), "p.yaml");

    assertThat(doc).isInstanceOfSatisfying(PlanDocument.class,
        p -> assertThat(p.plan()).isEqualTo(plan));
  }

  @Test
  void read_documentAnnualReturnIsAReturn() throws Exception {
    Document doc = documents.read(RETURN, "return.yaml");

    assertThat(doc).isInstanceOfSatisfying(ReturnDocument.class, r -> {
      assertThat(r.annualReturn().reportingYear()).isEqualTo(FinancialYear.of(2023));
      assertThat(r.source()).isEqualTo("return.yaml");
      assertThat(r.format()).isEqualTo(Format.YAML);
    });
    assertThat(doc.kind()).isEqualTo(DocumentKind.ANNUAL_RETURN);
  }

  @Test
  void read_aReturnsProblemsAreLocatedAsTheReturnReaderLocatesThem() {
    assertThat(Refusals.of(() -> documents.read(RETURN.replace("2023/24\n", "2023/2024\n"),
        "return.yaml"))).containsExactly("return.yaml:5:16: /reportingYear: expected a"
            + " reporting year as YYYY/YY with consecutive years, e.g. 2023/24, found"
            + " '2023/2024'");
  }

  @Test
  void read_aPlansProblemsAreLocatedAsThePlanReaderLocatesThem() {
    assertThat(Refusals.of(() -> documents.read(PLAN.replace("number: 1", "number: 14"),
        "plan.yaml"))).containsExactly("plan.yaml:6:13: /priorityActions/0/number: expected"
            + " a whole number from 1 to 13, found 14");
  }

  @Test
  void read_aReturnLabelledAPlan_isOneErrorThatSaysItLooksLikeAReturn() {
    assertThat(Refusals.of(() -> documents.read(RETURN.replace("annual-return", "plan"),
        "return.yaml"))).containsExactly("return.yaml:2:11: /document: the document says"
            + " document: plan but has a reportingYear, as an annual return does; if it is an"
            + " annual return, write document: annual-return");
  }

  @Test
  void read_aKindThatDoesNotExistIsRefused() {
    assertThat(Refusals.of(() -> documents.read(RETURN.replace("annual-return", "return"),
        "return.yaml"))).containsExactly(
            "return.yaml:2:11: /document: expected plan or annual-return, found 'return'");
  }

  @Test
  void read_bytesStreamsAndFilesAlike(@TempDir Path dir) throws Exception {
    byte[] bytes = RETURN.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("return.yaml");
    Files.write(file, bytes);

    Document fromText = documents.read(RETURN, "return.yaml");
    assertThat(documents.read(bytes, "return.yaml")).isEqualTo(fromText);
    assertThat(documents.read(new ByteArrayInputStream(bytes), "return.yaml"))
        .isEqualTo(fromText);
    assertThat(documents.read(file)).isInstanceOfSatisfying(ReturnDocument.class,
        r -> assertThat(r.annualReturn())
            .isEqualTo(((ReturnDocument) fromText).annualReturn()));
  }

  @Test
  void read_aWorkbookIsAlwaysAPlan(@TempDir Path dir) throws Exception {
    Plan plan = readPlan(PLAN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(plan, out);
    Path file = dir.resolve("plan.xlsx");
    Files.write(file, out.toByteArray());

    assertThat(documents.read(file)).isInstanceOfSatisfying(PlanDocument.class,
        p -> assertThat(p.plan()).isEqualTo(plan));
    assertThat(documents.read(out.toByteArray(), "plan.xlsx"))
        .isInstanceOf(PlanDocument.class);
    assertThat(documents.read(new ByteArrayInputStream(out.toByteArray()), "plan.xlsx"))
        .isInstanceOf(PlanDocument.class);
  }

  @Test
  void read_aMissingFileOrADirectory(@TempDir Path dir) {
    assertThat(Refusals.of(() -> documents.read(dir.resolve("none.yaml"))))
        .containsExactly(dir.resolve("none.yaml") + ": (document): no such file");
    assertThat(Refusals.of(() -> documents.read(dir))).containsExactly(
        dir + ": (document): is a directory, not a plan or annual return document");
  }

  @Test
  void read_countsDeliverablesAsTheReadersDo(@TempDir Path dir) throws Exception {
    Documents one = Documents.of(PlanReader.Options.builder()
        .limits(Limits.builder().maxDeliverables(1).build()).build());
    String annual = RETURN + "priorityActions:\n  - number: 1\n    deliverables:\n"
        + "      - { id: \"1.1\" }\n      - { id: \"1.2\" }\n";
    String plan = PLAN + "    deliverables:\n      - { description: a }\n"
        + "      - { description: b }\n";
    Path file = dir.resolve("return.yaml");
    Files.writeString(file, annual);

    String refused = ": /priorityActions/0/deliverables/1: the document has more deliverables"
        + " than the limit of 1";
    assertThat(Refusals.of(() -> one.read(annual, "r.yaml")))
        .containsExactly("r.yaml:12:9" + refused);
    assertThat(Refusals.of(() -> one.read(file))).containsExactly(file + ":12:9" + refused);
    assertThat(Refusals.of(() -> one.read(annual.getBytes(StandardCharsets.UTF_8), "r.yaml")))
        .containsExactly("r.yaml:12:9" + refused);
    assertThat(Refusals.of(() -> one.read(plan, "p.yaml"))).containsExactly("p.yaml:10:9"
        + refused);
  }

  @Test
  void of_theOptionsServeBothKinds() throws Exception {
    Documents lenient = Documents.of(PlanReader.Options.builder().lenient(true).build());

    Document plan = lenient.read(PLAN.replaceFirst("title:", "titel: x\ntitle:"), "plan.yaml");
    Document annual = lenient.read(RETURN.replaceFirst("title:", "titel: x\ntitle:"), "r.yaml");

    assertThat(lenient.options().lenient()).isTrue();
    assertThat(plan.warnings()).extracting(Problem::pointer).containsExactly("/titel");
    assertThat(annual.warnings()).extracting(Problem::pointer).containsExactly("/titel");
  }

  private static Plan readPlan(String text) throws DocumentException {
    return PlanReader.standard().read(text, "plan.yaml").plan();
  }
}
