package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * What a round decided for one candidate, and by which {@link ResultRule}: for example {@link #ELECTED_BY_AGE_AT_TIE},
 * elected at a tie for the last seat as the older candidate (Luật 85/2015/QH13, Điều 78, khoản 4).
 */
public enum ResultDecision implements Bilingual {
  /** Trúng cử: more than half of the valid ballots, within the seats by votes (Điều 78, khoản 2 và 3). */
  ELECTED_BY_MAJORITY("Trúng cử", "Elected by majority", ResultRule.MAJORITY_OF_VALID_BALLOTS, true),
  /** Trúng cử vì nhiều tuổi hơn: tied for the last seat and the older (Điều 78, khoản 4). */
  ELECTED_BY_AGE_AT_TIE(
      "Trúng cử vì nhiều tuổi hơn", "Elected as the older at a tie", ResultRule.OLDER_CANDIDATE_AT_TIE, true),
  /** Không trúng cử: half of the valid ballots or fewer (Điều 78, khoản 2). */
  NOT_ELECTED_BELOW_HALF(
      "Không đạt quá một nửa số phiếu hợp lệ",
      "Not elected: half of the valid ballots or fewer",
      ResultRule.MAJORITY_OF_VALID_BALLOTS,
      false),
  /** Không trúng cử: a majority, but the seats filled by more votes (Điều 78, khoản 3). */
  NOT_ELECTED_SEATS_FULL(
      "Đủ số đại biểu được bầu", "Not elected: the seats filled by more votes", ResultRule.HIGHEST_VOTES_FIRST, false),
  /** Không trúng cử: tied for the last seat and the younger (Điều 78, khoản 4). */
  NOT_ELECTED_YOUNGER_AT_TIE(
      "Ít tuổi hơn khi bằng phiếu", "Not elected: the younger at a tie", ResultRule.OLDER_CANDIDATE_AT_TIE, false),
  /**
   * Không trúng cử: tied for the last seat with a candidate born the same day; the law decides a tie by age alone, so
   * the library fills neither seat and the shortfall is the election committee's to settle.
   */
  NOT_ELECTED_TIE_OF_SAME_AGE(
      "Bằng phiếu và bằng tuổi", "Not elected: a tie of the same age", ResultRule.OLDER_CANDIDATE_AT_TIE, false),
  /** Not counted: half of the voters or fewer voted, so the round elects no one (Điều 78, khoản 1). */
  NOT_COUNTED_LOW_TURNOUT(
      "Số cử tri đi bầu chưa đạt quá một nửa",
      "Not counted: half of the voters or fewer voted",
      ResultRule.TURNOUT_MORE_THAN_HALF,
      false);

  private final String vietnameseName;
  private final String englishName;
  private final ResultRule rule;
  private final boolean elected;

  ResultDecision(String vietnameseName, String englishName, ResultRule rule, boolean elected) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.rule = rule;
    this.elected = elected;
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
   * Returns the rule that decided.
   *
   * @return the rule, not null
   */
  public ResultRule rule() {
    return rule;
  }

  /**
   * Tells whether the candidate is elected.
   *
   * @return true for {@link #ELECTED_BY_MAJORITY} and {@link #ELECTED_BY_AGE_AT_TIE}
   */
  public boolean isElected() {
    return elected;
  }
}
