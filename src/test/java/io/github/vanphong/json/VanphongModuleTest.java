package io.github.vanphong.json;

import static io.github.vanphong.json.JsonLaws.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VanphongModuleTest {
  private static final Instrument LAW =
      Instrument.builder()
          .name("Luật Tố cáo 03/2011/QH13")
          .inForceFrom(LocalDate.of(2012, 7, 1))
          .inForceUntil(LocalDate.of(2018, 12, 31))
          .build();

  @Test
  void writesExplicitFieldsCodesAndIsoDates() {
    LegalBasis basis = LegalBasis.of(LAW, "Điều 30");

    assertThat(JsonLaws.write(basis))
        .isEqualTo(
            "{\"instrument\":{\"name\":\"Luật Tố cáo 03/2011/QH13\",\"inForceFrom\":\"2012-07-01\","
                + "\"inForceUntil\":\"2018-12-31\",\"amendedBy\":[],\"confirmation\":\"verified\"},"
                + "\"article\":\"Điều 30\",\"inForceFrom\":\"2012-07-01\",\"inForceUntil\":\"2018-12-31\","
                + "\"asAmendedBy\":[],"
                + "\"confirmation\":\"verified\"}");
  }

  @Test
  void leavesOutAnOpenEnd() {
    assertThat(JsonLaws.write(Validity.from(LocalDate.of(2016, 3, 1)))).isEqualTo("{\"from\":\"2016-03-01\"}");
  }

  @Test
  void refusesAMissingFieldNamingItAndItsObject() {
    assertRefusedAt("{\"name\":\"Luật\",\"confirmation\":\"verified\"}", Instrument.class, "$");
    assertThatThrownBy(() -> JsonLaws.read("{\"name\":\"Luật\"}", Instrument.class))
        .hasMessageContaining("at $: missing field \"inForceFrom\"");
  }

  @Test
  void refusesAnUnknownField() {
    assertRefusedAt(
        "{\"from\":\"2016-03-01\",\"untill\":\"2016-04-01\"}", Validity.class, "$.untill");
  }

  @Test
  void refusesADateThatIsNotIsoOrNotADay() {
    assertRefusedAt("{\"from\":\"2016-02-30\"}", Validity.class, "$.from");
    assertRefusedAt("{\"from\":\"01/03/2016\"}", Validity.class, "$.from");
    assertRefusedAt("{\"from\":\"+2016-03-01\"}", Validity.class, "$.from");
    assertRefusedAt("{\"from\":20160301}", Validity.class, "$.from");
  }

  @Test
  void refusesAnUnknownCodeListingTheCodes() {
    String json = JsonLaws.write(LAW).replace("\"verified\"", "\"VERIFIED\"");

    assertRefusedAt(json, Instrument.class, "$.confirmation");
    assertThatThrownBy(() -> JsonLaws.read(json, Instrument.class))
        .hasMessageContaining("[verified, reported, unconfirmed]");
  }

  @Test
  void refusesWhatTheLibraryRefusesAtThePathOfTheObject() {
    String json = JsonLaws.write(LAW).replace("\"inForceUntil\":\"2018-12-31\"", "\"inForceUntil\":\"2011-12-31\"");

    assertRefusedAt(json, Instrument.class, "$");
    assertThatThrownBy(() -> JsonLaws.read(json, Instrument.class))
        .hasMessageContaining("the library refuses this Instrument")
        .hasMessageContaining("cannot end (2011-12-31) before it comes into force (2012-07-01)");
  }

  @Test
  void refusesNullsWhereAValueIsExpected() {
    assertRefusedAt("null", Validity.class, "$");
    assertRefusedAt("{\"from\":null}", Validity.class, "$.from");
    assertRefusedAt("{\"from\":\"2016-03-01\",\"until\":null}", Validity.class, "$.until");
    String nullInList = JsonLaws.write(LAW).replace("\"amendedBy\":[]", "\"amendedBy\":[null]");
    assertRefusedAt(nullInList, Instrument.class, "$.amendedBy[0]");
  }

  @Test
  void refusesAnotherJsonTypeWhereAnObjectIsExpected() {
    assertRefusedAt("[]", Validity.class, "$");
    assertRefusedAt("\"2016-03-01\"", Validity.class, "$");
  }

  @Test
  void keepsMessagesShortForLongValues() {
    String json = "{\"from\":\"" + "9".repeat(100_000) + "\"}";

    assertThatThrownBy(() -> JsonLaws.read(json, Validity.class))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
  }

  @Test
  void everyEnumerationConstantHasOneCode() {
    assertThatThrownBy(
            () ->
                Codecs.codes(Confirmation.class)
                    .code(Confirmation.VERIFIED, "verified")
                    .code(Confirmation.REPORTED, "reported")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UNCONFIRMED");
    assertThatThrownBy(
            () ->
                Codecs.codes(Confirmation.class)
                    .code(Confirmation.VERIFIED, "same")
                    .code(Confirmation.REPORTED, "same"))
        .hasMessageContaining("the code same is taken");
    assertThatThrownBy(() -> Codecs.codes(Confirmation.class).code(Confirmation.VERIFIED, "Verified"))
        .hasMessageContaining("lower-case words joined by hyphens: Verified");
  }

  @Test
  void registersOneCodecPerType() {
    assertThat(VanphongModule.codecs().stream().map(Codec::type)).doesNotHaveDuplicates();
  }
}
