package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule book of petitions: every rule the workflow of a {@link Petition} enforces and every time limit its
 * deadlines count, each a named {@link PetitionRule} with its legal basis, chosen by the day the law says. For example
 * {@code PetitionRuleBook.standard().limitFor(PetitionStage.ACCEPTANCE, PetitionKind.COMPLAINT,
 * Circumstances.ordinary(), LocalDate.of(2026, 7, 1))} gives the 7 working days of {@link
 * #COMPLAINT_ACCEPTANCE_FROM_2026}, and the same question for 2026-06-30 the 10 working days of {@link
 * #COMPLAINT_ACCEPTANCE_2020}; {@link #FORWARD_DENUNCIATION_ONCE} refuses to forward a denunciation whose content was
 * forwarded before.
 *
 * <p><b>One place for the law.</b> A petition handled under a book reads its rules from it and from nowhere else: how
 * many times and by how much a stage may be extended ({@link PetitionTimeLimit#maxExtensions()}), whether a step is
 * provided by the law in force (suspension, withdrawal, refusal), what an acceptance, a forwarding or a guidance
 * requires ({@link WorkflowRule}), and the time limit of each stage. An application that replaces a rule with {@link
 * #with(PetitionRule) with} changes the workflow and the deadlines alike.
 *
 * <p><b>The built-in rules</b>, {@link #standard()}, are the constants of this class, each with its instrument,
 * article and confirmation. Complaints follow Luật Khiếu nại 02/2011/QH13 with its circular and decree of each period;
 * denunciations received from 2012-07-01 to 2018-12-31 follow Luật Tố cáo 03/2011/QH13 (the {@code _2011} rules, for
 * example {@link #DENUNCIATION_ACCEPTANCE_2011}), those received from 2019-01-01 Luật Tố cáo 25/2018/QH14; matters
 * received at a reception Luật Tiếp công dân 42/2013/QH13; the Party's channel Quy định 30-QĐ/TW, 22-QĐ/TW and
 * 296-QĐ/TW. The three laws are amended from {@link #AMENDMENT_DAY}, 2026-07-01, by Luật 136/2025/QH15, whose text has
 * not been read: the constants that rest on them end on 2026-06-30, and {@link #standard()} carries each over from
 * 2026-07-01 as a rule named with the suffix {@code _FROM_2026}, its basis cited as amended and marked {@link
 * Confirmation#UNCONFIRMED}. Only the rules whose content is known to change are constants of their own ({@link
 * #COMPLAINT_ACCEPTANCE_FROM_2026}, {@link #COMPLAINT_SUSPENSION}). A case without a known rule (processing a
 * complaint under Thông tư 05/2021/TT-TTCP, say) has none: {@link #limitFor} answers empty.
 *
 * <p><b>An application's own rules</b> (a province's quy chế) come in with {@link #with(PetitionRule) with}: a rule of the
 * same name replaces the book's in its place; a new one comes last and, among time limits, takes precedence over the
 * earlier rules for the same stage, kind and circumstances on the days both are in force. The override is logged at
 * DEBUG, without any personal data. {@link #without(String) without} takes a rule out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class PetitionRuleBook {

  private static final Logger LOG = LoggerFactory.getLogger(PetitionRuleBook.class);

  /** The first day of the amended petition laws, Luật 136/2025/QH15: 2026-07-01. */
  public static final LocalDate AMENDMENT_DAY = Instruments.PETITION_LAWS_AMENDMENT_2025.inForceFrom();

  /** The suffix of a rule carried over to the amended laws by {@link #standard()}. */
  static final String CARRIED_OVER = "_FROM_2026";

  private static final LocalDate BEFORE_AMENDMENT = AMENDMENT_DAY.minusDays(1);

  /** The bases, held apart so that the constants can name them. */
  private static final class Bases {
    static final Instrument COMPLAINTS = Instruments.COMPLAINTS_LAW_2011;
    static final Instrument DENUNCIATIONS = Instruments.DENUNCIATIONS_LAW_2018;
    static final Instrument RECEPTION = Instruments.CITIZEN_RECEPTION_LAW_2013;

    static final LegalBasis KN_7 = beforeAmendment(COMPLAINTS, "Điều 7");
    static final LegalBasis KN_9 = beforeAmendment(COMPLAINTS, "Điều 9");
    static final LegalBasis KN_10 = beforeAmendment(COMPLAINTS, "Điều 10");
    static final LegalBasis KN_11 = beforeAmendment(COMPLAINTS, "Điều 11");
    static final LegalBasis KN_27 = beforeAmendment(COMPLAINTS, "Điều 27");
    static final LegalBasis KN_27_36 =
        LegalBasis.builder()
            .instrument(COMPLAINTS)
            .article("Điều 27 và 36")
            .inForceUntil(LocalDate.of(2013, 12, 15))
            .build();
    static final LegalBasis KN_28 = beforeAmendment(COMPLAINTS, "Điều 28");
    static final LegalBasis KN_32 = beforeAmendment(COMPLAINTS, "Điều 32");
    static final LegalBasis KN_33 = beforeAmendment(COMPLAINTS, "Điều 33");
    static final LegalBasis KN_37 = beforeAmendment(COMPLAINTS, "Điều 37");
    static final LegalBasis KN_41_1 = beforeAmendment(COMPLAINTS, "Điều 41, khoản 1");
    static final LegalBasis KN_44 = beforeAmendment(COMPLAINTS, "Điều 44");
    static final LegalBasis KN_11A =
        LegalBasis.builder()
            .instrument(COMPLAINTS)
            .article("Điều 11a")
            .inForceFrom(AMENDMENT_DAY)
            .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
            .confirmation(Confirmation.REPORTED)
            .build();
    static final LegalBasis TT_07_2013 =
        LegalBasis.builder()
            .instrument(Instruments.CIRCULAR_07_2013_TTCP)
            .article("Điều 5, khoản 1 (văn bản ban đầu)")
            .inForceUntil(Instruments.CIRCULAR_02_2016_TTCP.inForceFrom().minusDays(1))
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    static final LegalBasis TT_07_2013_AMENDED =
        LegalBasis.builder()
            .instrument(Instruments.CIRCULAR_07_2013_TTCP)
            .article("Điều 5, khoản 1")
            .inForceFrom(Instruments.CIRCULAR_02_2016_TTCP.inForceFrom())
            .inForceUntil(Instruments.DECREE_124_2020.inForceFrom().minusDays(1))
            .addAsAmendedBy(Instruments.CIRCULAR_02_2016_TTCP)
            .confirmation(Confirmation.VERIFIED)
            .build();
    static final LegalBasis ND_124_16_1 =
        LegalBasis.builder()
            .instrument(Instruments.DECREE_124_2020)
            .article("Điều 16, khoản 1")
            .inForceUntil(BEFORE_AMENDMENT)
            .build();
    static final LegalBasis ND_124_3A =
        LegalBasis.builder()
            .instrument(Instruments.DECREE_124_2020)
            .article("Điều 3a (vụ việc phức tạp trong giải quyết khiếu nại)")
            .inForceFrom(AMENDMENT_DAY)
            .addAsAmendedBy(Instruments.DECREE_155_2026)
            .confirmation(Confirmation.REPORTED)
            .build();
    static final LegalBasis PARTY_CONGRESS =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_INSPECTION_GUIDANCE)
            .article("đơn tố cáo nhận được trước đại hội chuyển cấp ủy khóa mới giải quyết")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    static final LegalBasis ND_124_16_1_AMENDED =
        LegalBasis.builder()
            .instrument(Instruments.DECREE_124_2020)
            .article("Điều 16, khoản 1")
            .inForceFrom(AMENDMENT_DAY)
            .addAsAmendedBy(Instruments.DECREE_155_2026)
            .build();
    static final LegalBasis TC_2011_20_1 = denunciations2011("Điều 20, khoản 1", Confirmation.REPORTED);
    static final LegalBasis TC_2011_20_1_A = denunciations2011("Điều 20, khoản 1, điểm a", Confirmation.VERIFIED);
    static final LegalBasis TC_2011_20_1_B = denunciations2011("Điều 20, khoản 1, điểm b", Confirmation.VERIFIED);
    static final LegalBasis TC_2011_21 = denunciations2011("Điều 21", Confirmation.REPORTED);
    static final LegalBasis TC_2011_UNREAD =
        denunciations2011(
            "điều khoản chưa xác định; áp dụng như " + DENUNCIATIONS.name(), Confirmation.UNCONFIRMED);
    static final LegalBasis TC_24_1 = beforeAmendment(DENUNCIATIONS, "Điều 24, khoản 1");
    static final LegalBasis TC_24_2 = beforeAmendment(DENUNCIATIONS, "Điều 24, khoản 2");
    static final LegalBasis TC_29_1_C = beforeAmendment(DENUNCIATIONS, "Điều 29, khoản 1, điểm c");
    static final LegalBasis TC_29_3 = beforeAmendment(DENUNCIATIONS, "Điều 29, khoản 3");
    static final LegalBasis TC_30 = beforeAmendment(DENUNCIATIONS, "Điều 30");
    static final LegalBasis TC_33 = beforeAmendment(DENUNCIATIONS, "Điều 33");
    static final LegalBasis TC_34 = beforeAmendment(DENUNCIATIONS, "Điều 34");
    static final LegalBasis TCD_28_1 = beforeAmendment(RECEPTION, "Điều 28, khoản 1");
    static final LegalBasis TCD_28_2 = beforeAmendment(RECEPTION, "Điều 28, khoản 2");
    static final LegalBasis TT_07_2014_6 = LegalBasis.of(Instruments.CIRCULAR_07_2014_TTCP, "Điều 6, khoản 2");
    static final LegalBasis TT_05_2021_13 = LegalBasis.of(Instruments.CIRCULAR_05_2021_TTCP, "Điều 13");
    static final LegalBasis TT_05_2021_14 = LegalBasis.of(Instruments.CIRCULAR_05_2021_TTCP, "Điều 14");
    static final LegalBasis TT_05_2021_GUIDANCE =
        LegalBasis.builder()
            .instrument(Instruments.CIRCULAR_05_2021_TTCP)
            .article(
                "hướng dẫn một lần về cùng nội dung, như "
                    + Instruments.CIRCULAR_07_2014_TTCP.name()
                    + ", Điều 6, khoản 2")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    static final LegalBasis QD_11 =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_REGULATION_11_2019)
            .article("thông báo bằng văn bản trong 10 ngày làm việc")
            .inForceUntil(Instruments.PARTY_CONCLUSION_215_2025.inForceFrom().minusDays(1))
            .build();
    static final LegalBasis QD_11_AFTER_KL_215 =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_REGULATION_11_2019)
            .article("thông báo bằng văn bản trong 10 ngày làm việc")
            .inForceFrom(Instruments.PARTY_CONCLUSION_215_2025.inForceFrom())
            .addAsAmendedBy(Instruments.PARTY_CONCLUSION_215_2025)
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    static final String PARTY_TIME = "thời hạn giải quyết tố cáo đối với đảng viên";
    static final LegalBasis QD_30 = LegalBasis.of(Instruments.PARTY_REGULATION_30_2016, PARTY_TIME);
    static final LegalBasis QD_22 =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_REGULATION_22_2021)
            .article(PARTY_TIME + " (Hướng dẫn 02-HD/TW)")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    static final LegalBasis QD_296 =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_REGULATION_296_2025)
            .article(PARTY_TIME + " (chưa đọc; như " + Instruments.PARTY_REGULATION_22_2021.name() + ")")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();

    private Bases() {}

    private static LegalBasis beforeAmendment(Instrument law, String article) {
      return LegalBasis.builder().instrument(law).article(article).inForceUntil(BEFORE_AMENDMENT).build();
    }

    private static LegalBasis denunciations2011(String article, Confirmation confirmation) {
      return LegalBasis.builder()
          .instrument(Instruments.DENUNCIATIONS_LAW_2011)
          .article(article)
          .confirmation(confirmation)
          .build();
    }
  }

  private static final EnumSet<Level> BELOW_CENTRAL = EnumSet.complementOf(EnumSet.of(Level.CENTRAL));

  // ---- time limits: complaints ----------------------------------------------------------------------------------

  /**
   * Thời hiệu khiếu nại: a complaint is filed within 90 days of receiving or learning of the administrative decision
   * or act (Luật Khiếu nại 02/2011/QH13, Điều 9); time lost to illness, disaster, war, distant travel or other
   * objective obstacles does not count. Denunciations have no filing limit.
   */
  public static final PetitionTimeLimit COMPLAINT_FILING_LIMIT =
      limit("COMPLAINT_FILING_LIMIT", PetitionStage.FILING_LIMIT, 90, DayCount.CALENDAR_DAYS, Bases.KN_9)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * Thụ lý, to 2013-12-15: a complaint, first or second, is accepted within 10 days of receipt (Luật Khiếu nại
   * 02/2011/QH13, Điều 27 and 36: "Trong thời hạn 10 ngày, kể từ ngày nhận được khiếu nại"). The Law says "ngày", so
   * they are calendar days.
   */
  public static final PetitionTimeLimit COMPLAINT_ACCEPTANCE_2012 =
      limit("COMPLAINT_ACCEPTANCE_2012", PetitionStage.ACCEPTANCE, 10, DayCount.CALENDAR_DAYS, Bases.KN_27_36)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * Thụ lý, from 2013-12-16 to 2016-12-04: within 10 working days of receipt, as Thông tư 07/2013/TT-TTCP, Điều 5,
   * khoản 1 reads in its amended text. <b>Unconfirmed</b> for this period: whether the circular's first text, before
   * Thông tư 02/2016/TT-TTCP amended it, said "ngày làm việc" has not been read.
   */
  public static final PetitionTimeLimit COMPLAINT_ACCEPTANCE_2013 =
      limit("COMPLAINT_ACCEPTANCE_2013", PetitionStage.ACCEPTANCE, 10, DayCount.WORKING_DAYS, Bases.TT_07_2013)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * Thụ lý, from 2016-12-05 to 2020-12-03: "Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được khiếu nại … người
   * có thẩm quyền giải quyết khiếu nại lần đầu hoặc lần hai phải thụ lý giải quyết" (Thông tư 07/2013/TT-TTCP, Điều
   * 5, khoản 1, as amended by Thông tư 02/2016/TT-TTCP).
   */
  public static final PetitionTimeLimit COMPLAINT_ACCEPTANCE =
      limit("COMPLAINT_ACCEPTANCE", PetitionStage.ACCEPTANCE, 10, DayCount.WORKING_DAYS, Bases.TT_07_2013_AMENDED)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * Thụ lý, from 2020-12-04 to 2026-06-30: within 10 working days of receipt under Nghị định 124/2020/NĐ-CP, Điều
   * 16, khoản 1. <b>Unconfirmed</b>: the decree's text has not been read; the figure is the circular's, which the
   * decree took over.
   */
  public static final PetitionTimeLimit COMPLAINT_ACCEPTANCE_2020 =
      limit("COMPLAINT_ACCEPTANCE_2020", PetitionStage.ACCEPTANCE, 10, DayCount.WORKING_DAYS, Bases.ND_124_16_1)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * Thụ lý from 2026-07-01: "Trong thời hạn 07 ngày làm việc, kể từ ngày nhận được khiếu nại … phải thụ lý giải
   * quyết" (Nghị định 124/2020/NĐ-CP, Điều 16, khoản 1, as amended by Nghị định 155/2026/NĐ-CP, Điều 10), read from
   * a transcription of the decree: <b>unconfirmed</b>.
   */
  public static final PetitionTimeLimit COMPLAINT_ACCEPTANCE_FROM_2026 =
      limit(
              "COMPLAINT_ACCEPTANCE" + CARRIED_OVER,
              PetitionStage.ACCEPTANCE,
              7,
              DayCount.WORKING_DAYS,
              Bases.ND_124_16_1_AMENDED)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * A first complaint is resolved within 30 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều 28). The Law says
   * "ngày"; no text found makes them working days, so they are calendar days counted under the Civil Code. An
   * application that counts otherwise supplies its own rule.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION =
      resolution("COMPLAINT_RESOLUTION", 30, Bases.KN_28, ComplaintRound.FIRST, false, AreaType.ORDINARY);

  /**
   * A complex first complaint is resolved within 45 days of acceptance: "đối với vụ việc phức tạp thì thời hạn giải
   * quyết có thể kéo dài hơn nhưng không quá 45 ngày, kể từ ngày thụ lý" (Luật Khiếu nại 02/2011/QH13, Điều 28). The
   * longer time is the whole limit, not an extension: a complaint is not extended.
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_COMPLEX =
      resolution("COMPLAINT_RESOLUTION_COMPLEX", 45, Bases.KN_28, ComplaintRound.FIRST, true, AreaType.ORDINARY);

  /**
   * A first complaint in a remote area is resolved within 45 days of acceptance, 15 more than elsewhere (Luật Khiếu
   * nại 02/2011/QH13, Điều 28).
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_REMOTE =
      resolution("COMPLAINT_RESOLUTION_REMOTE", 45, Bases.KN_28, ComplaintRound.FIRST, false, AreaType.REMOTE);

  /**
   * A complex first complaint in a remote area is resolved within 60 days of acceptance (Luật Khiếu nại 02/2011/QH13,
   * Điều 28).
   */
  public static final PetitionTimeLimit COMPLAINT_RESOLUTION_REMOTE_COMPLEX =
      resolution("COMPLAINT_RESOLUTION_REMOTE_COMPLEX", 60, Bases.KN_28, ComplaintRound.FIRST, true, AreaType.REMOTE);

  /**
   * A second complaint is resolved within 45 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều 37), calendar days
   * as for {@link #COMPLAINT_RESOLUTION}.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION =
      resolution("SECOND_COMPLAINT_RESOLUTION", 45, Bases.KN_37, ComplaintRound.SECOND, false, AreaType.ORDINARY);

  /** A complex second complaint is resolved within 60 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều 37). */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_COMPLEX =
      resolution(
          "SECOND_COMPLAINT_RESOLUTION_COMPLEX", 60, Bases.KN_37, ComplaintRound.SECOND, true, AreaType.ORDINARY);

  /**
   * A second complaint in a remote area is resolved within 60 days of acceptance (Luật Khiếu nại 02/2011/QH13, Điều
   * 37).
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_REMOTE =
      resolution(
          "SECOND_COMPLAINT_RESOLUTION_REMOTE", 60, Bases.KN_37, ComplaintRound.SECOND, false, AreaType.REMOTE);

  /**
   * A complex second complaint in a remote area is resolved within 70 days of acceptance (Luật Khiếu nại
   * 02/2011/QH13, Điều 37).
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX =
      resolution(
          "SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX", 70, Bases.KN_37, ComplaintRound.SECOND, true, AreaType.REMOTE);

  /**
   * A second complaint is lodged within 30 days: "Trong thời hạn 30 ngày, kể từ ngày hết thời hạn giải quyết khiếu
   * nại quy định tại Điều 28 của Luật này mà khiếu nại lần đầu không được giải quyết hoặc kể từ ngày nhận được quyết
   * định giải quyết khiếu nại lần đầu mà người khiếu nại không đồng ý" (Luật Khiếu nại 02/2011/QH13, Điều 33, khoản
   * 1). The window runs from the day the complainant received the first decision ({@link
   * Petition#recordDecisionReceipt}), not the day of the decision; where the first-round time limit expired without
   * a decision, from its last day. A decision whose receipt is not recorded opens no window until then.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_WINDOW =
      limit("SECOND_COMPLAINT_WINDOW", PetitionStage.SECOND_COMPLAINT_WINDOW, 30, DayCount.CALENDAR_DAYS, Bases.KN_33)
          .addKinds(PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addAreas(AreaType.ORDINARY)
          .build();

  /**
   * In a remote area a second complaint is lodged within 45 days (Luật Khiếu nại 02/2011/QH13, Điều 33, khoản 1:
   * "đối với vùng sâu, vùng xa đi lại khó khăn thì thời hạn có thể kéo dài hơn nhưng không quá 45 ngày"), from the
   * same day as {@link #SECOND_COMPLAINT_WINDOW}.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_WINDOW_REMOTE =
      limit(
              "SECOND_COMPLAINT_WINDOW_REMOTE",
              PetitionStage.SECOND_COMPLAINT_WINDOW,
              45,
              DayCount.CALENDAR_DAYS,
              Bases.KN_33)
          .addKinds(PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * A complaint decision becomes final 30 days after its issue if no further complaint is lodged (Luật Khiếu nại
   * 02/2011/QH13, Điều 44).
   */
  public static final PetitionTimeLimit COMPLAINT_FINALITY =
      limit("COMPLAINT_FINALITY", PetitionStage.FINALITY, 30, DayCount.CALENDAR_DAYS, Bases.KN_44)
          .addKinds(PetitionKind.COMPLAINT)
          .addAreas(AreaType.ORDINARY)
          .build();

  /** In a remote area a complaint decision becomes final 45 days after its issue (Luật Khiếu nại, Điều 44). */
  public static final PetitionTimeLimit COMPLAINT_FINALITY_REMOTE =
      limit("COMPLAINT_FINALITY_REMOTE", PetitionStage.FINALITY, 45, DayCount.CALENDAR_DAYS, Bases.KN_44)
          .addKinds(PetitionKind.COMPLAINT)
          .addAreas(AreaType.REMOTE)
          .build();

  /**
   * The first-time decision is sent within 3 working days of the day of the decision: "Trong thời hạn 03 ngày làm
   * việc, kể từ ngày có quyết định giải quyết khiếu nại, người giải quyết khiếu nại lần đầu có trách nhiệm gửi quyết
   * định giải quyết khiếu nại" (Luật Khiếu nại 02/2011/QH13, Điều 32).
   */
  public static final PetitionTimeLimit COMPLAINT_DECISION_DISPATCH =
      limit("COMPLAINT_DECISION_DISPATCH", PetitionStage.DECISION_DISPATCH, 3, DayCount.WORKING_DAYS, Bases.KN_32)
          .addKinds(PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.FIRST)
          .build();

  /**
   * The second-time decision is sent within 7 days of the day of the decision: "Trong thời hạn 07 ngày, kể từ ngày
   * có quyết định giải quyết khiếu nại, người giải quyết khiếu nại lần hai phải gửi quyết định giải quyết khiếu nại"
   * (Luật Khiếu nại 02/2011/QH13, Điều 41, khoản 1). The Law says "ngày": calendar days.
   */
  public static final PetitionTimeLimit SECOND_COMPLAINT_DECISION_DISPATCH =
      limit(
              "SECOND_COMPLAINT_DECISION_DISPATCH",
              PetitionStage.DECISION_DISPATCH,
              7,
              DayCount.CALENDAR_DAYS,
              Bases.KN_41_1)
          .addKinds(PetitionKind.COMPLAINT)
          .addRounds(ComplaintRound.SECOND)
          .build();

  // ---- time limits: denunciations under the law of 2011 ---------------------------------------------------------

  /**
   * Under the law of 2011 a denunciation is checked and accepted or refused within 10 days of receipt; where it must
   * be checked at several places, "thời hạn … có thể dài hơn nhưng không quá 15 ngày" (Luật Tố cáo 03/2011/QH13,
   * Điều 20, khoản 1): the time may be extended once, to 15 days in all, so by at most 5 days. Calendar days, as the
   * Law says "ngày".
   */
  public static final PetitionTimeLimit DENUNCIATION_ACCEPTANCE_2011 =
      limit(
              "DENUNCIATION_ACCEPTANCE_2011",
              PetitionStage.ACCEPTANCE,
              10,
              DayCount.CALENDAR_DAYS,
              Bases.TC_2011_20_1_A)
          .addKinds(PetitionKind.DENUNCIATION)
          .maxExtensions(1)
          .maxExtensionDays(5)
          .build();

  /**
   * Under the law of 2011 a denunciation outside the receiver's competence is forwarded within 5 working days (Luật
   * Tố cáo 03/2011/QH13, Điều 20, khoản 1, điểm b).
   */
  public static final PetitionTimeLimit DENUNCIATION_FORWARDING_2011 =
      limit(
              "DENUNCIATION_FORWARDING_2011",
              PetitionStage.FORWARDING,
              5,
              DayCount.WORKING_DAYS,
              Bases.TC_2011_20_1_B)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * Under the law of 2011 a denunciation is resolved within 60 days of acceptance, extended once by at most 30 days
   * (Luật Tố cáo 03/2011/QH13, Điều 21, as reported: the article's text has not been read).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_2011 =
      limit("DENUNCIATION_RESOLUTION_2011", PetitionStage.RESOLUTION, 60, DayCount.CALENDAR_DAYS, Bases.TC_2011_21)
          .addKinds(PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.NORMAL)
          .maxExtensions(1)
          .maxExtensionDays(30)
          .build();

  /**
   * Under the law of 2011 a complex denunciation is resolved within 90 days of acceptance, extended once by at most 60
   * days (Luật Tố cáo 03/2011/QH13, Điều 21, as reported).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_COMPLEX_2011 =
      limit(
              "DENUNCIATION_RESOLUTION_COMPLEX_2011",
              PetitionStage.RESOLUTION,
              90,
              DayCount.CALENDAR_DAYS,
              Bases.TC_2011_21)
          .addKinds(PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX)
          .maxExtensions(1)
          .maxExtensionDays(60)
          .build();

  // ---- time limits: denunciations under the law of 2018 ---------------------------------------------------------

  /**
   * A denunciation is registered, classified and checked within 7 working days of receipt; where it must be checked
   * at several places or the check delegated, "thời hạn này có thể kéo dài hơn nhưng không quá 10 ngày làm việc"
   * (Luật Tố cáo 25/2018/QH14, Điều 24, khoản 1): the time may be extended once, to 10 working days in all, so by at
   * most 3 working days.
   */
  public static final PetitionTimeLimit DENUNCIATION_PROCESSING =
      limit("DENUNCIATION_PROCESSING", PetitionStage.PROCESSING, 7, DayCount.WORKING_DAYS, Bases.TC_24_1)
          .addKinds(PetitionKind.DENUNCIATION)
          .maxExtensions(1)
          .maxExtensionDays(3)
          .build();

  /**
   * A denunciation outside the receiver's competence is forwarded within 5 working days of receipt, and the
   * denouncer told (Luật Tố cáo 25/2018/QH14, Điều 24, khoản 2).
   */
  public static final PetitionTimeLimit DENUNCIATION_FORWARDING =
      limit("DENUNCIATION_FORWARDING", PetitionStage.FORWARDING, 5, DayCount.WORKING_DAYS, Bases.TC_24_2)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * The denouncer and the accused are told of the acceptance within 5 working days of the decision to accept (Luật
   * Tố cáo 25/2018/QH14, Điều 29, khoản 3).
   */
  public static final PetitionTimeLimit DENUNCIATION_ACCEPTANCE_NOTICE =
      limit(
              "DENUNCIATION_ACCEPTANCE_NOTICE",
              PetitionStage.ACCEPTANCE_NOTICE,
              5,
              DayCount.WORKING_DAYS,
              Bases.TC_29_3)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * A denunciation is resolved within 30 days of acceptance, with no extension unless complex (Luật Tố cáo
   * 25/2018/QH14, Điều 30, khoản 1).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION =
      limit("DENUNCIATION_RESOLUTION", PetitionStage.RESOLUTION, 30, DayCount.CALENDAR_DAYS, Bases.TC_30)
          .addKinds(PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.NORMAL)
          .build();

  /**
   * A complex denunciation is resolved within 30 days of acceptance, extended once by at most 30 days (Luật Tố cáo
   * 25/2018/QH14, Điều 30, khoản 2).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_COMPLEX =
      limit("DENUNCIATION_RESOLUTION_COMPLEX", PetitionStage.RESOLUTION, 30, DayCount.CALENDAR_DAYS, Bases.TC_30)
          .addKinds(PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.COMPLEX)
          .maxExtensions(1)
          .maxExtensionDays(30)
          .build();

  /**
   * An especially complex denunciation is resolved within 30 days of acceptance, extended twice by at most 30 days
   * each (Luật Tố cáo 25/2018/QH14, Điều 30, khoản 3).
   */
  public static final PetitionTimeLimit DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX =
      limit(
              "DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX",
              PetitionStage.RESOLUTION,
              30,
              DayCount.CALENDAR_DAYS,
              Bases.TC_30)
          .addKinds(PetitionKind.DENUNCIATION)
          .addComplexities(Complexity.ESPECIALLY_COMPLEX)
          .maxExtensions(2)
          .maxExtensionDays(30)
          .build();

  // ---- time limits: matters received at a reception -------------------------------------------------------------

  /**
   * Within 10 working days of receiving a matter at a reception, the receiver tells the citizen whether it was
   * accepted, needs more time, was refused or was forwarded (Luật Tiếp công dân 42/2013/QH13, Điều 28, khoản 1).
   */
  public static final PetitionTimeLimit RECEIPT_NOTICE =
      limit("RECEIPT_NOTICE", PetitionStage.RECEIPT_NOTICE, 10, DayCount.WORKING_DAYS, Bases.TCD_28_1)
          .addAllKinds(EnumSet.allOf(PetitionKind.class))
          .build();

  /**
   * The result of a matter handled elsewhere is relayed to the citizen within 5 working days of its arrival, and only
   * to one who asked for it: "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được thông báo quy định tại khoản 2
   * Điều 27 của Luật này, … Ban tiếp công dân có trách nhiệm thông báo cho người khiếu nại, tố cáo về kết quả giải
   * quyết khiếu nại, tố cáo trong trường hợp người đó đã có yêu cầu trước đó" (Luật Tiếp công dân 42/2013/QH13, Điều
   * 28, khoản 2). The time counts from the result's arrival ({@link Petition#recordResult}); the duty arises only
   * where {@link Intake#resultRequested()} ({@link PetitionTimeLimit#onRequestOnly()}).
   */
  public static final PetitionTimeLimit RESULT_RELAY =
      limit("RESULT_RELAY", PetitionStage.RESULT_RELAY, 5, DayCount.WORKING_DAYS, Bases.TCD_28_2)
          .addAllKinds(EnumSet.allOf(PetitionKind.class))
          .onRequestOnly(true)
          .build();

  // ---- time limits: the Party's channel -------------------------------------------------------------------------

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
          .limit(TimeLimit.workingDays(10, Bases.QD_11))
          .validity(Bases.QD_11.validity())
          .build();

  /**
   * {@link #PARTY_HEAD_RECEIPT_NOTICE} after Kết luận 215-KL/TW, for matters received from 2025-11-23.
   * <b>Unconfirmed</b>: the conclusion changed who must receive citizens; whether it changed this notice has not
   * been read.
   */
  public static final PetitionTimeLimit PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215 =
      PetitionTimeLimit.builder()
          .from(PARTY_HEAD_RECEIPT_NOTICE)
          .name("PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215")
          .limit(TimeLimit.workingDays(10, Bases.QD_11_AFTER_KL_215))
          .validity(Bases.QD_11_AFTER_KL_215.validity())
          .build();

  /**
   * In the Party's channel, a denunciation of a party member is resolved within 90 working days below the central
   * level, extended once by at most 30 days (Quy định 30-QĐ/TW and its guidance, as reported), for denunciations
   * received from 2016-07-26 to 2021-07-27. The time runs from the day the competent Party body received the letter,
   * not the day the office did: "phải được tính từ ngày tổ chức đảng có thẩm quyền giải quyết tố cáo nhận được đơn"
   * (guidance of the Ủy ban Kiểm tra Trung ương, as reported), that is {@link Intake#partyDayReceived()}. A letter
   * the office forwards starts no clock in the office; it starts at the body that receives it.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION =
      PetitionTimeLimit.builder()
          .name("PARTY_RESOLUTION")
          .stage(PetitionStage.PARTY_RESOLUTION)
          .addKind(PetitionKind.DENUNCIATION)
          .addAllLevels(BELOW_CENTRAL)
          .limit(TimeLimit.workingDays(90, Bases.QD_30))
          .validity(Bases.QD_30.validity())
          .maxExtensions(1)
          .maxExtensionDays(30)
          .build();

  /** {@link #PARTY_RESOLUTION} at the central level: 180 working days (Quy định 30-QĐ/TW, as reported). */
  public static final PetitionTimeLimit PARTY_RESOLUTION_CENTRAL =
      PetitionTimeLimit.builder()
          .from(PARTY_RESOLUTION)
          .name("PARTY_RESOLUTION_CENTRAL")
          .levels(EnumSet.of(Level.CENTRAL))
          .limit(TimeLimit.workingDays(180, Bases.QD_30))
          .build();

  /**
   * {@link #PARTY_RESOLUTION} carried over to Quy định 22-QĐ/TW, for denunciations received from 2021-07-28 to
   * 2025-05-29. <b>Unconfirmed</b>: the time limits of Quy định 22-QĐ/TW and Hướng dẫn 02-HD/TW have not been read
   * and may differ from 90 working days; an application that knows them supplies its own rule.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION_FROM_QD_22 = party(PARTY_RESOLUTION, "_FROM_QD_22", Bases.QD_22);

  /** {@link #PARTY_RESOLUTION_CENTRAL} carried over to Quy định 22-QĐ/TW. <b>Unconfirmed</b>, as above. */
  public static final PetitionTimeLimit PARTY_RESOLUTION_CENTRAL_FROM_QD_22 =
      party(PARTY_RESOLUTION_CENTRAL, "_FROM_QD_22", Bases.QD_22);

  /**
   * {@link #PARTY_RESOLUTION} carried over to Quy định 296-QĐ/TW, which replaced Quy định 22-QĐ/TW from 2025-05-30,
   * for denunciations received from that day. <b>Unconfirmed</b>: the regulation has not been read; the figures
   * reported for its predecessors (90 working days, 180 at the centre, one extension of 30) are kept.
   */
  public static final PetitionTimeLimit PARTY_RESOLUTION_FROM_QD_296 =
      party(PARTY_RESOLUTION, "_FROM_QD_296", Bases.QD_296);

  /** {@link #PARTY_RESOLUTION_CENTRAL} carried over to Quy định 296-QĐ/TW. <b>Unconfirmed</b>, as above. */
  public static final PetitionTimeLimit PARTY_RESOLUTION_CENTRAL_FROM_QD_296 =
      party(PARTY_RESOLUTION_CENTRAL, "_FROM_QD_296", Bases.QD_296);

  /**
   * A denunciation that the competent Party body of a grassroots organisation (tổ chức cơ sở đảng) received within
   * 25 working days before its congress opens is handed to the committee the congress elects, not resolved by the
   * outgoing one (guidance of the Ủy ban Kiểm tra Trung ương, as reported; <b>unconfirmed</b>: the guidance's number
   * and first day were not found, and the rule is data an application replaces). The rule book applies it only when
   * the application gives the congress's opening day ({@link Intake#congressOpening()}); the 25 working days count
   * from the day the competent body received the letter ({@link Intake#partyDayReceived()}), and a congress opening
   * on or before their last day hands the denunciation over ({@link #congressHandover}). The outgoing committee then
   * has no time limit for it; the new committee's runs from the day it receives the letter.
   */
  public static final PetitionTimeLimit PARTY_CONGRESS_HANDOVER =
      PetitionTimeLimit.builder()
          .name("PARTY_CONGRESS_HANDOVER")
          .stage(PetitionStage.CONGRESS_HANDOVER)
          .addKind(PetitionKind.DENUNCIATION)
          .addLevels(Level.GRASSROOTS)
          .limit(TimeLimit.workingDays(25, Bases.PARTY_CONGRESS))
          .validity(Bases.PARTY_CONGRESS.validity())
          .build();

  /**
   * {@link #PARTY_CONGRESS_HANDOVER} above the grassroots level: 30 working days before the congress opens (guidance
   * of the Ủy ban Kiểm tra Trung ương, as reported; <b>unconfirmed</b>).
   */
  public static final PetitionTimeLimit PARTY_CONGRESS_HANDOVER_ABOVE_GRASSROOTS =
      PetitionTimeLimit.builder()
          .from(PARTY_CONGRESS_HANDOVER)
          .name("PARTY_CONGRESS_HANDOVER_ABOVE_GRASSROOTS")
          .levels(EnumSet.complementOf(EnumSet.of(Level.GRASSROOTS)))
          .limit(TimeLimit.workingDays(30, Bases.PARTY_CONGRESS))
          .build();

  // ---- workflow rules: acceptance, forwarding, guidance ---------------------------------------------------------

  /**
   * Only a letter eligible for processing is accepted: Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2 classifies letters
   * by the conditions of processing, and one that does not meet them is not processed. For petitions received from
   * 2014-12-15 to 2021-11-14.
   */
  public static final WorkflowRule ACCEPT_ONLY_ELIGIBLE_2014 =
      workflow("ACCEPT_ONLY_ELIGIBLE_2014", PetitionCommand.ACCEPT, Requirement.ELIGIBLE, Bases.TT_07_2014_6).build();

  /**
   * Only a letter eligible for processing is accepted (Thông tư 05/2021/TT-TTCP, Điều 13), for petitions received
   * from 2021-11-15.
   */
  public static final WorkflowRule ACCEPT_ONLY_ELIGIBLE =
      workflow("ACCEPT_ONLY_ELIGIBLE", PetitionCommand.ACCEPT, Requirement.ELIGIBLE, Bases.TT_05_2021_13).build();

  /**
   * A complaint is accepted by the person competent to resolve it: "khiếu nại … thuộc thẩm quyền giải quyết của
   * mình" (Luật Khiếu nại 02/2011/QH13, Điều 27).
   */
  public static final WorkflowRule ACCEPT_COMPLAINT_WITHIN_COMPETENCE =
      workflow(
              "ACCEPT_COMPLAINT_WITHIN_COMPETENCE",
              PetitionCommand.ACCEPT,
              Requirement.WITHIN_COMPETENCE,
              Bases.KN_27)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * A denunciation is accepted only within the receiver's competence (Luật Tố cáo 03/2011/QH13, Điều 20, khoản 1),
   * for denunciations received from 2012-07-01 to 2018-12-31.
   */
  public static final WorkflowRule ACCEPT_DENUNCIATION_WITHIN_COMPETENCE_2011 =
      workflow(
              "ACCEPT_DENUNCIATION_WITHIN_COMPETENCE_2011",
              PetitionCommand.ACCEPT,
              Requirement.WITHIN_COMPETENCE,
              Bases.TC_2011_20_1)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * A denunciation is accepted only within the receiver's competence (Luật Tố cáo 25/2018/QH14, Điều 29, khoản 1,
   * điểm c).
   */
  public static final WorkflowRule ACCEPT_DENUNCIATION_WITHIN_COMPETENCE =
      workflow(
              "ACCEPT_DENUNCIATION_WITHIN_COMPETENCE",
              PetitionCommand.ACCEPT,
              Requirement.WITHIN_COMPETENCE,
              Bases.TC_29_1_C)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * A recommendation, a feedback or a mixed letter is accepted for handling only within the receiver's competence;
   * one that is not is refused or forwarded (Luật Tiếp công dân 42/2013/QH13, Điều 28, khoản 1).
   */
  public static final WorkflowRule ACCEPT_MATTER_WITHIN_COMPETENCE =
      workflow(
              "ACCEPT_MATTER_WITHIN_COMPETENCE",
              PetitionCommand.ACCEPT,
              Requirement.WITHIN_COMPETENCE,
              Bases.TCD_28_1)
          .addKinds(PetitionKind.RECOMMENDATION, PetitionKind.FEEDBACK, PetitionKind.MIXED)
          .build();

  /**
   * A denunciation is forwarded only when it is outside the receiver's competence (Luật Tố cáo 03/2011/QH13, Điều
   * 20, khoản 1, điểm b), for denunciations received from 2012-07-01 to 2018-12-31.
   */
  public static final WorkflowRule FORWARD_DENUNCIATION_OUTSIDE_COMPETENCE_2011 =
      workflow(
              "FORWARD_DENUNCIATION_OUTSIDE_COMPETENCE_2011",
              PetitionCommand.FORWARD,
              Requirement.OUTSIDE_COMPETENCE,
              Bases.TC_2011_20_1_B)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * A denunciation is forwarded only when it is outside the receiver's competence (Luật Tố cáo 25/2018/QH14, Điều 24,
   * khoản 2).
   */
  public static final WorkflowRule FORWARD_DENUNCIATION_OUTSIDE_COMPETENCE =
      workflow(
              "FORWARD_DENUNCIATION_OUTSIDE_COMPETENCE",
              PetitionCommand.FORWARD,
              Requirement.OUTSIDE_COMPETENCE,
              Bases.TC_24_2)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * A complaint, a recommendation, a feedback or a mixed letter is forwarded only when it is outside the receiver's
   * competence (Luật Tiếp công dân 42/2013/QH13, Điều 28, khoản 1).
   */
  public static final WorkflowRule FORWARD_MATTER_OUTSIDE_COMPETENCE =
      workflow(
              "FORWARD_MATTER_OUTSIDE_COMPETENCE",
              PetitionCommand.FORWARD,
              Requirement.OUTSIDE_COMPETENCE,
              Bases.TCD_28_1)
          .addKinds(PetitionKind.COMPLAINT, PetitionKind.RECOMMENDATION, PetitionKind.FEEDBACK, PetitionKind.MIXED)
          .build();

  /**
   * A denunciation of the same content is forwarded only once: "Việc chuyển đơn … chỉ thực hiện một lần đối với đơn
   * tố cáo có cùng nội dung" (Thông tư 05/2021/TT-TTCP, Điều 14), for denunciations received from 2021-11-15.
   */
  public static final WorkflowRule FORWARD_DENUNCIATION_ONCE =
      workflow(
              "FORWARD_DENUNCIATION_ONCE",
              PetitionCommand.FORWARD,
              Requirement.NOT_FORWARDED_BEFORE,
              Bases.TT_05_2021_14)
          .addKinds(PetitionKind.DENUNCIATION)
          .build();

  /**
   * A petitioner is guided once on the same content: a letter "đã được hướng dẫn một lần về cùng nội dung" is not
   * processed again (Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2), for petitions received from 2014-12-15 to
   * 2021-11-14.
   */
  public static final WorkflowRule GUIDE_ONCE_2014 =
      workflow("GUIDE_ONCE_2014", PetitionCommand.GUIDE, Requirement.NOT_GUIDED_BEFORE, Bases.TT_07_2014_6).build();

  /**
   * A petitioner is guided once on the same content under Thông tư 05/2021/TT-TTCP, for petitions received from
   * 2021-11-15. <b>Unconfirmed</b>: the circular's article has not been read; the rule of its predecessor is kept.
   */
  public static final WorkflowRule GUIDE_ONCE =
      workflow("GUIDE_ONCE", PetitionCommand.GUIDE, Requirement.NOT_GUIDED_BEFORE, Bases.TT_05_2021_GUIDANCE).build();

  // ---- workflow rules: steps the law provides --------------------------------------------------------------------

  /** A complaint is refused (không thụ lý) only in the cases of Luật Khiếu nại 02/2011/QH13, Điều 11. */
  public static final WorkflowRule COMPLAINT_REFUSAL =
      workflow("COMPLAINT_REFUSAL", PetitionCommand.REFUSE, Requirement.PROVIDED_BY_LAW, Bases.KN_11)
          .addKinds(PetitionKind.COMPLAINT)
          .addProcedures(Procedure.STATE_LAW)
          .build();

  /**
   * Under the law of 2011 the receiver decides to accept or not to accept a denunciation (Luật Tố cáo 03/2011/QH13,
   * Điều 20, khoản 1), for denunciations received from 2012-07-01 to 2018-12-31.
   */
  public static final WorkflowRule DENUNCIATION_REFUSAL_2011 =
      workflow("DENUNCIATION_REFUSAL_2011", PetitionCommand.REFUSE, Requirement.PROVIDED_BY_LAW, Bases.TC_2011_20_1)
          .addKinds(PetitionKind.DENUNCIATION)
          .addProcedures(Procedure.STATE_LAW)
          .build();

  /**
   * A denunciation that does not meet the conditions of acceptance is not accepted, and the denouncer told why (Luật
   * Tố cáo 25/2018/QH14, Điều 24, khoản 1).
   */
  public static final WorkflowRule DENUNCIATION_REFUSAL =
      workflow("DENUNCIATION_REFUSAL", PetitionCommand.REFUSE, Requirement.PROVIDED_BY_LAW, Bases.TC_24_1)
          .addKinds(PetitionKind.DENUNCIATION)
          .addProcedures(Procedure.STATE_LAW)
          .build();

  /**
   * In the Party's channel a denunciation is not resolved in the cases of Quy định 30-QĐ/TW, Điều 32, khoản 5, tiết
   * 5.1.1 (as reported), for denunciations received from 2016-07-26 to 2021-07-27.
   */
  public static final WorkflowRule PARTY_DENUNCIATION_REFUSAL =
      partyWorkflow(
          "PARTY_DENUNCIATION_REFUSAL",
          PetitionCommand.REFUSE,
          LegalBasis.of(Instruments.PARTY_REGULATION_30_2016, "Điều 32, khoản 5, tiết 5.1.1"));

  /** {@link #PARTY_DENUNCIATION_REFUSAL} under Quy định 22-QĐ/TW; <b>unconfirmed</b>, its article not read. */
  public static final WorkflowRule PARTY_DENUNCIATION_REFUSAL_FROM_QD_22 =
      partyWorkflow(
          "PARTY_DENUNCIATION_REFUSAL_FROM_QD_22",
          PetitionCommand.REFUSE,
          unread(Instruments.PARTY_REGULATION_22_2021, "các trường hợp không giải quyết tố cáo"));

  /** {@link #PARTY_DENUNCIATION_REFUSAL} under Quy định 296-QĐ/TW; <b>unconfirmed</b>, its article not read. */
  public static final WorkflowRule PARTY_DENUNCIATION_REFUSAL_FROM_QD_296 =
      partyWorkflow(
          "PARTY_DENUNCIATION_REFUSAL_FROM_QD_296",
          PetitionCommand.REFUSE,
          unread(Instruments.PARTY_REGULATION_296_2025, "các trường hợp không giải quyết tố cáo"));

  /**
   * A complainant may withdraw the complaint at any time before the decision (Luật Khiếu nại 02/2011/QH13, Điều 10).
   */
  public static final WorkflowRule COMPLAINT_WITHDRAWAL =
      workflow("COMPLAINT_WITHDRAWAL", PetitionCommand.WITHDRAW, Requirement.PROVIDED_BY_LAW, Bases.KN_10)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * A denunciation received under the law of 2011 may be withdrawn. <b>Unconfirmed</b>: the article of Luật Tố cáo
   * 03/2011/QH13 that provides it has not been read; the rule keeps the step that the law of 2018 provides.
   */
  public static final WorkflowRule DENUNCIATION_WITHDRAWAL_2011 =
      workflow(
              "DENUNCIATION_WITHDRAWAL_2011",
              PetitionCommand.WITHDRAW,
              Requirement.PROVIDED_BY_LAW,
              Bases.TC_2011_UNREAD)
          .addKinds(PetitionKind.DENUNCIATION)
          .addProcedures(Procedure.STATE_LAW)
          .build();

  /**
   * A denouncer may withdraw the denunciation in writing before its conclusion; it is still resolved where there are
   * signs of a violation or the withdrawal was coerced (Luật Tố cáo 25/2018/QH14, Điều 33).
   */
  public static final WorkflowRule DENUNCIATION_WITHDRAWAL =
      workflow("DENUNCIATION_WITHDRAWAL", PetitionCommand.WITHDRAW, Requirement.PROVIDED_BY_LAW, Bases.TC_33)
          .addKinds(PetitionKind.DENUNCIATION)
          .addProcedures(Procedure.STATE_LAW)
          .build();

  /**
   * {@link #DENUNCIATION_WITHDRAWAL} from 2026-07-01, chosen by the day of the withdrawal: Nghị định 156/2026/NĐ-CP,
   * Điều 1 replaces the article of Nghị định 31/2019/NĐ-CP on withdrawal (Điều 4), and its Điều 10, khoản 1 applies
   * it to denunciations accepted before 2026-07-01 and still being resolved, so a withdrawal, and the termination
   * that follows a whole one, is governed by the rule of its own day. The basis is Luật Tố cáo 25/2018/QH14, Điều 33
   * as amended by Luật 136/2025/QH15, whose text has not been read: <b>unconfirmed</b>.
   */
  public static final WorkflowRule DENUNCIATION_WITHDRAWAL_FROM_2026 = carriedOverByAct(DENUNCIATION_WITHDRAWAL);

  /**
   * In the Party's channel a denunciation may be withdrawn, under Quy định 30-QĐ/TW. <b>Unconfirmed</b>: the article
   * has not been read.
   */
  public static final WorkflowRule PARTY_DENUNCIATION_WITHDRAWAL =
      partyWorkflow(
          "PARTY_DENUNCIATION_WITHDRAWAL",
          PetitionCommand.WITHDRAW,
          unread(Instruments.PARTY_REGULATION_30_2016, "rút đơn tố cáo"));

  /** {@link #PARTY_DENUNCIATION_WITHDRAWAL} under Quy định 22-QĐ/TW; <b>unconfirmed</b>. */
  public static final WorkflowRule PARTY_DENUNCIATION_WITHDRAWAL_FROM_QD_22 =
      partyWorkflow(
          "PARTY_DENUNCIATION_WITHDRAWAL_FROM_QD_22",
          PetitionCommand.WITHDRAW,
          unread(Instruments.PARTY_REGULATION_22_2021, "rút đơn tố cáo"));

  /** {@link #PARTY_DENUNCIATION_WITHDRAWAL} under Quy định 296-QĐ/TW; <b>unconfirmed</b>. */
  public static final WorkflowRule PARTY_DENUNCIATION_WITHDRAWAL_FROM_QD_296 =
      partyWorkflow(
          "PARTY_DENUNCIATION_WITHDRAWAL_FROM_QD_296",
          PetitionCommand.WITHDRAW,
          unread(Instruments.PARTY_REGULATION_296_2025, "rút đơn tố cáo"));

  /**
   * A denunciation received under the law of 2011 may be suspended. <b>Unconfirmed</b>: the article of Luật Tố cáo
   * 03/2011/QH13 that provides it has not been read; the rule keeps the step that the law of 2018 provides.
   */
  public static final WorkflowRule DENUNCIATION_SUSPENSION_2011 =
      workflow(
              "DENUNCIATION_SUSPENSION_2011",
              PetitionCommand.SUSPEND,
              Requirement.PROVIDED_BY_LAW,
              Bases.TC_2011_UNREAD)
          .addKinds(PetitionKind.DENUNCIATION)
          .addProcedures(Procedure.STATE_LAW)
          .build();

  /**
   * The resolution of a denunciation may be suspended while another body's result or an expert assessment is awaited,
   * and "thời gian tạm đình chỉ việc giải quyết tố cáo không tính vào thời hạn giải quyết tố cáo" (Luật Tố cáo
   * 25/2018/QH14, Điều 34).
   */
  public static final WorkflowRule DENUNCIATION_SUSPENSION =
      workflow("DENUNCIATION_SUSPENSION", PetitionCommand.SUSPEND, Requirement.PROVIDED_BY_LAW, Bases.TC_34)
          .addKinds(PetitionKind.DENUNCIATION)
          .addProcedures(Procedure.STATE_LAW)
          .build();

  /**
   * {@link #DENUNCIATION_SUSPENSION} from 2026-07-01, chosen by the day of the suspension, not the day received: "Đối
   * với vụ việc tố cáo đã có quyết định thụ lý trước ngày Nghị định này có hiệu lực thi hành và đang trong quá trình
   * xem xét, giải quyết thì áp dụng quy định về giải quyết tố cáo tại Nghị định này" (Nghị định 156/2026/NĐ-CP, Điều
   * 10, khoản 1), so a denunciation accepted on 2026-06-20 and suspended on 2026-07-10 is suspended under the rules of
   * 2026-07-10, as {@link #COMPLAINT_SUSPENSION} is for complaints. The basis is Luật Tố cáo 25/2018/QH14, Điều 34 as
   * amended by Luật 136/2025/QH15, whose text has not been read: <b>unconfirmed</b>.
   */
  public static final WorkflowRule DENUNCIATION_SUSPENSION_FROM_2026 = carriedOverByAct(DENUNCIATION_SUSPENSION);

  /**
   * In the Party's channel the resolution of a denunciation may be suspended, under Quy định 30-QĐ/TW.
   * <b>Unconfirmed</b>: the article has not been read.
   */
  public static final WorkflowRule PARTY_DENUNCIATION_SUSPENSION =
      partyWorkflow(
          "PARTY_DENUNCIATION_SUSPENSION",
          PetitionCommand.SUSPEND,
          unread(Instruments.PARTY_REGULATION_30_2016, "tạm đình chỉ giải quyết tố cáo"));

  /** {@link #PARTY_DENUNCIATION_SUSPENSION} under Quy định 22-QĐ/TW; <b>unconfirmed</b>. */
  public static final WorkflowRule PARTY_DENUNCIATION_SUSPENSION_FROM_QD_22 =
      partyWorkflow(
          "PARTY_DENUNCIATION_SUSPENSION_FROM_QD_22",
          PetitionCommand.SUSPEND,
          unread(Instruments.PARTY_REGULATION_22_2021, "tạm đình chỉ giải quyết tố cáo"));

  /** {@link #PARTY_DENUNCIATION_SUSPENSION} under Quy định 296-QĐ/TW; <b>unconfirmed</b>. */
  public static final WorkflowRule PARTY_DENUNCIATION_SUSPENSION_FROM_QD_296 =
      partyWorkflow(
          "PARTY_DENUNCIATION_SUSPENSION_FROM_QD_296",
          PetitionCommand.SUSPEND,
          unread(Instruments.PARTY_REGULATION_296_2025, "tạm đình chỉ giải quyết tố cáo"));

  /**
   * From 2026-07-01 the resolution of a complaint may be suspended (Luật Khiếu nại 02/2011/QH13, Điều 11a, added by
   * Luật 136/2025/QH15, as reported). The rule is chosen by the day of the suspension, not the day received: "Việc …
   * tạm đình chỉ, đình chỉ … đối với vụ việc khiếu nại đã có thông báo thụ lý trước ngày Nghị định này có hiệu lực …
   * được thực hiện theo quy định tại Nghị định này" (Nghị định 155/2026/NĐ-CP, Điều 22, khoản 1), so a complaint
   * accepted on 2026-06-20 may be suspended on 2026-07-10.
   */
  public static final WorkflowRule COMPLAINT_SUSPENSION =
      workflow("COMPLAINT_SUSPENSION", PetitionCommand.SUSPEND, Requirement.PROVIDED_BY_LAW, Bases.KN_11A)
          .addKinds(PetitionKind.COMPLAINT)
          .addProcedures(Procedure.STATE_LAW)
          .chosenBy(RuleDay.ACT)
          .build();

  /**
   * From 2026-07-01 a complaint's complexity is assessed with its own criteria and recorded in writing: "Vụ việc phức
   * tạp trong giải quyết khiếu nại là vụ việc thuộc một trong các trường hợp sau đây" (the seven {@link
   * ComplexityCriterion}s, one enough) and "Việc xác định vụ việc phức tạp phải được thể hiện bằng văn bản và lưu
   * trong hồ sơ giải quyết khiếu nại" (Nghị định 124/2020/NĐ-CP, Điều 3a, added by Nghị định 155/2026/NĐ-CP, Điều 2,
   * read from a transcription: <b>reported</b>). An assessment that finds a criterion without its {@linkplain
   * PetitionEvent#writtenRecord() written record} is refused as bad data (an {@code IllegalArgumentException}
   * naming this rule), so the complaint keeps the normal time limit rather than the longer one of a complex case (Luật Khiếu nại, Điều 28 and 37). The rule is chosen by the day the
   * complaint was accepted: Điều 22, khoản 1 of the decree carries only withdrawal, suspension, termination and
   * dialogue over to complaints accepted before 2026-07-01, so one accepted before keeps the earlier rules.
   */
  public static final WorkflowRule COMPLAINT_COMPLEXITY_IN_WRITING =
      workflow(
              "COMPLAINT_COMPLEXITY_IN_WRITING",
              PetitionCommand.ASSESS_COMPLEXITY,
              Requirement.COMPLEXITY_IN_WRITING,
              Bases.ND_124_3A)
          .addKinds(PetitionKind.COMPLAINT)
          .addProcedures(Procedure.STATE_LAW)
          .chosenBy(RuleDay.ACCEPTED)
          .build();

  /**
   * A complainant who disagrees with the first-time decision, or receives none in time, may complain a second time
   * (Luật Khiếu nại 02/2011/QH13, Điều 7).
   */
  public static final WorkflowRule SECOND_COMPLAINT =
      workflow("SECOND_COMPLAINT", PetitionCommand.LODGE_SECOND_COMPLAINT, Requirement.PROVIDED_BY_LAW, Bases.KN_7)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * A second complaint follows a first-time decision; there is no third (Luật Khiếu nại 02/2011/QH13, Điều 7).
   */
  public static final WorkflowRule SECOND_COMPLAINT_ONLY_AFTER_THE_FIRST =
      workflow(
              "SECOND_COMPLAINT_ONLY_AFTER_THE_FIRST",
              PetitionCommand.LODGE_SECOND_COMPLAINT,
              Requirement.FIRST_ROUND,
              Bases.KN_7)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /** A complaint decision becomes final (Luật Khiếu nại 02/2011/QH13, Điều 44). */
  public static final WorkflowRule DECISION_BECOMES_FINAL =
      workflow("DECISION_BECOMES_FINAL", PetitionCommand.RECORD_FINALITY, Requirement.PROVIDED_BY_LAW, Bases.KN_44)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  /**
   * A complaint case is closed once its decision is final, or goes to a second complaint (Luật Khiếu nại
   * 02/2011/QH13, Điều 44).
   */
  public static final WorkflowRule CLOSE_COMPLAINT_ONCE_FINAL =
      workflow("CLOSE_COMPLAINT_ONCE_FINAL", PetitionCommand.CLOSE, Requirement.FINAL_BEFORE_CLOSING, Bases.KN_44)
          .addKinds(PetitionKind.COMPLAINT)
          .build();

  private static final PetitionRuleBook STANDARD = standardBook();

  private static PetitionRuleBook standardBook() {
    List<PetitionRule> rules =
        new ArrayList<>(
            List.of(
                COMPLAINT_FILING_LIMIT,
                COMPLAINT_ACCEPTANCE_2012,
                COMPLAINT_ACCEPTANCE_2013,
                COMPLAINT_ACCEPTANCE,
                COMPLAINT_ACCEPTANCE_2020,
                COMPLAINT_ACCEPTANCE_FROM_2026,
                COMPLAINT_RESOLUTION,
                COMPLAINT_RESOLUTION_COMPLEX,
                COMPLAINT_RESOLUTION_REMOTE,
                COMPLAINT_RESOLUTION_REMOTE_COMPLEX,
                SECOND_COMPLAINT_RESOLUTION,
                SECOND_COMPLAINT_RESOLUTION_COMPLEX,
                SECOND_COMPLAINT_RESOLUTION_REMOTE,
                SECOND_COMPLAINT_RESOLUTION_REMOTE_COMPLEX,
                SECOND_COMPLAINT_WINDOW,
                SECOND_COMPLAINT_WINDOW_REMOTE,
                COMPLAINT_FINALITY,
                COMPLAINT_FINALITY_REMOTE,
                COMPLAINT_DECISION_DISPATCH,
                SECOND_COMPLAINT_DECISION_DISPATCH,
                DENUNCIATION_ACCEPTANCE_2011,
                DENUNCIATION_FORWARDING_2011,
                DENUNCIATION_RESOLUTION_2011,
                DENUNCIATION_RESOLUTION_COMPLEX_2011,
                DENUNCIATION_PROCESSING,
                DENUNCIATION_FORWARDING,
                DENUNCIATION_ACCEPTANCE_NOTICE,
                DENUNCIATION_RESOLUTION,
                DENUNCIATION_RESOLUTION_COMPLEX,
                DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX,
                RECEIPT_NOTICE,
                RESULT_RELAY,
                PARTY_HEAD_RECEIPT_NOTICE,
                PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215,
                PARTY_RESOLUTION,
                PARTY_RESOLUTION_CENTRAL,
                PARTY_RESOLUTION_FROM_QD_22,
                PARTY_RESOLUTION_CENTRAL_FROM_QD_22,
                PARTY_RESOLUTION_FROM_QD_296,
                PARTY_RESOLUTION_CENTRAL_FROM_QD_296,
                PARTY_CONGRESS_HANDOVER,
                PARTY_CONGRESS_HANDOVER_ABOVE_GRASSROOTS,
                ACCEPT_ONLY_ELIGIBLE_2014,
                ACCEPT_ONLY_ELIGIBLE,
                ACCEPT_COMPLAINT_WITHIN_COMPETENCE,
                ACCEPT_DENUNCIATION_WITHIN_COMPETENCE_2011,
                ACCEPT_DENUNCIATION_WITHIN_COMPETENCE,
                ACCEPT_MATTER_WITHIN_COMPETENCE,
                FORWARD_DENUNCIATION_OUTSIDE_COMPETENCE_2011,
                FORWARD_DENUNCIATION_OUTSIDE_COMPETENCE,
                FORWARD_MATTER_OUTSIDE_COMPETENCE,
                FORWARD_DENUNCIATION_ONCE,
                GUIDE_ONCE_2014,
                GUIDE_ONCE,
                COMPLAINT_REFUSAL,
                DENUNCIATION_REFUSAL_2011,
                DENUNCIATION_REFUSAL,
                PARTY_DENUNCIATION_REFUSAL,
                PARTY_DENUNCIATION_REFUSAL_FROM_QD_22,
                PARTY_DENUNCIATION_REFUSAL_FROM_QD_296,
                COMPLAINT_WITHDRAWAL,
                DENUNCIATION_WITHDRAWAL_2011,
                DENUNCIATION_WITHDRAWAL,
                DENUNCIATION_WITHDRAWAL_FROM_2026,
                PARTY_DENUNCIATION_WITHDRAWAL,
                PARTY_DENUNCIATION_WITHDRAWAL_FROM_QD_22,
                PARTY_DENUNCIATION_WITHDRAWAL_FROM_QD_296,
                DENUNCIATION_SUSPENSION_2011,
                DENUNCIATION_SUSPENSION,
                DENUNCIATION_SUSPENSION_FROM_2026,
                PARTY_DENUNCIATION_SUSPENSION,
                PARTY_DENUNCIATION_SUSPENSION_FROM_QD_22,
                PARTY_DENUNCIATION_SUSPENSION_FROM_QD_296,
                COMPLAINT_SUSPENSION,
                COMPLAINT_COMPLEXITY_IN_WRITING,
                SECOND_COMPLAINT,
                SECOND_COMPLAINT_ONLY_AFTER_THE_FIRST,
                DECISION_BECOMES_FINAL,
                CLOSE_COMPLAINT_ONCE_FINAL));
    Set<String> names = new HashSet<>();
    rules.forEach(r -> names.add(r.name()));
    List<PetitionRule> carried = new ArrayList<>();
    for (PetitionRule rule : rules) {
      if (isAmendedOn2026_07_01(rule) && !names.contains(rule.name() + CARRIED_OVER)) {
        carried.add(carriedOver(rule));
      }
    }
    rules.addAll(carried);
    return new PetitionRuleBook(ImmutableList.copyOf(rules));
  }

  /** Whether a rule rests on a law amended from 2026-07-01 and ends the day before, as read. */
  private static boolean isAmendedOn2026_07_01(PetitionRule rule) {
    return rule.validity().end().filter(BEFORE_AMENDMENT::equals).isPresent()
        && rule.basis().instrument().amendedBy().contains(Instruments.PETITION_LAWS_AMENDMENT_2025);
  }

  /**
   * The rule carried over from 2026-07-01: its basis cited as amended by Luật 136/2025/QH15 and <b>unconfirmed</b>,
   * since the amended text has not been read.
   */
  private static PetitionRule carriedOver(PetitionRule rule) {
    LegalBasis old = rule.basis();
    LegalBasis basis =
        LegalBasis.builder()
            .instrument(old.instrument())
            .article(old.article())
            .inForceFrom(AMENDMENT_DAY)
            .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    Validity validity = Validity.from(AMENDMENT_DAY);
    String name = rule.name() + CARRIED_OVER;
    if (rule instanceof PetitionTimeLimit limit) {
      TimeLimit old2 = limit.limit();
      TimeLimit carried =
          old2.count() == DayCount.WORKING_DAYS
              ? TimeLimit.workingDays(old2.days(), basis)
              : TimeLimit.calendarDays(old2.days(), basis);
      return PetitionTimeLimit.builder().from(limit).name(name).limit(carried).validity(validity).build();
    }
    WorkflowRule workflow = (WorkflowRule) rule;
    return WorkflowRule.builder().from(workflow).name(name).basis(basis).validity(validity).build();
  }

  /**
   * A workflow rule carried over to the amended laws as {@link #carriedOver} does, chosen by the day of the act: for
   * a rule whose new text governs cases already under way.
   */
  private static WorkflowRule carriedOverByAct(WorkflowRule rule) {
    return WorkflowRule.builder().from((WorkflowRule) carriedOver(rule)).chosenBy(RuleDay.ACT).build();
  }

  private static PetitionTimeLimit.Builder limit(
      String name, PetitionStage stage, int days, DayCount count, LegalBasis basis) {
    PetitionTimeLimit.Builder builder = PetitionTimeLimit.builder();
    builder
        .name(name)
        .stage(stage)
        .limit(count == DayCount.WORKING_DAYS ? TimeLimit.workingDays(days, basis) : TimeLimit.calendarDays(days, basis))
        .validity(basis.validity());
    return builder;
  }

  private static PetitionTimeLimit resolution(
      String name, int days, LegalBasis basis, ComplaintRound round, boolean complex, AreaType area) {
    return limit(name, PetitionStage.RESOLUTION, days, DayCount.CALENDAR_DAYS, basis)
        .addKinds(PetitionKind.COMPLAINT)
        .addRounds(round)
        .addAllComplexities(
            complex
                ? EnumSet.of(Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX)
                : EnumSet.of(Complexity.NORMAL))
        .addAreas(area)
        .build();
  }

  private static PetitionTimeLimit party(PetitionTimeLimit rule, String suffix, LegalBasis basis) {
    return PetitionTimeLimit.builder()
        .from(rule)
        .name(rule.name() + suffix)
        .limit(TimeLimit.workingDays(rule.limit().days(), basis))
        .validity(basis.validity())
        .build();
  }

  private static WorkflowRule.Builder workflow(
      String name, PetitionCommand command, Requirement requirement, LegalBasis basis) {
    WorkflowRule.Builder builder = WorkflowRule.builder();
    builder.name(name).command(command).requirement(requirement).basis(basis);
    return builder;
  }

  private static WorkflowRule partyWorkflow(String name, PetitionCommand command, LegalBasis basis) {
    return workflow(name, command, Requirement.PROVIDED_BY_LAW, basis)
        .addKinds(PetitionKind.DENUNCIATION)
        .addProcedures(Procedure.PARTY_RULES)
        .build();
  }

  private static LegalBasis unread(Instrument instrument, String subject) {
    return LegalBasis.builder()
        .instrument(instrument)
        .article(subject + " (điều khoản chưa đối chiếu)")
        .confirmation(Confirmation.UNCONFIRMED)
        .build();
  }

  // ---- the book -------------------------------------------------------------------------------------------------

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<PetitionRule> rules;

  /** The time limits of each stage and kind, in the order of the book, compiled for choosing. */
  @SuppressWarnings("Immutable") // ImmutableMap of ImmutableMaps of ImmutableLists of immutable values, built once
  private final ImmutableMap<PetitionStage, ImmutableMap<PetitionKind, ImmutableList<LimitChoice>>> limitChoices;

  @SuppressWarnings("Immutable") // ImmutableListMultimap of immutable values, built once
  private final ImmutableListMultimap<PetitionCommand, WorkflowRule> workflowByCommand;

  private PetitionRuleBook(ImmutableList<PetitionRule> rules) {
    Set<String> names = new HashSet<>();
    Map<PetitionStage, Map<PetitionKind, ImmutableList.Builder<LimitChoice>>> limits =
        new EnumMap<>(PetitionStage.class);
    ImmutableListMultimap.Builder<PetitionCommand, WorkflowRule> workflow = ImmutableListMultimap.builder();
    for (PetitionRule rule : rules) {
      checkArgument(names.add(rule.name()), "a rule book holds one rule of each name; %s is there twice", rule.name());
      if (rule instanceof PetitionTimeLimit limit) {
        LimitChoice choice = new LimitChoice(limit);
        Map<PetitionKind, ImmutableList.Builder<LimitChoice>> byKind =
            limits.computeIfAbsent(limit.stage(), s -> new EnumMap<>(PetitionKind.class));
        for (PetitionKind kind : limit.kinds()) {
          byKind.computeIfAbsent(kind, k -> ImmutableList.builder()).add(choice);
        }
      } else {
        WorkflowRule w = (WorkflowRule) rule;
        workflow.put(w.command(), w);
      }
    }
    Map<PetitionStage, ImmutableMap<PetitionKind, ImmutableList<LimitChoice>>> choices =
        new EnumMap<>(PetitionStage.class);
    limits.forEach(
        (stage, byKind) -> {
          Map<PetitionKind, ImmutableList<LimitChoice>> built = new EnumMap<>(PetitionKind.class);
          byKind.forEach((kind, list) -> built.put(kind, list.build()));
          choices.put(stage, Maps.immutableEnumMap(built));
        });
    this.rules = rules;
    this.limitChoices = Maps.immutableEnumMap(choices);
    this.workflowByCommand = workflow.build();
  }

  /**
   * A time limit of the book compiled for choosing: its conditions as sets of bits, so that choosing the limit of a
   * stage reads a few ints instead of sets and optionals. It covers exactly what {@link
   * PetitionTimeLimit#appliesTo} and {@link PetitionRule#isInForceFor} cover.
   */
  @Immutable
  private static final class LimitChoice {
    @SuppressWarnings("Immutable") // an Immutables value
    private final PetitionTimeLimit rule;
    private final int rounds;
    private final int complexities;
    private final int areas;
    private final int levels;
    private final boolean everyLevel;
    private final RuleDay chosenBy;
    private final LocalDate from;
    private final @Nullable LocalDate to;

    LimitChoice(PetitionTimeLimit rule) {
      this.rule = rule;
      this.rounds = bits(rule.rounds());
      this.complexities = bits(rule.complexities());
      this.areas = bits(rule.areas());
      this.levels = bits(rule.levels());
      this.everyLevel = rule.levels().size() == Level.values().length;
      this.chosenBy = rule.chosenBy();
      this.from = rule.validity().start();
      this.to = rule.validity().end().orElse(null);
    }

    private static int bits(Set<? extends Enum<?>> values) {
      int bits = 0;
      for (Enum<?> value : values) {
        bits |= bit(value);
      }
      return bits;
    }

    @SuppressWarnings("EnumOrdinal") // a bit of a set held in memory, as EnumSet does, never kept
    private static int bit(Enum<?> value) {
      return 1 << value.ordinal();
    }

    /** Whether the rule covers the circumstances, its stage and kind being those asked for. */
    boolean covers(Circumstances circumstances) {
      Level level = circumstances.levelOrNull();
      return (rounds & bit(circumstances.round())) != 0
          && (complexities & bit(circumstances.complexity())) != 0
          && (areas & bit(circumstances.area())) != 0
          && (level == null ? everyLevel : (levels & bit(level)) != 0);
    }

    /** Whether the rule is in force for the days, as {@link RuleDays#on} chooses among them. */
    boolean isInForceFor(LocalDate received, @Nullable LocalDate accepted, LocalDate act) {
      LocalDate day =
          switch (chosenBy) {
            case RECEIVED -> received;
            case ACCEPTED -> accepted == null ? act : accepted;
            case ACT -> act;
          };
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }

  /**
   * Returns the built-in rules: the constants of this class, and those of them that rest on the petition laws carried
   * over to the amended laws from 2026-07-01, unconfirmed.
   *
   * @return the built-in rule book, not null
   */
  public static PetitionRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a rule book of the given rules only, later ones taking precedence over earlier ones among time limits.
   *
   * @param rules the rules, in order of precedence, lowest first; none null, no two of the same name
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   * @throws IllegalArgumentException if two rules have the same name
   */
  public static PetitionRuleBook of(PetitionRule... rules) {
    return of(Arguments.list("rules", rules));
  }

  /**
   * Returns a rule book of the given rules only, later ones taking precedence over earlier ones among time limits.
   *
   * @param rules the rules, in order of precedence, lowest first; none null, no two of the same name
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   * @throws IllegalArgumentException if two rules have the same name
   */
  public static PetitionRuleBook of(Iterable<? extends PetitionRule> rules) {
    return new PetitionRuleBook(Arguments.list(rules, "rules"));
  }

  /**
   * Returns this rule book with an application's own rule: in place of the rule of the same name if there is one,
   * otherwise last, so that among time limits it takes precedence over the earlier rules for the same stage, kind and
   * circumstances on the days both are in force. This book is left as it was.
   *
   * @param rule the rule, not null
   * @return a new rule book, not null
   */
  public PetitionRuleBook with(PetitionRule rule) {
    requireNonNull(rule, "rule");
    return new PetitionRuleBook(NamedLists.with(rules, rule, PetitionRule::name));
  }

  /**
   * Returns this rule book without the rule of the given name, for an application whose own rules do not have it.
   * This book is left as it was.
   *
   * @param name the name of the rule, not null
   * @return a new rule book, not null
   * @throws IllegalArgumentException if this book has no rule of that name
   */
  public PetitionRuleBook without(String name) {
    requireNonNull(name, "name");
    checkArgument(rule(name).isPresent(), "this rule book has no rule named %s", Texts.quote(name));
    return new PetitionRuleBook(NamedLists.without(rules, name, PetitionRule::name));
  }

  /**
   * Returns every rule, in order of precedence, lowest first.
   *
   * @return the rules, not null
   */
  public ImmutableList<PetitionRule> rules() {
    return rules;
  }

  /**
   * Returns the time limits, in order of precedence, lowest first.
   *
   * @return the time limits, not null
   */
  public ImmutableList<PetitionTimeLimit> timeLimits() {
    return rules.stream()
        .filter(PetitionTimeLimit.class::isInstance)
        .map(PetitionTimeLimit.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rules of the workflow, in the order of the book.
   *
   * @return the workflow rules, not null
   */
  public ImmutableList<WorkflowRule> workflowRules() {
    return rules.stream()
        .filter(WorkflowRule.class::isInstance)
        .map(WorkflowRule.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rule of the given name, for example "DENUNCIATION_RESOLUTION_FROM_2026".
   *
   * @param name the name, not null
   * @return the rule, or empty if this book has none of that name
   */
  public Optional<PetitionRule> rule(String name) {
    requireNonNull(name, "name");
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * Returns the rules in force on a day, each as a day of the kind it is chosen by, in the order of the book.
   *
   * @param day the day, not null
   * @return the rules in force, possibly empty, not null
   */
  public ImmutableList<PetitionRule> inForceOn(LocalDate day) {
    requireNonNull(day, "day");
    return rules.stream().filter(r -> r.isInForceOn(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the time limit of a stage of a petition received on a day, whose other days are that day too: the last
   * rule of this book in force that covers the stage, the kind and the circumstances.
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
    requireNonNull(stage, "stage");
    requireNonNull(kind, "kind");
    requireNonNull(circumstances, "circumstances");
    requireNonNull(dateReceived, "dateReceived");
    return limitFor(stage, kind, circumstances, RuleDays.received(dateReceived));
  }

  /**
   * Returns the time limit of a stage of a petition with the given days: the last rule of this book that covers the
   * stage, the kind and the circumstances and is in force on the day it is chosen by.
   *
   * @param stage the stage, not null
   * @param kind the kind of petition, one for which the stage exists, not null
   * @param circumstances the facts of the case, not null
   * @param days the petition's days, not null
   * @return the rule, or empty if this book has none for the case on those days
   * @throws IllegalArgumentException if the stage does not exist for the kind
   */
  public Optional<PetitionTimeLimit> limitFor(
      PetitionStage stage, PetitionKind kind, Circumstances circumstances, RuleDays days) {
    requireNonNull(stage, "stage");
    requireNonNull(kind, "kind");
    requireNonNull(circumstances, "circumstances");
    requireNonNull(days, "days");
    return Optional.ofNullable(
        limitFor(stage, kind, circumstances, days.received(), days.accepted().orElse(null), days.act()));
  }

  /**
   * Returns the time limit of a stage of a petition with the given days, as {@link #limitFor(PetitionStage,
   * PetitionKind, Circumstances, RuleDays) limitFor} does, without making the days a value: the deadlines of a whole register
   * ask this for every stage of every petition.
   *
   * @return the rule, or null if this book has none for the case on those days
   */
  @Nullable PetitionTimeLimit limitFor(
      PetitionStage stage,
      PetitionKind kind,
      Circumstances circumstances,
      LocalDate received,
      @Nullable LocalDate accepted,
      LocalDate act) {
    requireNonNull(circumstances, "circumstances");
    checkArgument(
        stage.appliesTo(kind),
        "the stage %s (%s) exists for %s only, not for %s",
        stage,
        stage.vietnameseName(),
        stage.kinds(),
        kind);
    ImmutableMap<PetitionKind, ImmutableList<LimitChoice>> byKind = limitChoices.get(stage);
    ImmutableList<LimitChoice> candidates = byKind == null ? null : byKind.get(kind);
    if (candidates == null) {
      return null;
    }
    // the last rule that applies wins, so the first found from the end is the one
    for (int i = candidates.size() - 1; i >= 0; i--) {
      LimitChoice choice = candidates.get(i);
      if (choice.isInForceFor(received, accepted, act) && choice.covers(circumstances)) {
        if (LOG.isDebugEnabled()) {
          logOverrides(candidates, i, stage, kind, circumstances, RuleDays.of(received, accepted, act));
        }
        return choice.rule;
      }
    }
    return null;
  }

  private static void logOverrides(
      ImmutableList<LimitChoice> candidates,
      int index,
      PetitionStage stage,
      PetitionKind kind,
      Circumstances circumstances,
      RuleDays days) {
    PetitionTimeLimit chosen = candidates.get(index).rule;
    for (LimitChoice choice : candidates.subList(0, index)) {
      PetitionTimeLimit rule = choice.rule;
      if (rule.isInForceFor(days) && rule.appliesTo(stage, kind, circumstances)) {
        LOG.debug(
            "petition time limit {} ({}) overrides {} ({}) for {} of a {} in {}, {}",
            chosen.name(),
            chosen.limit(),
            rule.name(),
            rule.limit(),
            stage,
            kind,
            circumstances,
            days);
      }
    }
  }

  /**
   * Returns the workflow rules that govern a command for a kind of petition under a procedure and are in force on
   * the petition's days, in the order of the book.
   *
   * @param command the command, not null
   * @param kind the kind of petition, not null
   * @param procedure the procedure, not null
   * @param days the petition's days, the day of the act being the command's, not null
   * @return the rules, possibly empty, not null
   */
  public ImmutableList<WorkflowRule> workflowRulesFor(
      PetitionCommand command, PetitionKind kind, Procedure procedure, RuleDays days) {
    requireNonNull(command, "command");
    requireNonNull(kind, "kind");
    requireNonNull(procedure, "procedure");
    requireNonNull(days, "days");
    ImmutableList.Builder<WorkflowRule> found = ImmutableList.builder();
    for (WorkflowRule rule : workflowByCommand.get(command)) {
      if (rule.appliesTo(command, kind, procedure) && rule.isInForceFor(days)) {
        found.add(rule);
      }
    }
    return found.build();
  }

  /**
   * Returns the rule that would provide a step for a kind of petition under a procedure on some other day: the one a
   * refusal names when no rule in force provides the step. It is the latest rule providing the command for that kind
   * and procedure; failing that, for that kind.
   *
   * @param command a command that needs a provision, not null
   * @param kind the kind of petition, not null
   * @param procedure the procedure, not null
   * @return the rule, or empty if this book provides the command for no petition of the kind
   */
  Optional<WorkflowRule> nearestProvision(PetitionCommand command, PetitionKind kind, Procedure procedure) {
    @Nullable WorkflowRule sameKindAndProcedure = null;
    @Nullable WorkflowRule sameKind = null;
    for (WorkflowRule rule : workflowByCommand.get(command)) {
      if (rule.requirement() == Requirement.PROVIDED_BY_LAW && rule.kinds().contains(kind)) {
        sameKind = rule;
        if (rule.procedures().contains(procedure)) {
          sameKindAndProcedure = rule;
        }
      }
    }
    return Optional.ofNullable(sameKindAndProcedure != null ? sameKindAndProcedure : sameKind);
  }

  /**
   * Returns the deadline of a stage of a petition received on a day, counted from the stage's event with no
   * extension: for example 7 working days to process a denunciation received on Friday 2026-02-13 are due on
   * Tuesday 2026-03-03, the Tết break skipped.
   *
   * @param stage the stage, not null
   * @param kind the kind of petition, one for which the stage exists, not null
   * @param circumstances the facts of the case, not null
   * @param dateReceived the day the petition was received, from 2006-01-01 to 2199-12-31, not null
   * @param eventDay the day of the stage's start event, for example the day of acceptance for a resolution, not null
   * @param calendar the calendar whose working days count, not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the stage does not exist for the kind, or this book has no rule for the case
   *     on the day received
   * @throws DateTimeException if the day received, the event day or the due date falls outside the calendar's range
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
   * @param dateReceived the day the petition was received, from 2006-01-01 to 2199-12-31, not null
   * @param eventDay the day of the stage's start event, not null
   * @param calendar the calendar whose working days count, not null
   * @param extensionDays the days of each extension granted, in order; at most as many as the rule allows, each
   *     from 1 to the rule's longest; not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the stage does not exist for the kind, or this book has no rule for the case
   *     on the day received, or there are more extensions than the rule allows or one is longer than it allows or
   *     shorter than 1 day
   * @throws DateTimeException if the day received, the event day or the due date falls outside the calendar's range
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
    if (dateReceived.isBefore(WorkingCalendar.FIRST_DAY) || dateReceived.isAfter(WorkingCalendar.LAST_DAY)) {
      throw new DateTimeException(
          "dateReceived must lie within the calendar's range "
              + WorkingCalendar.FIRST_DAY
              + " to "
              + WorkingCalendar.LAST_DAY
              + ": "
              + dateReceived);
    }
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

  /**
   * Returns the rule that hands a denunciation to the committee a congress elects, if it does: the {@link
   * PetitionStage#CONGRESS_HANDOVER} rule of this book for the circumstances, chosen by the day the competent Party
   * body received the letter, when the congress opens after that day and on or before the last of the rule's days
   * counted from it. For example a grassroots organisation's congress opening on Monday 2025-06-02 takes over a
   * denunciation its competent body received on 2025-05-20 ({@link #PARTY_CONGRESS_HANDOVER}, 25 working days).
   *
   * @param circumstances the facts of the case, with the level of the resolving body (a rule of some levels applies
   *     only when the level is given), not null
   * @param partyDayReceived the day the competent Party body received the letter ({@link Intake#partyDayReceived()}),
   *     not null
   * @param congressOpens the opening day of the congress, not null
   * @param calendar the calendar whose working days count, not null
   * @return the rule, or empty if the denunciation stays with the outgoing committee or this book has no rule for it
   * @throws java.time.DateTimeException if a day counted falls outside the calendar's range
   */
  public Optional<PetitionTimeLimit> congressHandover(
      Circumstances circumstances, LocalDate partyDayReceived, LocalDate congressOpens, WorkingCalendar calendar) {
    requireNonNull(circumstances, "circumstances");
    requireNonNull(partyDayReceived, "partyDayReceived");
    requireNonNull(congressOpens, "congressOpens");
    requireNonNull(calendar, "calendar");
    if (!congressOpens.isAfter(partyDayReceived)) {
      return Optional.empty();
    }
    return limitFor(PetitionStage.CONGRESS_HANDOVER, PetitionKind.DENUNCIATION, circumstances, partyDayReceived)
        .filter(rule -> !congressOpens.isAfter(rule.deadline(partyDayReceived, calendar).dueDate()));
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
   * Returns the number of rules, for example "PetitionRuleBook[98 rules]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "PetitionRuleBook[" + rules.size() + " rules]";
  }
}
