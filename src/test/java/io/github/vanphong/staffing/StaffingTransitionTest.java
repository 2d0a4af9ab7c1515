package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingTransitionTest {

  private static final LegalBasis QUY_CHE =
      LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2025, 7, 1)), "Điều 3");

  /**
   * Hướng dẫn 31-HD/BTCTW (as reported): "Trước mắt có thể bố trí biên chế nhiều hơn …, tối đa sau thời gian 05 năm
   * phải thực hiện đúng"; Quy định 298-QĐ/TW, Điều 4.
   */
  @Test
  void theCommuneTransitionOf31HdBtctwIsFiveYearsFromTheNormsFirstDayAsReported() {
    StaffingTransition t = StaffingNorms.COMMUNE_TRANSITION;
    assertThat(t.period()).isEqualTo(Period.ofYears(5));
    assertThat(t.daysFrom(LocalDate.of(2025, 7, 1)))
        .isEqualTo(Validity.between(LocalDate.of(2025, 7, 1), LocalDate.of(2030, 6, 30)));
    assertThat(t.bases()).extracting(LegalBasis::instrument)
        .containsExactly(Instruments.ORGANISATION_GUIDANCE_31_2025, Instruments.PARTY_REGULATION_298_2025);
    assertThat(t.bases()).extracting(LegalBasis::confirmation).containsOnly(Confirmation.REPORTED);
    assertThat(t.bases().get(0).article()).contains("tối đa sau thời gian 05 năm phải thực hiện đúng");
    assertThat(t.bases().get(1).article()).isEqualTo("Điều 4");
    assertThat(t).hasToString(
        "P5Y (Hướng dẫn 31-HD/BTCTW, trước mắt có thể bố trí biên chế nhiều hơn; tối đa sau thời gian 05 năm phải"
            + " thực hiện đúng; Quy định 298-QĐ/TW, Điều 4)");
  }

  @Test
  void aTransitionOfMonthsOrDaysEndsTheDayBeforeItsPeriodHasRun() {
    assertThat(StaffingTransition.of(Period.ofMonths(1), QUY_CHE).daysFrom(LocalDate.of(2025, 7, 1)))
        .isEqualTo(Validity.between(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)));
    assertThat(StaffingTransition.of(Period.ofDays(1), List.of(QUY_CHE)).daysFrom(LocalDate.of(2025, 7, 1)))
        .isEqualTo(Validity.between(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)));
  }

  @Test
  void aTransitionLastsAPositivePeriodAndCitesItsBasis() {
    assertThatThrownBy(() -> StaffingTransition.of(Period.ZERO, QUY_CHE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a staffing transition lasts a positive period: P0D");
    assertThatThrownBy(() -> StaffingTransition.of(Period.ofYears(-5), QUY_CHE))
        .hasMessage("a staffing transition lasts a positive period: P-5Y");
    assertThatThrownBy(() -> StaffingTransition.of(Period.of(1, -1, 0), QUY_CHE))
        .hasMessage("a staffing transition lasts a positive period: P1Y-1M");
    assertThatThrownBy(() -> StaffingTransition.of(Period.ofYears(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a staffing transition cites its basis: none given for P5Y");
    assertThatThrownBy(() -> StaffingTransition.of(Period.ofYears(5), (LegalBasis) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void transitionsAreEqualWhenPeriodAndBasesAre() {
    new EqualsTester()
        .addEqualityGroup(
            StaffingTransition.of(Period.ofYears(5), QUY_CHE), StaffingTransition.of(Period.ofYears(5), QUY_CHE))
        .addEqualityGroup(StaffingTransition.of(Period.ofYears(3), QUY_CHE))
        .addEqualityGroup(StaffingNorms.COMMUNE_TRANSITION)
        .testEquals();
  }
}
