package io.github.vanphong.election;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule of the size of a polling area (khu vực bỏ phiếu), with its legal basis in the Election Law (Luật
 * 85/2015/QH13, Điều 11, unchanged in the figures by Luật 83/2025/QH15). {@link PollingArea#findings()} reports each
 * breach as a {@link PollingAreaViolation}.
 *
 * <p>The article's figures are verified. The khoản numbers follow the article's order (khoản 1, the areas shared by
 * the elections; khoản 2, the size; khoản 3, the separate areas; khoản 4, who fixes the areas, the one the 2025
 * amendment cites). The law sets the lower bound of 300 for areas of residents and of 50 for hospitals and care
 * homes; the library reads the upper bound of 4,000 as holding for every area, and sets no lower bound for armed
 * units and closed facilities, whose separate areas the law allows without a count.
 */
public enum PollingAreaRule implements Bilingual, Rule {
  /**
   * A polling area has from 300 to 4,000 voters; in the mountains, the highlands, on islands and where people do not
   * live close together it may have fewer than 300 (Điều 11, khoản 2).
   */
  VOTERS_PER_AREA(
      "Mỗi khu vực bỏ phiếu có từ 300 cử tri đến 4.000 cử tri; ở miền núi, vùng cao, hải đảo và nơi dân cư không tập"
          + " trung có thể dưới 300 cử tri",
      "A polling area has from 300 to 4,000 voters; fewer than 300 only where people live far apart",
      "Điều 11, khoản 2"),
  /**
   * A hospital, maternity home, convalescent home or care home for people with disabilities or the elderly may have a
   * separate polling area if it has 50 voters or more (Điều 11, khoản 3).
   */
  CARE_FACILITY_AREA(
      "Bệnh viện, nhà hộ sinh, nhà an dưỡng, cơ sở chăm sóc người khuyết tật, người cao tuổi có từ 50 cử tri trở lên"
          + " có thể thành lập khu vực bỏ phiếu riêng",
      "A hospital or care home has a separate polling area only with 50 voters or more",
      "Điều 11, khoản 3");

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;

  PollingAreaRule(String vietnameseName, String englishName, String article) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis =
        LegalBasis.builder()
            .instrument(Instruments.ELECTION_LAW_2015)
            .article(article)
            .confirmation(Confirmation.VERIFIED)
            .build();
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
   * Returns the legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the citation, for example "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13, Điều
   * 11, khoản 2".
   *
   * @return the citation, not null
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }
}
