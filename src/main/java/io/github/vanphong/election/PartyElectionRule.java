package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule of elections in the Party (bầu cử trong Đảng), with its basis in the rules of elections chosen by the
 * election's day: Quy định 244-QĐ/TW for elections from 2014-06-09 to 2024-10-09, Quy định 190-QĐ/TW from 2024-10-10
 * ({@link #basisOn(LocalDate) basisOn}). For example {@link #SURPLUS_AT_MOST_30_PERCENT}: the list for a committee
 * has at most 30% more candidates than places (Quy định 190-QĐ/TW, Điều 14, khoản 1).
 *
 * <p>The articles of Quy định 190-QĐ/TW are known from press excerpts (reported); where the article of Quy định
 * 244-QĐ/TW for the same rule was not found, its basis says "số điều chưa xác định" and is unconfirmed. Two rules
 * are not law but the application's: {@link #TIE_AT_CUT_OFF}, since no tie rule was found, and the list of invalid
 * ballots, which the results take as counted ({@link PartyElectionResult}). {@link #ONE_ENTRY_PER_PERSON} is
 * structural and cites nothing.
 */
public enum PartyElectionRule implements Bilingual, Rule {
  /** The list for a committee or standing committee has more candidates than places (190, Điều 14, khoản 1). */
  SURPLUS_REQUIRED(
      "Danh sách bầu cử cấp ủy, ban thường vụ phải có số dư",
      "A committee's list has more candidates than places",
      "Điều 14, khoản 1",
      Confirmation.REPORTED,
      null),
  /** The surplus is at most 30% of the places (190, Điều 14, khoản 1). */
  SURPLUS_AT_MOST_30_PERCENT(
      "Số dư không quá 30% so với số lượng được bầu",
      "The surplus is at most 30% of the places",
      "Điều 14, khoản 1",
      Confirmation.REPORTED,
      null),
  /** The convening committee proposes 10% to 15% more candidates than places (190, Điều 14, khoản 1). */
  CONVENING_SURPLUS_10_TO_15_PERCENT(
      "Cấp ủy triệu tập chuẩn bị danh sách có số dư từ 10% đến 15%",
      "The convening committee proposes a surplus of 10% to 15%",
      "Điều 14, khoản 1",
      Confirmation.REPORTED,
      null),
  /**
   * A candidate nominated from the floor or self-nominated enters the list only if more than 30% of those present
   * agree (190, Điều 14, khoản 2 and 3).
   */
  FLOOR_NOMINATION_AGREEMENT(
      "Người được đề cử, ứng cử tại đại hội được đưa vào danh sách khi có trên 30% số đại biểu, đảng viên có mặt đồng ý",
      "A floor or self-nomination enters the list with more than 30% of those present agreeing",
      "Điều 14, khoản 2 và 3",
      Confirmation.REPORTED,
      null),
  /** A person is on a list once: a structural rule, citing nothing. */
  ONE_ENTRY_PER_PERSON("Mỗi người có tên một lần trong danh sách", "A person is on the list once", null, null, null),
  /**
   * At a congress of members, a candidate wins with more votes than half of the official members called, less those
   * excluded (190, Điều 30, khoản 2; 244, Điều 32, khoản 2).
   */
  WINNING_THRESHOLD_MEMBERS(
      "Trúng cử khi được quá một nửa tổng số đảng viên chính thức được triệu tập bầu",
      "More votes than half of the official members called",
      "Điều 30, khoản 2",
      Confirmation.REPORTED,
      "Điều 32, khoản 2"),
  /**
   * At a congress of delegates, a candidate wins with more votes than half of the official delegates called, less
   * those excluded (244, Điều 32, khoản 3; carried over by 190, Điều 30, as reported, khoản unconfirmed).
   */
  WINNING_THRESHOLD_DELEGATES(
      "Trúng cử khi được quá một nửa tổng số đại biểu chính thức được triệu tập bầu",
      "More votes than half of the official delegates called",
      "Điều 30, khoản 3",
      Confirmation.UNCONFIRMED,
      "Điều 32, khoản 3"),
  /**
   * When more candidates pass the threshold than there are places, those with the most votes win: the order the
   * count of the results implies (190, Điều 30, as reported); its wording was not read, so unconfirmed.
   */
  MOST_VOTES_FIRST(
      "Trường hợp số người trúng cử nhiều hơn số lượng cần bầu thì lấy theo thứ tự số phiếu từ cao xuống",
      "The most votes win when more pass than there are places",
      "Điều 30",
      Confirmation.UNCONFIRMED,
      null),
  /** A tie at the cut-off: the application's rule ({@link PartyTieRule}), no rule having been found. */
  TIE_AT_CUT_OFF("Bằng phiếu ở cuối danh sách trúng cử", "A tie at the cut-off", null, null, null),
  /**
   * If a round fills too few places, voting continues; after several rounds the congress decides whether to vote
   * again (244, Điều 20, khoản 2, as quoted; the article of 190 was not found).
   */
  FURTHER_ROUND(
      "Bầu lần thứ nhất chưa đủ số lượng thì bầu tiếp; bầu nhiều lần vẫn không đủ thì đại hội quyết định",
      "Too few elected: voting continues, then the congress decides",
      "số điều chưa xác định",
      Confirmation.UNCONFIRMED,
      "Điều 20, khoản 2"),
  /**
   * On a list with no surplus, a name marked both agree and disagree, or neither, gets no vote, and the ballot stays
   * valid (190, Điều 30, khoản 1; 244, Điều 17).
   */
  NO_SURPLUS_BALLOT_MARKS(
      "Danh sách không có số dư: đánh dấu cả hai hoặc không đánh dấu cột nào thì người đó không được tính phiếu",
      "No-surplus ballot: both or neither column marked gives that name no vote, the ballot stays valid",
      "Điều 30, khoản 1",
      Confirmation.REPORTED,
      "Điều 17"),
  /**
   * The delegates to the higher congress are allocated by the higher committee; the congress does not vote on their
   * number (244, Điều 20, khoản 2, as quoted; the article of 190 was not found).
   */
  DELEGATES_WITHIN_ALLOCATION(
      "Số lượng đại biểu dự đại hội cấp trên do cấp ủy cấp trên phân bổ",
      "The delegates elected stay within the higher committee's allocation",
      "số điều chưa xác định",
      Confirmation.UNCONFIRMED,
      "Điều 20, khoản 2");

  /** The first election day of Quy định 190-QĐ/TW: 2024-10-10. */
  public static final LocalDate REGULATION_190_DAY = Instruments.PARTY_REGULATION_190_2024.inForceFrom();

  private final String vietnameseName;
  private final String englishName;
  private final @Nullable LegalBasis basis190;
  private final @Nullable LegalBasis basis244;

  PartyElectionRule(
      String vietnameseName,
      String englishName,
      @Nullable String article190,
      @Nullable Confirmation confirmation190,
      @Nullable String article244) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis190 =
        article190 == null ? null : basis(Instruments.PARTY_REGULATION_190_2024, article190, confirmation190);
    this.basis244 =
        article190 == null
            ? null
            : basis(
                Instruments.PARTY_REGULATION_244_2014,
                article244 == null ? "số điều chưa xác định" : article244,
                article244 == null ? Confirmation.UNCONFIRMED : Confirmation.REPORTED);
  }

  private static LegalBasis basis(Instrument instrument, String article, @Nullable Confirmation confirmation) {
    return LegalBasis.builder()
        .instrument(instrument)
        .article(article)
        .confirmation(confirmation == null ? Confirmation.UNCONFIRMED : confirmation)
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
   * Returns the basis of the rule for an election held on a day: Quy định 190-QĐ/TW from 2024-10-10, Quy định
   * 244-QĐ/TW from 2014-06-09 to 2024-10-09.
   *
   * @param electionDay the day of the election, not null
   * @return the basis, or empty for the application's and structural rules and for elections before 2014-06-09
   */
  public Optional<LegalBasis> basisOn(LocalDate electionDay) {
    requireNonNull(electionDay, "electionDay");
    LegalBasis basis = electionDay.isBefore(REGULATION_190_DAY) ? basis244 : basis190;
    return Optional.ofNullable(basis).filter(b -> b.isInForceOn(electionDay));
  }

  /**
   * Returns the citation of the rule under Quy định 190-QĐ/TW, for example "Quy định 190-QĐ/TW, Điều 14, khoản 1";
   * {@link #basisOn(LocalDate) basisOn} gives that of an earlier election.
   *
   * @return the citation, or empty for {@link #TIE_AT_CUT_OFF} and {@link #ONE_ENTRY_PER_PERSON}
   */
  @Override
  public Optional<String> citation() {
    return Optional.ofNullable(basis190).map(LegalBasis::citation);
  }
}
