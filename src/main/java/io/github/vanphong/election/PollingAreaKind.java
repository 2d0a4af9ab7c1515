package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * What a polling area (khu vực bỏ phiếu) serves, which decides the size the Election Law allows it (Luật 85/2015/QH13,
 * Điều 11): an ordinary area of residents, an area of a mountain, highland, island or sparsely populated place, or a
 * separate area of an armed unit, a care facility or a closed facility. {@link PollingArea#findings()} applies the
 * size of each.
 */
public enum PollingAreaKind implements Bilingual {
  /** An area of residents: from 300 to 4,000 voters (Điều 11, khoản 2). */
  ORDINARY("khu vực bỏ phiếu", "polling area of residents"),
  /**
   * An area in the mountains, the highlands, on an island or where people do not live close together: at most 4,000
   * voters, and it may have fewer than 300 (Điều 11, khoản 2).
   */
  SPARSE(
      "khu vực bỏ phiếu ở miền núi, vùng cao, hải đảo, nơi dân cư không tập trung",
      "polling area of a mountain, highland, island or sparsely populated place"),
  /** The separate area of a unit of the people's armed forces (Điều 11, khoản 3): at most 4,000 voters. */
  ARMED_UNIT("khu vực bỏ phiếu riêng của đơn vị vũ trang nhân dân", "separate polling area of an armed unit"),
  /**
   * The separate area of a hospital, maternity home, convalescent home, or care home for people with disabilities or
   * the elderly: at least 50 voters (Điều 11, khoản 3) and at most 4,000.
   */
  CARE_FACILITY(
      "khu vực bỏ phiếu riêng của bệnh viện, nhà hộ sinh, nhà an dưỡng, cơ sở chăm sóc người khuyết tật, người cao"
          + " tuổi",
      "separate polling area of a hospital or care home"),
  /**
   * The separate area of a compulsory education establishment, a compulsory drug rehabilitation establishment or a
   * detention camp (Điều 11, khoản 3): at most 4,000 voters.
   */
  CLOSED_FACILITY(
      "khu vực bỏ phiếu riêng của cơ sở giáo dục bắt buộc, cơ sở cai nghiện bắt buộc, trại tạm giam",
      "separate polling area of a compulsory education, rehabilitation or detention facility");

  private final String vietnameseName;
  private final String englishName;

  PollingAreaKind(String vietnameseName, String englishName) {
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

  /**
   * Whether the area is one of the separate areas of Điều 11, khoản 3, rather than an area of residents.
   *
   * @return true for {@link #ARMED_UNIT}, {@link #CARE_FACILITY} and {@link #CLOSED_FACILITY}
   */
  public boolean isSeparate() {
    return this == ARMED_UNIT || this == CARE_FACILITY || this == CLOSED_FACILITY;
  }
}
