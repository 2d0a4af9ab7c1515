package io.github.vanphong.programme;

import io.github.vanphong.Bilingual;

/**
 * A body of the Party that holds regular meetings: for example {@link #CELL}, a Party cell, which meets every month.
 * How often each must meet is a {@link RegularMeetingRule} of a {@link MeetingRhythmBook}.
 */
public enum MeetingBody implements Bilingual {
  /** Ban Chấp hành Trung ương: the Central Committee. */
  CENTRAL_COMMITTEE("Ban Chấp hành Trung ương", "Central Committee"),
  /** Ban chấp hành đảng bộ tỉnh (tỉnh ủy, thành ủy): a provincial executive committee. */
  PROVINCIAL_COMMITTEE("Ban chấp hành đảng bộ tỉnh", "Provincial executive committee"),
  /** Ban thường vụ cấp ủy: a committee's standing committee. */
  STANDING_COMMITTEE("Ban thường vụ", "Standing committee"),
  /** Thường trực cấp ủy: a committee's standing members. */
  STANDING_MEMBERS("Thường trực cấp ủy", "Standing members"),
  /** Đảng ủy cơ sở: a grassroots Party committee. */
  GRASSROOTS_COMMITTEE("Đảng ủy cơ sở", "Grassroots committee"),
  /** Chi bộ: a Party cell. */
  CELL("Chi bộ", "Party cell"),
  /** Chi ủy: a cell's committee. */
  CELL_COMMITTEE("Chi ủy", "Cell committee");

  private final String vietnameseName;
  private final String englishName;

  MeetingBody(String vietnameseName, String englishName) {
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
