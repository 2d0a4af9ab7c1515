package io.github.vanphong.election;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule of the candidate list of a constituency, with its legal basis in the Election Law: the seats of a
 * constituency, the surplus of candidates over seats, the alphabetical order of the names and one constituency per
 * candidate, each for the National Assembly or for a People's Council. For example {@link
 * #COUNCIL_CANDIDATE_SURPLUS}: a People's Council constituency of 4 seats lists at least 7 candidates (Luật
 * 85/2015/QH13, Điều 58, khoản 3). A {@link CandidateList} reports each breach as a {@link CandidateViolation}.
 *
 * <p>Every rule cites Luật 85/2015/QH13 ({@link Instruments#ELECTION_LAW_2015}) as read in its original text, marked
 * verified. Luật 83/2025/QH15 replaced the day counts of Điều 57 and 58 and rewrote the levels of Điều 10, khoản 2 and
 * 3; these figures (Điều 10, khoản 4; Điều 57, khoản 5 and 6; Điều 58, khoản 2 and 3) are carried for every election.
 */
public enum CandidateRule implements Bilingual, Rule {
  /** A National Assembly constituency elects at most 3 deputies (Điều 10, khoản 4). */
  NATIONAL_ASSEMBLY_SEATS(
      "Mỗi đơn vị bầu cử đại biểu Quốc hội được bầu không quá 03 đại biểu",
      "A National Assembly constituency elects at most 3 deputies",
      "Điều 10, khoản 4"),
  /** A People's Council constituency elects at most 5 deputies (Điều 10, khoản 4). */
  COUNCIL_SEATS(
      "Mỗi đơn vị bầu cử đại biểu Hội đồng nhân dân được bầu không quá 05 đại biểu",
      "A People's Council constituency elects at most 5 deputies",
      "Điều 10, khoản 4"),
  /** A National Assembly list has at least 2 more candidates than seats (Điều 57, khoản 6). */
  NATIONAL_ASSEMBLY_CANDIDATE_SURPLUS(
      "Số người ứng cử đại biểu Quốc hội nhiều hơn số đại biểu được bầu ít nhất là 02 người",
      "A National Assembly list has at least 2 more candidates than seats",
      "Điều 57, khoản 6"),
  /**
   * A People's Council list has more candidates than seats: at least 2 more for 3 seats, at least 3 more for 4 or
   * more seats, at least 1 more for 1 or 2 seats (Điều 58, khoản 3).
   */
  COUNCIL_CANDIDATE_SURPLUS(
      "Số người ứng cử đại biểu Hội đồng nhân dân phải nhiều hơn số đại biểu được bầu",
      "A People's Council list has more candidates than seats: 2 more for 3 seats, 3 more for 4 or more",
      "Điều 58, khoản 3"),
  /** The names of a National Assembly list are in alphabetical order (Điều 57, khoản 5). */
  NATIONAL_ASSEMBLY_ALPHABETICAL_ORDER(
      "Danh sách người ứng cử đại biểu Quốc hội xếp theo vần chữ cái A, B, C",
      "The names of a National Assembly list are in alphabetical order",
      "Điều 57, khoản 5"),
  /** The names of a People's Council list are in alphabetical order (Điều 58, khoản 2). */
  COUNCIL_ALPHABETICAL_ORDER(
      "Danh sách người ứng cử đại biểu Hội đồng nhân dân xếp theo vần chữ cái A, B, C",
      "The names of a People's Council list are in alphabetical order",
      "Điều 58, khoản 2"),
  /**
   * A person is on the National Assembly candidate list of one constituency only, and once (Điều 57, khoản 5).
   */
  NATIONAL_ASSEMBLY_ONE_CONSTITUENCY(
      "Mỗi người chỉ được ghi tên vào danh sách người ứng cử đại biểu Quốc hội ở một đơn vị bầu cử",
      "A person is on the National Assembly list of one constituency only",
      "Điều 57, khoản 5"),
  /** A person is on the People's Council candidate list of one constituency only, and once (Điều 58, khoản 2). */
  COUNCIL_ONE_CONSTITUENCY(
      "Mỗi người chỉ được ghi tên vào danh sách người ứng cử đại biểu Hội đồng nhân dân ở một đơn vị bầu cử",
      "A person is on the People's Council list of one constituency only",
      "Điều 58, khoản 2");

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;

  CandidateRule(String vietnameseName, String englishName, String article) {
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
   * 58, khoản 3".
   *
   * @return the citation, not null
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }

  /**
   * Returns the rule of seats of an election.
   *
   * @param level the election, not null
   * @return {@link #NATIONAL_ASSEMBLY_SEATS} or {@link #COUNCIL_SEATS}
   */
  static CandidateRule seats(ElectionLevel level) {
    return level == ElectionLevel.NATIONAL_ASSEMBLY ? NATIONAL_ASSEMBLY_SEATS : COUNCIL_SEATS;
  }

  static CandidateRule surplus(ElectionLevel level) {
    return level == ElectionLevel.NATIONAL_ASSEMBLY ? NATIONAL_ASSEMBLY_CANDIDATE_SURPLUS : COUNCIL_CANDIDATE_SURPLUS;
  }

  static CandidateRule alphabeticalOrder(ElectionLevel level) {
    return level == ElectionLevel.NATIONAL_ASSEMBLY
        ? NATIONAL_ASSEMBLY_ALPHABETICAL_ORDER
        : COUNCIL_ALPHABETICAL_ORDER;
  }

  static CandidateRule oneConstituency(ElectionLevel level) {
    return level == ElectionLevel.NATIONAL_ASSEMBLY ? NATIONAL_ASSEMBLY_ONE_CONSTITUENCY : COUNCIL_ONE_CONSTITUENCY;
  }
}
