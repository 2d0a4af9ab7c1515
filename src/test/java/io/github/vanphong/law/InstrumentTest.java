package io.github.vanphong.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentTest {

  @Test
  void anInstrumentIsInForceOnItsDays() {
    Instrument law2011 = Instruments.DENUNCIATIONS_LAW_2011;
    assertThat(law2011.validity()).isEqualTo(Validity.parse("[2012-07-01..2018-12-31]"));
    assertThat(law2011.isInForceOn(LocalDate.of(2012, 6, 30))).isFalse();
    assertThat(law2011.isInForceOn(LocalDate.of(2018, 12, 31))).isTrue();
    assertThat(law2011.isInForceOn(LocalDate.of(2019, 1, 1))).isFalse();
    assertThat(Instruments.DENUNCIATIONS_LAW_2018.validity()).isEqualTo(Validity.parse("[2019-01-01..)"));
  }

  @Test
  void anInstrumentNamesWhatReplacedItAndWhatAmendedIt() {
    assertThat(Instruments.DENUNCIATIONS_LAW_2011.replacedBy()).contains(Instruments.DENUNCIATIONS_LAW_2018);
    assertThat(Instruments.COMPLAINTS_LAW_2011.amendedBy()).containsExactly(Instruments.PETITION_LAWS_AMENDMENT_2025);
    assertThat(Instruments.COMPLAINTS_LAW_2011.amendmentsInForceOn(LocalDate.of(2026, 6, 30))).isEmpty();
    assertThat(Instruments.COMPLAINTS_LAW_2011.amendmentsInForceOn(LocalDate.of(2026, 7, 1)))
        .containsExactly(Instruments.PETITION_LAWS_AMENDMENT_2025);
    assertThat(Instruments.PARTY_REGULATION_22_2021.replacedBy()).contains(Instruments.PARTY_REGULATION_296_2025);
  }

  @Test
  void theRulesOfElectionsInThePartyOf2014EndTheDayBefore190ComesIntoForce() {
    assertThat(Instruments.PARTY_REGULATION_244_2014.replacedBy()).contains(Instruments.PARTY_REGULATION_190_2024);
    assertThat(Instruments.PARTY_REGULATION_244_2014.validity())
        .isEqualTo(Validity.parse("[2014-06-09..2024-10-09]"));
    assertThat(Instruments.PARTY_REGULATION_190_2024.inForceFrom()).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(Instruments.PARTY_REGULATION_190_2024.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(Instruments.PARTY_STATUTE_2011.inForceFrom()).isEqualTo(LocalDate.of(2011, 1, 19));
    assertThat(Instruments.PARTY_REGULATION_294_2025.inForceFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void theReceptionInstrumentsOf2014EndOnJune2026AndNameDecree154AsTheirReplacement() {
    Instrument decree64 = Instruments.DECREE_64_2014;
    assertThat(decree64.validity()).isEqualTo(Validity.parse("[2014-08-15..2026-06-30]"));
    assertThat(decree64.replacedBy()).contains(Instruments.DECREE_154_2026);
    assertThat(decree64.confirmation()).as("its first day is a recollection").isEqualTo(Confirmation.UNCONFIRMED);
    Instrument circular = Instruments.CIRCULAR_06_2014_TTCP;
    assertThat(circular.validity()).isEqualTo(Validity.parse("[2014-12-15..2026-06-30]"));
    assertThat(circular.replacedBy()).contains(Instruments.DECREE_154_2026);
    assertThat(circular.confirmation()).as("its days come from secondary sources").isEqualTo(Confirmation.REPORTED);
    assertThat(circular.isInForceOn(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(Instruments.DECREE_154_2026.validity().start()).isEqualTo(circular.validity().end().orElseThrow().plusDays(1));
    assertThat(LegalBasis.of(circular, "Điều 4").inForceUntil()).as("a basis ends with its instrument").contains(LocalDate.of(2026, 6, 30));
  }

  @Test
  void anInstrumentIsVerifiedUnlessSaidOtherwiseAndSaysSo() {
    assertThat(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)).confirmation())
        .isEqualTo(Confirmation.VERIFIED);
    assertThat(Instruments.DECREE_155_2026.toString())
        .isEqualTo("Nghị định 155/2026/NĐ-CP [2026-07-01..) (unconfirmed)");
    assertThat(Instruments.DENUNCIATIONS_LAW_2011.toString())
        .isEqualTo("Luật Tố cáo 03/2011/QH13 [2012-07-01..2018-12-31]");
  }

  @Test
  void anInstrumentNeedsAName() {
    assertThatThrownBy(() -> Instrument.of(" ", LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an instrument needs a name: ' '");
  }

  @Test
  void anInstrumentCannotEndBeforeItComesIntoForce() {
    assertThatThrownBy(
            () ->
                Instrument.builder()
                    .name("Luật Tố cáo 03/2011/QH13")
                    .inForceFrom(LocalDate.of(2012, 7, 1))
                    .inForceUntil(LocalDate.of(2012, 6, 30))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Luật Tố cáo 03/2011/QH13 cannot end (2012-06-30) before it comes into force (2012-07-01)");
  }

  @Test
  void anInstrumentIsAmendedAndReplacedOnlyByLaterOnes() {
    Instrument later = Instrument.of("Luật 2", LocalDate.of(2020, 1, 1));
    assertThatThrownBy(
            () -> Instrument.builder().name("Luật 1").inForceFrom(LocalDate.of(2020, 1, 1)).addAmendedBy(later).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Luật 1, in force from 2020-01-01, cannot be amended by Luật 2, in force from 2020-01-01");
    assertThatThrownBy(
            () -> Instrument.builder().name("Luật 1").inForceFrom(LocalDate.of(2021, 1, 1)).replacedBy(later).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Luật 1, in force from 2021-01-01, cannot be replaced by Luật 2, in force from 2020-01-01");
    Instrument earlier = Instrument.of("Luật 0", LocalDate.of(2019, 1, 1));
    assertThatThrownBy(
            () ->
                Instrument.builder()
                    .name("Luật 1")
                    .inForceFrom(LocalDate.of(2010, 1, 1))
                    .addAmendedBy(later, earlier)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Luật 1 lists its amendments in the order they came into force; Luật 2 comes before Luật 0");
  }

  @Test
  void theNameIsKeptInNfc() {
    String nfd = Normalizer.normalize("Luật Tố cáo 25/2018/QH14", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Luật Tố cáo 25/2018/QH14");
    assertThat(Instrument.of(nfd, LocalDate.of(2019, 1, 1)).name()).isEqualTo("Luật Tố cáo 25/2018/QH14");
  }

  @Test
  void everyInstrumentIsDeclaredOnceUnderItsOwnName() {
    Set<String> names = new HashSet<>();
    for (Instrument instrument : Instruments.all()) {
      assertThat(names.add(instrument.name())).as(instrument.name()).isTrue();
      instrument.replacedBy().ifPresent(r -> assertThat(Instruments.all()).contains(r));
      assertThat(Instruments.all()).containsAll(instrument.amendedBy());
    }
  }

  @Test
  void noInstrumentOfTheCatalogueIsNamedByALiteralElsewhereInTheMainCode() throws java.io.IOException {
    java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");
    java.util.List<String> found = new java.util.ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        if (file.endsWith(java.nio.file.Path.of("law", "Instruments.java"))) {
          continue;
        }
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
            continue;
          }
          java.util.regex.Matcher m = literal.matcher(line);
          while (m.find()) {
            for (Instrument instrument : Instruments.all()) {
              if (m.group().contains(instrument.name())) {
                found.add(file + ":" + (i + 1) + " " + instrument.name());
              }
            }
          }
        }
      }
    }
    assertThat(found).as("instruments are named through Instruments, not by literals").isEmpty();
  }

  @Test
  void equalityCoversEveryField() {
    LocalDate from = LocalDate.of(2019, 1, 1);
    Instrument law = Instrument.of("Luật Tố cáo 25/2018/QH14", from);
    new EqualsTester()
        .addEqualityGroup(law, Instrument.of("Luật Tố cáo 25/2018/QH14", from))
        .addEqualityGroup(Instrument.of("Luật Tố cáo 25/2018/QH15", from))
        .addEqualityGroup(Instrument.of("Luật Tố cáo 25/2018/QH14", from.plusDays(1)))
        .addEqualityGroup(Instrument.builder().from(law).inForceUntil(LocalDate.of(2030, 1, 1)).build())
        .addEqualityGroup(Instrument.builder().from(law).confirmation(Confirmation.REPORTED).build())
        .addEqualityGroup(
            Instrument.builder().from(law).addAmendedBy(Instrument.of("Luật sửa đổi", from.plusYears(1))).build())
        .addEqualityGroup(
            Instrument.builder().from(law).replacedBy(Instrument.of("Luật thay thế", from.plusYears(1))).build())
        .testEquals();
  }
}
