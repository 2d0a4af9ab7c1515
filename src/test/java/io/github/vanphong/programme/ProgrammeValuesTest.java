package io.github.vanphong.programme;

import static io.github.vanphong.programme.ProgrammeFixtures.CHIEF;
import static io.github.vanphong.programme.ProgrammeFixtures.PROVINCE;
import static io.github.vanphong.programme.ProgrammeFixtures.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.Bilingual;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names, equality and the edges of the programme package's values. */
class ProgrammeValuesTest {

  @Test
  void everyEnumHasItsEnglishAndVietnameseNames() {
    List<Bilingual> all = new java.util.ArrayList<>();
    all.addAll(List.of(ProgrammeItemState.values()));
    all.addAll(List.of(ProgrammeItemCommand.values()));
    all.addAll(List.of(ProgrammeBody.values()));
    all.addAll(List.of(MeetingBody.values()));
    all.addAll(List.of(ProgrammeScope.values()));
    all.addAll(List.of(MeetingRegime.values()));
    for (Bilingual value : all) {
      assertThat(value.englishName()).as("%s", value).isNotBlank();
      assertThat(value.vietnameseName()).as("%s", value).isNotBlank();
    }
    assertThat(ProgrammeItemState.POSTPONED.vietnameseName()).isEqualTo("Đã lùi");
    assertThat(ProgrammeItemCommand.CARRY_OVER.englishName()).isEqualTo("Carry over");
    assertThat(MeetingRegime.EXTRAORDINARY.vietnameseName()).isEqualTo("Họp bất thường");
    assertThat(MeetingRegime.REGULAR.vietnameseName()).isEqualTo("Họp thường lệ");
    assertThat(ProgrammeScope.TERM.vietnameseName()).isEqualTo("Toàn khóa");
  }

  @Test
  void valuesDifferingInOneFieldAreNotEqual() {
    assertThat(ProgrammePeriod.year(2016).hashCode()).isNotEqualTo(0);
    assertThat(planned().hashCode()).isNotEqualTo(planned().prepare(LocalDate.of(2016, 4, 1), CHIEF).hashCode());
    LocalDate day = LocalDate.of(2016, 6, 30);
    ProgrammeSummary a = ProgrammeSummary.of(day, Map.of(ProgrammeItemState.PLANNED, 1), 0);
    assertThat(a).isNotEqualTo(ProgrammeSummary.of(day, Map.of(ProgrammeItemState.PLANNED, 1), 1));
    assertThat(a).isNotEqualTo(ProgrammeSummary.of(day.plusDays(1), Map.of(ProgrammeItemState.PLANNED, 1), 0));
    assertThat(a).isNotEqualTo(ProgrammeSummary.of(day, Map.of(ProgrammeItemState.PREPARED, 1), 0));
    assertThat(a.hashCode()).isNotEqualTo(ProgrammeSummary.of(day, Map.of(ProgrammeItemState.PLANNED, 2), 0).hashCode());
    assertThat(MeetingRhythmBook.standard()).isNotEqualTo(MeetingRhythmBook.standard().without(MeetingBody.CELL));
    assertThat(MeetingRhythmBook.standard().hashCode())
        .isNotEqualTo(MeetingRhythmBook.standard().without(MeetingBody.CELL).hashCode());
    WorkProgramme empty =
        WorkProgramme.of(PROVINCE, ProgrammeBody.STANDING_COMMITTEE, ProgrammePeriod.quarter(2016, 2), List.of());
    WorkProgramme one = empty.withItem(planned());
    assertThat(empty).isNotEqualTo(one);
    assertThat(empty.hashCode()).isNotEqualTo(one.hashCode());
    assertThat(empty)
        .isNotEqualTo(
            WorkProgramme.of(UnitId.of("X"), ProgrammeBody.STANDING_COMMITTEE, ProgrammePeriod.quarter(2016, 2),
                List.of()));
  }

