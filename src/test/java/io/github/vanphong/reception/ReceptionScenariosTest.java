package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.CT_BT1;
import static io.github.vanphong.reception.ReceptionFixtures.CT_COMMUNE_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.CT_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHIEF_OF_OFFICE;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.VIETNAM;
import static io.github.vanphong.reception.ReceptionFixtures.XA_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.identity;
import static io.github.vanphong.reception.ReceptionFixtures.people;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scenarios of the issue, each a story of the law told through the library. */
class ReceptionScenariosTest {

  @Test
  void aDelegationOfTwelveWithSixRepresentativesIsRefusedWithEveryFindingAtOnce() {
    LocalDate day = LocalDate.of(2016, 3, 15);
    List<Identity> twelve = people(12);
    List<Identity> signed = new ArrayList<>(twelve.subList(1, 12));
    Delegation delegation = Delegation.of(12, twelve.subList(0, 6)).appointedInWriting(signed);
    Matter matter =
        Matter.builder()
            .id(PetitionId.of("P-2016-0101"))
            .kind(PetitionKind.COMPLAINT)
            .byDelegation(delegation)
            .subject(Subject.of(SubjectKind.ADMINISTRATIVE_DECISION, "Quyết định thu hồi đất của ấp Tân Long"))
            .summary("khiếu nại việc thu hồi đất của 12 hộ dân ấp Tân Long")
            .outcome(ReceptionOutcome.ACCEPTED)
            .build();
    ReceptionSession open = session("TCD-2016-03-15", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, day);

    assertThat(STANDARD.findings(delegation, day))
        .extracting(ReceptionViolation::rule)
        .containsExactly(
            ReceptionRuleBook.DELEGATION_OVER_10,
            ReceptionRuleBook.APPOINTMENT_SIGNED_BY_ALL,
            ReceptionRuleBook.REPRESENTATIVES_AMONG_PETITIONERS);
    assertThatThrownBy(() -> open.receive(matter, day, OFFICER))
        .isInstanceOfSatisfying(
            ReceptionWorkflowException.class,
            e -> {
              assertThat(e.rule()).contains(ReceptionRuleBook.DELEGATION_OVER_10);
              assertThat(e.findings()).hasSize(3);
              assertThat(e.state()).isEqualTo(SessionState.OPEN);
              assertThat(e.command()).isEqualTo(SessionCommand.RECEIVE);
              assertThat(e.getMessage()).doesNotContain("Công dân Thứ");
            });
    assertThat(open.matters()).isEmpty();
    assertThat(open.history()).hasSize(1);

    Delegation fitting = Delegation.of(12, twelve.subList(0, 5)).appointedInWriting(twelve);
    ReceptionSession received =
        open.receive(Matter.builder().from(matter).byDelegation(fitting).build(), day, OFFICER);
    assertThat(received.matters()).hasSize(1);
    assertThat(received.intakes().get(0).petitioners().count()).isEqualTo(12);
  }

  @Test
  void aRepeatDenouncerIsRefusedInWritingWithinThreeWorkingDaysAcrossAWeekend() {
    LocalDate thursday = LocalDate.of(2016, 3, 10);
    ReceptionSession session =
        session("TCD-2016-03-10", HG_CHIEF_OF_OFFICE, PersonId.of("HG-CVP1"), SessionKind.REGULAR, thursday)
            .refuse(
                RefusalGround.DRAWN_OUT,
                Petitioners.one(identity("Lâm Thanh Nghĩa")),
                PetitionId.of("P-2015-0031"),
                thursday,
                OFFICER)
            .end(thursday, OFFICER);

    Refusal refusal = session.refusals().get(0);
    assertThat(refusal.rule()).isEqualTo(ReceptionRuleBook.REFUSAL_DRAWN_OUT);
    assertThat(refusal.rule().noticeBasis().instrument()).isEqualTo(Instruments.CIRCULAR_06_2014_TTCP);
    assertThat(refusal.earlier()).contains(PetitionId.of("P-2015-0031"));
    assertThat(refusal.noticeDeadline(VIETNAM).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2016, 3, 15));
    assertThat(refusal.noticeStatusOn(VIETNAM, LocalDate.of(2016, 3, 16))).contains(DeadlineStatus.OVERDUE);
    assertThat(session.allowedCommands()).contains(SessionCommand.NOTIFY_REFUSAL);

