package io.github.vanphong.programme;

import static io.github.vanphong.programme.ProgrammeFixtures.CHIEF;
import static io.github.vanphong.programme.ProgrammeFixtures.OFFICE;
import static io.github.vanphong.programme.ProgrammeFixtures.PROVINCE;
import static io.github.vanphong.programme.ProgrammeFixtures.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkProgrammeTest {

  private static final ProgrammePeriod Q2 = ProgrammePeriod.quarter(2016, 2);

  private static ProgrammeItem other() {
    return ProgrammeItem.plan(
        ProgrammeItemId.of("HG-BTV-2016-08"),
        "Công tác cán bộ",
        OFFICE,
        YearMonth.of(2016, 5),
        LocalDate.of(2016, 3, 25),
        CHIEF);
  }

  @Test
  void eachBodyDrawsUpTheProgrammesOfHuongDan03() {
    assertThat(ProgrammeBody.EXECUTIVE_COMMITTEE.scopes()).containsExactly(ProgrammeScope.TERM, ProgrammeScope.YEAR);
    assertThat(ProgrammeBody.STANDING_COMMITTEE.scopes())
        .containsExactly(ProgrammeScope.YEAR, ProgrammeScope.QUARTER, ProgrammeScope.MONTH);
    assertThat(ProgrammeBody.STANDING_MEMBERS.scopes()).containsExactly(ProgrammeScope.WEEK);
    assertThat(ProgrammeBody.PROGRAMMES_BASIS.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(ProgrammeBody.PROGRAMMES_BASIS.citation()).contains("03-HD/VPTW");
    assertThatThrownBy(() -> WorkProgramme.of(PROVINCE, ProgrammeBody.EXECUTIVE_COMMITTEE, Q2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("03-HD/VPTW")
        .hasMessageContaining("QUARTER");
    assertThat(WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, Q2, List.of()).items()).isEmpty();
  }

  @Test
  void anItemIsDueWithinItsProgrammesPeriodAndHasItsOwnIdentifier() {
    ProgrammePeriod may = ProgrammePeriod.month(YearMonth.of(2016, 5));
    assertThatThrownBy(() -> WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, may, List.of(planned())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("due within");
    assertThatThrownBy(
            () -> WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, Q2, List.of(planned(), planned())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void withItemAddsOrReplacesByIdentifier() {
    WorkProgramme programme = WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, Q2, List.of(planned()));
    WorkProgramme added = programme.withItem(other());
    assertThat(added.items()).containsExactly(planned(), other());
    ProgrammeItem prepared = planned().prepare(LocalDate.of(2016, 4, 2), CHIEF);
    WorkProgramme replaced = added.withItem(prepared);
    assertThat(replaced.items()).containsExactly(prepared, other());
    assertThat(replaced.item(planned().id())).contains(prepared);
    assertThat(replaced.item(ProgrammeItemId.of("none"))).isEmpty();
    assertThat(programme.items()).containsExactly(planned());
    assertThat(added).hasToString("WorkProgramme[HG-TU STANDING_COMMITTEE 2016-Q2, 2 items]");
    assertThat(programme).hasToString("WorkProgramme[HG-TU STANDING_COMMITTEE 2016-Q2, 1 item]");
  }

  @Test
  void anItemPostponedTwiceIsCarriedOverTwiceKeepingItsHistory() {
    ProgrammePeriod april = ProgrammePeriod.month(YearMonth.of(2016, 4));
    WorkProgramme aprilProgramme =
        WorkProgramme.of(
            PROVINCE,
            ProgrammeBody.STANDING_COMMITTEE,
            april,
            List.of(planned().postpone("Chưa đủ số liệu", LocalDate.of(2016, 4, 20), CHIEF)));

    WorkProgramme mayProgramme = aprilProgramme.nextProgramme(LocalDate.of(2016, 4, 28), CHIEF);
    assertThat(mayProgramme.period()).isEqualTo(ProgrammePeriod.month(YearMonth.of(2016, 5)));
    ProgrammeItem inMay = mayProgramme.items().get(0);
    assertThat(inMay.id()).isEqualTo(planned().id());
    assertThat(inMay.state()).isEqualTo(ProgrammeItemState.PLANNED);
    assertThat(inMay.due()).isEqualTo(YearMonth.of(2016, 5));
    assertThat(inMay.timesCarriedOver()).isEqualTo(1);

    WorkProgramme mayAfter =
        mayProgramme.withItem(inMay.postpone("Chờ ý kiến Thường trực", LocalDate.of(2016, 5, 25), CHIEF));
    WorkProgramme juneProgramme = mayAfter.nextProgramme(LocalDate.of(2016, 5, 30), CHIEF);
    ProgrammeItem inJune = juneProgramme.items().get(0);
    assertThat(inJune.due()).isEqualTo(YearMonth.of(2016, 6));
    assertThat(inJune.timesCarriedOver()).isEqualTo(2);
    assertThat(inJune.history())
        .extracting(ProgrammeItemEvent::command)
        .containsExactly(
            ProgrammeItemCommand.PLAN,
            ProgrammeItemCommand.POSTPONE,
            ProgrammeItemCommand.CARRY_OVER,
            ProgrammeItemCommand.POSTPONE,
            ProgrammeItemCommand.CARRY_OVER);
    assertThat(ProgrammeItem.replay(inJune.id(), inJune.matter(), inJune.preparedBy(), inJune.history()))
        .isEqualTo(inJune);
    assertThat(aprilProgramme.items().get(0).state()).as("the April programme is unchanged")
        .isEqualTo(ProgrammeItemState.POSTPONED);
  }

  @Test
  void onlyPostponedItemsAreCarriedOverAndKeepALaterMonthDue() {
    ProgrammePeriod year = ProgrammePeriod.year(2016);
    ProgrammeItem december =
        ProgrammeItem.plan(
                ProgrammeItemId.of("D"), "Tổng kết năm", OFFICE, YearMonth.of(2016, 12), LocalDate.of(2016, 1, 5),
                CHIEF)
            .postpone("Lùi", LocalDate.of(2016, 12, 20), CHIEF);
    WorkProgramme programme =
        WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, year, List.of(planned(), other(), december));
    assertThat(programme.carriedOver(LocalDate.of(2016, 12, 30), CHIEF))
        .extracting(ProgrammeItem::id, ProgrammeItem::due)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProgrammeItemId.of("D"), YearMonth.of(2017, 1)));
    assertThat(
            WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, year, List.of(planned()))
                .carriedOver(LocalDate.of(2016, 12, 30), CHIEF))
        .isEmpty();
    ProgrammeItem late =
        ProgrammeItem.plan(
                ProgrammeItemId.of("W"), "Họp", OFFICE, YearMonth.of(2016, 3), LocalDate.of(2016, 2, 25), CHIEF)
            .postpone("Lùi", LocalDate.of(2016, 2, 26), CHIEF);
    WorkProgramme week =
        WorkProgramme.of(
            PROVINCE, ProgrammeBody.STANDING_MEMBERS, ProgrammePeriod.week(LocalDate.of(2016, 2, 29)), List.of(late));
    assertThat(week.carriedOver(LocalDate.of(2016, 3, 4), CHIEF).get(0).due())
        .as("already due after the next period's first month")
        .isEqualTo(YearMonth.of(2016, 3));
  }

  @Test
  void theSummaryCountsTheItemsOnADay() {
    WorkProgramme programme =
        WorkProgramme.of(
            PROVINCE,
            ProgrammeBody.STANDING_COMMITTEE,
            Q2,
            List.of(
                planned().prepare(LocalDate.of(2016, 4, 2), CHIEF).submit(LocalDate.of(2016, 4, 3), CHIEF)
                    .conclude(Optional.empty(), LocalDate.of(2016, 4, 4), CHIEF),
                other()));
    ProgrammeSummary summary = programme.summary(LocalDate.of(2016, 6, 1));
    assertThat(summary.concluded()).isEqualTo(1);
    assertThat(summary.open()).isEqualTo(1);
    assertThat(summary.late()).isEqualTo(1);
    assertThat(programme.committee()).isEqualTo(PROVINCE);
    assertThat(programme.body()).isEqualTo(ProgrammeBody.STANDING_COMMITTEE);
    assertThat(programme)
        .isEqualTo(WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, Q2, programme.items()));
    assertThat(programme.hashCode())
        .isEqualTo(WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, Q2, programme.items()).hashCode());
  }
}
