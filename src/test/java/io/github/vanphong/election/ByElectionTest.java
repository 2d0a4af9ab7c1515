package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ByElectionTest {

  private static final LocalDate TERM_ENDS = LocalDate.of(2021, 6, 30);

  private static ByElection.Builder council(LocalDate day, int missing) {
    return ByElection.builder()
        .level(ElectionLevel.PROVINCIAL_COUNCIL)
        .day(day)
        .termEnds(TERM_ENDS)
        .deputies(51)
        .missing(missing);
  }

  @Test
  void aCouncilByElectionNeedsMoreThanEighteenMonthsLeftAndMoreThanAThirdMissing() {
    ByElection required = council(LocalDate.of(2019, 6, 29), 18).build();
    assertThat(required.isRequired()).isTrue();
    assertThat(required.rule()).isEqualTo(ResultRule.COUNCIL_BY_ELECTION);
    assertThat(required.explain())
        .isEqualTo(
            "by-election required: the term ends 2021-06-30, more than 18 months after 2019-06-29; 18 of 51 deputies"
                + " missing, more than a third (Điều 89, khoản 2)");
    assertThat(council(LocalDate.of(2019, 12, 30), 18).build().isRequired())
        .as("exactly 18 months left is not more")
        .isFalse();
    assertThat(council(LocalDate.of(2019, 6, 29), 17).build().isRequired()).as("17 of 51 is a third").isFalse();
    assertThat(council(LocalDate.of(2019, 6, 29), 17).build().explain()).contains("not more than a third");
  }

  @Test
  void aCouncilOfANewUnitWithFewerThanTwoThirdsOfItsDeputiesHoldsABYElection() {
    ByElection merged = council(LocalDate.of(2019, 6, 29), 17).newUnit(true).deputies(50).build();
    assertThat(merged.enoughMissing()).as("33 of 50 left is fewer than two thirds").isTrue();
    assertThat(merged.isRequired()).isTrue();
    assertThat(merged.toString()).startsWith("ByElection[PROVINCIAL_COUNCIL, by-election required");
  }

  @Test
  void aNationalAssemblyByElectionNeedsMoreThanTwoYearsLeftAndMoreThanTenPercentMissing() {
    ByElection.Builder assembly =
        ByElection.builder().level(ElectionLevel.NATIONAL_ASSEMBLY).termEnds(TERM_ENDS).deputies(494);
    assertThat(assembly.day(LocalDate.of(2019, 6, 29)).missing(50).build().isRequired()).isTrue();
    assertThat(assembly.day(LocalDate.of(2019, 6, 30)).missing(50).build().isRequired())
        .as("exactly 2 years left")
        .isFalse();
    assertThat(assembly.day(LocalDate.of(2019, 6, 29)).missing(49).build().isRequired())
        .as("49 of 494 is not more than 10%")
        .isFalse();
    assertThat(assembly.day(LocalDate.of(2019, 6, 29)).missing(50).build().rule())
        .isEqualTo(ResultRule.NATIONAL_ASSEMBLY_BY_ELECTION);
  }

  @Test
  void impossibleFactsAreRefused() {
    assertThatThrownBy(() -> council(LocalDate.of(2019, 6, 29), 52).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> council(LocalDate.of(2022, 1, 1), 1).build()).hasMessageContaining("within the term");
    assertThatThrownBy(() -> council(LocalDate.of(2019, 6, 29), 1).deputies(0).build())
        .hasMessageContaining("1 deputy or more");
    assertThatThrownBy(
            () ->
                council(LocalDate.of(2025, 7, 1), 1)
                    .termEnds(LocalDate.of(2026, 6, 30))
                    .level(ElectionLevel.DISTRICT_COUNCIL)
                    .build())
        .hasMessageContaining("no by-election from 2025-07-01");
    assertThatThrownBy(
            () -> council(LocalDate.of(2019, 6, 29), 1).level(ElectionLevel.NATIONAL_ASSEMBLY).newUnit(true).build())
        .hasMessageContaining("merging or splitting");
  }
}
