package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * How a petition reached the receiving office: for example {@link #IN_PERSON} when a citizen hands it over at a
 * reception session. The channel is not the petition's kind, nor the body that will handle it.
 *
 * <p>The sources are those of Thông tư 07/2014/TT-TTCP, Điều 5 (post; handed in or left at the reception office;
 * forwarded by another body), kept in substance by Thông tư 05/2021/TT-TTCP, and reception online, which Luật
 * 136/2025/QH15 (new Điều 3a of Luật Tiếp công dân) names from 2026-07-01; offices took letters by e-mail and web
 * portals before that, so the library accepts the channel on any date.
 */
public enum Channel implements Bilingual {
  /** Qua dịch vụ bưu chính: a letter sent by post. */
  POST("Qua dịch vụ bưu chính", "Post"),
  /** Trực tiếp: handed in, or presented, at a reception or at the office. */
  IN_PERSON("Trực tiếp tại nơi tiếp công dân", "In person"),
  /** Do cơ quan, tổ chức khác chuyển đến: forwarded by another body, a deputy, the Front or the press. */
  FORWARDED("Do cơ quan, tổ chức khác chuyển đến", "Forwarded by another body"),
  /** Trực tuyến: received online, by an electronic portal or mail. */
  ONLINE("Trực tuyến", "Online");

  private final String vietnameseName;
  private final String englishName;

  Channel(String vietnameseName, String englishName) {
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
