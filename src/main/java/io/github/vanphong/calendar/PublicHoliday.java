package io.github.vanphong.calendar;

import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import java.util.Comparator;
import io.github.vanphong.law.LegalBasis;

/**
 * A day off for party and state offices, with why and on what basis: for example 2026-02-17, {@link
 * HolidayKind#LUNAR_NEW_YEAR}, Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 1, điểm b.
 *
 * <p>A public holiday is one day; Tết is five of them. It is not a weekly rest day (Saturday, Sunday), which is
 * a matter of the {@link WorkingCalendar}'s week. A compensatory day names the article that gives it (Điều 111,
 * khoản 3 of the code of 2019); a scheduled day off names the Government's notice.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class PublicHoliday {

  /** Orders holidays by date, then by kind. */
  static final Comparator<PublicHoliday> BY_DATE =
      Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::kind);

  PublicHoliday() {}

  /**
   * The day off.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Why the day is off, for example {@link HolidayKind#COMPENSATORY}.
   *
   * @return the kind, not null
   */
  public abstract HolidayKind kind();

  /**
   * The instrument and article that make the day off.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns the holiday on the given day.
   *
   * @param date the day off, not null
   * @param kind why it is off, not null
   * @param basis the instrument and article that make it off, not null
   * @return the holiday, not null
   */
  public static PublicHoliday of(LocalDate date, HolidayKind kind, LegalBasis basis) {
    return ImmutablePublicHoliday.builder().date(date).kind(kind).basis(basis).build();
  }

  /**
   * Returns the readable form, for example "2026-02-17 Tết Nguyên đán (Bộ luật Lao động 45/2019/QH14, Điều 112,
   * khoản 1, điểm b)".
   *
   * @return the date, the Vietnamese name of the kind and the citation, not null
   */
  @Override
  public String toString() {
    return date() + " " + kind().vietnameseName() + " (" + basis().citation() + ")";
  }
}
