package io.github.vanphong.calendar;

import io.github.vanphong.law.Instruments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SuspensionTest {

  private static final LegalBasis ARTICLE_31 = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 31");
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  @Test
  void aSuspensionCoversBothEnds() {
    Suspension s = Suspension.of(MARCH_2, MARCH_2.plusDays(2), "chờ giám định", ARTICLE_31);
    assertThat(s.contains(MARCH_2)).isTrue();
    assertThat(s.contains(MARCH_2.plusDays(2))).isTrue();
    assertThat(s.contains(MARCH_2.minusDays(1))).isFalse();
    assertThat(s.contains(MARCH_2.plusDays(3))).isFalse();
    assertThat(s.toString()).isEqualTo("[2026-03-02..2026-03-04] chờ giám định (Luật Tố cáo 25/2018/QH14, Điều 31)");
    assertThat(s.reason()).isEqualTo("chờ giám định");
    assertThat(s.basis()).isEqualTo(ARTICLE_31);
    assertThat(Suspension.of(MARCH_2, MARCH_2, "x", ARTICLE_31).lastDay()).isEqualTo(MARCH_2);
  }

  @Test
  void aSuspensionCannotEndBeforeItStartsNorLackAReason() {
    assertThatThrownBy(() -> Suspension.of(MARCH_2, MARCH_2.minusDays(1), "x", ARTICLE_31))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a suspension cannot end (2026-03-01) before it starts (2026-03-02)");
    assertThatThrownBy(() -> Suspension.of(MARCH_2, MARCH_2, " ", ARTICLE_31))
        .hasMessage("a suspension needs a reason: ' '");
  }
}
