package io.github.vanphong.law;

import io.github.vanphong.Bilingual;

/**
 * How firmly a legal basis has been confirmed: against the instrument's own text, through a source that quotes it,
 * or not at all. For example the 11–13 staff norm for a district party committee office is {@link #UNCONFIRMED}:
 * it comes from a 2016 news report, not from a regulation that has been read.
 *
 * <p>A rule whose basis is not {@link #VERIFIED} is data an application can replace with its own.
 */
public enum Confirmation implements Bilingual {
  /** Checked against the full text of the article in the instrument itself. */
  VERIFIED("Đã đối chiếu văn bản", "Verified against the text"),
  /** Checked against an official or press source that quotes or summarises the instrument. */
  REPORTED("Theo nguồn trích dẫn", "Reported by a secondary source"),
  /** Not confirmed: a figure reported without its instrument, or a recollection to be checked. */
  UNCONFIRMED("Chưa xác minh", "Unconfirmed");

  private final String vietnameseName;
  private final String englishName;

  Confirmation(String vietnameseName, String englishName) {
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
