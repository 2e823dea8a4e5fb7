package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.ReturnArbitraries;

/** Writing an annual return and reading it back gives back an equal return, in both formats. */
final class AnnualReturnWriterProperties {

  private final AnnualReturnReader reader = AnnualReturnReader.standard();

  @Provide
  Arbitrary<AnnualReturn> returns() {
    return ReturnArbitraries.annualReturns();
  }

  @Property(tries = 60)
  void toJson_readBackIsEqual(@ForAll("returns") AnnualReturn r) throws DocumentException {
    ReturnDocument read = reader.read(AnnualReturnWriter.toJson(r), "return.json");

    assertThat(read.annualReturn()).isEqualTo(r);
    assertThat(read.format()).isEqualTo(Format.JSON);
    assertThat(read.warnings()).isEmpty();
  }

  @Property(tries = 60)
  void toYaml_readBackIsEqual(@ForAll("returns") AnnualReturn r) throws DocumentException {
    ReturnDocument read = reader.read(AnnualReturnWriter.toYaml(r), "return.yaml");

    assertThat(read.annualReturn()).isEqualTo(r);
    assertThat(read.format()).isEqualTo(Format.YAML);
    assertThat(read.warnings()).isEmpty();
  }
}
