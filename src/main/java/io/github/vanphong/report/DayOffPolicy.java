package io.github.vanphong.report;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.calendar.CivilCode;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a due day that falls on a day off becomes: the next working day or the one before. For example a monthly
 * report due on Sunday 2026-01-25 is due on Monday 2026-01-26 under {@link #NEXT_WORKING_DAY}, and on Friday
 * 2026-01-23 under {@link #PREVIOUS_WORKING_DAY}.
 *
 * <p>The reporting instruments read (Nghị định 09/2019/NĐ-CP, Thông tư 02/2021/TT-TTCP, Kết luận 215-KL/TW) say
 * nothing of a due day on a day off: the choice is a policy of the regime's, which an application sets ({@link
 * ReportingRegime#withDayOffPolicy}). The regimes of the library take {@link #NEXT_WORKING_DAY}, the rule of the Civil
 * Code for a period whose last day is a day off (Bộ luật Dân sự 2015, Điều 148, khoản 5), applied by analogy: its
 * basis is marked unconfirmed for that reason.
 */
public enum DayOffPolicy implements Bilingual {
  /** Chuyển sang ngày làm việc tiếp theo: the due day moves to the next working day. */
  NEXT_WORKING_DAY("Ngày làm việc tiếp theo", "Next working day"),
  /** Gửi vào ngày làm việc liền trước: the due day moves back to the working day before it. */
  PREVIOUS_WORKING_DAY("Ngày làm việc liền trước", "Previous working day");

  private final String vietnameseName;
  private final String englishName;

  DayOffPolicy(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the basis the policy borrows, if any: for {@link #NEXT_WORKING_DAY} the Civil Code's article in force on
   * the day (Bộ luật Dân sự 2015, Điều 148, khoản 5, or the 2005 code's), marked unconfirmed as it is applied by
   * analogy; none for {@link #PREVIOUS_WORKING_DAY}, an office's practice.
   *
   * @param day the due day, from 2006-01-01, not null
   * @return the basis, or empty
   * @throws java.time.DateTimeException for {@link #NEXT_WORKING_DAY} and a day before 2006-01-01, when no civil code
   *     the library holds was in force
   */
  public Optional<LegalBasis> basisOn(LocalDate day) {
    requireNonNull(day, "day");
    if (this == PREVIOUS_WORKING_DAY) {
      return Optional.empty();
    }
    LegalBasis civil = CivilCode.inForceOn(day).endMovesToWorkingDay();
    return Optional.of(LegalBasis.builder().from(civil).confirmation(Confirmation.UNCONFIRMED).build());
  }

  /**
   * Returns the day itself if offices work on it, otherwise the working day the policy moves it to.
   *
   * @param day the due day, within the calendar's range, not null
   * @param calendar the working calendar, not null
   * @return a working day, not null
   * @throws java.time.DateTimeException if the day, or the working day it moves to, is outside the calendar's range
   */
  public LocalDate apply(LocalDate day, WorkingCalendar calendar) {
    requireNonNull(day, "day");
    requireNonNull(calendar, "calendar");
    if (this == NEXT_WORKING_DAY) {
      return calendar.nextWorkingDay(day);
    }
    LocalDate at = day;
    while (!calendar.isWorkingDay(at)) {
      at = at.minusDays(1);
    }
    return at;
  }
}
