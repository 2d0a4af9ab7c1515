package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;

/**
 * What a room is booked for: a briefing, a conference, a reception of guests, a reception of citizens, or another
 * use. For example the office books its hall for a {@link #CONFERENCE} to disseminate a resolution.
 */
public enum BookingPurpose implements Bilingual {
  /** Giao ban: a regular briefing, a review (sơ kết, tổng kết). */
  BRIEFING("Giao ban", "Briefing"),
  /** Hội nghị: a conference, a training. */
  CONFERENCE("Hội nghị", "Conference"),
  /** Tiếp khách: a reception of a delegation or guests. */
  RECEPTION("Tiếp khách", "Reception"),
  /** Tiếp công dân: a session of citizen reception. */
  CITIZEN_RECEPTION("Tiếp công dân", "Citizen reception"),
  /** Khác: another use, such as a working meeting of a department. */
  OTHER("Khác", "Other");

  private final String vietnameseName;
  private final String englishName;

  BookingPurpose(String vietnameseName, String englishName) {
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
}
