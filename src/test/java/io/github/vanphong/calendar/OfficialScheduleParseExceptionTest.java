package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class OfficialScheduleParseExceptionTest {

  @Test
  void aParseErrorIsABadArgumentThatNamesItsLine() {
    OfficialScheduleParseException e =
        catchThrowableOfType(
            OfficialScheduleParseException.class, () -> OfficialSchedule.parseAll("year 2027\n\nwork x\n"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.lineNumber()).isEqualTo(3);
    assertThat(e).hasMessage("cannot parse official schedules at line 3: expected a 'basis' line before 'work'");
  }

  @Test
  void aBadDayKeepsItsCause() {
    OfficialScheduleParseException e =
        catchThrowableOfType(
            OfficialScheduleParseException.class,
            () -> OfficialSchedule.parseAll("year 2027\nbasis A | B | 2027-01-01\nwork x\n"));
    assertThat(e.getCause()).isInstanceOf(java.time.format.DateTimeParseException.class);
    assertThat(e.lineNumber()).isEqualTo(3);
  }
}
