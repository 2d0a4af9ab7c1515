package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.BRIEFING;
import static io.github.vanphong.meeting.MeetingFixtures.BRIEFING_DAY;
import static io.github.vanphong.meeting.MeetingFixtures.CHAIR;
import static io.github.vanphong.meeting.MeetingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.CHIEF;
import static io.github.vanphong.meeting.MeetingFixtures.NOTICE_BASIS;
import static io.github.vanphong.meeting.MeetingFixtures.NOTICE_DAY;
import static io.github.vanphong.meeting.MeetingFixtures.OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.STANDING_DEPUTY;
import static io.github.vanphong.meeting.MeetingFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.briefing;
import static io.github.vanphong.meeting.MeetingFixtures.chart;
import static io.github.vanphong.meeting.MeetingFixtures.workingDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingTest {

  private final Briefing briefing = briefing();

  @Test
  void theBriefingOf2016IsChairedByTheStandingDeputySecretaryWithNearlyTwoHundredCadres() {
    assertThat(briefing.id()).isEqualTo(BRIEFING);
    assertThat(briefing.kind()).isEqualTo(MeetingKind.BRIEFING);
    assertThat(briefing.date()).isEqualTo(BRIEFING_DAY);
    assertThat(briefing.convenedBy()).isEqualTo(OFFICE);
    assertThat(briefing.chair()).isEqualTo(CHAIR);
    assertThat(briefing.chairPost()).isEqualTo(STANDING_DEPUTY);
    assertThat(briefing.invitedUnits()).containsExactly(CHAU_THANH_OFFICE, VI_THANH_OFFICE);
    assertThat(briefing.invitedPeople()).isEmpty();
    assertThat(briefing.attendance().presentAt(Level.DISTRICT)).contains(AttendanceCount.nearly(200));
    assertThat(briefing.agenda()).containsExactly("Báo cáo công tác văn phòng cấp ủy năm 2015");
    assertThat(briefing.conclusions()).extracting(Conclusion::number).containsExactly(1, 2);
    assertThat(briefing.recurrence()).isEmpty();
  }

  @Test
  void aBriefingWithNoAttendanceRecordedHasNone() {
    Briefing bare = Briefing.builder().from(briefing).attendance(Attendance.none()).build();
    assertThat(bare.attendance()).isEqualTo(Attendance.none());
    Briefing unset =
        Briefing.builder()
            .id(BRIEFING)
            .kind(MeetingKind.CONFERENCE)
            .title("Hội nghị")
            .date(BRIEFING_DAY)
            .convenedBy(OFFICE)
            .chair(CHAIR)
            .chairPost(STANDING_DEPUTY)
            .build();
    assertThat(unset.attendance()).isEqualTo(Attendance.none());
    assertThat(unset.conclusions()).isEmpty();
  }

  @Test
  void conclusionsAreNumberedInOrder() {
    Briefing more = briefing.withConclusion("Tăng cường phối hợp giữa các văn phòng");
    assertThat(more.conclusion(3)).isEqualTo(Conclusion.of(3, "Tăng cường phối hợp giữa các văn phòng"));
    assertThat(briefing.conclusions()).hasSize(2);
    assertThatThrownBy(() -> Briefing.builder().from(briefing).addConclusions(Conclusion.of(4, "x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the conclusions of a briefing are numbered 1, 2, 3 … in order; conclusion 3 of briefing"
                + " HG-GB-2016-03-01 is numbered 4");
  }

  @Test
  void aConclusionIsFoundByItsNumber() {
    assertThat(briefing.conclusion(1).text()).isEqualTo("Nâng cao chất lượng tham mưu cho cấp ủy");
    assertThat(briefing.conclusion(2).number()).isEqualTo(2);
    assertThatThrownBy(() -> briefing.conclusion(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("briefing HG-GB-2016-03-01 has conclusions 1 to 2; there is no conclusion 3");
    assertThatThrownBy(() -> briefing.conclusion(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> briefing.withConclusion(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(briefing).isEqualTo(briefing());
  }

  @Test
  void aBriefingHasATitleAndNoBlankAgendaItem() {
    assertThatThrownBy(() -> Briefing.builder().from(briefing).title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("briefing HG-GB-2016-03-01 needs a title: ' '");
    assertThatThrownBy(() -> Briefing.builder().from(briefing).addAgenda("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 2 of the agenda of briefing HG-GB-2016-03-01 is blank");
    assertThat(briefing.title()).isEqualTo("Giao ban công tác văn phòng cấp ủy lần đầu tiên");
    assertThat(briefing).isEqualTo(briefing());
  }

  @Test
  void theTitleAndAgendaAreKeptInNfc() {
    Briefing decomposed =
        Briefing.builder()
            .from(briefing)
            .title(Normalizer.normalize(briefing.title(), Normalizer.Form.NFD))
            .agenda(java.util.List.of(Normalizer.normalize("Thảo luận", Normalizer.Form.NFD)))
            .build();
    assertThat(decomposed.title()).isEqualTo(briefing.title());
    assertThat(decomposed.agenda()).containsExactly("Thảo luận");
    Briefing onlyAgenda =
        Briefing.builder()
            .from(briefing)
            .agenda(java.util.List.of(Normalizer.normalize("Thảo luận", Normalizer.Form.NFD)))
            .build();
    assertThat(onlyAgenda.agenda()).containsExactly("Thảo luận");
  }

  @Test
  void aConclusionIsAssignedToAUnitOnOrAfterTheBriefing() {
    ActionItem item = briefing.assign(2, ActionItemId.of("A-7"), OFFICE, workingDays(20), NOTICE_DAY, CHIEF);
    assertThat(item.briefing()).isEqualTo(BRIEFING);
    assertThat(item.conclusion()).isEqualTo(briefing.conclusion(2));
    assertThat(item.owner()).isEqualTo(OFFICE);
    assertThat(item.state()).isEqualTo(ActionItemState.ASSIGNED);
    assertThatThrownBy(() -> briefing.assign(3, ActionItemId.of("A-8"), OFFICE, workingDays(20), NOTICE_DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class);
    io.github.vanphong.calendar.Deadline early =
        io.github.vanphong.calendar.TimeLimit.workingDays(5, NOTICE_BASIS)
            .from("giao ban", LocalDate.of(2016, 2, 1), MeetingFixtures.CALENDAR);
    assertThatThrownBy(
            () -> briefing.assign(1, ActionItemId.of("A-9"), OFFICE, early, LocalDate.of(2016, 2, 29), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a conclusion is assigned on or after the day of its briefing (2016-03-01, HG-GB-2016-03-01); A-9 is dated"
                + " 2016-02-29");
  }

  @Test
  void aRecurringBriefingKnowsWhenTheNextIsDue() {
    assertThat(briefing.nextDueAfter(BRIEFING_DAY)).isEmpty();
    Briefing recurring =
        Briefing.builder().from(briefing).recurrence(Recurrence.twiceAYear(BRIEFING_DAY, NOTICE_BASIS)).build();
    assertThat(recurring.nextDueAfter(BRIEFING_DAY)).contains(LocalDate.of(2016, 9, 1));
    assertThat(recurring.nextDueAfter(LocalDate.of(2019, 8, 7))).contains(LocalDate.of(2019, 9, 1));
  }

  @Test
  void theChartBearsOutTheRecordOf2016() {
    assertThat(briefing.inconsistenciesWith(chart())).isEmpty();
  }

  @Test
  void theChartContradictsAChairWithoutThePostAndUnitsThatDoNotExistAllAtOnce() {
    Post secretary = Post.of(MeetingFixtures.PROVINCE, PostKind.SECRETARY);
    Briefing wrong =
        Briefing.builder()
            .from(briefing)
            .chairPost(secretary)
            .addInvitedUnits(UnitId.of("HG-NONE"))
            .addInvitedPeople(CHIEF, PersonId.of("HG-P-NONE"))
            .build();
    ImmutableList<BriefingInconsistency> found = wrong.inconsistenciesWith(chart());
    assertThat(found)
        .extracting(BriefingInconsistency::rule)
        .containsExactly(
            BriefingRule.CHAIR_HOLDS_POST, BriefingRule.INVITED_UNIT_ALIVE, BriefingRule.INVITED_PERSON_KNOWN);
    assertThat(found)
        .extracting(BriefingInconsistency::values)
        .containsExactly(
            ImmutableList.of(CHAIR, secretary),
            ImmutableList.of(UnitId.of("HG-NONE")),
            ImmutableList.of(PersonId.of("HG-P-NONE")));
    assertThat(found).allSatisfy(i -> {
      assertThat(i.briefing()).isEqualTo(BRIEFING);
      assertThat(i.date()).isEqualTo(BRIEFING_DAY);
    });
    assertThat(found.get(0).persons()).containsExactly(CHAIR);
    assertThat(found.get(0).units()).isEmpty();
    assertThat(found.get(1).units()).containsExactly(UnitId.of("HG-NONE"));
    assertThat(found.get(0).message())
        .isEqualTo(
            "the chair HG-P-HTT does not hold the post Secretary of HG-TU on 2016-03-01; posts held: [Standing Deputy"
                + " Secretary of HG-TU]");
    assertThat(wrong.chairPost()).isEqualTo(secretary);
  }

  @Test
  void aChairUnknownToTheChartAndUnitsEndedBeforeTheDayAreEachNamed() {
    Briefing later = Briefing.builder().from(briefing).date(LocalDate.of(2026, 3, 1)).chair(PersonId.of("X")).build();
    assertThat(later.inconsistenciesWith(chart()))
        .extracting(BriefingInconsistency::rule, BriefingInconsistency::values)
        .containsExactly(
            tuple(BriefingRule.CHAIR_KNOWN, List.of(PersonId.of("X"))),
            tuple(BriefingRule.CONVENER_ALIVE, List.of(OFFICE)),
            tuple(BriefingRule.INVITED_UNIT_ALIVE, List.of(CHAU_THANH_OFFICE)),
            tuple(BriefingRule.INVITED_UNIT_ALIVE, List.of(VI_THANH_OFFICE)));
  }

  @Test
  void anInconsistencyNamesItsRuleTheBriefingAndAtLeastOneValueAtFault() {
    BriefingInconsistency i =
        BriefingInconsistency.of(
            BriefingRule.CONVENER_ALIVE, BRIEFING, BRIEFING_DAY, "the convening unit X is not alive", UnitId.of("X"));
    assertThat(i)
        .hasToString("The convening unit is alive on the day (HG-GB-2016-03-01): the convening unit X is not alive");
    assertThat(i.rule().citation()).isEmpty();
    assertThatThrownBy(
            () -> BriefingInconsistency.of(BriefingRule.CONVENER_ALIVE, BRIEFING, BRIEFING_DAY, "no value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an inconsistency of briefing HG-GB-2016-03-01 names the values at fault: CONVENER_ALIVE");
    assertThatThrownBy(
            () -> BriefingInconsistency.of(BriefingRule.CONVENER_ALIVE, BRIEFING, BRIEFING_DAY, " ", UnitId.of("X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an inconsistency of briefing HG-GB-2016-03-01 states its facts: CONVENER_ALIVE");
    assertThatThrownBy(
            () -> BriefingInconsistency.of(BriefingRule.CONVENER_ALIVE, BRIEFING, BRIEFING_DAY, "a day", BRIEFING_DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the values at fault of a briefing's record are persons, posts and units; 2016-03-01 is a LocalDate");
    new EqualsTester()
        .addEqualityGroup(
            i,
            BriefingInconsistency.of(
                BriefingRule.CONVENER_ALIVE, BRIEFING, BRIEFING_DAY, "the convening unit X is not alive", UnitId.of("X")))
        .addEqualityGroup(
            BriefingInconsistency.of(
                BriefingRule.CONVENER_ALIVE, BRIEFING, BRIEFING_DAY, "the convening unit X is not alive", UnitId.of("Y")))
        .testEquals();
  }

  @Test
  void everyBriefingRuleIsStructural() {
    assertThat(BriefingRule.values()).allSatisfy(r -> {
      assertThat(r.basis()).isEmpty();
      assertThat(r.citation()).isEmpty();
    });
  }

  @Test
  void briefingsAreValuesWithAReadableForm() {
    new EqualsTester()
        .addEqualityGroup(briefing, briefing())
        .addEqualityGroup(briefing.withConclusion("x"))
        .addEqualityGroup(Briefing.builder().from(briefing).kind(MeetingKind.INTERIM_REVIEW).build())
        .testEquals();
    assertThat(briefing)
        .hasToString(
            "Briefing[HG-GB-2016-03-01, BRIEFING on 2016-03-01, Giao ban công tác văn phòng cấp ủy lần đầu tiên,"
                + " chaired by HG-P-HTT as Standing Deputy Secretary of HG-TU, 2 units invited, 2 conclusions]");
  }
}
