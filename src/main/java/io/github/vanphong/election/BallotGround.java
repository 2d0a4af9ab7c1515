package io.github.vanphong.election;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A ground on which a ballot is invalid (phiếu bầu không hợp lệ), each a point of Luật 85/2015/QH13, Điều 74, khoản 1:
 * for example {@link #ALL_NAMES_STRUCK}, a ballot on which every candidate's name is struck out. A {@link Ballot}'s
 * {@link BallotValidity} names every ground found on it, not only the first.
 *
 * <p>Every ground cites the article as read in its original text, marked verified; Luật 83/2025/QH15 did not change
 * it, so each holds for every election. Where a ballot is doubtful the whole polling team decides (Điều 74, khoản 2):
 * the library takes the team's reading of the ballot as given ({@link Ballot}).
 */
public enum BallotGround implements Bilingual, Rule {
  /** Not of the prescribed form issued by the polling team (Điều 74, khoản 1, điểm a). */
  NOT_PRESCRIBED_FORM(
      "Phiếu không theo mẫu quy định do Tổ bầu cử phát ra",
      "Not of the prescribed form issued by the polling team",
      "Điều 74, khoản 1, điểm a"),
  /** Without the polling team's stamp (Điều 74, khoản 1, điểm b). */
  NO_STAMP("Phiếu không có dấu của Tổ bầu cử", "Without the polling team's stamp", "Điều 74, khoản 1, điểm b"),
  /** More names left than the seats of the constituency (Điều 74, khoản 1, điểm c). */
  MORE_NAMES_THAN_SEATS(
      "Phiếu để số người được bầu nhiều hơn số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử",
      "More names left than seats to fill",
      "Điều 74, khoản 1, điểm c"),
  /** Every candidate's name struck out (Điều 74, khoản 1, điểm d). */
  ALL_NAMES_STRUCK("Phiếu gạch xóa hết tên những người ứng cử", "Every name struck out", "Điều 74, khoản 1, điểm d"),
  /** A name from outside the list, or any other content, added (Điều 74, khoản 1, điểm đ). */
  CONTENT_ADDED(
      "Phiếu ghi thêm tên người ngoài danh sách những người ứng cử hoặc có ghi thêm nội dung khác",
      "A name or other content added",
      "Điều 74, khoản 1, điểm đ");

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;

  BallotGround(String vietnameseName, String englishName, String article) {
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
   * 74, khoản 1, điểm d".
   *
   * @return the citation, not null
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }
}