    ReceptionSession notified = session.notifyRefusal(1, "05/TB-TCD", LocalDate.of(2016, 3, 14), OFFICER);
    Refusal done = notified.refusals().get(0);
    assertThat(done.noticeStatusOn(VIETNAM, LocalDate.of(2016, 3, 16))).contains(DeadlineStatus.MET);
    assertThat(notified.allowedCommands()).doesNotContain(SessionCommand.NOTIFY_REFUSAL);
    assertThat(notified.toString() + done + notified.history()).doesNotContain("Lâm Thanh Nghĩa");
  }

  @Test
  void theHeadsMonthlyDutyIsMetLateInAMonthWithTet() {
    ReceptionSchedule schedule =
        ReceptionSchedule.builder()
            .post(CT_SECRETARY)
            .addDays(ScheduleDay.ofMonth(15))
            .shift(ScheduleShift.NEXT_WORKING_DAY)
            .place(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE)
            .validity(io.github.vanphong.law.Validity.from(LocalDate.of(2026, 1, 1)))
            .postedOn(LocalDate.of(2025, 12, 31))
            .build();
    List<ScheduledDate> february =
        schedule.datesIn(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), VIETNAM);
    assertThat(february).containsExactly(ScheduledDate.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)));

    LocalDate held = february.get(0).held();
    ReceptionSession day =
        session("CT-TCD-2026-02-23", CT_SECRETARY, CT_BT1, SessionKind.HEAD_PERIODIC, held).end(held, OFFICER);
    ReportPeriod month = ReportPeriod.month(YearMonth.of(2026, 2), CutOff.monthEnd());
    ComplianceCheck check = ComplianceCheck.of(STANDARD, PROVINCE);

    ReceptionCompliance before = check.assess(CT_SECRETARY, month, LocalDate.of(2026, 2, 20), List.of(day), List.of());
    ReceptionCompliance after = check.assess(CT_SECRETARY, month, LocalDate.of(2026, 2, 28), List.of(day), List.of());

    assertThat(before.status()).isEqualTo(ComplianceStatus.PENDING);
    assertThat(after.dutyPeriods()).singleElement().satisfies(p -> {
      assertThat(p.duty()).isEqualTo(ReceptionRuleBook.PARTY_HEAD_PROVINCIAL);
      assertThat(p.held()).containsExactly(LocalDate.of(2026, 2, 23));
    });
    assertThat(after.status()).isEqualTo(ComplianceStatus.MET);
    assertThat(after.shortfall()).isZero();
  }

  @Test
  void aSessionInJuly2026FollowsNghiDinh154() {
    LocalDate wednesday = LocalDate.of(2026, 7, 15);
    ReceptionSession session =
        session("XA-TCD-2026-07-15", CT_COMMUNE_CHAIR, XA_CT1, SessionKind.HEAD_PERIODIC, wednesday)
            .receive(complaint("P-2026-0007"), wednesday, OFFICER)
            .refuse(RefusalGround.NO_NEW_FACTS, Petitioners.one(identity("Đoàn Văn Hưởng")), wednesday, OFFICER)
            .refuse(RefusalGround.WEAPONS, Petitioners.anonymous(), wednesday, OFFICER);

    assertThatThrownBy(
            () -> session.refuse(RefusalGround.OTHER_BY_LAW, Petitioners.anonymous(), wednesday, OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER_BY_LAW");
    Refusal pointH = session.refusals().get(0);
    assertThat(pointH.rule()).isEqualTo(ReceptionRuleBook.REFUSAL_NO_NEW_FACTS);
    assertThat(pointH.rule().noticeBasis().instrument()).isEqualTo(Instruments.DECREE_154_2026);
    assertThat(pointH.rule().noticeBasis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(pointH.noticeDeadline(VIETNAM).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 7, 20));
    assertThat(session.refusals().get(1).needsWrittenNotice()).isFalse();

    ReceptionSession concluded =
        session.end(wednesday, OFFICER).issueConclusionNotice("12/TB-UBND", LocalDate.of(2026, 7, 17), OFFICER);
    assertThat(concluded.state()).isEqualTo(SessionState.CONCLUDED);
    assertThat(STANDARD.procedure(ProcedureRequirement.CONCLUSION_NOTICE, wednesday))
        .contains(ReceptionRuleBook.CONCLUSION_NOTICE);

    ReceptionEntry entry =
        ReceptionRegister.of(ReceptionFixtures.CT_XA_UBND).enter(concluded).entries().get(0);
    assertThat(entry.form()).contains(RegisterForm.FORM_03_TCD);
    assertThat(entry.form().orElseThrow().columns()).hasSize(13);
    assertThat(entry.cell(RegisterColumn.KIND)).isEqualTo("Khiếu nại");
    assertThat(entry.cell(RegisterColumn.NAME_AND_ADDRESS)).isEqualTo(ReceptionEntry.CONFIDENTIAL);
    assertThat(entry.cell(RegisterColumn.WITHIN_COMPETENCE)).isEqualTo("x");

    ReceptionDuty duty =
        STANDARD.dutyOf(CT_COMMUNE_CHAIR, PROVINCE, LocalDate.of(2026, 7, 13)).orElseThrow();
    assertThat(duty.name()).isEqualTo("COMMUNE_CHAIR_FROM_2026");
    assertThat(duty.cadence()).isEqualTo(Cadence.WEEK);
    assertThat(duty.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(duty.basis().asAmendedBy()).containsExactly(Instruments.PETITION_LAWS_AMENDMENT_2025);
    assertThat(Optional.of(duty.basis().citation())).hasValueSatisfying(c -> assertThat(c).contains("Điều 15"));
  }
}
