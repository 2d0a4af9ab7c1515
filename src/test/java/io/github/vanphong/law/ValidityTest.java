package io.github.vanphong.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ValidityTest {

  private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
  private static final LocalDate END_OF_JUNE_2025 = LocalDate.of(2025, 6, 30);

  @Test
  void bothEndsAreCounted() {
    Validity district = Validity.between(LocalDate.of(2016, 3, 1), END_OF_JUNE_2025);
    assertThat(district.contains(LocalDate.of(2016, 3, 1))).isTrue();
    assertThat(district.contains(END_OF_JUNE_2025)).isTrue();
    assertThat(district.contains(JULY_2025)).isFalse();
    assertThat(district.contains(LocalDate.of(2016, 2, 29))).isFalse();
  }

  @Test
  void anOpenEndedValidityHoldsForever() {
    Validity v = Validity.from(JULY_2025);
    assertThat(v.isOpenEnded()).isTrue();
    assertThat(v.end()).isEmpty();
    assertThat(v.contains(LocalDate.of(2199, 12, 31))).isTrue();
    assertThat(v.contains(END_OF_JUNE_2025)).isFalse();
  }

  @Test
  void aValidityCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> Validity.between(JULY_2025, END_OF_JUNE_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a validity cannot end (2025-06-30) before it starts (2025-07-01)");
  }

  @Test
  void aOneDayValidityIsAllowed() {
    assertThat(Validity.between(JULY_2025, JULY_2025).contains(JULY_2025)).isTrue();
  }

  @Test
  void overlapsCountsSharedEnds() {
    Validity a = Validity.between(LocalDate.of(2020, 1, 1), END_OF_JUNE_2025);
    assertThat(a.overlaps(Validity.from(END_OF_JUNE_2025))).isTrue();
    assertThat(a.overlaps(Validity.from(JULY_2025))).isFalse();
    assertThat(Validity.from(JULY_2025).overlaps(a)).isFalse();
    assertThat(Validity.from(JULY_2025).overlaps(Validity.from(LocalDate.of(2030, 1, 1)))).isTrue();
    assertThat(a.overlaps(Validity.between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))).isFalse();
    assertThat(a.overlaps(Validity.between(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)))).isTrue();
  }

  @Test
  void enclosesRequiresEveryDay() {
    Validity closed = Validity.between(LocalDate.of(2020, 1, 1), END_OF_JUNE_2025);
    assertThat(closed.encloses(closed)).isTrue();
    assertThat(closed.encloses(Validity.from(LocalDate.of(2021, 1, 1)))).isFalse();
    assertThat(closed.encloses(Validity.between(LocalDate.of(2021, 1, 1), JULY_2025))).isFalse();
    assertThat(closed.encloses(Validity.between(LocalDate.of(2019, 12, 31), END_OF_JUNE_2025))).isFalse();
    assertThat(Validity.from(LocalDate.of(2020, 1, 1)).encloses(closed)).isTrue();
    assertThat(Validity.from(LocalDate.of(2020, 1, 2)).encloses(closed)).isFalse();
  }

  @Test
  void intersectionKeepsTheCommonDays() {
    Validity a = Validity.between(LocalDate.of(2020, 1, 1), END_OF_JUNE_2025);
    assertThat(a.intersection(Validity.from(LocalDate.of(2024, 1, 1))))
        .contains(Validity.between(LocalDate.of(2024, 1, 1), END_OF_JUNE_2025));
    assertThat(Validity.from(LocalDate.of(2024, 1, 1)).intersection(a))
        .contains(Validity.between(LocalDate.of(2024, 1, 1), END_OF_JUNE_2025));
    assertThat(Validity.from(LocalDate.of(2024, 1, 1)).intersection(Validity.from(JULY_2025)))
        .contains(Validity.from(JULY_2025));
    assertThat(a.intersection(Validity.between(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1))))
        .contains(Validity.between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
    assertThat(a.intersection(Validity.from(JULY_2025))).isEmpty();
  }

  @Test
  void endingOnShortensButNeverLengthens() {
    Validity open = Validity.from(LocalDate.of(2004, 1, 1));
    assertThat(open.endingOn(END_OF_JUNE_2025)).isEqualTo(Validity.between(LocalDate.of(2004, 1, 1), END_OF_JUNE_2025));
    Validity closed = open.endingOn(END_OF_JUNE_2025);
    assertThatThrownBy(() -> closed.endingOn(JULY_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2004-01-01..2025-06-30]")
        .hasMessageContaining("2025-07-01");
    assertThatThrownBy(() -> open.endingOn(LocalDate.of(2003, 12, 31))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCanonicalFormIsReadBack() {
    assertThat(Validity.between(LocalDate.of(2016, 3, 1), END_OF_JUNE_2025).toString())
        .isEqualTo("[2016-03-01..2025-06-30]");
    assertThat(Validity.from(JULY_2025).toString()).isEqualTo("[2025-07-01..)");
    assertThat(Validity.parse("[2016-03-01..2025-06-30]"))
        .isEqualTo(Validity.between(LocalDate.of(2016, 3, 1), END_OF_JUNE_2025));
    assertThat(Validity.parse("[2025-07-01..)")).isEqualTo(Validity.from(JULY_2025));
  }

  @Test
  void aMalformedValiditySaysWhere() {
    assertThatThrownBy(() -> Validity.parse("2016-03-01..)"))
        .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isZero())
        .hasMessageContaining("expected '['");
    assertThatThrownBy(() -> Validity.parse("[2016-03-01]"))
        .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(12))
        .hasMessageContaining("expected '..'");
    assertThatThrownBy(() -> Validity.parse("[2016-13-01..)"))
        .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(1))
        .hasMessageContaining("at index 1");
    assertThatThrownBy(() -> Validity.parse("[2016-03-01..2016-04-01"))
        .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(22))
        .hasMessageContaining("expected ']' or ')'");
    assertThatThrownBy(() -> Validity.parse("[2016-03-01..2016-04-01)"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Validity.parse("[2016-03-01..2016-02-01]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot end");
  }

  @Test
  void equalityIsByDays() {
    new EqualsTester()
        .addEqualityGroup(Validity.from(JULY_2025), Validity.parse("[2025-07-01..)"))
        .addEqualityGroup(Validity.between(JULY_2025, JULY_2025))
        .addEqualityGroup(Validity.between(END_OF_JUNE_2025, JULY_2025))
        .testEquals();
  }
}
