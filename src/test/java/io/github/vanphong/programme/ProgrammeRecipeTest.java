package io.github.vanphong.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recipe "Work programmes and regular meetings" of docs/cookbook.md. */
class ProgrammeRecipeTest {

  @Test
  void theRecipeRuns() {
    ProgrammeItem review =
        ProgrammeItem.plan(ProgrammeItemId.of("HG-BTV-2016-07"), "Sơ kết quý I năm 2016", UnitId.of("HG-VPTU"),
            YearMonth.of(2016, 4), LocalDate.of(2016, 3, 25), PersonId.of("HG-P-CVP"));
    WorkProgramme april =
        WorkProgramme.of(UnitId.of("HG-TU"), ProgrammeBody.STANDING_COMMITTEE,
            ProgrammePeriod.month(YearMonth.of(2016, 4)),
            List.of(review.postpone("Chưa đủ số liệu", LocalDate.of(2016, 4, 20), PersonId.of("HG-P-CVP"))));
    WorkProgramme may = april.nextProgramme(LocalDate.of(2016, 4, 28), PersonId.of("HG-P-CVP"));
    assertThat(may.items().get(0).state()).isEqualTo(ProgrammeItemState.PLANNED);
    assertThat(may.items().get(0).due()).isEqualTo(YearMonth.of(2016, 5));
    assertThat(may.items().get(0).timesCarriedOver()).isEqualTo(1);

    List<HeldMeeting> held = new ArrayList<>();
    for (int month : new int[] {1, 2, 3, 5, 6}) {
      held.add(HeldMeeting.regular(LocalDate.of(2016, month, 5)));
    }
    RhythmReport report =
        MeetingRhythmBook.standard().check(UnitId.of("HG-CB-01"), MeetingBody.CELL, held,
            LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30));
    assertThat(report.missing()).hasSize(1);
    assertThat(report.missing().get(0).rule().citation()).hasValueSatisfying(c -> assertThat(c).contains("Điều 24"));
    assertThat(report.missing().get(0).periodStart()).isEqualTo(LocalDate.of(2016, 4, 1));
  }
}
