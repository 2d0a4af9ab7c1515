package io.github.vanphong.calendar;

import io.github.vanphong.Bilingual;

/**
 * Why a day is a day off for a party or state office: for example {@link #LUNAR_NEW_YEAR} for the five days of
 * Tết Nguyên đán, Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 1, điểm b.
 *
 * <p>The statutory kinds are the holidays a labour code lists ({@link #isStatutory()}); the others are days off
 * that follow from them ({@link #COMPENSATORY}), that the Government's yearly schedule adds ({@link
 * #SCHEDULED_DAY_OFF}) or that an office or a province adds for itself ({@link #LOCAL_DAY_OFF}). This is not a
 * weekly rest day: Saturday and Sunday are days off by the working week, not holidays.
 */
public enum HolidayKind implements Bilingual {
  /** Tết Dương lịch: 1 January. */
  NEW_YEAR("Tết Dương lịch", "New Year's Day", true),
  /** Tết Nguyên đán (Tết Âm lịch): the lunar new year, 4 or 5 days by the code in force. */
  LUNAR_NEW_YEAR("Tết Nguyên đán", "Lunar New Year", true),
  /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
  HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day", true),
  /** Ngày Chiến thắng: 30 April, the reunification of the country. */
  REUNIFICATION("Ngày Chiến thắng 30/4", "Reunification Day", true),
  /** Ngày Quốc tế Lao động: 1 May. */
  LABOUR_DAY("Ngày Quốc tế Lao động 1/5", "International Labour Day", true),
  /** Quốc khánh: 2 September, and from 2021 one adjacent day before or after it. */
  NATIONAL_DAY("Quốc khánh", "National Day", true),
  /** Ngày Văn hóa Việt Nam: 24 November, a paid day off from 2026. */
  CULTURE_DAY("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day", true),
  /** Nghỉ bù: the working day given for a holiday that falls on the weekly rest day. */
  COMPENSATORY("Ngày nghỉ bù", "Compensatory day off", false),
  /** Ngày nghỉ theo lịch của Chính phủ: a working day made a day off by the yearly schedule (a swap). */
  SCHEDULED_DAY_OFF("Ngày nghỉ theo lịch của Chính phủ", "Day off by the Government's schedule", false),
  /** Ngày nghỉ riêng: a day off that a province or an office sets for itself. */
  LOCAL_DAY_OFF("Ngày nghỉ riêng của địa phương, cơ quan", "Local day off", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean statutory;

  HolidayKind(String vietnameseName, String englishName, boolean statutory) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.statutory = statutory;
  }

  /**
   * Tells whether a law lists this holiday itself, as {@code Điều 112} of the labour code of 2019 lists Tết, rather
   * than the day following from a rule or a schedule.
   *
   * @return true for the holidays a law lists; false for compensatory, scheduled and local days off
   */
  public boolean isStatutory() {
    return statutory;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
