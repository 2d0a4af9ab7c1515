package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rule book of the election timeline: every step the Election Law dates from election day, each a named {@link
 * ElectionRule} with its legal basis, chosen by the election day. For example {@code
 * ElectionRuleBook.standard().timeline(LocalDate.of(2016, 5, 22))} dates the voter lists by 2016-04-12 ({@link
 * #VOTER_LISTS_POSTED_2015}, 40 days before) and the candidate files by 2016-03-13 ({@link #CANDIDATE_FILES_DUE_2015},
 * 70 days before); for 2026-03-15 the candidate files are due by 2026-02-01 ({@link #CANDIDATE_FILES_DUE_2025}, 42
 * days before).
 *
 * <p><b>The built-in rules</b>, {@link #standard()}, are the constants of this class, on Luật Bầu cử đại biểu Quốc hội
 * và đại biểu Hội đồng nhân dân 85/2015/QH13 ({@link Instruments#ELECTION_LAW_2015}) and its amendment Luật
 * 83/2025/QH15 ({@link Instruments#ELECTION_LAW_AMENDMENT_2025}), in force from 2025-07-01. The rules with the suffix
 * {@code _2015} hold the original law's day counts and its four elections (the National Assembly's and the provincial,
 * district and commune People's Councils'); they are chosen for election days to 2025-06-30, the elections of 2016 and
 * 2021. Those with the suffix {@code _2025} hold the amended law's counts and its three elections, the district level
 * removed; they are chosen for election days from 2025-07-01, the election of 2026. The four rules without a suffix
 * are the National Assembly's, unchanged, chosen for every election day. An amended article is cited as amended.
 *
 * <p><b>Marks.</b> The amended text was read in full, and where Luật 83/2025/QH15 replaces a phrase ("thay thế cụm từ
 * '70 ngày' bằng cụm từ '42 ngày'") the original count is read in it too: those rules are verified. Where the
 * amendment rewrote a whole provision, the original count comes from published timelines and press answers: the
 * {@code _2015} rules of the election boards (70 days), the ballots to the polling teams (15), the polling teams (50),
 * and the People's Councils' second and third consultations (65, 35), candidates sent (30) and candidate list (25) are
 * marked reported. The Election Law's first day, 2015-09-01, was not found in what was read and is unconfirmed ({@link
 * Instruments#ELECTION_LAW_2015}); so is every election day before it, for which no rule is chosen. An application
 * replaces a rule with {@link #with(ElectionRule) with} and removes one with {@link #without(String) without}.
 *
 * <p><b>Not in the book.</b> Steps the law dates from another step rather than from election day (complaints about the
 * voter lists within 30 days of their posting, Điều 33; the decision on a complaint about the results, Điều 87,
 * khoản 2), and the top-up election and re-run held only if the first round falls short (Điều 79 to 81; a {@link
 * ConstituencyResult} dates them with its {@link ResultRule}s). Nor the
 * National Election Council's power, from 2025-07-01, to move a step when the work requires it (Điều 98, khoản 3, new):
 * a published date may lawfully differ from the book's; an application records it with its own rule.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ElectionRuleBook {

  /**
   * Election day is a Sunday (Luật 85/2015/QH13, Điều 5, verified): the rule {@link ElectionTimeline#of} names when it
   * refuses another day.
   */
  public static final LegalBasis ELECTION_DAY_IS_SUNDAY =
      LegalBasis.builder()
          .instrument(Instruments.ELECTION_LAW_2015)
          .article("Điều 5")
          .confirmation(Confirmation.VERIFIED)
          .build();

  /** The first election day the amended law's rules are chosen for: 2025-07-01, the amendment's first day. */
  public static final LocalDate AMENDMENT_DAY = Instruments.ELECTION_LAW_AMENDMENT_2025.inForceFrom();

  private static final ImmutableSet<ElectionLevel> NATIONAL_ASSEMBLY =
      ImmutableSet.of(ElectionLevel.NATIONAL_ASSEMBLY);
  private static final ImmutableSet<ElectionLevel> COUNCILS_2015 =
      ImmutableSet.of(
          ElectionLevel.PROVINCIAL_COUNCIL, ElectionLevel.DISTRICT_COUNCIL, ElectionLevel.COMMUNE_COUNCIL);
  private static final ImmutableSet<ElectionLevel> COUNCILS_2025 =
      ImmutableSet.of(ElectionLevel.PROVINCIAL_COUNCIL, ElectionLevel.COMMUNE_COUNCIL);
  private static final ImmutableSet<ElectionLevel> ALL_2015 =
      ImmutableSet.<ElectionLevel>builder().add(ElectionLevel.NATIONAL_ASSEMBLY).addAll(COUNCILS_2015).build();
  private static final ImmutableSet<ElectionLevel> ALL_2025 =
      ImmutableSet.<ElectionLevel>builder().add(ElectionLevel.NATIONAL_ASSEMBLY).addAll(COUNCILS_2025).build();

  private static final Validity ORIGINAL_DAYS =
      Validity.between(Instruments.ELECTION_LAW_2015.inForceFrom(), AMENDMENT_DAY.minusDays(1));
  private static final Validity AMENDED_DAYS = Validity.from(AMENDMENT_DAY);

  // ---- the rules, in the order of the law --------------------------------------------------------------------

  /**
   * Election day announced, at the latest 115 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 5, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule ELECTION_DAY_ANNOUNCED_2015 =
      original(
          "ELECTION_DAY_ANNOUNCED_2015",
          ElectionStep.ELECTION_DAY_ANNOUNCED,
          ALL_2015,
          115,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 5",
          Confirmation.VERIFIED);

  /**
   * Election day announced, at the latest 115 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 5, unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule ELECTION_DAY_ANNOUNCED_2025 =
      carried(
          "ELECTION_DAY_ANNOUNCED_2025",
          ElectionStep.ELECTION_DAY_ANNOUNCED,
          ALL_2025,
          115,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 5");

  /**
   * Composition of the candidates planned, at the latest 105 days before election day, for the People's Councils
   * (Luật 85/2015/QH13, Điều 9, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_COMPOSITION_2015 =
      original(
          "COUNCIL_COMPOSITION_2015",
          ElectionStep.COMPOSITION_PLANNED,
          COUNCILS_2015,
          105,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 9",
          Confirmation.VERIFIED);

  /**
   * Composition of the candidates planned, at the latest 105 days before election day, for the People's Councils
   * (Luật 85/2015/QH13, Điều 9, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule COUNCIL_COMPOSITION_2025 =
      amended(
          "COUNCIL_COMPOSITION_2025",
          ElectionStep.COMPOSITION_PLANNED,
          COUNCILS_2025,
          105,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 9");

  /**
   * Election committees formed, at the latest 105 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 22, khoản 1 và 2, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule ELECTION_COMMITTEES_FORMED_2015 =
      original(
          "ELECTION_COMMITTEES_FORMED_2015",
          ElectionStep.ELECTION_COMMITTEES_FORMED,
          ALL_2015,
          105,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 22, khoản 1 và 2",
          Confirmation.VERIFIED);

  /**
   * Election committees formed, at the latest 105 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 22, khoản 1 và 2, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule ELECTION_COMMITTEES_FORMED_2025 =
      amended(
          "ELECTION_COMMITTEES_FORMED_2025",
          ElectionStep.ELECTION_COMMITTEES_FORMED,
          ALL_2025,
          105,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 22, khoản 1 và 2");

  /**
   * First consultation, at the latest 95 days before election day, for the People's Councils (Luật 85/2015/QH13,
   * Điều 50, khoản 1, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_FIRST_CONSULTATION_2015 =
      original(
          "COUNCIL_FIRST_CONSULTATION_2015",
          ElectionStep.FIRST_CONSULTATION,
          COUNCILS_2015,
          95,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 50, khoản 1",
          Confirmation.VERIFIED);

  /**
   * First consultation, at the latest 95 days before election day, for the People's Councils (Luật 85/2015/QH13,
   * Điều 50, khoản 1, unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule COUNCIL_FIRST_CONSULTATION_2025 =
      carried(
          "COUNCIL_FIRST_CONSULTATION_2025",
          ElectionStep.FIRST_CONSULTATION,
          COUNCILS_2025,
          95,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 50, khoản 1");

  /**
   * First adjustment, at the latest 90 days before election day, for the People's Councils (Luật 85/2015/QH13, Điều
   * 51, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_FIRST_ADJUSTMENT_2015 =
      original(
          "COUNCIL_FIRST_ADJUSTMENT_2015",
          ElectionStep.FIRST_ADJUSTMENT,
          COUNCILS_2015,
          90,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 51",
          Confirmation.VERIFIED);

  /**
   * First adjustment, at the latest 90 days before election day, for the People's Councils (Luật 85/2015/QH13, Điều
   * 51, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule COUNCIL_FIRST_ADJUSTMENT_2025 =
      amended(
          "COUNCIL_FIRST_ADJUSTMENT_2025",
          ElectionStep.FIRST_ADJUSTMENT,
          COUNCILS_2025,
          90,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 51");

  /**
   * Constituencies announced, at the latest 80 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 10, khoản 2 và 3, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule CONSTITUENCIES_ANNOUNCED_2015 =
      original(
          "CONSTITUENCIES_ANNOUNCED_2015",
          ElectionStep.CONSTITUENCIES_ANNOUNCED,
          ALL_2015,
          80,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 10, khoản 2 và 3",
          Confirmation.VERIFIED);

  /**
   * Constituencies announced, at the latest 80 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 10, khoản 2 và 3, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule CONSTITUENCIES_ANNOUNCED_2025 =
      amended(
          "CONSTITUENCIES_ANNOUNCED_2025",
          ElectionStep.CONSTITUENCIES_ANNOUNCED,
          ALL_2025,
          80,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 10, khoản 2 và 3");

  /**
   * Election boards formed, at the latest 70 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 24, khoản 1 và 2, reported by a secondary source); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule ELECTION_BOARDS_FORMED_2015 =
      original(
          "ELECTION_BOARDS_FORMED_2015",
          ElectionStep.ELECTION_BOARDS_FORMED,
          ALL_2015,
          70,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 24, khoản 1 và 2",
          Confirmation.REPORTED);

  /**
   * Election boards formed, at the latest 70 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 24, khoản 1 và 2, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule ELECTION_BOARDS_FORMED_2025 =
      amended(
          "ELECTION_BOARDS_FORMED_2025",
          ElectionStep.ELECTION_BOARDS_FORMED,
          ALL_2025,
          70,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 24, khoản 1 và 2");

  /**
   * Candidate files due, at the latest 70 days before election day, for every election (Luật 85/2015/QH13, Điều 35,
   * khoản 1, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule CANDIDATE_FILES_DUE_2015 =
      original(
          "CANDIDATE_FILES_DUE_2015",
          ElectionStep.CANDIDATE_FILES_DUE,
          ALL_2015,
          70,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 35, khoản 1",
          Confirmation.VERIFIED);

  /**
   * Candidate files due, at the latest 42 days before election day, for every election (Luật 85/2015/QH13, Điều 35,
   * khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule CANDIDATE_FILES_DUE_2025 =
      amended(
          "CANDIDATE_FILES_DUE_2025",
          ElectionStep.CANDIDATE_FILES_DUE,
          ALL_2025,
          42,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 35, khoản 1");

  /**
   * Second consultation, at the latest 65 days before election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 43, khoản 1; Điều 44, khoản 1, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule NA_SECOND_CONSULTATION_2015 =
      original(
          "NA_SECOND_CONSULTATION_2015",
          ElectionStep.SECOND_CONSULTATION,
          NATIONAL_ASSEMBLY,
          65,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 43, khoản 1; Điều 44, khoản 1",
          Confirmation.VERIFIED);

  /**
   * Second consultation, at the latest 40 days before election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 43, khoản 1; Điều 44, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held
   * from 2025-07-01.
   */
  public static final ElectionRule NA_SECOND_CONSULTATION_2025 =
      amended(
          "NA_SECOND_CONSULTATION_2025",
          ElectionStep.SECOND_CONSULTATION,
          NATIONAL_ASSEMBLY,
          40,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 43, khoản 1; Điều 44, khoản 1");

  /**
   * Second consultation, at the latest 65 days before election day, for the People's Councils (Luật 85/2015/QH13,
   * Điều 53, khoản 1, reported by a secondary source); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_SECOND_CONSULTATION_2015 =
      original(
          "COUNCIL_SECOND_CONSULTATION_2015",
          ElectionStep.SECOND_CONSULTATION,
          COUNCILS_2015,
          65,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 53, khoản 1",
          Confirmation.REPORTED);

  /**
   * Second consultation, at the latest 40 days before election day, for the People's Councils (Luật 85/2015/QH13,
   * Điều 53, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule COUNCIL_SECOND_CONSULTATION_2025 =
      amended(
          "COUNCIL_SECOND_CONSULTATION_2025",
          ElectionStep.SECOND_CONSULTATION,
          COUNCILS_2025,
          40,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 53, khoản 1");

  /**
   * Second adjustment, at the latest 55 days before election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 47, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule SECOND_ADJUSTMENT_2015 =
      original(
          "SECOND_ADJUSTMENT_2015",
          ElectionStep.SECOND_ADJUSTMENT,
          NATIONAL_ASSEMBLY,
          55,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 47",
          Confirmation.VERIFIED);

  /**
   * Second adjustment, at the latest 38 days before election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 47, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule SECOND_ADJUSTMENT_2025 =
      amended(
          "SECOND_ADJUSTMENT_2025",
          ElectionStep.SECOND_ADJUSTMENT,
          NATIONAL_ASSEMBLY,
          38,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 47");

  /**
   * Polling teams formed, at the latest 50 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 25, khoản 1, reported by a secondary source); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule POLLING_TEAMS_FORMED_2015 =
      original(
          "POLLING_TEAMS_FORMED_2015",
          ElectionStep.POLLING_TEAMS_FORMED,
          ALL_2015,
          50,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 25, khoản 1",
          Confirmation.REPORTED);

  /**
   * Polling teams formed, at the latest 43 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 25, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule POLLING_TEAMS_FORMED_2025 =
      amended(
          "POLLING_TEAMS_FORMED_2025",
          ElectionStep.POLLING_TEAMS_FORMED,
          ALL_2025,
          43,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 25, khoản 1");

  /**
   * Voter lists posted, at the latest 40 days before election day, for every election (Luật 85/2015/QH13, Điều 32,
   * verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule VOTER_LISTS_POSTED_2015 =
      original(
          "VOTER_LISTS_POSTED_2015",
          ElectionStep.VOTER_LISTS_POSTED,
          ALL_2015,
          40,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 32",
          Confirmation.VERIFIED);

  /**
   * Voter lists posted, at the latest 40 days before election day, for every election (Luật 85/2015/QH13, Điều 32,
   * unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule VOTER_LISTS_POSTED_2025 =
      carried(
          "VOTER_LISTS_POSTED_2025",
          ElectionStep.VOTER_LISTS_POSTED,
          ALL_2025,
          40,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 32");

  /**
   * Voters' concerns answered, at the latest 40 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 46, khoản 4; Điều 55, khoản 4, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule VOTER_CONCERNS_ANSWERED_2015 =
      original(
          "VOTER_CONCERNS_ANSWERED_2015",
          ElectionStep.VOTER_CONCERNS_ANSWERED,
          ALL_2015,
          40,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 46, khoản 4; Điều 55, khoản 4",
          Confirmation.VERIFIED);

  /**
   * Voters' concerns answered, at the latest 35 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 46, khoản 4; Điều 55, khoản 4, as amended by Luật 83/2025/QH15, verified); chosen for the elections held
   * from 2025-07-01.
   */
  public static final ElectionRule VOTER_CONCERNS_ANSWERED_2025 =
      amended(
          "VOTER_CONCERNS_ANSWERED_2025",
          ElectionStep.VOTER_CONCERNS_ANSWERED,
          ALL_2025,
          35,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 46, khoản 4; Điều 55, khoản 4");

  /**
   * Third consultation, at the latest 35 days before election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 48, khoản 1; Điều 49, khoản 1, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule NA_THIRD_CONSULTATION_2015 =
      original(
          "NA_THIRD_CONSULTATION_2015",
          ElectionStep.THIRD_CONSULTATION,
          NATIONAL_ASSEMBLY,
          35,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 48, khoản 1; Điều 49, khoản 1",
          Confirmation.VERIFIED);

  /**
   * Third consultation, at the latest 23 days before election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 48, khoản 1; Điều 49, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held
   * from 2025-07-01.
   */
  public static final ElectionRule NA_THIRD_CONSULTATION_2025 =
      amended(
          "NA_THIRD_CONSULTATION_2025",
          ElectionStep.THIRD_CONSULTATION,
          NATIONAL_ASSEMBLY,
          23,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 48, khoản 1; Điều 49, khoản 1");

  /**
   * Third consultation, at the latest 35 days before election day, for the People's Councils (Luật 85/2015/QH13,
   * Điều 56, khoản 1, reported by a secondary source); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_THIRD_CONSULTATION_2015 =
      original(
          "COUNCIL_THIRD_CONSULTATION_2015",
          ElectionStep.THIRD_CONSULTATION,
          COUNCILS_2015,
          35,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 56, khoản 1",
          Confirmation.REPORTED);

  /**
   * Third consultation, at the latest 23 days before election day, for the People's Councils (Luật 85/2015/QH13,
   * Điều 56, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule COUNCIL_THIRD_CONSULTATION_2025 =
      amended(
          "COUNCIL_THIRD_CONSULTATION_2025",
          ElectionStep.THIRD_CONSULTATION,
          COUNCILS_2025,
          23,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 56, khoản 1");

  /**
   * Candidates sent, at the latest 30 days before election day, for the National Assembly (Luật 85/2015/QH13, Điều
   * 57, khoản 1 và 2, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule NA_CANDIDATES_SENT_2015 =
      original(
          "NA_CANDIDATES_SENT_2015",
          ElectionStep.CANDIDATES_SENT,
          NATIONAL_ASSEMBLY,
          30,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 57, khoản 1 và 2",
          Confirmation.VERIFIED);

  /**
   * Candidates sent, at the latest 21 days before election day, for the National Assembly (Luật 85/2015/QH13, Điều
   * 57, khoản 1 và 2, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule NA_CANDIDATES_SENT_2025 =
      amended(
          "NA_CANDIDATES_SENT_2025",
          ElectionStep.CANDIDATES_SENT,
          NATIONAL_ASSEMBLY,
          21,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 57, khoản 1 và 2");

  /**
   * Candidates sent, at the latest 30 days before election day, for the People's Councils (Luật 85/2015/QH13, Điều
   * 58, khoản 1, reported by a secondary source); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_CANDIDATES_SENT_2015 =
      original(
          "COUNCIL_CANDIDATES_SENT_2015",
          ElectionStep.CANDIDATES_SENT,
          COUNCILS_2015,
          30,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 58, khoản 1",
          Confirmation.REPORTED);

  /**
   * Candidates sent, at the latest 21 days before election day, for the People's Councils (Luật 85/2015/QH13, Điều
   * 58, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule COUNCIL_CANDIDATES_SENT_2025 =
      amended(
          "COUNCIL_CANDIDATES_SENT_2025",
          ElectionStep.CANDIDATES_SENT,
          COUNCILS_2025,
          21,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 58, khoản 1");

  /**
   * Ballots to the boards, at the latest 25 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 23, khoản 1, điểm g; khoản 2, điểm h, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule BALLOTS_TO_BOARDS_2015 =
      original(
          "BALLOTS_TO_BOARDS_2015",
          ElectionStep.BALLOTS_TO_BOARDS,
          ALL_2015,
          25,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 23, khoản 1, điểm g; khoản 2, điểm h",
          Confirmation.VERIFIED);

  /**
   * Ballots to the boards, at the latest 17 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 23, khoản 1, điểm g; khoản 2, điểm h, as amended by Luật 83/2025/QH15, verified); chosen for the elections held
   * from 2025-07-01.
   */
  public static final ElectionRule BALLOTS_TO_BOARDS_2025 =
      amended(
          "BALLOTS_TO_BOARDS_2025",
          ElectionStep.BALLOTS_TO_BOARDS,
          ALL_2025,
          17,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 23, khoản 1, điểm g; khoản 2, điểm h");

  /**
   * Candidate list published, at the latest 25 days before election day, for the National Assembly (Luật
   * 85/2015/QH13, Điều 57, khoản 4, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule NA_CANDIDATE_LIST_PUBLISHED_2015 =
      original(
          "NA_CANDIDATE_LIST_PUBLISHED_2015",
          ElectionStep.CANDIDATE_LIST_PUBLISHED,
          NATIONAL_ASSEMBLY,
          25,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 57, khoản 4",
          Confirmation.VERIFIED);

  /**
   * Candidate list published, at the latest 17 days before election day, for the National Assembly (Luật
   * 85/2015/QH13, Điều 57, khoản 4, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule NA_CANDIDATE_LIST_PUBLISHED_2025 =
      amended(
          "NA_CANDIDATE_LIST_PUBLISHED_2025",
          ElectionStep.CANDIDATE_LIST_PUBLISHED,
          NATIONAL_ASSEMBLY,
          17,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 57, khoản 4");

  /**
   * Candidate list published, at the latest 25 days before election day, for the People's Councils (Luật
   * 85/2015/QH13, Điều 58, khoản 2, reported by a secondary source); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_CANDIDATE_LIST_PUBLISHED_2015 =
      original(
          "COUNCIL_CANDIDATE_LIST_PUBLISHED_2015",
          ElectionStep.CANDIDATE_LIST_PUBLISHED,
          COUNCILS_2015,
          25,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 58, khoản 2",
          Confirmation.REPORTED);

  /**
   * Candidate list published, at the latest 17 days before election day, for the People's Councils (Luật
   * 85/2015/QH13, Điều 58, khoản 2, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule COUNCIL_CANDIDATE_LIST_PUBLISHED_2025 =
      amended(
          "COUNCIL_CANDIDATE_LIST_PUBLISHED_2025",
          ElectionStep.CANDIDATE_LIST_PUBLISHED,
          COUNCILS_2025,
          17,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 58, khoản 2");

  /**
   * Candidate list announced locally, at the latest 20 days before election day, for the National Assembly (Luật
   * 85/2015/QH13, Điều 57, khoản 7, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2015 =
      original(
          "NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2015",
          ElectionStep.CANDIDATE_LIST_ANNOUNCED_LOCALLY,
          NATIONAL_ASSEMBLY,
          20,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 57, khoản 7",
          Confirmation.VERIFIED);

  /**
   * Candidate list announced locally, at the latest 16 days before election day, for the National Assembly (Luật
   * 85/2015/QH13, Điều 57, khoản 7, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2025 =
      amended(
          "NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2025",
          ElectionStep.CANDIDATE_LIST_ANNOUNCED_LOCALLY,
          NATIONAL_ASSEMBLY,
          16,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 57, khoản 7");

  /**
   * Candidate lists posted, at the latest 20 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 59, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule CANDIDATE_LISTS_POSTED_2015 =
      original(
          "CANDIDATE_LISTS_POSTED_2015",
          ElectionStep.CANDIDATE_LISTS_POSTED,
          ALL_2015,
          20,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 59",
          Confirmation.VERIFIED);

  /**
   * Candidate lists posted, at the latest 16 days before election day, for every election (Luật 85/2015/QH13, Điều
   * 59, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule CANDIDATE_LISTS_POSTED_2025 =
      amended(
          "CANDIDATE_LISTS_POSTED_2025",
          ElectionStep.CANDIDATE_LISTS_POSTED,
          ALL_2025,
          16,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 59");

  /**
   * Ballots to the polling teams, at the latest 15 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 24, khoản 3, điểm d, reported by a secondary source); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule BALLOTS_TO_TEAMS_2015 =
      original(
          "BALLOTS_TO_TEAMS_2015",
          ElectionStep.BALLOTS_TO_TEAMS,
          ALL_2015,
          15,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 24, khoản 3, điểm d",
          Confirmation.REPORTED);

  /**
   * Ballots to the polling teams, at the latest 13 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 24, khoản 3, điểm d, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule BALLOTS_TO_TEAMS_2025 =
      amended(
          "BALLOTS_TO_TEAMS_2025",
          ElectionStep.BALLOTS_TO_TEAMS,
          ALL_2025,
          13,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 24, khoản 3, điểm d");

  /**
   * Candidate complaints closed, at the latest 10 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 61, khoản 2, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule CANDIDATE_COMPLAINTS_CLOSED_2015 =
      original(
          "CANDIDATE_COMPLAINTS_CLOSED_2015",
          ElectionStep.CANDIDATE_COMPLAINTS_CLOSED,
          ALL_2015,
          10,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 61, khoản 2",
          Confirmation.VERIFIED);

  /**
   * Candidate complaints closed, at the latest 10 days before election day, for every election (Luật 85/2015/QH13,
   * Điều 61, khoản 2, unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule CANDIDATE_COMPLAINTS_CLOSED_2025 =
      carried(
          "CANDIDATE_COMPLAINTS_CLOSED_2025",
          ElectionStep.CANDIDATE_COMPLAINTS_CLOSED,
          ALL_2025,
          10,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 61, khoản 2");

  /**
   * Voting notified, at the latest 10 days before election day, for every election (Luật 85/2015/QH13, Điều 70,
   * verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule VOTING_NOTIFIED_2015 =
      original(
          "VOTING_NOTIFIED_2015",
          ElectionStep.VOTING_NOTIFIED,
          ALL_2015,
          10,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 70",
          Confirmation.VERIFIED);

  /**
   * Voting notified, at the latest 10 days before election day, for every election (Luật 85/2015/QH13, Điều 70,
   * unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule VOTING_NOTIFIED_2025 =
      carried(
          "VOTING_NOTIFIED_2025",
          ElectionStep.VOTING_NOTIFIED,
          ALL_2025,
          10,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 70");

  /**
   * Campaign ends on the day before election day, 24 hours before voting opens at 07:00 (Điều 71), so counted as 1 day before election day, for every election (Luật 85/2015/QH13, Điều 64,
   * verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule CAMPAIGN_ENDS_2015 =
      original(
          "CAMPAIGN_ENDS_2015",
          ElectionStep.CAMPAIGN_ENDS,
          ALL_2015,
          1,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 64",
          Confirmation.VERIFIED);

  /**
   * Campaign ends on the day before election day, 24 hours before voting opens at 07:00 (Điều 71), so counted as 1 day before election day, for every election (Luật 85/2015/QH13, Điều 64,
   * unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule CAMPAIGN_ENDS_2025 =
      carried(
          "CAMPAIGN_ENDS_2025",
          ElectionStep.CAMPAIGN_ENDS,
          ALL_2025,
          1,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 64");

  /**
   * Tally records sent, at the latest 3 days after election day, for every election (Luật 85/2015/QH13, Điều 76,
   * khoản 3, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule TALLY_RECORDS_SENT_2015 =
      original(
          "TALLY_RECORDS_SENT_2015",
          ElectionStep.TALLY_RECORDS_SENT,
          ALL_2015,
          3,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 76, khoản 3",
          Confirmation.VERIFIED);

  /**
   * Tally records sent, at the latest 3 days after election day, for every election (Luật 85/2015/QH13, Điều 76,
   * khoản 3, unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule TALLY_RECORDS_SENT_2025 =
      carried(
          "TALLY_RECORDS_SENT_2025",
          ElectionStep.TALLY_RECORDS_SENT,
          ALL_2025,
          3,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 76, khoản 3");

  /**
   * Constituency records sent, at the latest 5 days after election day, for every election (Luật 85/2015/QH13, Điều
   * 77, khoản 3 và 4, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule CONSTITUENCY_RECORDS_SENT_2015 =
      original(
          "CONSTITUENCY_RECORDS_SENT_2015",
          ElectionStep.CONSTITUENCY_RECORDS_SENT,
          ALL_2015,
          5,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 77, khoản 3 và 4",
          Confirmation.VERIFIED);

  /**
   * Constituency records sent, at the latest 5 days after election day, for every election (Luật 85/2015/QH13, Điều
   * 77, khoản 3 và 4, unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule CONSTITUENCY_RECORDS_SENT_2025 =
      carried(
          "CONSTITUENCY_RECORDS_SENT_2025",
          ElectionStep.CONSTITUENCY_RECORDS_SENT,
          ALL_2025,
          5,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 77, khoản 3 và 4");

  /**
   * Results announced, at the latest 20 days after election day, for the National Assembly (Luật 85/2015/QH13, Điều
   * 86, khoản 1, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule NA_RESULTS_ANNOUNCED_2015 =
      original(
          "NA_RESULTS_ANNOUNCED_2015",
          ElectionStep.RESULTS_ANNOUNCED,
          NATIONAL_ASSEMBLY,
          20,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 86, khoản 1",
          Confirmation.VERIFIED);

  /**
   * Results announced, at the latest 10 days after election day, for the National Assembly (Luật 85/2015/QH13, Điều
   * 86, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule NA_RESULTS_ANNOUNCED_2025 =
      amended(
          "NA_RESULTS_ANNOUNCED_2025",
          ElectionStep.RESULTS_ANNOUNCED,
          NATIONAL_ASSEMBLY,
          10,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 86, khoản 1");

  /**
   * Results announced, at the latest 10 days after election day, for the People's Councils (Luật 85/2015/QH13, Điều
   * 86, khoản 2, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_RESULTS_ANNOUNCED_2015 =
      original(
          "COUNCIL_RESULTS_ANNOUNCED_2015",
          ElectionStep.RESULTS_ANNOUNCED,
          COUNCILS_2015,
          10,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 86, khoản 2",
          Confirmation.VERIFIED);

  /**
   * Results announced, at the latest 10 days after election day, for the People's Councils (Luật 85/2015/QH13, Điều
   * 86, khoản 2, unchanged by Luật 83/2025/QH15, verified); chosen for the elections held from 2025-07-01.
   */
  public static final ElectionRule COUNCIL_RESULTS_ANNOUNCED_2025 =
      carried(
          "COUNCIL_RESULTS_ANNOUNCED_2025",
          ElectionStep.RESULTS_ANNOUNCED,
          COUNCILS_2025,
          10,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 86, khoản 2");

  /**
   * Result complaints closed, at the latest 5 days after the results are announced, for the National Assembly (Luật
   * 85/2015/QH13, Điều 87, khoản 1, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule NA_RESULT_COMPLAINTS_CLOSED_2015 =
      original(
          "NA_RESULT_COMPLAINTS_CLOSED_2015",
          ElectionStep.RESULT_COMPLAINTS_CLOSED,
          NATIONAL_ASSEMBLY,
          5,
          DayCounting.AFTER_RESULTS,
          "Điều 87, khoản 1",
          Confirmation.VERIFIED);

  /**
   * Result complaints closed, at the latest 3 days after the results are announced, for the National Assembly (Luật
   * 85/2015/QH13, Điều 87, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule NA_RESULT_COMPLAINTS_CLOSED_2025 =
      amended(
          "NA_RESULT_COMPLAINTS_CLOSED_2025",
          ElectionStep.RESULT_COMPLAINTS_CLOSED,
          NATIONAL_ASSEMBLY,
          3,
          DayCounting.AFTER_RESULTS,
          "Điều 87, khoản 1");

  /**
   * Result complaints closed, at the latest 5 days after the results are announced, for the People's Councils (Luật
   * 85/2015/QH13, Điều 87, khoản 1, verified); chosen for the elections held to 2025-06-30.
   */
  public static final ElectionRule COUNCIL_RESULT_COMPLAINTS_CLOSED_2015 =
      original(
          "COUNCIL_RESULT_COMPLAINTS_CLOSED_2015",
          ElectionStep.RESULT_COMPLAINTS_CLOSED,
          COUNCILS_2015,
          5,
          DayCounting.AFTER_RESULTS,
          "Điều 87, khoản 1",
          Confirmation.VERIFIED);

  /**
   * Result complaints closed, at the latest 3 days after the results are announced, for the People's Councils (Luật
   * 85/2015/QH13, Điều 87, khoản 1, as amended by Luật 83/2025/QH15, verified); chosen for the elections held from
   * 2025-07-01.
   */
  public static final ElectionRule COUNCIL_RESULT_COMPLAINTS_CLOSED_2025 =
      amended(
          "COUNCIL_RESULT_COMPLAINTS_CLOSED_2025",
          ElectionStep.RESULT_COMPLAINTS_CLOSED,
          COUNCILS_2025,
          3,
          DayCounting.AFTER_RESULTS,
          "Điều 87, khoản 1");

  /**
   * Composition of the candidates planned, at the latest 105 days before election day, for the National Assembly
   * (Luật 85/2015/QH13, Điều 8, khoản 1, verified, unchanged by Luật 83/2025/QH15); chosen for every election.
   */
  public static final ElectionRule NA_COMPOSITION =
      unchanged(
          "NA_COMPOSITION",
          ElectionStep.COMPOSITION_PLANNED,
          NATIONAL_ASSEMBLY,
          105,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 8, khoản 1");

  /**
   * First consultation, at the latest 95 days before election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 38, khoản 1; Điều 39, khoản 1, verified, unchanged by Luật 83/2025/QH15); chosen for every election.
   */
  public static final ElectionRule NA_FIRST_CONSULTATION =
      unchanged(
          "NA_FIRST_CONSULTATION",
          ElectionStep.FIRST_CONSULTATION,
          NATIONAL_ASSEMBLY,
          95,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 38, khoản 1; Điều 39, khoản 1");

  /**
   * First adjustment, at the latest 90 days before election day, for the National Assembly (Luật 85/2015/QH13, Điều
   * 40, verified, unchanged by Luật 83/2025/QH15); chosen for every election.
   */
  public static final ElectionRule NA_FIRST_ADJUSTMENT =
      unchanged(
          "NA_FIRST_ADJUSTMENT",
          ElectionStep.FIRST_ADJUSTMENT,
          NATIONAL_ASSEMBLY,
          90,
          DayCounting.BEFORE_ELECTION_DAY,
          "Điều 40");

  /**
   * Provincial record sent, at the latest 7 days after election day, for the National Assembly (Luật 85/2015/QH13,
   * Điều 83, khoản 3, verified, unchanged by Luật 83/2025/QH15); chosen for every election.
   */
  public static final ElectionRule PROVINCIAL_RECORD_SENT =
      unchanged(
          "PROVINCIAL_RECORD_SENT",
          ElectionStep.PROVINCIAL_RECORD_SENT,
          NATIONAL_ASSEMBLY,
          7,
          DayCounting.AFTER_ELECTION_DAY,
          "Điều 83, khoản 3");

  private static final ElectionRuleBook STANDARD =
      new ElectionRuleBook(
          ImmutableList.of(
          NA_COMPOSITION,
          NA_FIRST_CONSULTATION,
          NA_FIRST_ADJUSTMENT,
          PROVINCIAL_RECORD_SENT,
          ELECTION_DAY_ANNOUNCED_2015,
          COUNCIL_COMPOSITION_2015,
          ELECTION_COMMITTEES_FORMED_2015,
          COUNCIL_FIRST_CONSULTATION_2015,
          COUNCIL_FIRST_ADJUSTMENT_2015,
          CONSTITUENCIES_ANNOUNCED_2015,
          ELECTION_BOARDS_FORMED_2015,
          CANDIDATE_FILES_DUE_2015,
          NA_SECOND_CONSULTATION_2015,
          COUNCIL_SECOND_CONSULTATION_2015,
          SECOND_ADJUSTMENT_2015,
          POLLING_TEAMS_FORMED_2015,
          VOTER_LISTS_POSTED_2015,
          VOTER_CONCERNS_ANSWERED_2015,
          NA_THIRD_CONSULTATION_2015,
          COUNCIL_THIRD_CONSULTATION_2015,
          NA_CANDIDATES_SENT_2015,
          COUNCIL_CANDIDATES_SENT_2015,
          BALLOTS_TO_BOARDS_2015,
          NA_CANDIDATE_LIST_PUBLISHED_2015,
          COUNCIL_CANDIDATE_LIST_PUBLISHED_2015,
          NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2015,
          CANDIDATE_LISTS_POSTED_2015,
          BALLOTS_TO_TEAMS_2015,
          CANDIDATE_COMPLAINTS_CLOSED_2015,
          VOTING_NOTIFIED_2015,
          CAMPAIGN_ENDS_2015,
          TALLY_RECORDS_SENT_2015,
          CONSTITUENCY_RECORDS_SENT_2015,
          NA_RESULTS_ANNOUNCED_2015,
          COUNCIL_RESULTS_ANNOUNCED_2015,
          NA_RESULT_COMPLAINTS_CLOSED_2015,
          COUNCIL_RESULT_COMPLAINTS_CLOSED_2015,
          ELECTION_DAY_ANNOUNCED_2025,
          COUNCIL_COMPOSITION_2025,
          ELECTION_COMMITTEES_FORMED_2025,
          COUNCIL_FIRST_CONSULTATION_2025,
          COUNCIL_FIRST_ADJUSTMENT_2025,
          CONSTITUENCIES_ANNOUNCED_2025,
          ELECTION_BOARDS_FORMED_2025,
          CANDIDATE_FILES_DUE_2025,
          NA_SECOND_CONSULTATION_2025,
          COUNCIL_SECOND_CONSULTATION_2025,
          SECOND_ADJUSTMENT_2025,
          POLLING_TEAMS_FORMED_2025,
          VOTER_LISTS_POSTED_2025,
          VOTER_CONCERNS_ANSWERED_2025,
          NA_THIRD_CONSULTATION_2025,
          COUNCIL_THIRD_CONSULTATION_2025,
          NA_CANDIDATES_SENT_2025,
          COUNCIL_CANDIDATES_SENT_2025,
          BALLOTS_TO_BOARDS_2025,
          NA_CANDIDATE_LIST_PUBLISHED_2025,
          COUNCIL_CANDIDATE_LIST_PUBLISHED_2025,
          NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2025,
          CANDIDATE_LISTS_POSTED_2025,
          BALLOTS_TO_TEAMS_2025,
          CANDIDATE_COMPLAINTS_CLOSED_2025,
          VOTING_NOTIFIED_2025,
          CAMPAIGN_ENDS_2025,
          TALLY_RECORDS_SENT_2025,
          CONSTITUENCY_RECORDS_SENT_2025,
          NA_RESULTS_ANNOUNCED_2025,
          COUNCIL_RESULTS_ANNOUNCED_2025,
          NA_RESULT_COMPLAINTS_CLOSED_2025,
          COUNCIL_RESULT_COMPLAINTS_CLOSED_2025));

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<ElectionRule> rules;

  private ElectionRuleBook(ImmutableList<ElectionRule> rules) {
    Set<String> names = new HashSet<>();
    for (ElectionRule rule : rules) {
      checkArgument(
          names.add(rule.name()), "a rule book names each rule once; %s is given twice", Texts.quote(rule.name()));
    }
    this.rules = rules;
  }

  private static ElectionRule original(
      String name,
      ElectionStep step,
      ImmutableSet<ElectionLevel> levels,
      int days,
      DayCounting counting,
      String article,
      Confirmation confirmation) {
    return rule(
        name,
        step,
        levels,
        days,
        counting,
        LegalBasis.builder()
            .instrument(Instruments.ELECTION_LAW_2015)
            .article(article)
            .confirmation(confirmation)
            .build(),
        ORIGINAL_DAYS);
  }

  private static ElectionRule amended(
      String name,
      ElectionStep step,
      ImmutableSet<ElectionLevel> levels,
      int days,
      DayCounting counting,
      String article) {
    return rule(
        name,
        step,
        levels,
        days,
        counting,
        LegalBasis.builder()
            .instrument(Instruments.ELECTION_LAW_2015)
            .article(article)
            .inForceFrom(AMENDMENT_DAY)
            .addAsAmendedBy(Instruments.ELECTION_LAW_AMENDMENT_2025)
            .confirmation(Confirmation.VERIFIED)
            .build(),
        AMENDED_DAYS);
  }

  private static ElectionRule carried(
      String name,
      ElectionStep step,
      ImmutableSet<ElectionLevel> levels,
      int days,
      DayCounting counting,
      String article) {
    return rule(name, step, levels, days, counting, verified(article), AMENDED_DAYS);
  }

  private static ElectionRule unchanged(
      String name,
      ElectionStep step,
      ImmutableSet<ElectionLevel> levels,
      int days,
      DayCounting counting,
      String article) {
    LegalBasis basis = verified(article);
    return rule(name, step, levels, days, counting, basis, basis.validity());
  }

  private static LegalBasis verified(String article) {
    return LegalBasis.builder()
        .instrument(Instruments.ELECTION_LAW_2015)
        .article(article)
        .confirmation(Confirmation.VERIFIED)
        .build();
  }

  private static ElectionRule rule(
      String name,
      ElectionStep step,
      ImmutableSet<ElectionLevel> levels,
      int days,
      DayCounting counting,
      LegalBasis basis,
      Validity validity) {
    return ElectionRule.builder()
        .name(name)
        .step(step)
        .levels(levels)
        .days(days)
        .counting(counting)
        .basis(basis)
        .validity(validity)
        .build();
  }

  // ---- making books ----------------------------------------------------------------------------------------------

  /**
   * Returns the built-in rules: the constants of this class.
   *
   * @return the standard rule book, not null
   */
  public static ElectionRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a rule book of the given rules only, in the order given.
   *
   * @param rules the rules, none null, no two of the same name
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   * @throws IllegalArgumentException if two rules have the same name
   */
  public static ElectionRuleBook of(Iterable<ElectionRule> rules) {
    return new ElectionRuleBook(Arguments.list(rules, "rules"));
  }

  /**
   * Returns this rule book with an application's own rule: in place of the rule of the same name if there is one,
   * otherwise last. This book is left as it was. For example a province that follows a date the National Election
   * Council moved replaces the rule with one of its own days.
   *
   * @param rule the rule, not null
   * @return a new rule book, not null
   */
  public ElectionRuleBook with(ElectionRule rule) {
    requireNonNull(rule, "rule");
    return new ElectionRuleBook(NamedLists.with(rules, rule, ElectionRule::name));
  }

  /**
   * Returns this rule book without the rule of the given name. This book is left as it was.
   *
   * @param name the name of the rule, not null
   * @return a new rule book, not null
   * @throws IllegalArgumentException if this book has no rule of that name
   */
  public ElectionRuleBook without(String name) {
    requireNonNull(name, "name");
    checkArgument(rule(name).isPresent(), "this rule book has no rule named %s", Texts.quote(name));
    return new ElectionRuleBook(NamedLists.without(rules, name, ElectionRule::name));
  }

  // ---- what it holds ---------------------------------------------------------------------------------------------

  /**
   * Returns every rule, in the order of the book.
   *
   * @return the rules, not null
   */
  public ImmutableList<ElectionRule> rules() {
    return rules;
  }

  /**
   * Returns the rule of a name.
   *
   * @param name the name, not null
   * @return the rule, or empty if the book has none of that name
   */
  public Optional<ElectionRule> rule(String name) {
    requireNonNull(name, "name");
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * Returns the rules chosen for an election held on a day, in the order of the book: for 2016-05-22 the {@code
   * _2015} rules and the four of every election, for 2026-03-15 the {@code _2025} rules and the same four.
   *
   * @param electionDay the election day, not null
   * @return the rules, empty before 2015-09-01, not null
   */
  public ImmutableList<ElectionRule> rulesFor(LocalDate electionDay) {
    requireNonNull(electionDay, "electionDay");
    return rules.stream().filter(r -> r.isChosenFor(electionDay)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the timeline of an election held on a day, by the rules of this book chosen for it: {@code
   * ElectionTimeline.of(electionDay, this)}.
   *
   * @param electionDay the election day, a Sunday, not null
   * @return the timeline, not null
   * @throws IllegalArgumentException if the day is not a Sunday, or a rule counted from the results has no
   *     announcement of the results for its elections
   */
  public ElectionTimeline timeline(LocalDate electionDay) {
    return ElectionTimeline.of(electionDay, this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ElectionRuleBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the number of rules, for example "ElectionRuleBook[70 rules]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "ElectionRuleBook[" + rules.size() + " rules]";
  }
}
