package io.github.vanphong.programme;

import io.github.vanphong.Bilingual;

/**
 * Whether a meeting was one a body holds by its rhythm or one called outside it: for example {@link #EXTRAORDINARY},
 * a Central Committee session the Politburo calls when it finds it necessary.
 */
public enum MeetingRegime implements Bilingual {
  /** Họp thường lệ: a meeting held by the body's rhythm. */
  REGULAR("Họp thường lệ", "Regular meeting"),
  /** Họp bất thường: a meeting called outside the rhythm. */
  EXTRAORDINARY("Họp bất thường", "Extraordinary meeting");

  private final String vietnameseName;
  private final String englishName;

  MeetingRegime(String vietnameseName, String englishName) {
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
