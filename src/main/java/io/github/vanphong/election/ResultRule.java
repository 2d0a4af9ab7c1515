package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A rule of the count and the results of an election, with its legal basis in the Election Law: the tally record of a
 * polling area, the turnout, the majority, the order of the winners and the tie, the top-up election (bầu cử thêm),
 * the re-run (bầu cử lại) and the by-election (bầu cử bổ sung). For example {@link #TURNOUT_MORE_THAN_HALF}: the
 * results of a constituency count only if more than half of its voters voted (Luật 85/2015/QH13, Điều 78, khoản 1).
 *
 * <p>Every rule cites Luật 85/2015/QH13 ({@link Instruments#ELECTION_LAW_2015}) as read, marked verified. Luật
 * 83/2025/QH15 replaced "15 ngày" by "07 ngày" in Điều 79, khoản 3 and Điều 80, khoản 4: the top-up election and the
 * re-run are held at the latest 15 days after the first election day for the elections held to 2025-06-30 ({@link
 * #TOP_UP_WITHIN_15_DAYS}, {@link #RE_RUN_WITHIN_15_DAYS}), and at the latest 7 days after it for those held from
 * 2025-07-01 ({@link #TOP_UP_WITHIN_7_DAYS}, {@link #RE_RUN_WITHIN_7_DAYS}), chosen by the election day as {@link
 * ElectionRuleBook} chooses its rules. The other rules hold for every election.
 */
public enum ResultRule implements Bilingual, Rule {
  /**
   * The tally record of a polling area states the voters, those who voted, the ballots issued, returned, valid and
   * invalid and each candidate's votes (Điều 76); its figures agree with each other: no more ballots returned than
   * issued, the valid and the invalid make those returned, no more voted than voters, no candidate more votes than
   * valid ballots, and the votes at least the valid ballots (each keeps a name, Điều 74) and at most the valid ballots
   * times the seats.
   */
  TALLY_RECORD(
      "Biên bản kết quả kiểm phiếu", "The figures of the tally record agree with each other", "Điều 76", 0, true),
  /** The results count only if more than half of the voters on the list voted (Điều 78, khoản 1). */
  TURNOUT_MORE_THAN_HALF(
      "Số cử tri đi bầu phải đạt quá một nửa tổng số cử tri ghi tên trong danh sách cử tri",
      "More than half of the voters vote",
      "Điều 78, khoản 1",
      0,
      true),
  /** A candidate is elected with more than half of the valid ballots (Điều 78, khoản 2). */
  MAJORITY_OF_VALID_BALLOTS(
      "Người trúng cử phải là người được quá một nửa tổng số phiếu bầu hợp lệ",
      "Elected with more than half of the valid ballots",
      "Điều 78, khoản 2",
      0,
      true),
  /**
   * If more candidates win a majority than there are seats, those with the most votes are elected (Điều 78, khoản 3).
   */
  HIGHEST_VOTES_FIRST(
      "Người trúng cử là người có số phiếu bầu cao hơn",
      "The most votes first, up to the seats",
      "Điều 78, khoản 3",
      0,
      true),
  /** At a tie for the last seat the older candidate is elected (Điều 78, khoản 4). */
  OLDER_CANDIDATE_AT_TIE(
      "Người nhiều tuổi hơn là người trúng cử", "The older candidate wins a tie", "Điều 78, khoản 4", 0, true),
  /** A National Assembly constituency that elects fewer deputies than its seats holds a top-up election (Điều 79, khoản 1). */
  NATIONAL_ASSEMBLY_TOP_UP(
      "Số người trúng cử đại biểu Quốc hội chưa đủ số lượng đại biểu được bầu thì tiến hành bầu cử thêm",
      "A National Assembly shortfall calls a top-up election",
      "Điều 79, khoản 1",
      0,
      true),
  /**
   * A People's Council constituency that elects fewer than two thirds of its seats holds a top-up election (Điều 79,
   * khoản 2).
   */
  COUNCIL_TOP_UP(
      "Số người trúng cử đại biểu Hội đồng nhân dân chưa đủ hai phần ba số lượng đại biểu được bầu thì tiến hành bầu cử"
          + " thêm",
      "A People's Council electing fewer than two thirds of its seats calls a top-up election",
      "Điều 79, khoản 2",
      0,
      true),
  /**
   * The top-up election chooses among the first election's candidates not elected, and is not held a second time
   * (Điều 79, khoản 3).
   */
  TOP_UP_ONCE_AMONG_LOSERS(
      "Chỉ chọn bầu trong danh sách những người ứng cử không trúng cử; không tổ chức bầu cử thêm lần thứ hai",
      "A top-up election is held once, among the candidates not elected",
      "Điều 79, khoản 3",
      0,
      true),
  /** The top-up election is held at the latest 15 days after the first election (Điều 79, khoản 3), to 2025-06-30. */
  TOP_UP_WITHIN_15_DAYS(
      "Ngày bầu cử thêm chậm nhất là 15 ngày sau ngày bầu cử đầu tiên",
      "Top-up election at the latest 15 days after the first",
      "Điều 79, khoản 3",
      15,
      true),
  /**
   * The top-up election is held at the latest 7 days after the first election (Điều 79, khoản 3, as amended by Luật
   * 83/2025/QH15), from 2025-07-01.
   */
  TOP_UP_WITHIN_7_DAYS(
      "Ngày bầu cử thêm chậm nhất là 07 ngày sau ngày bầu cử đầu tiên",
      "Top-up election at the latest 7 days after the first",
      "Điều 79, khoản 3",
      7,
      false),
  /** A constituency where not more than half of the voters voted holds a re-run (Điều 80, khoản 1). */
  RE_RUN(
      "Số cử tri đi bầu chưa đạt quá một nửa tổng số cử tri thì tiến hành bầu cử lại",
      "A turnout of half or less calls a re-run",
      "Điều 80, khoản 1",
      0,
      true),
  /**
   * The re-run chooses among the same candidates, and if its turnout is again not more than half its result is
   * accepted, with no second re-run (Điều 80, khoản 4).
   */
  RE_RUN_ONCE(
      "Nếu bầu cử lại mà số cử tri đi bầu vẫn chưa đạt quá một nửa thì kết quả bầu cử lại được công nhận",
      "A re-run is held once and its result accepted",
      "Điều 80, khoản 4",
      0,
      true),
  /** The re-run is held at the latest 15 days after the first election (Điều 80, khoản 4), to 2025-06-30. */
  RE_RUN_WITHIN_15_DAYS(
      "Ngày bầu cử lại chậm nhất là 15 ngày sau ngày bầu cử đầu tiên",
      "Re-run at the latest 15 days after the first election",
      "Điều 80, khoản 4",
      15,
      true),
  /**
   * The re-run is held at the latest 7 days after the first election (Điều 80, khoản 4, as amended by Luật
   * 83/2025/QH15), from 2025-07-01.
   */
  RE_RUN_WITHIN_7_DAYS(
      "Ngày bầu cử lại chậm nhất là 07 ngày sau ngày bầu cử đầu tiên",
      "Re-run at the latest 7 days after the first election",
      "Điều 80, khoản 4",
      7,
      false),
  /**
   * A National Assembly by-election is held only if more than 2 years of the term remain and more than 10% of the
   * deputies elected at its start are missing (Điều 89, khoản 1).
   */
  NATIONAL_ASSEMBLY_BY_ELECTION(
      "Bầu cử bổ sung đại biểu Quốc hội khi thời gian còn lại của nhiệm kỳ nhiều hơn 02 năm và thiếu trên 10% tổng số"
          + " đại biểu",
      "National Assembly by-election: more than 2 years left and more than 10% missing",
      "Điều 89, khoản 1",
      0,
      true),
  /**
   * A People's Council by-election is held only if more than 18 months of the term remain and more than a third of the
   * deputies are missing, or a unit formed by merging or splitting has fewer than two thirds of its deputies (Điều
   * 89, khoản 2).
   */
  COUNCIL_BY_ELECTION(
      "Bầu cử bổ sung đại biểu Hội đồng nhân dân khi thời gian còn lại của nhiệm kỳ nhiều hơn 18 tháng và thiếu trên"
          + " một phần ba",
      "People's Council by-election: more than 18 months left and more than a third missing",
      "Điều 89, khoản 2",
      0,
      true);

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;
  private final int days;
  private final Validity validity;

  ResultRule(String vietnameseName, String englishName, String article, int days, boolean original) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.days = days;
    LegalBasis.Builder basis =
        LegalBasis.builder()
            .instrument(Instruments.ELECTION_LAW_2015)
            .article(article)
            .confirmation(Confirmation.VERIFIED);
    if (!original) {
      basis.inForceFrom(ElectionRuleBook.AMENDMENT_DAY).addAsAmendedBy(Instruments.ELECTION_LAW_AMENDMENT_2025);
    }
    this.basis = basis.build();
    LocalDate first = Instruments.ELECTION_LAW_2015.inForceFrom();
    this.validity =
        days == 0
            ? Validity.from(first)
            : original ? Validity.between(first, ElectionRuleBook.AMENDMENT_DAY.minusDays(1)) : Validity.from(ElectionRuleBook.AMENDMENT_DAY);
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
   * 78, khoản 1".
   *
   * @return the citation, not null
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }

  /**
   * Returns the calendar days after the first election day within which the round the rule dates is held.
   *
   * @return 15 or 7 for a time limit, empty for the other rules
   */
  public OptionalInt days() {
    return days == 0 ? OptionalInt.empty() : OptionalInt.of(days);
  }

  /**
   * Returns the election days the rule is chosen for: from 2015-09-01 (unconfirmed, the Election Law's first day); a
   * time limit of the original law to 2025-06-30, one of the amended law from 2025-07-01.
   *
   * @return the election days, not null
   */
  public Validity validity() {
    return validity;
  }

  /**
   * Tells whether the rule is chosen for an election held on a day.
   *
   * @param electionDay the first election day, not null
   * @return true if the day lies within {@link #validity()}
   */
  public boolean isChosenFor(LocalDate electionDay) {
    return validity.contains(requireNonNull(electionDay, "electionDay"));
  }

  /**
   * Returns the time limit of the top-up election of an election held on a day: {@link #TOP_UP_WITHIN_15_DAYS} to
   * 2025-06-30, {@link #TOP_UP_WITHIN_7_DAYS} from 2025-07-01.
   *
   * @param electionDay the first election day, from 2015-09-01, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the day is before the Election Law's first day
   */
  public static ResultRule topUpTimeLimit(LocalDate electionDay) {
    return chosen(electionDay, TOP_UP_WITHIN_15_DAYS, TOP_UP_WITHIN_7_DAYS);
  }

  /**
   * Returns the time limit of the re-run of an election held on a day: {@link #RE_RUN_WITHIN_15_DAYS} to 2025-06-30,
   * {@link #RE_RUN_WITHIN_7_DAYS} from 2025-07-01.
   *
   * @param electionDay the first election day, from 2015-09-01, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the day is before the Election Law's first day
   */
  public static ResultRule reRunTimeLimit(LocalDate electionDay) {
    return chosen(electionDay, RE_RUN_WITHIN_15_DAYS, RE_RUN_WITHIN_7_DAYS);
  }

  private static ResultRule chosen(LocalDate electionDay, ResultRule original, ResultRule amended) {
    requireNonNull(electionDay, "electionDay");
    checkArgument(
        !electionDay.isBefore(Instruments.ELECTION_LAW_2015.inForceFrom()),
        "no rule of the Election Law is chosen for an election day before %s; the day was %s",
        Instruments.ELECTION_LAW_2015.inForceFrom(),
        electionDay);
    return original.isChosenFor(electionDay) ? original : amended;
  }

  /** Returns the top-up rule of an election. */
  static ResultRule topUp(ElectionLevel level) {
    return level == ElectionLevel.NATIONAL_ASSEMBLY ? NATIONAL_ASSEMBLY_TOP_UP : COUNCIL_TOP_UP;
  }
}
