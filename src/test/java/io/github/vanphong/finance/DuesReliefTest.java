package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DuesReliefTest {

  private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

  @Test
  void aMemberOfFiftyYearsIsExemptFromTheMonthTheFiftiethYearIsComplete() {
    DuesRelief relief =
        DuesRelief.builder()
            .ground(ReliefGround.LONG_MEMBERSHIP)
            .reduction(Rate.WHOLE)
            .firstMonth(MARCH_2026)
            .admittedOn(LocalDate.of(1976, 3, 15))
            .build();
    assertThat(relief.covers(YearMonth.of(2040, 1))).isTrue();
    assertThat(relief.applyTo(Money.ofDong(30_000), DuesRuleBook.STANDARD_ROUNDING)).isEqualTo(Money.ZERO);
    assertThatThrownBy(
            () ->
                DuesRelief.builder()
                    .from(relief)
                    .admittedOn(LocalDate.of(1976, 4, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LONG_MEMBERSHIP: 50 years of membership from 1976-04-01 are complete in 2026-04; the relief"
            + " started 2026-03");
    assertThatThrownBy(() -> DuesRelief.exemption(ReliefGround.LONG_MEMBERSHIP, MARCH_2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the day of admission is needed");
  }

  @Test
  void aSocialPensionPoorHouseholdOrSeriousIllnessExemptsInFull() {
    for (ReliefGround ground :
        new ReliefGround[] {ReliefGround.SOCIAL_PENSION, ReliefGround.POOR_HOUSEHOLD, ReliefGround.SERIOUS_ILLNESS}) {
      DuesRelief relief = DuesRelief.exemption(ground, MARCH_2026);
      assertThat(relief.applyTo(Money.ofDong(15_930), DuesRuleBook.STANDARD_ROUNDING)).isEqualTo(Money.ZERO);
      assertThatThrownBy(() -> DuesRelief.builder().from(relief).reduction(Rate.percent("50")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(ground + " exempts in full; the reduction was 50%");
    }
  }

  @Test
  void hardshipReducesByThirtyFiftyOrSeventyPercent() {
    DuesRelief half = DuesRelief.hardship(Rate.percent("50"), MARCH_2026, YearMonth.of(2026, 8));
    assertThat(half.applyTo(Money.ofDong(15_930), DuesRuleBook.STANDARD_ROUNDING)).isEqualTo(Money.ofDong(7_965));
    DuesRelief seventy = DuesRelief.hardship(Rate.percent("70"), MARCH_2026, MARCH_2026);
    assertThat(seventy.applyTo(Money.ofDong(15_930), DuesRuleBook.STANDARD_ROUNDING)).isEqualTo(Money.ofDong(4_779));
    DuesRelief exempt = DuesRelief.hardship(Rate.WHOLE, MARCH_2026, MARCH_2026);
    assertThat(exempt.applyTo(Money.ofDong(15_930), DuesRuleBook.STANDARD_ROUNDING)).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> DuesRelief.hardship(Rate.percent("40"), MARCH_2026, MARCH_2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HARDSHIP: dues are exempted or reduced by 30%, 50% or 70%; the reduction was 40%");
  }

  @Test
  void aHardshipDecisionCoversAtMostTwelveMonths() {
    assertThat(DuesRelief.hardship(Rate.percent("30"), MARCH_2026, YearMonth.of(2027, 2)).covers(YearMonth.of(2027, 2)))
        .isTrue();
    assertThatThrownBy(() -> DuesRelief.hardship(Rate.percent("30"), MARCH_2026, YearMonth.of(2027, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HARDSHIP: a decision covers at most 12 months; 2026-03 to 2027-03 is 13");
    assertThatThrownBy(
            () ->
                DuesRelief.builder()
                    .ground(ReliefGround.HARDSHIP)
                    .reduction(Rate.percent("30"))
                    .firstMonth(MARCH_2026)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a last month");
  }

  @Test
  void aReliefCoversItsMonthsOnly() {
    DuesRelief relief = DuesRelief.hardship(Rate.percent("30"), MARCH_2026, YearMonth.of(2026, 5));
    assertThat(relief.covers(YearMonth.of(2026, 2))).isFalse();
    assertThat(relief.covers(MARCH_2026)).isTrue();
    assertThat(relief.covers(YearMonth.of(2026, 5))).isTrue();
    assertThat(relief.covers(YearMonth.of(2026, 6))).isFalse();
    assertThat(relief).hasToString("HARDSHIP 30% 2026-03..2026-05");
    assertThatThrownBy(() -> DuesRelief.hardship(Rate.percent("30"), MARCH_2026, YearMonth.of(2026, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no earlier than it starts");
  }

  @Test
  void aReliefCoversMonthsFromFebruary2026() {
    assertThatThrownBy(() -> DuesRelief.exemption(ReliefGround.POOR_HOUSEHOLD, YearMonth.of(2026, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("covers months from 2026-02; it started 2026-01");
    assertThat(ReliefGround.HARDSHIP.citation()).contains("Quy định 01-QĐ/TW, Điều 5");
  }

  @Test
  void reliefAppliesToDuesNotToDebts() {
    DuesRelief relief = DuesRelief.exemption(ReliefGround.POOR_HOUSEHOLD, MARCH_2026);
    assertThatThrownBy(() -> relief.applyTo(Money.ofDong(-1), DuesRuleBook.STANDARD_ROUNDING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a relief applies to dues of 0 đồng or more; the dues were VND -1");
    assertThatThrownBy(() -> relief.applyTo(null, DuesRuleBook.STANDARD_ROUNDING)).hasMessage("dues");
    assertThatThrownBy(() -> relief.applyTo(Money.ZERO, null)).hasMessage("rounding");
    assertThatThrownBy(() -> relief.covers(null)).hasMessage("month");
  }
}
