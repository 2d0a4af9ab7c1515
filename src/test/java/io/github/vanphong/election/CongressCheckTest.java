package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CongressCheckTest {

  private static final UnitId CELL = UnitId.of("HG-CB1");
  private static final LocalDate HELD = LocalDate.of(2020, 6, 15);
  private static final Optional<CongressTerm> TERM = Optional.of(CongressRuleBook.CELL_TERM_2011);

  private static CongressCheck on(LocalDate day) {
    return CongressCheck.of(CELL, CongressTier.CELL, Optional.of(HELD), TERM, day);
  }

  @Test
  void aCellIsInTermThenDueThenMovedLaterThenOverdue() {
    CongressCheck check = on(LocalDate.of(2022, 1, 1));
    assertThat(check.dueOn()).contains(LocalDate.of(2022, 12, 15));
    assertThat(check.earliestOn()).contains(LocalDate.of(2022, 6, 15));
    assertThat(check.latestOn()).contains(LocalDate.of(2023, 6, 15));
    assertThat(on(LocalDate.of(2022, 6, 14)).status()).isEqualTo(CongressStatus.IN_TERM);
    assertThat(on(LocalDate.of(2022, 6, 15)).status()).isEqualTo(CongressStatus.DUE);
    assertThat(on(LocalDate.of(2022, 12, 15)).status()).isEqualTo(CongressStatus.DUE);
    assertThat(on(LocalDate.of(2022, 12, 16)).status()).isEqualTo(CongressStatus.LATE);
    assertThat(on(LocalDate.of(2023, 6, 15)).status()).isEqualTo(CongressStatus.LATE);
    assertThat(on(LocalDate.of(2023, 6, 16)).status()).isEqualTo(CongressStatus.OVERDUE);
    assertThat(on(LocalDate.of(2023, 6, 16)))
        .hasToString("CongressCheck[HG-CB1 CELL on 2023-06-16: OVERDUE, last 2020-06-15, due 2022-12-15]");
  }

  @Test
  void withNoCongressOrNoTermThereIsNoDayDue() {
    CongressCheck none = CongressCheck.of(CELL, CongressTier.CELL, Optional.empty(), Optional.empty(), HELD);
    assertThat(none.status()).isEqualTo(CongressStatus.NOT_RECORDED);
    assertThat(none.dueOn()).isEmpty();
    assertThat(none.latestOn()).isEmpty();
    CongressCheck noTerm = CongressCheck.of(CELL, CongressTier.CELL, Optional.of(HELD), Optional.empty(), HELD);
    assertThat(noTerm.status()).isEqualTo(CongressStatus.NO_TERM);
    assertThat(noTerm.earliestOn()).isEmpty();
    assertThat(noTerm).isNotEqualTo(none);
    assertThat(on(HELD)).isEqualTo(on(HELD)).hasSameHashCodeAs(on(HELD));
  }

  @Test
  void aCheckThatDisagreesWithItsTermIsRefused() {
    assertThatThrownBy(() -> CongressCheck.of(CELL, CongressTier.CELL, Optional.of(HELD), TERM, HELD.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the day asked about");
    assertThatThrownBy(() -> CongressCheck.of(CELL, CongressTier.PROVINCIAL, Optional.of(HELD), TERM, HELD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CELL_TERM_2011 dates congresses of CELL");
    assertThatThrownBy(() -> CongressCheck.of(CELL, CongressTier.CELL, Optional.empty(), TERM, HELD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("none recorded");
    LocalDate before = LocalDate.of(2010, 1, 1);
    assertThatThrownBy(() -> CongressCheck.of(CELL, CongressTier.CELL, Optional.of(before), TERM, HELD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not chosen");
  }
}
