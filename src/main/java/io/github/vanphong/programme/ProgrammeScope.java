package io.github.vanphong.programme;

import io.github.vanphong.Bilingual;

/**
 * The span of a work programme: for example {@link #QUARTER}, the standing committee's programme for a quarter
 * (chương trình công tác quý). Which body draws up a programme of which span is {@link ProgrammeBody#scopes()}.
 */
public enum ProgrammeScope implements Bilingual {
  /** Toàn khóa: the executive committee's programme for its whole term. */
  TERM("Toàn khóa", "Term"),
  /** Năm: a programme for a calendar year. */
  YEAR("Năm", "Year"),
  /** Quý: a programme for a calendar quarter. */
  QUARTER("Quý", "Quarter"),
  /** Tháng: a programme for a calendar month. */
  MONTH("Tháng", "Month"),
  /** Tuần: the standing members' programme (or working schedule) for a week, Monday to Sunday. */
  WEEK("Tuần", "Week");

  private final String vietnameseName;
  private final String englishName;

  ProgrammeScope(String vietnameseName, String englishName) {
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
