package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * The election a milestone belongs to: that of the National Assembly deputies or that of the People's Council
 * deputies of a level. For example the constituencies are announced for every level, while the second adjustment of
 * the candidates' composition (Luật 85/2015/QH13, Điều 47) is the National Assembly's alone.
 *
 * <p>The district level elects its People's Council up to the elections held under the original law (2016, 2021):
 * Luật 83/2025/QH15 removes it from 2025-07-01, and the rules of the book in force from then name the provincial and
 * commune levels only.
 */
public enum ElectionLevel implements Bilingual {
  /** Bầu cử đại biểu Quốc hội: the election of National Assembly deputies. */
  NATIONAL_ASSEMBLY("Bầu cử đại biểu Quốc hội", "National Assembly"),
  /** Bầu cử đại biểu Hội đồng nhân dân cấp tỉnh: the provincial People's Council. */
  PROVINCIAL_COUNCIL("Bầu cử đại biểu Hội đồng nhân dân cấp tỉnh", "Provincial People's Council"),
  /** Bầu cử đại biểu Hội đồng nhân dân cấp huyện: the district People's Council, to the 2021 election. */
  DISTRICT_COUNCIL("Bầu cử đại biểu Hội đồng nhân dân cấp huyện", "District People's Council"),
  /** Bầu cử đại biểu Hội đồng nhân dân cấp xã: the commune People's Council. */
  COMMUNE_COUNCIL("Bầu cử đại biểu Hội đồng nhân dân cấp xã", "Commune People's Council");

  private final String vietnameseName;
  private final String englishName;

  ElectionLevel(String vietnameseName, String englishName) {
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
