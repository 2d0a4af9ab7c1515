package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VoidingTest {

  @Test
  void aVoidingNeedsAReasonKeptInNfc() {
    assertThatThrownBy(() -> Voiding.of(LocalDate.of(2016, 3, 10), " "))
        .hasMessage("a voided number needs a reason; none was given on 2016-03-10");
    Voiding v = Voiding.of(LocalDate.of(2016, 3, 10), Normalizer.normalize("ban hành nhầm", Normalizer.Form.NFD));
    assertThat(v.reason()).isEqualTo("ban hành nhầm");
    assertThat(v.on()).isEqualTo(LocalDate.of(2016, 3, 10));
    assertThat(v).hasToString("voided on 2016-03-10: ban hành nhầm");
    assertThat(v).isEqualTo(Voiding.of(LocalDate.of(2016, 3, 10), "ban hành nhầm"));
  }
}
