package io.github.vanphong.meeting;

import io.github.vanphong.Bilingual;

/**
 * What a meeting of the office's work is for: a regular briefing, a review in the middle or at the end of a
 * period, or a conference. For example the meeting of Hậu Giang's party committee offices on 2016-03-01, "Giao ban
 * công tác văn phòng cấp ủy lần đầu tiên", is a {@link #BRIEFING}.
 *
 * <p>The kind is what the meeting does, not what it is called: a "Hội nghị giao ban … 6 tháng đầu năm" (a
 * briefing conference on the first half of the year) is a {@link #BRIEFING}. A meeting of a party committee's
 * executive committee or standing board (hội nghị Ban Chấp hành, Ban Thường vụ) is none of these: it is governed by
 * the committee's working rules, which this package does not model.
 */
public enum MeetingKind implements Bilingual {
  /**
   * Giao ban: a regular meeting that reviews the work of a period and agrees the tasks of the next, for example
   * the briefing of the party committee offices of a province.
   */
  BRIEFING("Giao ban", "Briefing"),
  /** Sơ kết: a review part-way through a period or a programme, for example after six months. */
  INTERIM_REVIEW("Sơ kết", "Interim review"),
  /** Tổng kết: a review at the end of a year, a term or a programme. */
  FINAL_REVIEW("Tổng kết", "Final review"),
  /** Hội nghị: a conference, for example to disseminate a resolution or to train the staff of the offices. */
  CONFERENCE("Hội nghị", "Conference");

  private final String vietnameseName;
  private final String englishName;

  MeetingKind(String vietnameseName, String englishName) {
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
