package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ConclusionTest {

  @Test
  void aConclusionHasItsNumberAndText() {
    Conclusion c = Conclusion.of(4, "Phục vụ tốt cuộc bầu cử");
    assertThat(c.number()).isEqualTo(4);
    assertThat(c.text()).isEqualTo("Phục vụ tốt cuộc bầu cử");
    assertThat(c).hasToString("4. Phục vụ tốt cuộc bầu cử");
  }

  @Test
  void theTextIsKeptInNfc() {
    String decomposed = Normalizer.normalize("Phối hợp giữa các văn phòng", Normalizer.Form.NFD);
    Conclusion c = Conclusion.of(3, decomposed);
    assertThat(c.text()).isEqualTo("Phối hợp giữa các văn phòng");
    assertThat(c).isEqualTo(Conclusion.of(3, "Phối hợp giữa các văn phòng"));
  }

  @Test
  void conclusionsAreNumberedFromOneAndSaySomething() {
    assertThatThrownBy(() -> Conclusion.of(0, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("conclusions are numbered from 1: 0, 'x'");
    assertThatThrownBy(() -> Conclusion.of(2, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("conclusion 2 needs a text: '  '");
  }

  @Test
  void conclusionsAreValues() {
    new EqualsTester()
        .addEqualityGroup(Conclusion.of(1, "a"), Conclusion.of(1, "a"))
        .addEqualityGroup(Conclusion.of(2, "a"))
        .addEqualityGroup(Conclusion.of(1, "b"))
        .testEquals();
  }
}
