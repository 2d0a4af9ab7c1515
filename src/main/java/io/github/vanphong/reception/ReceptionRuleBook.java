package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule book of citizen reception: every duty to receive, ground of refusal, rule of delegations and rule of
 * procedure, each a named {@link ReceptionRule} with its legal basis, chosen by the day of the act it governs. For
 * example {@code ReceptionRuleBook.standard().dutyOf(post, unit, LocalDate.of(2026, 2, 1))} gives {@link
 * #PARTY_HEAD_PROVINCIAL}, one day a month, for the secretary of a provincial party committee, and the same question
 * for 2016-02-01 gives nothing: Quy định 11-QĐi/TW dates from 2019.
 *
 * <p><b>One place for the law.</b> A session, a compliance check, a schedule's findings and a delegation's findings
 * read their rules from a book and from nowhere else: the duties ({@link ReceptionDuty}), the grounds of refusal and
 * how the citizen is told ({@link RefusalRule}), the representatives of a delegation ({@link DelegationRule}) and the
 * procedures ({@link ProcedureRule}). An application that replaces a rule with {@link #with(ReceptionRule) with} changes
 * them all alike.
 *
 * <p><b>The built-in rules</b>, {@link #standard()}, are the constants of this class. The duties of the Party's heads
 * follow Quy định 11-QĐi/TW from 2019-02-18 and, from 2025-11-23, as amended by Kết luận 215-KL/TW, which keeps the
 * provincial and the commune heads only (both reported). The duties of the State's heads, the grounds of refusal, the
 * delegations and the deputies' notices follow Luật Tiếp công dân 42/2013/QH13 (verified), with Thông tư
 * 06/2014/TT-TTCP (its Điều 4, 16 and 27 read: verified) for the notices and the register from 2014-12-15; before it,
 * from 2014-07-01, a refused citizen is told in person under the law alone, which prescribes no notice (the
 * {@code _BEFORE_CIRCULAR} rules, unconfirmed). The law is amended from 2026-07-01 by Luật 136/2025/QH15, whose
 * text was not read, so the constants that rest on it end on 2026-06-30 and {@link #standard()} carries each over
 * from 2026-07-01 under the name with the suffix {@code _FROM_2026}, its basis cited as amended and marked
 * unconfirmed, data an application can replace. The district chair's duty ends with the district level on
 * 2025-06-30; the "other cases set by law" of Điều 9, khoản 4 are the points a to k of Nghị định 154/2026/NĐ-CP, Điều
 * 4, khoản 1 from 2026-07-01 (verified); the standing in of a deputy, which the press reports the amended law forbids,
 * is not carried over.
 *
 * <p><b>An application's own rules</b> come in with {@link #with(ReceptionRule) with}: a rule of the same name replaces
 * the book's in its place; a new one comes last and takes precedence over the earlier rules for the same question
 * (the same post, ground, headcount or requirement) on the days both are in force. The override is logged at DEBUG,
 * without any personal data. {@link #without(String) without} takes a rule out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReceptionRuleBook {

  private static final Logger LOG = LoggerFactory.getLogger(ReceptionRuleBook.class);

  /** The suffix of a rule carried over to the amended law by {@link #standard()}. */
  public static final String CARRIED_OVER = "_FROM_2026";

  /**
   * The suffix of a rule of Luật Tiếp công dân 42/2013/QH13's grounds as {@link #standard()} holds it before Thông
   * tư 06/2014/TT-TTCP, from 2014-07-01 to 2014-12-14.
   */
  public static final String BEFORE_CIRCULAR = "_BEFORE_CIRCULAR";

  /** The first day of the amended Citizen Reception Law and of Nghị định 154/2026/NĐ-CP: 2026-07-01. */
  public static final LocalDate AMENDMENT_DAY = ReceptionBases.AMENDMENT_DAY;

  private static final int NOTICE_DAYS = 3;

  // ---- duties: the Party's heads -------------------------------------------------------------------------------

  /**
   * The secretary of a provincial party committee receives citizens at least 1 day a month, from 2019-02-18 to
   * 2025-11-22 (Quy định 11-QĐi/TW, Điều 4, khoản 1, reported).
   */
  public static final ReceptionDuty PARTY_HEAD_PROVINCIAL_2019 =
      duty(
          "PARTY_HEAD_PROVINCIAL_2019",
          DutyHolder.partyHead(Level.PROVINCIAL),
          1,
          Cadence.MONTH,
          ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE,
          ReceptionBases.PARTY_4_1);

  /**
   * The secretary of a district party committee receives citizens at least 1 day a month, from 2019-02-18 until the
   * district level ended on 2025-06-30 (Quy định 11-QĐi/TW, Điều 4, khoản 1, reported).
   */
  public static final ReceptionDuty PARTY_HEAD_DISTRICT_2019 =
      ReceptionDuty.builder()
          .from(
              duty(
                  "PARTY_HEAD_DISTRICT_2019",
                  DutyHolder.partyHead(Level.DISTRICT),
                  1,
                  Cadence.MONTH,
                  ReceptionPlace.DISTRICT_RECEPTION_OFFICE,
                  ReceptionBases.PARTY_4_1))
          .validity(
              Validity.between(ReceptionBases.PARTY_4_1.inForceFrom(), ReceptionBases.LAST_DISTRICT_DAY))
          .build();

  /**
   * The secretary of a commune party committee receives citizens at least 2 days a month, from 2019-02-18 to
   * 2025-11-22 (Quy định 11-QĐi/TW, Điều 4, khoản 1, reported).
   */
  public static final ReceptionDuty PARTY_HEAD_COMMUNE_2019 =
      duty(
          "PARTY_HEAD_COMMUNE_2019",
          DutyHolder.partyHead(Level.COMMUNE),
          2,
          Cadence.MONTH,
          ReceptionPlace.UNIT_SEAT,
          ReceptionBases.PARTY_4_1);

  /**
   * The secretary of a provincial party committee receives citizens at least 1 day a month, from 2025-11-23 (Quy định
   * 11-QĐi/TW, Điều 4, khoản 1, as amended by Kết luận 215-KL/TW, which keeps the provincial and commune heads only;
   * reported).
   */
  public static final ReceptionDuty PARTY_HEAD_PROVINCIAL =
      duty(
          "PARTY_HEAD_PROVINCIAL",
          DutyHolder.partyHead(Level.PROVINCIAL),
          1,
          Cadence.MONTH,
          ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE,
          ReceptionBases.PARTY_4_1_AMENDED);

  /**
   * The secretary of a commune party committee receives citizens at least 2 days a month, from 2025-11-23 (Quy định
   * 11-QĐi/TW, Điều 4, khoản 1, as amended by Kết luận 215-KL/TW; reported).
   */
  public static final ReceptionDuty PARTY_HEAD_COMMUNE =
      duty(
          "PARTY_HEAD_COMMUNE",
          DutyHolder.partyHead(Level.COMMUNE),
          2,
          Cadence.MONTH,
          ReceptionPlace.UNIT_SEAT,
          ReceptionBases.PARTY_4_1_AMENDED);

  // ---- duties: the State's heads -------------------------------------------------------------------------------

  /**
   * The chair of a provincial People's Committee receives citizens at least 1 day a month at the provincial reception
   * office (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 5, verified), to 2026-06-30.
   */
  public static final ReceptionDuty PROVINCIAL_CHAIR =
      duty(
          "PROVINCIAL_CHAIR",
          DutyHolder.chairOf(UnitKind.PEOPLES_COMMITTEE, Level.PROVINCIAL),
          1,
          Cadence.MONTH,
          ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE,
          ReceptionBases.LAW_12_5);

  /**
   * The chair of a district People's Committee receives citizens at least 2 days a month at the district reception
   * office (Luật Tiếp công dân 42/2013/QH13, Điều 13, khoản 5, verified), until the district level ended on
   * 2025-06-30.
   */
  public static final ReceptionDuty DISTRICT_CHAIR =
      ReceptionDuty.builder()
          .from(
              duty(
                  "DISTRICT_CHAIR",
                  DutyHolder.chairOf(UnitKind.PEOPLES_COMMITTEE, Level.DISTRICT),
                  2,
                  Cadence.MONTH,
                  ReceptionPlace.DISTRICT_RECEPTION_OFFICE,
                  ReceptionBases.LAW_13_5))
          .validity(Validity.between(ReceptionBases.LAW_13_5.inForceFrom(), ReceptionBases.LAST_DISTRICT_DAY))
          .build();

  /**
   * The chair of a commune People's Committee receives citizens at least 1 day a week at the committee's seat (Luật
   * Tiếp công dân 42/2013/QH13, Điều 15, khoản 2, điểm d, verified), to 2026-06-30.
   */
  public static final ReceptionDuty COMMUNE_CHAIR =
      duty(
          "COMMUNE_CHAIR",
          DutyHolder.chairOf(UnitKind.PEOPLES_COMMITTEE, Level.COMMUNE),
          1,
          Cadence.WEEK,
          ReceptionPlace.UNIT_SEAT,
          ReceptionBases.LAW_15_2_D);

  /**
   * The head of a State agency receives citizens at least 1 day a month at the agency's seat (Luật Tiếp công dân
   * 42/2013/QH13, Điều 18, khoản 2, verified), to 2026-06-30. Of the kinds of unit the library knows, the agency is
   * the office of a People's Committee and its head the chief of office: the mapping is the library's, and an
   * application binds its own agencies (a provincial department) with a duty of its own ({@link
   * DutyHolder#ofUnits}).
   */
  public static final ReceptionDuty AGENCY_HEAD =
      duty(
          "AGENCY_HEAD",
          DutyHolder.of(Set.of(PostKind.CHIEF_OF_OFFICE), Set.of(UnitKind.PEOPLES_COMMITTEE_OFFICE), Set.of()),
          1,
          Cadence.MONTH,
          ReceptionPlace.UNIT_SEAT,
          ReceptionBases.LAW_18_2);

  // ---- refusals: Luật Tiếp công dân 42/2013/QH13, Điều 9 --------------------------------------------------------

  /**
   * A citizen drunk, on stimulants, mentally ill or otherwise unable to understand or control themselves is refused
   * (Luật Tiếp công dân 42/2013/QH13, Điều 9, khoản 1, verified) and told in person (Thông tư 06/2014/TT-TTCP, Điều
   * 4, verified), from 2014-12-15 to 2026-06-30. From 2014-07-01 to 2014-12-14 {@link #standard()} holds the ground as
   * {@code REFUSAL_UNABLE_TO_CONTROL_BEFORE_CIRCULAR}, told in person under no text read (unconfirmed).
   */
  public static final RefusalRule REFUSAL_UNABLE_TO_CONTROL =
      spoken(
          "REFUSAL_UNABLE_TO_CONTROL",
          RefusalGround.UNABLE_TO_CONTROL,
          ReceptionBases.LAW_9_1,
          ReceptionBases.CIRCULAR_4);

  /**
   * A citizen who threatens or insults the body or the officer, or breaks the rules of the reception place, is
   * refused (Điều 9, khoản 2, verified) and told in person (Thông tư 06/2014/TT-TTCP, Điều 4, verified), from
   * 2014-12-15 to 2026-06-30; before, from 2014-07-01, as {@code REFUSAL_THREATENING_BEFORE_CIRCULAR} (unconfirmed).
   */
  public static final RefusalRule REFUSAL_THREATENING =
      spoken("REFUSAL_THREATENING", RefusalGround.THREATENING, ReceptionBases.LAW_9_2, ReceptionBases.CIRCULAR_4);

  /**
   * A citizen who keeps complaining or denouncing a case resolved correctly, reviewed, answered in writing and
   * already received and explained is refused (Điều 9, khoản 3, verified), by a written notice within 3 working days
   * (Thông tư 06/2014/TT-TTCP, Điều 4, Mẫu 01-TCD, verified), from 2014-12-15, the circular's first day, to
   * 2026-06-30. Before, see {@link #REFUSAL_DRAWN_OUT_BEFORE_CIRCULAR}.
   */
  public static final RefusalRule REFUSAL_DRAWN_OUT =
      written("REFUSAL_DRAWN_OUT", RefusalGround.DRAWN_OUT, ReceptionBases.LAW_9_3, ReceptionBases.CIRCULAR_4);

  /**
   * The same drawn-out case refused from 2014-07-01 to 2014-12-14, before Thông tư 06/2014/TT-TTCP and its refusal
   * notice came into force: Luật Tiếp công dân 42/2013/QH13, Điều 9, khoản 3 makes it a ground (verified) but
   * prescribes no written notice and no form, so the citizen is told in person, a notice basis marked
   * <b>unconfirmed</b>: data an application replaces if it holds a text that says otherwise.
   */
  public static final RefusalRule REFUSAL_DRAWN_OUT_BEFORE_CIRCULAR = beforeCircular(REFUSAL_DRAWN_OUT);

  /**
   * Another case set by law (Điều 9, khoản 4, verified), told in person; how is not written in what was read, so the
   * notice is unconfirmed. From 2014-07-01 to 2026-06-30: from 2026-07-01 the points of Nghị định 154/2026/NĐ-CP
   * detail these cases.
   */
  public static final RefusalRule REFUSAL_OTHER_BY_LAW =
      spoken(
          "REFUSAL_OTHER_BY_LAW",
          RefusalGround.OTHER_BY_LAW,
          ReceptionBases.LAW_9_4,
          LegalBasis.builder()
              .from(ReceptionBases.LAW_9_4)
              .confirmation(Confirmation.UNCONFIRMED)
              .build());

  // ---- refusals: Nghị định 154/2026/NĐ-CP, Điều 4, khoản 1 ------------------------------------------------------

  /** Point a: weapons, explosives or dangerous items not handed in; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_WEAPONS =
      spoken("REFUSAL_WEAPONS", RefusalGround.WEAPONS, ReceptionBases.DECREE_4_1_A, ReceptionBases.DECREE_4_2_DISPUTED);

  /** Point b: the security check refused; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_SECURITY_CHECK =
      spoken(
          "REFUSAL_SECURITY_CHECK", RefusalGround.SECURITY_CHECK, ReceptionBases.DECREE_4_1_B, ReceptionBases.DECREE_4_2);

  /** Point c: recording or livestreaming against instructions; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_RECORDING =
      spoken("REFUSAL_RECORDING", RefusalGround.RECORDING, ReceptionBases.DECREE_4_1_C, ReceptionBases.DECREE_4_2);

  /** Point d: inciting others or disturbing public order; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_INCITING =
      spoken("REFUSAL_INCITING", RefusalGround.INCITING, ReceptionBases.DECREE_4_1_D, ReceptionBases.DECREE_4_2);

  /** Point đ: no legal capacity and no legal representative; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_NO_LEGAL_REPRESENTATIVE =
      spoken(
          "REFUSAL_NO_LEGAL_REPRESENTATIVE",
          RefusalGround.NO_LEGAL_REPRESENTATIVE,
          ReceptionBases.DECREE_4_1_DD,
          ReceptionBases.DECREE_4_2);

  /** Point e: a representative's authority unproven; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_AUTHORITY_UNPROVEN =
      spoken(
          "REFUSAL_AUTHORITY_UNPROVEN",
          RefusalGround.AUTHORITY_UNPROVEN,
          ReceptionBases.DECREE_4_1_E,
          ReceptionBases.DECREE_4_2);

  /** Point g: not a complaint, denunciation, recommendation or feedback; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_NOT_A_PETITION =
      spoken(
          "REFUSAL_NOT_A_PETITION", RefusalGround.NOT_A_PETITION, ReceptionBases.DECREE_4_1_G, ReceptionBases.DECREE_4_2);

  /**
   * Point h: a recommendation or feedback already answered in writing, with no new facts; told by a written notice on
   * Mẫu 01/TCD within 3 working days (Điều 4, khoản 3; verified).
   */
  public static final RefusalRule REFUSAL_NO_NEW_FACTS =
      written(
          "REFUSAL_NO_NEW_FACTS", RefusalGround.NO_NEW_FACTS, ReceptionBases.DECREE_4_1_H, ReceptionBases.DECREE_4_3);

  /** Point i: a final court judgment, not reviewable; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_FINAL_JUDGMENT =
      spoken(
          "REFUSAL_FINAL_JUDGMENT",
          RefusalGround.FINAL_JUDGMENT,
          ReceptionBases.DECREE_4_1_I,
          ReceptionBases.DECREE_4_2_DISPUTED);

  /** Point k: the case is being handled by another competent body; told in person (the letter set unconfirmed). */
  public static final RefusalRule REFUSAL_HANDLED_ELSEWHERE =
      spoken(
          "REFUSAL_HANDLED_ELSEWHERE",
          RefusalGround.HANDLED_ELSEWHERE,
          ReceptionBases.DECREE_4_1_K,
          ReceptionBases.DECREE_4_2);

  // ---- delegations: Luật Tiếp công dân 42/2013/QH13, Điều 29 ----------------------------------------------------

  /** A delegation of 5 to 10 people names 1 or 2 representatives (Điều 29, verified), to 2026-06-30. */
  public static final DelegationRule DELEGATION_OF_5_TO_10 =
      DelegationRule.builder()
          .name("DELEGATION_OF_5_TO_10")
          .headcount(Range.closed(5, 10))
          .representatives(Range.closed(1, 2))
          .basis(ReceptionBases.LAW_29)
          .build();

  /** A delegation of more than 10 people names at most 5 representatives (Điều 29, verified), to 2026-06-30. */
  public static final DelegationRule DELEGATION_OVER_10 =
      DelegationRule.builder()
          .name("DELEGATION_OVER_10")
          .headcount(Range.atLeast(11))
          .representatives(Range.closed(1, 5))
          .basis(ReceptionBases.LAW_29)
          .build();

  // ---- procedures ------------------------------------------------------------------------------------------------

  /** A delegation's representatives are among its petitioners (Điều 29, verified), to 2026-06-30. */
  public static final ProcedureRule REPRESENTATIVES_AMONG_PETITIONERS =
      procedure(
          "REPRESENTATIVES_AMONG_PETITIONERS",
          ProcedureRequirement.REPRESENTATIVES_AMONG_PETITIONERS,
          ReceptionBases.LAW_29);

  /** A delegation names its representatives in writing, signed by all (Điều 29, verified), to 2026-06-30. */
  public static final ProcedureRule APPOINTMENT_SIGNED_BY_ALL =
      procedure("APPOINTMENT_SIGNED_BY_ALL", ProcedureRequirement.APPOINTMENT_SIGNED_BY_ALL, ReceptionBases.LAW_29);

  /**
   * The head's own reception ends with a conclusion notice, from 2014-12-15 to 2026-06-30 under Thông tư
   * 06/2014/TT-TTCP, whose article was not read: unconfirmed.
   */
  public static final ProcedureRule CONCLUSION_NOTICE_2014 =
      procedure("CONCLUSION_NOTICE_2014", ProcedureRequirement.CONCLUSION_NOTICE, ReceptionBases.CIRCULAR_CONCLUSION);

  /**
   * The head's own reception ends with a conclusion notice (thông báo kết luận việc tiếp công dân), from 2026-07-01
   * (Nghị định 154/2026/NĐ-CP, Điều 27, khoản 1, verified).
   */
  public static final ProcedureRule CONCLUSION_NOTICE =
      procedure("CONCLUSION_NOTICE", ProcedureRequirement.CONCLUSION_NOTICE, ReceptionBases.DECREE_27_1);

  /**
   * A reception schedule is posted publicly before its days, from 2026-07-01 (Nghị định 154/2026/NĐ-CP, Điều 29,
   * khoản 1, điểm c, verified). No article read requires it before.
   */
  public static final ProcedureRule SCHEDULE_POSTED =
      procedure("SCHEDULE_POSTED", ProcedureRequirement.SCHEDULE_POSTED, ReceptionBases.DECREE_29_1_C);

  /**
   * A National Assembly deputy's reception schedule is notified at least 10 working days ahead (Luật Tiếp công dân
   * 42/2013/QH13, Điều 21, verified), to 2026-06-30.
   */
  public static final ProcedureRule DEPUTY_SCHEDULE_NOTICE =
      ahead("DEPUTY_SCHEDULE_NOTICE", ProcedureRequirement.SCHEDULE_NOTIFIED_AHEAD, 10, ReceptionBases.LAW_21);

  /**
   * A National Assembly deputy's absence from a scheduled reception is notified at least 5 working days ahead (Điều
   * 21, verified), to 2026-06-30.
   */
  public static final ProcedureRule DEPUTY_ABSENCE_NOTICE =
      ahead("DEPUTY_ABSENCE_NOTICE", ProcedureRequirement.ABSENCE_NOTIFIED_AHEAD, 5, ReceptionBases.LAW_21);

  /**
   * A head of a State body (a chair, a head, a chief of office) may have a deputy receive in his stead, to
   * 2026-06-30: <b>unconfirmed</b>, inferred from the press reports that the amended law forbids it from 2026-07-01.
   * A session held by a deputy on behalf of the head counts towards the head's duty only while a rule of this
   * requirement is in force for the head's post.
   */
  public static final ProcedureRule DEPUTY_STANDS_IN =
      ProcedureRule.builder()
          .name("DEPUTY_STANDS_IN")
          .requirement(ProcedureRequirement.DEPUTY_STANDS_IN)
          .addPostKinds(PostKind.CHAIR, PostKind.HEAD, PostKind.CHIEF_OF_OFFICE)
          .basis(ReceptionBases.LAW_DEPUTY_STANDS_IN)
          .build();

  /** Citizens may be received online from 2026-07-01 (the new Điều 3a of the amended law, reported). */
  public static final ProcedureRule ONLINE_RECEPTION =
      procedure("ONLINE_RECEPTION", ProcedureRequirement.ONLINE_RECEPTION, ReceptionBases.LAW_3A);

  private static final ReceptionRuleBook STANDARD = new ReceptionRuleBook(standardRules());

  private final ImmutableList<ReceptionRule> rules;

  private ReceptionRuleBook(ImmutableList<ReceptionRule> rules) {
    Set<String> names = new HashSet<>();
    for (ReceptionRule rule : rules) {
      requireNonNull(rule, "rule");
      checkArgument(names.add(rule.name()), "a rule book names each rule once; %s is given twice", Texts.quote(rule.name()));
    }
    this.rules = rules;
  }

  private static ImmutableList<ReceptionRule> standardRules() {
    ImmutableList.Builder<ReceptionRule> rules = ImmutableList.builder();
    rules.add(
        PARTY_HEAD_PROVINCIAL_2019,
        PARTY_HEAD_DISTRICT_2019,
        PARTY_HEAD_COMMUNE_2019,
        PARTY_HEAD_PROVINCIAL,
        PARTY_HEAD_COMMUNE,
        PROVINCIAL_CHAIR,
        DISTRICT_CHAIR,
        COMMUNE_CHAIR,
        AGENCY_HEAD);
    for (ReceptionDuty duty : List.of(PROVINCIAL_CHAIR, COMMUNE_CHAIR, AGENCY_HEAD)) {
      rules.add(
          ReceptionDuty.builder()
              .from(duty)
              .name(duty.name() + CARRIED_OVER)
              .basis(ReceptionBases.carriedOver(duty.basis()))
              .validity(Validity.from(AMENDMENT_DAY))
              .build());
    }
    rules.add(
        beforeCircular(REFUSAL_UNABLE_TO_CONTROL),
        REFUSAL_UNABLE_TO_CONTROL,
        beforeCircular(REFUSAL_THREATENING),
        REFUSAL_THREATENING,
        REFUSAL_DRAWN_OUT_BEFORE_CIRCULAR,
        REFUSAL_DRAWN_OUT,
        REFUSAL_OTHER_BY_LAW);
    rules.add(
        carriedOver(REFUSAL_UNABLE_TO_CONTROL, ReceptionBases.DECREE_4_2),
        carriedOver(REFUSAL_THREATENING, ReceptionBases.DECREE_4_2),
        carriedOver(REFUSAL_DRAWN_OUT, ReceptionBases.DECREE_4_3));
    rules.add(
        REFUSAL_WEAPONS,
        REFUSAL_SECURITY_CHECK,
        REFUSAL_RECORDING,
        REFUSAL_INCITING,
        REFUSAL_NO_LEGAL_REPRESENTATIVE,
        REFUSAL_AUTHORITY_UNPROVEN,
        REFUSAL_NOT_A_PETITION,
        REFUSAL_NO_NEW_FACTS,
        REFUSAL_FINAL_JUDGMENT,
        REFUSAL_HANDLED_ELSEWHERE);
    rules.add(DELEGATION_OF_5_TO_10, DELEGATION_OVER_10);
    for (DelegationRule rule : List.of(DELEGATION_OF_5_TO_10, DELEGATION_OVER_10)) {
      rules.add(
          DelegationRule.builder()
              .from(rule)
              .name(rule.name() + CARRIED_OVER)
              .basis(ReceptionBases.carriedOver(rule.basis()))
              .validity(Validity.from(AMENDMENT_DAY))
              .build());
    }
    rules.add(
        REPRESENTATIVES_AMONG_PETITIONERS,
        APPOINTMENT_SIGNED_BY_ALL,
        CONCLUSION_NOTICE_2014,
        CONCLUSION_NOTICE,
        SCHEDULE_POSTED,
        DEPUTY_SCHEDULE_NOTICE,
        DEPUTY_ABSENCE_NOTICE,
        DEPUTY_STANDS_IN,
        ONLINE_RECEPTION);
    for (ProcedureRule rule :
        List.of(
            REPRESENTATIVES_AMONG_PETITIONERS,
            APPOINTMENT_SIGNED_BY_ALL,
            DEPUTY_SCHEDULE_NOTICE,
            DEPUTY_ABSENCE_NOTICE)) {
      LegalBasis basis = ReceptionBases.carriedOver(rule.basis());
      ProcedureRule.Builder carried =
          ProcedureRule.builder()
              .from(rule)
              .name(rule.name() + CARRIED_OVER)
              .basis(basis)
              .validity(Validity.from(AMENDMENT_DAY));
      rule.daysAhead().ifPresent(limit -> carried.daysAhead(TimeLimit.workingDays(limit.days(), basis)));
      rules.add(carried.build());
    }
    return rules.build();
  }

  private static ReceptionDuty duty(
      String name, DutyHolder holder, int days, Cadence cadence, ReceptionPlace place, LegalBasis basis) {
    return ReceptionDuty.builder()
        .name(name)
        .holder(holder)
        .days(days)
        .cadence(cadence)
        .place(place)
        .basis(basis)
        .build();
  }

  private static RefusalRule spoken(String name, RefusalGround ground, LegalBasis basis, LegalBasis noticeBasis) {
    return RefusalRule.builder()
        .name(name)
        .ground(ground)
        .notice(RefusalNotice.SPOKEN_EXPLANATION)
        .basis(basis)
        .noticeBasis(noticeBasis)
        .build();
  }

  private static RefusalRule written(String name, RefusalGround ground, LegalBasis basis, LegalBasis noticeBasis) {
    return RefusalRule.builder()
        .name(name)
        .ground(ground)
        .notice(RefusalNotice.WRITTEN_NOTICE)
        .noticeLimit(TimeLimit.workingDays(NOTICE_DAYS, noticeBasis))
        .basis(basis)
        .noticeBasis(noticeBasis)
        .build();
  }

  /**
   * Returns a rule of Luật 42's grounds as it stands before Thông tư 06/2014/TT-TTCP, from 2014-07-01 to 2014-12-14:
   * the citizen told in person, the notice resting on the ground's own article, unconfirmed.
   */
  private static RefusalRule beforeCircular(RefusalRule rule) {
    LegalBasis noticeBasis = ReceptionBases.beforeCircular(rule.basis());
    return RefusalRule.builder()
        .from(rule)
        .name(rule.name() + BEFORE_CIRCULAR)
        .notice(RefusalNotice.SPOKEN_EXPLANATION)
        .noticeLimit(Optional.empty())
        .noticeBasis(noticeBasis)
        .validity(noticeBasis.validity())
        .build();
  }

  private static RefusalRule carriedOver(RefusalRule rule, LegalBasis noticeBasis) {
    RefusalRule.Builder carried =
        RefusalRule.builder()
            .from(rule)
            .name(rule.name() + CARRIED_OVER)
            .basis(ReceptionBases.carriedOver(rule.basis()))
            .noticeBasis(noticeBasis)
            .validity(Validity.from(AMENDMENT_DAY));
    if (rule.needsWrittenNotice()) {
      carried.noticeLimit(TimeLimit.workingDays(NOTICE_DAYS, noticeBasis));
    }
    return carried.build();
  }

  private static ProcedureRule procedure(String name, ProcedureRequirement requirement, LegalBasis basis) {
    return ProcedureRule.builder().name(name).requirement(requirement).basis(basis).build();
  }

  private static ProcedureRule ahead(String name, ProcedureRequirement requirement, int days, LegalBasis basis) {
    return ProcedureRule.builder()
        .name(name)
        .requirement(requirement)
        .addPostKinds(PostKind.NATIONAL_ASSEMBLY_DEPUTY)
        .daysAhead(TimeLimit.workingDays(days, basis))
        .basis(basis)
        .build();
  }

  // ---- making books ----------------------------------------------------------------------------------------------

  /**
   * Returns the built-in rules: the constants of this class and the rules carried over to the amended law.
   *
   * @return the standard rule book, not null
   */
  public static ReceptionRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a rule book of the given rules only, later ones taking precedence over earlier ones.
   *
   * @param rules the rules, in order of precedence, lowest first; none null, no two of the same name
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   * @throws IllegalArgumentException if two rules have the same name
   */
  public static ReceptionRuleBook of(Iterable<? extends ReceptionRule> rules) {
    return new ReceptionRuleBook(Arguments.list(rules, "rules"));
  }

  /**
   * Returns this rule book with an application's own rule: in place of the rule of the same name if there is one,
   * otherwise last, so that it takes precedence over the earlier rules for the same question on the days both are
   * in force. This book is left as it was.
   *
   * @param rule the rule, not null
   * @return a new rule book, not null
   */
  public ReceptionRuleBook with(ReceptionRule rule) {
    requireNonNull(rule, "rule");
    return new ReceptionRuleBook(NamedLists.with(rules, rule, ReceptionRule::name));
  }

  /**
   * Returns this rule book without the rule of the given name. This book is left as it was.
   *
   * @param name the name of the rule, not null
   * @return a new rule book, not null
   * @throws IllegalArgumentException if this book has no rule of that name
   */
  public ReceptionRuleBook without(String name) {
    requireNonNull(name, "name");
    checkArgument(rule(name).isPresent(), "this rule book has no rule named %s", Texts.quote(name));
    return new ReceptionRuleBook(NamedLists.without(rules, name, ReceptionRule::name));
  }

  // ---- what it holds ---------------------------------------------------------------------------------------------

  /**
   * Returns every rule, in order of precedence, lowest first.
   *
   * @return the rules, not null
   */
  public ImmutableList<ReceptionRule> rules() {
    return rules;
  }

  /**
   * Returns the rule of the given name, for example "PROVINCIAL_CHAIR_FROM_2026".
   *
   * @param name the name, not null
   * @return the rule, or empty if this book has none of that name
   */
  public Optional<ReceptionRule> rule(String name) {
    requireNonNull(name, "name");
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * Returns the rules in force on a day, in the order of the book.
   *
   * @param day the day, not null
   * @return the rules, possibly empty, not null
   */
  public ImmutableList<ReceptionRule> inForceOn(LocalDate day) {
    requireNonNull(day, "day");
    return rules.stream().filter(r -> r.isInForceOn(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the duties to receive, in the order of the book.
   *
   * @return the duties, not null
   */
  public ImmutableList<ReceptionDuty> duties() {
    return ofType(ReceptionDuty.class);
  }

  /**
   * Returns the refusal rules, in the order of the book.
   *
   * @return the refusal rules, not null
   */
  public ImmutableList<RefusalRule> refusalRules() {
    return ofType(RefusalRule.class);
  }

  /**
   * Returns the rules of delegations, in the order of the book.
   *
   * @return the delegation rules, not null
   */
  public ImmutableList<DelegationRule> delegationRules() {
    return ofType(DelegationRule.class);
  }

  /**
   * Returns the rules of procedure, in the order of the book.
   *
   * @return the procedure rules, not null
   */
  public ImmutableList<ProcedureRule> procedureRules() {
    return ofType(ProcedureRule.class);
  }

  private <R extends ReceptionRule> ImmutableList<R> ofType(Class<R> type) {
    return rules.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }

  // ---- the questions ---------------------------------------------------------------------------------------------

  /**
   * Returns the duty to receive that binds a post on a day: the last duty of this book in force that day whose holder
   * binds the post. For example the chair of a provincial People's Committee on 2016-01-01 has {@link
   * #PROVINCIAL_CHAIR}; the secretary of Tỉnh ủy Hậu Giang has none, as the Party's rule dates from 2019.
   *
   * @param post the post, not null
   * @param unit the post's unit as it stands on the day, not null
   * @param day the day, not null
   * @return the duty, or empty if none binds the post that day
   * @throws IllegalArgumentException if the unit is not the post's
   */
  public Optional<ReceptionDuty> dutyOf(Post post, Unit unit, LocalDate day) {
    requireNonNull(post, "post");
    requireNonNull(unit, "unit");
    requireNonNull(day, "day");
    return last(duties(), d -> d.binds(post, unit, day), "the duty of " + post + " on " + day);
  }

  /**
   * Returns the duty to receive that binds a post on a day, its unit read from an org chart.
   *
   * @param post the post, not null
   * @param chart the org chart, not null
   * @param day the day, not null
   * @return the duty, or empty if none binds the post that day or the chart has no such unit alive that day
   */
  public Optional<ReceptionDuty> dutyOf(Post post, OrgChart chart, LocalDate day) {
    requireNonNull(post, "post");
    requireNonNull(chart, "chart");
    return chart.unit(post.unit(), day).flatMap(unit -> dutyOf(post, unit, day));
  }

  /**
   * Returns the refusal rule of a ground on a day: the last of this book in force that day for the ground.
   *
   * @param ground the ground, not null
   * @param day the day of the refusal, not null
   * @return the rule, or empty if the ground is not a ground of refusal that day
   */
  public Optional<RefusalRule> refusalRule(RefusalGround ground, LocalDate day) {
    requireNonNull(ground, "ground");
    requireNonNull(day, "day");
    return last(refusalRules(), r -> r.ground() == ground && r.isInForceOn(day), "the refusal on " + ground);
  }

  /**
   * Returns the grounds of refusal in force on a day: the four of Luật Tiếp công dân 42/2013/QH13, Điều 9 to
   * 2026-06-30; three of them, carried over, and the ten points of Nghị định 154/2026/NĐ-CP from 2026-07-01.
   *
   * @param day the day, not null
   * @return the grounds, in the order of {@link RefusalGround}, not null
   */
  public ImmutableSet<RefusalGround> groundsOn(LocalDate day) {
    requireNonNull(day, "day");
    return Arrays.stream(RefusalGround.values())
        .filter(g -> refusalRule(g, day).isPresent())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the rule of delegations that applies to a headcount on a day: the last of this book in force that day
   * whose headcount range holds it.
   *
   * @param headcount the delegation's headcount
   * @param day the day, not null
   * @return the rule, or empty if none applies, as for a group of fewer than 5
   */
  public Optional<DelegationRule> delegationRule(int headcount, LocalDate day) {
    requireNonNull(day, "day");
    return last(
        delegationRules(), r -> r.appliesTo(headcount) && r.isInForceOn(day), "a delegation of " + headcount);
  }

  /**
   * Returns the rule of procedure of a requirement in force on a day, for any post: the last of this book.
   *
   * @param requirement the requirement, not null
   * @param day the day, not null
   * @return the rule, or empty if none is in force
   */
  public Optional<ProcedureRule> procedure(ProcedureRequirement requirement, LocalDate day) {
    requireNonNull(requirement, "requirement");
    requireNonNull(day, "day");
    return last(
        procedureRules(), r -> r.requirement() == requirement && r.isInForceOn(day), requirement.toString());
  }

  /**
   * Returns the rule of procedure of a requirement in force on a day for a kind of post: the last of this book that
   * covers the kind.
   *
   * @param requirement the requirement, not null
   * @param kind the kind of post, not null
   * @param day the day, not null
   * @return the rule, or empty if none covers the kind that day
   */
  public Optional<ProcedureRule> procedure(ProcedureRequirement requirement, PostKind kind, LocalDate day) {
    requireNonNull(requirement, "requirement");
    requireNonNull(kind, "kind");
    requireNonNull(day, "day");
    return last(
        procedureRules(),
        r -> r.requirement() == requirement && r.covers(kind) && r.isInForceOn(day),
        requirement + " for " + kind);
  }

  /**
   * Returns every rule a delegation breaks on a day, at once: the number of its representatives ({@link
   * DelegationRule}); when a rule of delegations applies to its headcount, the writing signed by all ({@link
   * ProcedureRequirement#APPOINTMENT_SIGNED_BY_ALL}) and, when there is a writing, the representatives among its
   * signatories ({@link ProcedureRequirement#REPRESENTATIVES_AMONG_PETITIONERS}). For example a delegation of 12 with 6
   * representatives, named in a writing 11 signed, gets {@link #DELEGATION_OVER_10} and {@link
   * #APPOINTMENT_SIGNED_BY_ALL}. A group of fewer than 5 gets none.
   *
   * @param delegation the delegation, not null
   * @param day the day it is received, not null
   * @return the findings, empty if it fits every rule, not null
   */
  public ImmutableList<ReceptionViolation> findings(Delegation delegation, LocalDate day) {
    requireNonNull(delegation, "delegation");
    requireNonNull(day, "day");
    Optional<DelegationRule> counted = delegationRule(delegation.headcount(), day);
    if (counted.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<ReceptionViolation> found = ImmutableList.builder();
    DelegationRule rule = counted.get();
    if (!rule.allows(delegation.representatives())) {
      found.add(
          ReceptionViolation.of(
              rule,
              "a delegation of "
                  + rule.headcount()
                  + " people names "
                  + rule.representatives()
                  + " representatives; this one, of "
                  + delegation.headcount()
                  + ", names "
                  + delegation.representatives(),
              delegation.headcount(),
              delegation.representatives()));
    }
    procedure(ProcedureRequirement.APPOINTMENT_SIGNED_BY_ALL, day)
        .filter(r -> !delegation.isSignedByAll())
        .ifPresent(
            r ->
                found.add(
                    ReceptionViolation.of(
                        r,
                        "the representatives are named in a writing signed by all "
                            + delegation.headcount()
                            + " people; "
                            + (delegation.isAppointedInWriting()
                                ? delegation.signatories() + " signed"
                                : "there is no writing"),
                        delegation.headcount(),
                        delegation.signatories())));
    procedure(ProcedureRequirement.REPRESENTATIVES_AMONG_PETITIONERS, day)
        .filter(r -> delegation.isAppointedInWriting() && delegation.representativesNotAmongSignatories() > 0)
        .ifPresent(
            r ->
                found.add(
                    ReceptionViolation.of(
                        r,
                        "the representatives are among the petitioners who name them; "
                            + delegation.representativesNotAmongSignatories()
                            + " of the "
                            + delegation.representatives()
                            + " did not sign the writing",
                        delegation.representativesNotAmongSignatories(),
                        delegation.representatives())));
    return found.build();
  }

  /**
   * Returns what an absence from a scheduled reception breaks: a National Assembly deputy notifies it at least 5
   * working days ahead ({@link #DEPUTY_ABSENCE_NOTICE}), that is with 5 whole working days between the day of the
   * notice and the day of the reception, neither counted: an absence from Thursday 2016-09-15 is notified by
   * Wednesday 2016-09-07. A notice on or after the day counts no day ahead.
   *
   * @param post the post of the one absent, not null
   * @param scheduled the day of the reception missed, within the calendar's range, not null
   * @param notifiedOn the day the absence was notified, not null
   * @param calendar the working calendar, not null
   * @return the finding, or empty if none is broken, not null
   * @throws java.time.DateTimeException if a day is outside the calendar's range
   */
  public ImmutableList<ReceptionViolation> absenceFindings(
      Post post, LocalDate scheduled, LocalDate notifiedOn, WorkingCalendar calendar) {
    requireNonNull(post, "post");
    requireNonNull(scheduled, "scheduled");
    requireNonNull(notifiedOn, "notifiedOn");
    requireNonNull(calendar, "calendar");
    return procedure(ProcedureRequirement.ABSENCE_NOTIFIED_AHEAD, post.kind(), scheduled)
        .flatMap(rule -> lateNotice(rule, "an absence from the reception of", post, scheduled, notifiedOn, calendar))
        .map(ImmutableList::of)
        .orElse(ImmutableList.of());
  }

  /**
   * Returns a finding if a notice of a day was given fewer working days ahead than the rule's. "At least n working
   * days ahead" is read strictly, as an inspector would: n whole working days lie between the day of the notice and
   * the day itself, neither counted. So an absence from Thursday 2016-09-15 notified on Thursday 2016-09-08 is 4
   * working days ahead (Friday, Monday, Tuesday, Wednesday), one short of 5.
   */
  static Optional<ReceptionViolation> lateNotice(
      ProcedureRule rule, String what, Post post, LocalDate day, LocalDate notifiedOn, WorkingCalendar calendar) {
    int required = rule.daysAhead().orElseThrow().days();
    int ahead = notifiedOn.isBefore(day) ? calendar.workingDaysBetween(notifiedOn, day.minusDays(1)) : 0;
    if (ahead >= required) {
      return Optional.empty();
    }
    return Optional.of(
        ReceptionViolation.of(
            rule,
            what
                + " "
                + post
                + " on "
                + day
                + " is notified at least "
                + required
                + " working days ahead; it was notified on "
                + notifiedOn
                + ", "
                + ahead
                + " working days ahead",
            post,
            day,
            notifiedOn));
  }

  /**
   * Returns the form of the reception register prescribed on a day.
   *
   * @param day the day, not null
   * @return the form, or empty before 2014-12-15
   */
  public Optional<RegisterForm> registerFormOn(LocalDate day) {
    return RegisterForm.on(day);
  }

  private <R extends ReceptionRule> Optional<R> last(List<R> candidates, Predicate<R> applies, String question) {
    @Nullable R found = null;
    for (R rule : candidates) {
      if (applies.test(rule)) {
        if (found != null && LOG.isDebugEnabled()) {
          LOG.debug("reception rule {} overrides {} for {}", rule.name(), found.name(), question);
        }
        found = rule;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReceptionRuleBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the number of rules, for example "ReceptionRuleBook[53 rules]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "ReceptionRuleBook[" + rules.size() + " rules]";
  }
}