  @Test
  void reportsOfTheSameCheckAreEqualAndListExtraordinaryMeetingsInOrder() {
    UnitId cell = UnitId.of("HG-CB-01");
    List<HeldMeeting> held =
        List.of(
            HeldMeeting.extraordinary(LocalDate.of(2016, 3, 20)),
            HeldMeeting.extraordinary(LocalDate.of(2016, 2, 10)),
            HeldMeeting.regular(LocalDate.of(2016, 1, 5)));
    LocalDate from = LocalDate.of(2016, 1, 1);
    LocalDate to = LocalDate.of(2016, 3, 31);
    RhythmReport report = MeetingRhythmBook.standard().check(cell, MeetingBody.CELL, held, from, to);
    assertThat(report.extraordinary())
        .containsExactly(
            HeldMeeting.extraordinary(LocalDate.of(2016, 2, 10)), HeldMeeting.extraordinary(LocalDate.of(2016, 3, 20)));
    assertThat(report.missing()).hasSize(2);
    RhythmReport same = MeetingRhythmBook.standard().check(cell, MeetingBody.CELL, held, from, to);
    assertThat(report).isEqualTo(same);
    assertThat(report.hashCode()).isEqualTo(same.hashCode());
    assertThat(report).isNotEqualTo(MeetingRhythmBook.standard().check(UnitId.of("X"), MeetingBody.CELL, held, from, to));
    assertThat(report)
        .isNotEqualTo(MeetingRhythmBook.standard().check(cell, MeetingBody.CELL_COMMITTEE, held, from, to));
    assertThat(report).isNotEqualTo(MeetingRhythmBook.standard().check(cell, MeetingBody.CELL, held, from.plusDays(1), to));
    assertThat(report).isNotEqualTo(MeetingRhythmBook.standard().check(cell, MeetingBody.CELL, held, from, to.minusDays(1)));
    assertThat(report).isNotEqualTo(MeetingRhythmBook.standard().check(cell, MeetingBody.CELL, held.subList(0, 2), from, to));
    assertThat(report).isNotEqualTo(MeetingRhythmBook.standard().check(cell, MeetingBody.CELL, held.subList(1, 3), from, to));
    assertThat(report.hashCode())
        .isNotEqualTo(MeetingRhythmBook.standard().check(UnitId.of("X"), MeetingBody.CELL, held, from, to).hashCode());
    assertThat(report).isNotEqualTo("report");
  }

  @Test
  void rollUpsOfDifferentProgrammesAreNotEqual() {
    io.github.vanphong.organization.UnitTree tree = io.github.vanphong.organization.UnitTree.of(
        LocalDate.of(2016, 6, 30), List.of());
    WorkProgramme programme =
        WorkProgramme.of(UnitId.of("X"), ProgrammeBody.STANDING_COMMITTEE, ProgrammePeriod.quarter(2016, 2),
            List.of(planned()));
    ProgrammeRollUp some = ProgrammeRollUp.of(List.of(programme), LocalDate.of(2016, 6, 30), tree);
    ProgrammeRollUp none = ProgrammeRollUp.of(List.of(), LocalDate.of(2016, 6, 30), tree);
    assertThat(some).isNotEqualTo(none);
    assertThat(some.hashCode()).isNotEqualTo(none.hashCode());
    assertThat(none).isNotEqualTo(ProgrammeRollUp.of(List.of(), LocalDate.of(2016, 7, 1), tree));
  }

  @Test
  void theEdgesOfTheYearsAreChecked() {
    assertThatThrownBy(() -> ProgrammePeriod.quarter(1930, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.quarter(2200, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.month(YearMonth.of(1929, 12))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.month(YearMonth.of(2300, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.week(LocalDate.of(2200, 6, 2))).isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammePeriod.week(LocalDate.of(2199, 12, 23)).end()).isEqualTo(LocalDate.of(2199, 12, 29));
  }
}
