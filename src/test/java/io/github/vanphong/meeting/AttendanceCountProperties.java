package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Counts add like numbers, and their approximations combine the same way in any order. */
class AttendanceCountProperties {

  @Property
  void plusIsAssociativeAndCommutativeWithExactZeroAsIdentity(
      @ForAll AttendanceCount a, @ForAll AttendanceCount b, @ForAll AttendanceCount c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(AttendanceCount.of(0))).isEqualTo(a);
    assertThat(a.plus(b).number()).isEqualTo(a.number() + b.number());
    assertThat(a.plus(b).isExact()).isEqualTo(a.isExact() && b.isExact());
  }

  @Property
  void theTotalsOfAnAttendanceAddItsLevels(@ForAll Attendance attendance) {
    int present = attendance.present().values().stream().mapToInt(AttendanceCount::number).sum();
    assertThat(attendance.presentTotal().map(AttendanceCount::number).orElse(0)).isEqualTo(present);
    assertThat(attendance.expectedTotal().isPresent()).isEqualTo(!attendance.expected().isEmpty());
  }
}
