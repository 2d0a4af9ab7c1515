package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * What the content of a petition concerns, as the receiving office reads it: for example {@link #PARTY_DISCIPLINE}
 * for a letter about a member's conduct. The topic decides which body at a joint reception office handles the
 * matter (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, for the provincial level; Điều 13 for the district
 * level), through the {@link RoutingRule}s of {@link Classifier}; a letter may concern several topics.
 */
public enum Topic implements Bilingual {
  /** Chủ trương, đường lối, chính sách của Đảng: the Party's policies and guidelines (Điều 12.4.a). */
  PARTY_POLICY("Chủ trương, đường lối, chính sách của Đảng", "Party policy"),
  /** Công tác xây dựng Đảng: Party building, and other matters within the committee's remit (Điều 12.4.a). */
  PARTY_BUILDING("Công tác xây dựng Đảng", "Party building"),
  /**
   * Kỷ luật Đảng, phẩm chất cán bộ, đảng viên, sinh hoạt Đảng: Party discipline, the quality of cadres and members,
   * and internal Party life (Điều 12.4.b).
   */
  PARTY_DISCIPLINE("Kỷ luật Đảng, phẩm chất cán bộ, đảng viên", "Party discipline"),
  /** Nội chính, phòng, chống tham nhũng: internal affairs and anti-corruption (Điều 12.4.c). */
  INTERNAL_AFFAIRS("Nội chính, phòng, chống tham nhũng", "Internal affairs and anti-corruption"),
  /** Hoạt động của đại biểu Quốc hội, Hội đồng nhân dân: deputies and the People's Council (Điều 12.4.d). */
  ELECTED_BODIES("Đại biểu Quốc hội, Hội đồng nhân dân", "Elected bodies"),
  /** Quản lý hành chính nhà nước: the People's Committee's administration and anything else (Điều 12.4.đ). */
  ADMINISTRATION("Quản lý hành chính nhà nước", "State administration");

  private final String vietnameseName;
  private final String englishName;

  Topic(String vietnameseName, String englishName) {
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
