package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule book of petition time limits: an ordered list of {@link PetitionTimeLimit}s that chooses, by the day a
 * petition was received, the limit of each of its stages. For example {@code PetitionRuleBook.standard().limitFor(
 * PetitionStage.ACCEPTANCE, PetitionKind.COMPLAINT, Circumstances.ordinary(), LocalDate.of(2026, 7, 1))} gives the 7
 * working days of {@link #COMPLAINT_ACCEPTANCE_FROM_2026}, and the same question for 2026-06-30 the 10 working days
 * of {@link #COMPLAINT_ACCEPTANCE}.
 *
 * <p>The built-in rules, {@link #standard()}, are the constants of this class, each with its instrument, article
 * and confirmation. Denunciations received from 2012-07-01 to 2018-12-31 follow Luật Tố cáo 03/2011/QH13 (the
 * {@code _2011} rules, for example {@link #DENUNCIATION_ACCEPTANCE_2011}); those received from 2019-01-01 follow
 * Luật Tố cáo 25/2018/QH14. The law changes on 2026-07-01 (Luật 136/2025/QH15, amending the Complaints, Denunciations and
 * Citizen Reception Laws, and Nghị định 154, 155 and 156/2026): the rules of the laws as read end on 2026-06-30,
 * and each is carried over from 2026-07-01 as a {@code _FROM_2026} rule marked {@link Confirmation#UNCONFIRMED},
 * since the amended texts have not been read; the one change reported, the 7 working days to accept a complaint,
 * is {@link #COMPLAINT_ACCEPTANCE_FROM_2026}, also unconfirmed. Stages without a known rule (processing a complaint
 * under Thông tư 05/2021/TT-TTCP, say) have none: {@link #limitFor} answers empty.
 *
 * <p>An application supplies its own rules (a province's quy chế) with {@link #with(PetitionTimeLimit)}: a later
 * rule takes precedence over an earlier one for the same stage, kind and circumstances on the days both are in
 * force, and the override is logged at DEBUG, without any personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class PetitionRuleBook {

  private static final Logger LOG = LoggerFactory.getLogger(PetitionRuleBook.class);

  /** The first day of the amended petition laws, Luật 136/2025/QH15: 2026-07-01. */
  public static final LocalDate AMENDMENT_DAY = LocalDate.of(2026, 7, 1);

  private static final LocalDate BEFORE_AMENDMENT = AMENDMENT_DAY.minusDays(1);
  private static final Instrument COMPLAINTS_LAW = Instruments.COMPLAINTS_LAW_2011;
  private static final Instrument DENUNCIATIONS_LAW = Instruments.DENUNCIATIONS_LAW_2018;
  private static final Instrument RECEPTION_LAW = Instruments.CITIZEN_RECEPTION_LAW_2013;

  private static final LegalBasis KN_9 = LegalBasis.of(COMPLAINTS_LAW, "Điều 9");
  private static final LegalBasis TT_07_2013 =
      LegalBasis.of(
          COMPLAINTS_LAW, "Điều 27 và 36 (Thông tư 07/2013/TT-TTCP, Điều 5, khoản 1: 10 ngày làm việc)");
  private static final LegalBasis KN_28 = LegalBasis.of(COMPLAINTS_LAW, "Điều 28");
  private static final LegalBasis KN_33 = LegalBasis.of(COMPLAINTS_LAW, "Điều 33");
  private static final LegalBasis KN_37 = LegalBasis.of(COMPLAINTS_LAW, "Điều 37");
  private static final LegalBasis KN_44 = LegalBasis.of(COMPLAINTS_LAW, "Điều 44");
  private static final LegalBasis DISPATCH = LegalBasis.of(COMPLAINTS_LAW, "Điều 32");
  private static final LegalBasis TC_2011_20_1_A =
      denunciations2011("Điều 20, khoản 1, điểm a", Confirmation.VERIFIED);
  private static final LegalBasis TC_2011_20_1_B =
      denunciations2011("Điều 20, khoản 1, điểm b", Confirmation.VERIFIED);
  private static final LegalBasis TC_2011_21 = denunciations2011("Điều 21", Confirmation.REPORTED);
  private static final LegalBasis TC_24_1 = LegalBasis.of(DENUNCIATIONS_LAW, "Điều 24, khoản 1");
  private static final LegalBasis TC_24_2 = LegalBasis.of(DENUNCIATIONS_LAW, "Điều 24, khoản 2");
  private static final LegalBasis TC_29_3 = LegalBasis.of(DENUNCIATIONS_LAW, "Điều 29, khoản 3");
  private static final LegalBasis TC_30 = LegalBasis.of(DENUNCIATIONS_LAW, "Điều 30");
  private static final LegalBasis TCD_28_1 = LegalBasis.of(RECEPTION_LAW, "Điều 28, khoản 1");
  private static final LegalBasis TCD_28_2 = LegalBasis.of(RECEPTION_LAW, "Điều 28, khoản 2");

  private static final LegalBasis ND_155_2026 =
      LegalBasis.builder()
          .instrument(Instruments.DECREE_124_2020)
          .article("Điều 16, khoản 1")
          .inForceFrom(AMENDMENT_DAY)
          .addAsAmendedBy(Instruments.DECREE_155_2026)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();
  private static final LegalBasis QD_11 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_REGULATION_11_2019)
          .article("thông báo bằng văn bản trong 10 ngày làm việc")
          .inForceUntil(Instruments.PARTY_CONCLUSION_215_2025.inForceFrom().minusDays(1))
          .build();
  private static final LocalDate KL_215_DAY = Instruments.PARTY_CONCLUSION_215_2025.inForceFrom();
  private static final LegalBasis QD_11_AFTER_KL_215 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_REGULATION_11_2019)
          .article("thông báo bằng văn bản trong 10 ngày làm việc")
          .inForceFrom(KL_215_DAY)
          .addAsAmendedBy(Instruments.PARTY_CONCLUSION_215_2025)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();
  private static final LegalBasis QD_30 =
      LegalBasis.of(Instruments.PARTY_REGULATION_30_2016, "thời hạn giải quyết tố cáo đối với đảng viên");
  private static final LegalBasis QD_22 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_REGULATION_22_2021)
          .article("thời hạn giải quyết tố cáo đối với đảng viên (Hướng dẫn 02-HD/TW)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();
  private static final LegalBasis QD_296 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_REGULATION_296_2025)
          .article("thời hạn giải quyết tố cáo đối với đảng viên (chưa đọc)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private static final EnumSet<Level> BELOW_CENTRAL = EnumSet.complementOf(EnumSet.of(Level.CENTRAL));

  /**
   * Thời hiệu khiếu nại: a complaint is filed within 90 days of receiving or learning of the administrative decision
   * or act (Luật Khiếu nại 02/2011/QH13, Điều 9); time lost to illness, disaster, war, distant travel or other
   * objective obstacles does not count. Denunciations have no filing limit.
   */
  public static final PetitionTimeLimit COMPLAINT_FILING_LIMIT =
      rule(
              "COMPLAINT_FILING_LIMIT", PetitionStage.FILING_LIMIT, 90, DayCount.CALENDAR_DAYS, KN_9,
              PetitionKind.COMPLAINT)
          .build();

  /**
   * {@link #COMPLAINT_FILING_LIMIT} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15
   * amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_FILING_LIMIT_FROM_2026 = carriedOver(COMPLAINT_FILING_LIMIT);

  /**
   * Thụ lý: a complaint, first or second, is accepted or refused within 10 working days of receipt (Luật Khiếu nại
   * 02/2011/QH13, Điều 27 and 36 say "10 ngày"; Thông tư 07/2013/TT-TTCP, Điều 5, khoản 1, as amended by Thông tư
   * 02/2016/TT-TTCP, says "10 ngày làm việc"). The working-day reading is applied over the Law's whole life to
   * 2026-06-30, as no other reading is known; the basis is dated from the Law.
   */
  public static final PetitionTimeLimit COMPLAINT_ACCEPTANCE =
      rule(
              "COMPLAINT_ACCEPTANCE", PetitionStage.ACCEPTANCE, 10, DayCount.WORKING_DAYS, TT_07_2013,
              PetitionKind.COMPLAINT)
          .build();

  /**
   * A first complaint is resolved within 30 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều 28). The Law says
   * "ngày"; no text found makes them working days, so they are calendar days counted under the Civil Code. An
   * application that counts otherwise supplies its own rule.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION =
      rule(
              "COMPLAINT_RESOLUTION", PetitionStage.RESOLUTION, 30, DayCount.CALENDAR_DAYS, KN_28,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addComplexities(Complexity.NORMAL)
          .addAreas(AreaType.ORDINARY)
          .build();

  /**
   * {@link #COMPLAINT_RESOLUTION} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15
   * amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_FROM_2026 = carriedOver(COMPLAINT_RESOLUTION);

  /**
   * A complex first complaint is resolved within 45 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều 28),
   * calendar days as for {@link #COMPLAINT_RESOLUTION}.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_COMPLEX =
      rule(
              "COMPLAINT_RESOLUTION_COMPLEX", PetitionStage.RESOLUTION, 45, DayCount.CALENDAR_DAYS, KN_28,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addComplexities(Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX)
          .addAreas(AreaType.ORDINARY)
          .build();

  /**
   * {@link #COMPLAINT_RESOLUTION_COMPLEX} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_COMPLEX_FROM_2026 = carriedOver(COMPLAINT_RESOLUTION_COMPLEX);

  /**
   * A first complaint in a remote area is resolved within 45 days of acceptance, 15 more than elsewhere (Luật Khiếu
   * nại 02/2011/QH13, Điều 28).
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_REMOTE =
      rule(
              "COMPLAINT_RESOLUTION_REMOTE", PetitionStage.RESOLUTION, 45, DayCount.CALENDAR_DAYS, KN_28,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addComplexities(Complexity.NORMAL)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * {@link #COMPLAINT_RESOLUTION_REMOTE} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_REMOTE_FROM_2026 = carriedOver(COMPLAINT_RESOLUTION_REMOTE);

  /**
   * A complex first complaint in a remote area is resolved within 60 days of acceptance (Luật Khiếu nại 02/2011/QH13,
   * Điều 28).
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_REMOTE_COMPLEX =
      rule(
              "COMPLAINT_RESOLUTION_REMOTE_COMPLEX", PetitionStage.RESOLUTION, 60, DayCount.CALENDAR_DAYS, KN_28,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addComplexities(Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * {@link #COMPLAINT_RESOLUTION_REMOTE_COMPLEX} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_REMOTE_COMPLEX_FROM_2026 = carriedOver(COMPLAINT_RESOLUTION_REMOTE_COMPLEX);

  /**
   * A second complaint is resolved within 45 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều 37), calendar days
   * as for {@link #COMPLAINT_RESOLUTION}.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION =
      rule(
              "SECOND_COMPLAINT_RESOLUTION", PetitionStage.RESOLUTION, 45, DayCount.CALENDAR_DAYS, KN_37,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.SECOND)
          .addComplexities(Complexity.NORMAL)
          .addAreas(AreaType.ORDINARY)
          .build();

  /**
   * {@link #SECOND_COMPLAINT_RESOLUTION} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_FROM_2026 = carriedOver(SECOND_COMPLAINT_RESOLUTION);

  /**
   * A complex second complaint is resolved within 60 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều 37).
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_COMPLEX =
      rule(
              "SECOND_COMPLAINT_RESOLUTION_COMPLEX", PetitionStage.RESOLUTION, 60, DayCount.CALENDAR_DAYS, KN_37,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.SECOND)
          .addComplexities(Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX)
          .addAreas(AreaType.ORDINARY)
          .build();

  /**
   * {@link #SECOND_COMPLAINT_RESOLUTION_COMPLEX} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_COMPLEX_FROM_2026 = carriedOver(SECOND_COMPLAINT_RESOLUTION_COMPLEX);

  /**
   * A second complaint in a remote area is resolved within 60 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều
   * 37).
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_REMOTE =
      rule(
              "SECOND_COMPLAINT_RESOLUTION_REMOTE", PetitionStage.RESOLUTION, 60, DayCount.CALENDAR_DAYS, KN_37,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.SECOND)
          .addComplexities(Complexity.NORMAL)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * {@link #SECOND_COMPLAINT_RESOLUTION_REMOTE} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_REMOTE_FROM_2026 = carriedOver(SECOND_COMPLAINT_RESOLUTION_REMOTE);

  /**
   * A complex second complaint in a remote area is resolved within 70 days of acceptance (Luật Khiếu nại
   * 02/2011/QH13, Điều 37).
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX =
      rule(
              "SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX", PetitionStage.RESOLUTION, 70, DayCount.CALENDAR_DAYS, KN_37,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.SECOND)
          .addComplexities(Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * {@link #SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX} for petitions received from 2026-07-01, <b>unconfirmed</b>:
   * Luật 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX_FROM_2026 = carriedOver(SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX);

  /**
   * A second complaint is lodged within 30 days of the first resolution's time expiring or of receiving the first
   * decision (Luật Khiếu nại 02/2011/QH13, Điều 33).
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_WINDOW =
      rule(
              "SECOND_COMPLAINT_WINDOW", PetitionStage.SECOND_COMPLAINT_WINDOW, 30, DayCount.CALENDAR_DAYS, KN_33,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addAreas(AreaType.ORDINARY)
          .build();

  /**
   * {@link #SECOND_COMPLAINT_WINDOW} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15
   * amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_WINDOW_FROM_2026 = carriedOver(SECOND_COMPLAINT_WINDOW);

  /**
   * In a remote area, a second complaint is lodged within 45 days (Luật Khiếu nại 02/2011/QH13, Điều 33).
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_WINDOW_REMOTE =
      rule(
              "SECOND_COMPLAINT_WINDOW_REMOTE", PetitionStage.SECOND_COMPLAINT_WINDOW, 45, DayCount.CALENDAR_DAYS, KN_33,
              PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * {@link #SECOND_COMPLAINT_WINDOW_REMOTE} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_WINDOW_REMOTE_FROM_2026 = carriedOver(SECOND_COMPLAINT_WINDOW_REMOTE);

  /**
   * A complaint decision, first with no second complaint, or second, becomes final 30 days after it is issued (Luật
   * Khiếu nại 02/2011/QH13, Điều 44).
   */
  public static final PetitionTimeLimit COMPLAINT_FINALITY =
      rule(
              "COMPLAINT_FINALITY", PetitionStage.FINALITY, 30, DayCount.CALENDAR_DAYS, KN_44,
              PetitionKind.COMPLAINT)
          .addAreas(AreaType.ORDINARY)
          .build();

  /**
   * {@link #COMPLAINT_FINALITY} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15 amends
   * the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_FINALITY_FROM_2026 = carriedOver(COMPLAINT_FINALITY);

  /**
   * In a remote area, a complaint decision becomes final 45 days after it is issued (Luật Khiếu nại 02/2011/QH13,
   * Điều 44).
   */
  public static final PetitionTimeLimit COMPLAINT_FINALITY_REMOTE =
      rule(
              "COMPLAINT_FINALITY_REMOTE", PetitionStage.FINALITY, 45, DayCount.CALENDAR_DAYS, KN_44,
              PetitionKind.COMPLAINT)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * {@link #COMPLAINT_FINALITY_REMOTE} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15
   * amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_FINALITY_REMOTE_FROM_2026 = carriedOver(COMPLAINT_FINALITY_REMOTE);

  /**
   * A complaint decision is sent to those it concerns within 3 working days of being issued (Nghị định 75/2012/NĐ-CP
   * and Thông tư 07/2013/TT-TTCP, as the library's sources give them, without the article number). The basis is dated
   * from the Law; the sub-law's own first day is not recorded in the library's sources.
   */
  public static final PetitionTimeLimit COMPLAINT_DECISION_DISPATCH =
      rule(
              "COMPLAINT_DECISION_DISPATCH", PetitionStage.DECISION_DISPATCH, 3, DayCount.WORKING_DAYS, DISPATCH,
              PetitionKind.COMPLAINT)
          .build();

  /**
   * {@link #COMPLAINT_DECISION_DISPATCH} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_DECISION_DISPATCH_FROM_2026 = carriedOver(COMPLAINT_DECISION_DISPATCH);

  /**
   * Thụ lý under the Denunciations Law of 2011: within 10 days of receiving a denunciation within its competence,
   * the receiver checks the denouncer's name and address and decides whether to accept it; when the check must be
   * made at several places, up to 15 days in all, so one extension of at most 5 days (Luật Tố cáo 03/2011/QH13, Điều
   * 20, khoản 1, điểm a). The Law says "10 ngày" here and "05 ngày làm việc" in the next point, so these are calendar
   * days. For denunciations received from 2012-07-01 to 2018-12-31.
   */
  public static final PetitionTimeLimit DENUNCIATION_ACCEPTANCE_2011 =
      rule(
              "DENUNCIATION_ACCEPTANCE_2011", PetitionStage.ACCEPTANCE, 10, DayCount.CALENDAR_DAYS, TC_2011_20_1_A,
              PetitionKind.DENUNCIATION)
          .maxExtensions(1)
          .maxExtensionDays(5)
          .build();

  /**
   * Under the Denunciations Law of 2011, a denunciation outside the receiver's competence is forwarded to the
   * competent body within 5 working days of receipt, and the denouncer told if they ask (Luật Tố cáo 03/2011/QH13,
   * Điều 20, khoản 1, điểm b). For denunciations received from 2012-07-01 to 2018-12-31.
   */
  public static final PetitionTimeLimit DENUNCIATION_FORWARDING_2011 =
      rule(
              "DENUNCIATION_FORWARDING_2011", PetitionStage.FORWARDING, 5, DayCount.WORKING_DAYS, TC_2011_20_1_B,
              PetitionKind.DENUNCIATION)
          .build();

  /**
   * Under the Denunciations Law of 2011, a denunciation is resolved within 60 days of acceptance, extendable once by
   * at most 30 days where needed (Luật Tố cáo 03/2011/QH13, Điều 21). <b>Reported:</b> the figures come from a legal
   * news page that sets them beside those of the Law of 2018; it does not quote the article, and the article number
   * has not been seen in a source. The Law says "ngày", counted here as calendar days: no implementing text read
   * says otherwise (Nghị định 76/2012/NĐ-CP details other articles of the Law; Thông tư 06/2013/TT-TTCP has not been
   * read). For denunciations received from 2012-07-01 to 2018-12-31.
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_2011 =
      rule(
              "DENUNCIATION_RESOLUTION_2011", PetitionStage.RESOLUTION, 60, DayCount.CALENDAR_DAYS, TC_2011_21,
              PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.NORMAL)
          .maxExtensions(1)
          .maxExtensionDays(30)
          .build();

  /**
   * Under the Denunciations Law of 2011, a complex denunciation is resolved within 90 days of acceptance, extendable
   * once by at most 60 days (Luật Tố cáo 03/2011/QH13, Điều 21), <b>reported</b> as {@link
   * #DENUNCIATION_RESOLUTION_2011}. That Law knows one degree of complexity: an especially complex case is treated
   * as complex. For denunciations received from 2012-07-01 to 2018-12-31.
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_COMPLEX_2011 =
      rule(
              "DENUNCIATION_RESOLUTION_COMPLEX_2011", PetitionStage.RESOLUTION, 90, DayCount.CALENDAR_DAYS, TC_2011_21,
              PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX)
          .maxExtensions(1)
          .maxExtensionDays(60)
          .build();

  /**
   * A denunciation is registered, classified and checked within 7 working days of receipt, extendable once to 10
   * working days in all when it must be verified at several places or the check is delegated (Luật Tố cáo
   * 25/2018/QH14, Điều 24, khoản 1).
   */
  public static final PetitionTimeLimit DENUNCIATION_PROCESSING =
      rule(
              "DENUNCIATION_PROCESSING", PetitionStage.PROCESSING, 7, DayCount.WORKING_DAYS, TC_24_1,
              PetitionKind.DENUNCIATION)
          .maxExtensions(1)
          .maxExtensionDays(3)
          .build();

  /**
   * {@link #DENUNCIATION_PROCESSING} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15
   * amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit DENUNCIATION_PROCESSING_FROM_2026 = carriedOver(DENUNCIATION_PROCESSING);

  /**
   * A denunciation outside the receiver's competence is forwarded, and the denouncer told, within 5 working days of
   * receipt (Luật Tố cáo 25/2018/QH14, Điều 24, khoản 2).
   */
  public static final PetitionTimeLimit DENUNCIATION_FORWARDING =
      rule(
              "DENUNCIATION_FORWARDING", PetitionStage.FORWARDING, 5, DayCount.WORKING_DAYS, TC_24_2,
              PetitionKind.DENUNCIATION)
          .build();

  /**
   * {@link #DENUNCIATION_FORWARDING} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15
   * amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit DENUNCIATION_FORWARDING_FROM_2026 = carriedOver(DENUNCIATION_FORWARDING);

  /**
   * The denouncer and the accused are told of the acceptance of a denunciation within 5 working days of the decision
   * (Luật Tố cáo 25/2018/QH14, Điều 29, khoản 3).
   */
  public static final PetitionTimeLimit DENUNCIATION_ACCEPTANCE_NOTICE =
      rule(
              "DENUNCIATION_ACCEPTANCE_NOTICE", PetitionStage.ACCEPTANCE_NOTICE, 5, DayCount.WORKING_DAYS, TC_29_3,
              PetitionKind.DENUNCIATION)
          .build();

  /**
   * {@link #DENUNCIATION_ACCEPTANCE_NOTICE} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit DENUNCIATION_ACCEPTANCE_NOTICE_FROM_2026 = carriedOver(DENUNCIATION_ACCEPTANCE_NOTICE);

  /**
   * A denunciation is resolved within 30 days of acceptance, with no extension unless it is complex (Luật Tố cáo
   * 25/2018/QH14, Điều 30).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION =
      rule(
              "DENUNCIATION_RESOLUTION", PetitionStage.RESOLUTION, 30, DayCount.CALENDAR_DAYS, TC_30,
              PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.NORMAL)
          .build();

  /**
   * {@link #DENUNCIATION_RESOLUTION} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15
   * amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_FROM_2026 = carriedOver(DENUNCIATION_RESOLUTION);

  /**
   * A complex denunciation is resolved within 30 days of acceptance, extended once by at most 30 days (Luật Tố cáo
   * 25/2018/QH14, Điều 30; complexity per Nghị định 31/2019/NĐ-CP, Điều 3).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_COMPLEX =
      rule(
              "DENUNCIATION_RESOLUTION_COMPLEX", PetitionStage.RESOLUTION, 30, DayCount.CALENDAR_DAYS, TC_30,
              PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.COMPLEX)
          .maxExtensions(1)
          .maxExtensionDays(30)
          .build();

  /**
   * {@link #DENUNCIATION_RESOLUTION_COMPLEX} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật
   * 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_COMPLEX_FROM_2026 = carriedOver(DENUNCIATION_RESOLUTION_COMPLEX);

  /**
   * An especially complex denunciation is resolved within 30 days of acceptance, extended at most twice by at most 30
   * days each (Luật Tố cáo 25/2018/QH14, Điều 30; complexity per Nghị định 31/2019/NĐ-CP, Điều 3).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX =
      rule(
              "DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX", PetitionStage.RESOLUTION, 30, DayCount.CALENDAR_DAYS, TC_30,
              PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.ESPECIALLY_COMPLEX)
          .maxExtensions(2)
          .maxExtensionDays(30)
          .build();

  /**
   * {@link #DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX} for petitions received from 2026-07-01, <b>unconfirmed</b>:
   * Luật 136/2025/QH15 amends the Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX_FROM_2026 = carriedOver(DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX);

  /**
   * Within 10 working days of receiving a matter at a reception, the receiver tells the citizen whether it was
   * accepted, needs more time, was refused or was forwarded (Luật Tiếp công dân 42/2013/QH13, Điều 28, khoản 1).
   */
  public static final PetitionTimeLimit RECEIPT_NOTICE =
      rule(
              "RECEIPT_NOTICE", PetitionStage.RECEIPT_NOTICE, 10, DayCount.WORKING_DAYS, TCD_28_1,
              PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION, PetitionKind.RECOMMENDATION, PetitionKind.FEEDBACK, PetitionKind.MIXED)
          .build();

  /**
   * {@link #RECEIPT_NOTICE} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15 amends the
   * Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit RECEIPT_NOTICE_FROM_2026 = carriedOver(RECEIPT_NOTICE);

  /**
   * The result of a matter handled elsewhere is relayed to the citizen within 5 working days of its arrival (Luật
   * Tiếp công dân 42/2013/QH13, Điều 28, khoản 2).
   */
  public static final PetitionTimeLimit RESULT_RELAY =
      rule(
              "RESULT_RELAY", PetitionStage.RESULT_RELAY, 5, DayCount.WORKING_DAYS, TCD_28_2,
              PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION, PetitionKind.RECOMMENDATION, PetitionKind.FEEDBACK, PetitionKind.MIXED)
          .build();

  /**
   * {@link #RESULT_RELAY} for petitions received from 2026-07-01, <b>unconfirmed</b>: Luật 136/2025/QH15 amends the
   * Law from that day, and whether it changed this limit has not been read.
   */
  public static final PetitionTimeLimit RESULT_RELAY_FROM_2026 = carriedOver(RESULT_RELAY);


  /**
   * Thụ lý from 2026-07-01: a complaint is accepted or refused within 7 working days of receipt (Nghị định
   * 155/2026/NĐ-CP, rewriting Nghị định 124/2020/NĐ-CP, Điều 16, khoản 1). <b>Unconfirmed:</b> the figure comes
   * from a third-party compilation of the decree; whether Luật 136/2025/QH15 itself changed the limit has not been
   * read.
   */
  public static final PetitionTimeLimit COMPLAINT_ACCEPTANCE_FROM_2026 =
      PetitionTimeLimit.builder()
          .name("COMPLAINT_ACCEPTANCE_FROM_2026")
          .stage(PetitionStage.ACCEPTANCE)
          .addKind(PetitionKind.COMPLAINT)
          .limit(TimeLimit.workingDays(7, ND_155_2026))
          .validity(Validity.from(AMENDMENT_DAY))
          .build();

  /**
   * The head of a party committee tells the sender in writing, within 10 working days of receiving a matter, that
   * it was received for resolution, forwarded or assigned (Quy định 11-QĐi/TW, 18/02/2019, as reported by the
   * press; the article is not given). In force for matters received from 2019-02-18 to 2025-11-22.
   */
  public static final PetitionTimeLimit PARTY_HEAD_RECEIPT_NOTICE =
      PetitionTimeLimit.builder()
          .name("PARTY_HEAD_RECEIPT_NOTICE")
          .stage(PetitionStage.PARTY_RECEIPT_NOTICE)
          .addAllKinds(EnumSet.allOf(PetitionKind.class))
          .limit(TimeLimit.workingDays(10, QD_11))
          .validity(Validity.between(QD_11.inForceFrom(), KL_215_DAY.minusDays(1)))
          .build();

  /**
   * {@link #PARTY_HEAD_RECEIPT_NOTICE} for matters received from 2025-11-23, <b>unconfirmed</b>: Kết luận
   * 215-KL/TW amended Quy định 11-QĐi/TW from that day, and the amended text has been seen in headlines only.
   */
  public static final PetitionTimeLimit PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215 =
      PetitionTimeLimit.builder()
          .from(PARTY_HEAD_RECEIPT_NOTICE)
          .name("PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215")
          .limit(TimeLimit.workingDays(10, QD_11_AFTER_KL_215))
          .validity(Validity.from(KL_215_DAY))
          .build();

  /**
   * A party body below the central level resolves a denunciation of a party member within 90 working days,
   * extendable once by at most 30 days (Quy định 30-QĐ/TW, 26/7/2016, and its guidance, as reported by the press
   * in 2017). In force for denunciations received from 2016-07-26 to 2021-07-27, when Quy định 22-QĐ/TW replaced
   * it. The time counts from the day the competent party body received the letter. The report says "30 ngày" for
   * the extension; here it is counted in working days, as the limit is. Applies only when the level is given.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION =
      PetitionTimeLimit.builder()
          .name("PARTY_RESOLUTION")
          .stage(PetitionStage.PARTY_RESOLUTION)
          .addKind(PetitionKind.DENUNCIATION)
          .addAllLevels(BELOW_CENTRAL)
          .limit(TimeLimit.workingDays(90, QD_30))
          .validity(QD_30.validity())
          .maxExtensions(1)
          .maxExtensionDays(30)
          .build();

  /**
   * A central party body resolves a denunciation of a party member within 180 working days, extendable once by at
   * most 30 days (Quy định 30-QĐ/TW, 2016, as reported), for denunciations received from 2016-07-26 to 2021-07-27.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION_CENTRAL =
      PetitionTimeLimit.builder()
          .from(PARTY_RESOLUTION)
          .name("PARTY_RESOLUTION_CENTRAL")
          .levels(EnumSet.of(Level.CENTRAL))
          .limit(TimeLimit.workingDays(180, QD_30))
          .build();

  /**
   * {@link #PARTY_RESOLUTION} carried over to Quy định 22-QĐ/TW (28/7/2021), for denunciations received from
   * 2021-07-28. <b>Unconfirmed:</b> the time limits of Quy định 22-QĐ/TW and Hướng dẫn 02-HD/TW have not been read
   * and may differ from 90 working days; an application that knows them supplies its own rule.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION_FROM_QD_22 =
      PetitionTimeLimit.builder()
          .from(PARTY_RESOLUTION)
          .name("PARTY_RESOLUTION_FROM_QD_22")
          .limit(TimeLimit.workingDays(90, QD_22))
          .validity(QD_22.validity())
          .build();

  /**
   * {@link #PARTY_RESOLUTION_CENTRAL} carried over to Quy định 22-QĐ/TW, for denunciations received from
   * 2021-07-28. <b>Unconfirmed</b>, as {@link #PARTY_RESOLUTION_FROM_QD_22}.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION_CENTRAL_FROM_QD_22 =
      PetitionTimeLimit.builder()
          .from(PARTY_RESOLUTION_CENTRAL)
          .name("PARTY_RESOLUTION_CENTRAL_FROM_QD_22")
          .limit(TimeLimit.workingDays(180, QD_22))
          .validity(QD_22.validity())
          .build();

  /**
   * {@link #PARTY_RESOLUTION} carried over to Quy định 296-QĐ/TW, for denunciations received from 2025-05-30.
   * <b>Unconfirmed</b>: the regulation has not been read; the figure reported for its predecessor is kept.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION_FROM_QD_296 =
      PetitionTimeLimit.builder()
          .from(PARTY_RESOLUTION)
          .name("PARTY_RESOLUTION_FROM_QD_296")
          .limit(TimeLimit.workingDays(90, QD_296))
          .validity(QD_296.validity())
          .build();

  /**
   * {@link #PARTY_RESOLUTION_CENTRAL} carried over to Quy định 296-QĐ/TW, for denunciations received from
   * 2025-05-30. <b>Unconfirmed</b>, as {@link #PARTY_RESOLUTION_FROM_QD_296}.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION_CENTRAL_FROM_QD_296 =
      PetitionTimeLimit.builder()
          .from(PARTY_RESOLUTION_CENTRAL)
          .name("PARTY_RESOLUTION_CENTRAL_FROM_QD_296")
          .limit(TimeLimit.workingDays(180, QD_296))
          .validity(QD_296.validity())
          .build();

  private static final PetitionRuleBook STANDARD =
      new PetitionRuleBook(
          ImmutableList.of(
              COMPLAINT_FILING_LIMIT,
              COMPLAINT_FILING_LIMIT_FROM_2026,
              COMPLAINT_ACCEPTANCE,
              COMPLAINT_ACCEPTANCE_FROM_2026,
              COMPLAINT_RESOLUTION,
              COMPLAINT_RESOLUTION_FROM_2026,
              COMPLAINT_RESOLUTION_COMPLEX,
              COMPLAINT_RESOLUTION_COMPLEX_FROM_2026,
              COMPLAINT_RESOLUTION_REMOTE,
              COMPLAINT_RESOLUTION_REMOTE_FROM_2026,
              COMPLAINT_RESOLUTION_REMOTE_COMPLEX,
              COMPLAINT_RESOLUTION_REMOTE_COMPLEX_FROM_2026,
              SECOND_COMPLAINT_RESOLUTION,
              SECOND_COMPLAINT_RESOLUTION_FROM_2026,
              SECOND_COMPLAINT_RESOLUTION_COMPLEX,
              SECOND_COMPLAINT_RESOLUTION_COMPLEX_FROM_2026,
              SECOND_COMPLAINT_RESOLUTION_REMOTE,
              SECOND_COMPLAINT_RESOLUTION_REMOTE_FROM_2026,
              SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX,
              SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX_FROM_2026,
              SECOND_COMPLAINT_WINDOW,
              SECOND_COMPLAINT_WINDOW_FROM_2026,
              SECOND_COMPLAINT_WINDOW_REMOTE,
              SECOND_COMPLAINT_WINDOW_REMOTE_FROM_2026,
              COMPLAINT_FINALITY,
              COMPLAINT_FINALITY_FROM_2026,
              COMPLAINT_FINALITY_REMOTE,
              COMPLAINT_FINALITY_REMOTE_FROM_2026,
              COMPLAINT_DECISION_DISPATCH,
              COMPLAINT_DECISION_DISPATCH_FROM_2026,
              DENUNCIATION_ACCEPTANCE_2011,
              DENUNCIATION_FORWARDING_2011,
              DENUNCIATION_RESOLUTION_2011,
              DENUNCIATION_RESOLUTION_COMPLEX_2011,
              DENUNCIATION_PROCESSING,
              DENUNCIATION_PROCESSING_FROM_2026,
              DENUNCIATION_FORWARDING,
              DENUNCIATION_FORWARDING_FROM_2026,
              DENUNCIATION_ACCEPTANCE_NOTICE,
              DENUNCIATION_ACCEPTANCE_NOTICE_FROM_2026,
              DENUNCIATION_RESOLUTION,
              DENUNCIATION_RESOLUTION_FROM_2026,
              DENUNCIATION_RESOLUTION_COMPLEX,
              DENUNCIATION_RESOLUTION_COMPLEX_FROM_2026,
              DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX,
              DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX_FROM_2026,
              RECEIPT_NOTICE,
              RECEIPT_NOTICE_FROM_2026,
              RESULT_RELAY,
              RESULT_RELAY_FROM_2026,
              PARTY_HEAD_RECEIPT_NOTICE,
              PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215,
              PARTY_RESOLUTION,
              PARTY_RESOLUTION_CENTRAL,
              PARTY_RESOLUTION_FROM_QD_22,
              PARTY_RESOLUTION_CENTRAL_FROM_QD_22,
              PARTY_RESOLUTION_FROM_QD_296,
              PARTY_RESOLUTION_CENTRAL_FROM_QD_296));

  private static PetitionTimeLimit.Builder rule(
      String name, PetitionStage stage, int days, DayCount count, LegalBasis basis, PetitionKind... kinds) {
    PetitionTimeLimit.Builder builder = PetitionTimeLimit.builder();
    builder
        .name(name)
        .stage(stage)
        .addKinds(kinds)
        .limit(count == DayCount.WORKING_DAYS ? TimeLimit.workingDays(days, basis) : TimeLimit.calendarDays(days, basis))
        .validity(Validity.between(basis.inForceFrom(), basis.inForceUntil().orElse(BEFORE_AMENDMENT)));
    return builder;
  }

  private static LegalBasis denunciations2011(String article, Confirmation confirmation) {
    return LegalBasis.builder()
        .instrument(Instruments.DENUNCIATIONS_LAW_2011)
        .article(article)
        .confirmation(confirmation)
        .build();
  }

  private static PetitionTimeLimit carriedOver(PetitionTimeLimit rule) {
    LegalBasis old = rule.basis();
    LegalBasis basis =
        LegalBasis.builder()
            .instrument(old.instrument())
            .article(old.article())
            .inForceFrom(AMENDMENT_DAY)
            .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    TimeLimit limit = rule.limit();
    return PetitionTimeLimit.builder()
        .from(rule)
        .name(rule.name() + "_FROM_2026")
        .limit(
            limit.count() == DayCount.WORKING_DAYS
                ? TimeLimit.workingDays(limit.days(), basis)
                : TimeLimit.calendarDays(limit.days(), basis))
        .validity(Validity.from(AMENDMENT_DAY))
        .build();
  }

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<PetitionTimeLimit> rules;

  private PetitionRuleBook(ImmutableList<PetitionTimeLimit> rules) {
    this.rules = rules;
  }

  /**
   * Returns the built-in rules: the constants of this class, from the Complaints Law of 2011, the Denunciations
   * Laws of 2011 and 2018, the Citizen Reception Law of 2013 and the Party's regulations, each ending or starting on
   * the days its instrument changed.
   *
   * @return the built-in rule book, not null
   */
  public static PetitionRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a rule book of the given rules only, later ones taking precedence over earlier ones.
   *
   * @param rules the rules, in order of precedence, lowest first; none null
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   */
  public static PetitionRuleBook of(PetitionTimeLimit... rules) {
    return of(Arrays.asList(rules));
  }

  /**
   * Returns a rule book of the given rules only, later ones taking precedence over earlier ones.
   *
   * @param rules the rules, in order of precedence, lowest first; none null
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   */
  public static PetitionRuleBook of(Iterable<PetitionTimeLimit> rules) {
    return new PetitionRuleBook(ImmutableList.copyOf(rules));
  }

  /**
   * Returns this rule book with an application's own rule added last, so that it takes precedence over the
   * earlier rules for the same stage, kind and circumstances on the days both are in force.
   *
   * @param rule the rule, not null
   * @return a new rule book, not null
   */
  public PetitionRuleBook with(PetitionTimeLimit rule) {
    requireNonNull(rule, "rule");
    return new PetitionRuleBook(ImmutableList.<PetitionTimeLimit>builder().addAll(rules).add(rule).build());
  }

  /**
   * Returns the rules, in order of precedence, lowest first.
   *
   * @return the rules, not null
   */
  public ImmutableList<PetitionTimeLimit> rules() {
    return rules;
  }

  /**
   * Returns the rules in force for petitions received on a day, in order of precedence, lowest first.
   *
   * @param dateReceived the day the petition was received, not null
   * @return the rules in force, possibly empty, not null
   */
  public ImmutableList<PetitionTimeLimit> inForceOn(LocalDate dateReceived) {
    requireNonNull(dateReceived, "dateReceived");
    return rules.stream().filter(r -> r.isInForceOn(dateReceived)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the time limit of a stage of a petition received on a day: the last rule of this book in force that
   * day that covers the stage, the kind and the circumstances.
   *
   * @param stage the stage, not null
   * @param kind the kind of petition, one for which the stage exists, not null
   * @param circumstances the facts of the case, not null
   * @param dateReceived the day the petition was received, not null
   * @return the rule, or empty if this book has none for the case on that day
   * @throws IllegalArgumentException if the stage does not exist for the kind, for example a filing limit for a
   *     denunciation
   */
  public Optional<PetitionTimeLimit> limitFor(
      PetitionStage stage, PetitionKind kind, Circumstances circumstances, LocalDate dateReceived) {
    requireNonNull(circumstances, "circumstances");
    requireNonNull(dateReceived, "dateReceived");
    checkArgument(
        stage.appliesTo(kind),
        "the stage %s (%s) exists for %s only, not for %s",
        stage,
        stage.vietnameseName(),
        stage.kinds(),
        kind);
    int chosen = -1;
    for (int i = 0; i < rules.size(); i++) {
      PetitionTimeLimit rule = rules.get(i);
      if (rule.isInForceOn(dateReceived) && rule.appliesTo(stage, kind, circumstances)) {
        chosen = i;
      }
    }
    if (chosen < 0) {
      return Optional.empty();
    }
    if (LOG.isDebugEnabled()) {
      logOverrides(chosen, stage, kind, circumstances, dateReceived);
    }
    return Optional.of(rules.get(chosen));
  }

  private void logOverrides(
      int index, PetitionStage stage, PetitionKind kind, Circumstances circumstances, LocalDate dateReceived) {
    PetitionTimeLimit chosen = rules.get(index);
    for (PetitionTimeLimit rule : rules.subList(0, index)) {
      if (rule.isInForceOn(dateReceived) && rule.appliesTo(stage, kind, circumstances)) {
        LOG.debug(
            "petition time limit {} ({}) overrides {} ({}) for {} of a {} in {} received on {}",
            chosen.name(),
            chosen.limit(),
            rule.name(),
            rule.limit(),
            stage,
            kind,
            circumstances,
            dateReceived);
      }
    }
  }

  /**
   * Returns the deadline of a stage of a petition received on a day, counted from the stage's event with no
   * extension: for example 7 working days to process a denunciation received on Friday 2026-02-13 are due on
   * Tuesday 2026-03-03, the Tết break skipped.
   *
   * @param stage the stage, not null
   * @param kind the kind of petition, one for which the stage exists, not null
   * @param circumstances the facts of the case, not null
   * @param dateReceived the day the petition was received, from 1900-01-01 to 2199-12-31, not null
   * @param eventDay the day of the stage's start event, for example the day of acceptance for a resolution, not null
   * @param calendar the calendar whose working days count, not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the stage does not exist for the kind
   * @throws IllegalArgumentException if the day received is outside the calendar's range
   * @throws IllegalArgumentException if this book has no rule for the case on the day received
   * @throws IllegalArgumentException if the event day or the due date falls outside the calendar's range
   */
  public Deadline deadline(
      PetitionStage stage,
      PetitionKind kind,
      Circumstances circumstances,
      LocalDate dateReceived,
      LocalDate eventDay,
      WorkingCalendar calendar) {
    return deadline(stage, kind, circumstances, dateReceived, eventDay, calendar, List.of());
  }

  /**
   * Returns the deadline of a stage of a petition received on a day, counted from the stage's event and extended
   * by the given days, one extension each: for example an especially complex denunciation accepted on 2026-07-01,
   * extended twice by 30 days, is due on 2026-09-29.
   *
   * @param stage the stage, not null
   * @param kind the kind of petition, one for which the stage exists, not null
   * @param circumstances the facts of the case, not null
   * @param dateReceived the day the petition was received, from 1900-01-01 to 2199-12-31, not null
   * @param eventDay the day of the stage's start event, not null
   * @param calendar the calendar whose working days count, not null
   * @param extensionDays the days of each extension granted, in order; at most as many as the rule allows, each
   *     from 1 to the rule's longest; not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the stage does not exist for the kind
   * @throws IllegalArgumentException if the day received is outside the calendar's range
   * @throws IllegalArgumentException if this book has no rule for the case on the day received
   * @throws IllegalArgumentException if there are more extensions than the rule allows, or one is longer than it
   *     allows or shorter than 1 day
   * @throws IllegalArgumentException if the event day or the due date falls outside the calendar's range
   */
  public Deadline deadline(
      PetitionStage stage,
      PetitionKind kind,
      Circumstances circumstances,
      LocalDate dateReceived,
      LocalDate eventDay,
      WorkingCalendar calendar,
      List<Integer> extensionDays) {
    requireNonNull(calendar, "calendar");
    requireNonNull(eventDay, "eventDay");
    requireNonNull(extensionDays, "extensionDays");
    checkArgument(
        !dateReceived.isBefore(WorkingCalendar.FIRST_DAY) && !dateReceived.isAfter(WorkingCalendar.LAST_DAY),
        "a working calendar covers %s to %s; the petition was received on %s",
        WorkingCalendar.FIRST_DAY,
        WorkingCalendar.LAST_DAY,
        dateReceived);
    PetitionTimeLimit rule =
        limitFor(stage, kind, circumstances, dateReceived)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "this rule book has no time limit for "
                            + stage
                            + " of a "
                            + kind
                            + " in "
                            + circumstances
                            + " received on "
                            + dateReceived));
    return rule.deadline(eventDay, calendar, extensionDays);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PetitionRuleBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the number of rules, for example "PetitionRuleBook[56 rules]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "PetitionRuleBook[" + rules.size() + " rules]";
  }
}
