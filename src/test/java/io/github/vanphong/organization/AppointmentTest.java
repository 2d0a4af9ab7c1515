package io.github.vanphong.organization;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AppointmentTest {

  private static final PersonId TAO = PersonId.of("HG-HTTAO");
  private static final Post CHAIR = Post.of(UnitId.of("HG-HDND"), PostKind.CHAIR);
  private static final Validity TERM = Validity.between(LocalDate.of(2015, 12, 2), LocalDate.of(2020, 11, 10));

  @Test
  void anAppointmentIsHeldOnEveryDayOfItsTermBothEndsCounted() {
    Appointment a = Appointment.of(TAO, CHAIR, TERM);
    assertThat(a.isHeldOn(LocalDate.of(2015, 12, 1))).isFalse();
    assertThat(a.isHeldOn(LocalDate.of(2015, 12, 2))).isTrue();
    assertThat(a.isHeldOn(LocalDate.of(2020, 11, 10))).isTrue();
    assertThat(a.isHeldOn(LocalDate.of(2020, 11, 11))).isFalse();
    assertThat(a.person()).isEqualTo(TAO);
    assertThat(a.post()).isEqualTo(CHAIR);
    assertThat(a.term()).isEqualTo(TERM);
    assertThat(a.basis()).isEmpty();
  }

  @Test
  void anAppointmentReadsAsPersonPostAndTerm() {
    assertThat(Appointment.of(TAO, CHAIR, TERM)).hasToString("HG-HTTAO as Chair of HG-HDND [2015-12-02..2020-11-10]");
    LegalBasis decision = LegalBasis.of(Instrument.of("Nghị quyết bầu Chủ tịch HĐND tỉnh", LocalDate.of(2015, 12, 2)), "kỳ họp 16");
    Appointment cited = Appointment.builder().person(TAO).post(CHAIR).term(TERM).basis(decision).build();
    assertThat(cited.basis()).contains(decision);
    assertThat(cited)
        .hasToString(
            "HG-HTTAO as Chair of HG-HDND [2015-12-02..2020-11-10], under Nghị quyết bầu Chủ tịch HĐND tỉnh, kỳ"
                + " họp 16");
  }

  @Test
  void appointmentsAreValues() {
    new EqualsTester()
        .addEqualityGroup(Appointment.of(TAO, CHAIR, TERM), Appointment.of(TAO, CHAIR, TERM))
        .addEqualityGroup(Appointment.of(TAO, CHAIR, Validity.from(LocalDate.of(2015, 12, 2))))
        .addEqualityGroup(Appointment.of(PersonId.of("X"), CHAIR, TERM))
        .testEquals();
  }
}
