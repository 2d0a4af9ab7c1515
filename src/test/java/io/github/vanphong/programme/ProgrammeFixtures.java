package io.github.vanphong.programme;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;

/** Small named values for the programme tests: Hậu Giang's standing committee in 2016. */
final class ProgrammeFixtures {
  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId OFFICE = UnitId.of("HG-VPTU");
  static final PersonId CHIEF = PersonId.of("HG-P-CVP");

  private ProgrammeFixtures() {}

  /** An item planned on 2016-03-25, due in 2016-04, prepared by the provincial office. */
  static ProgrammeItem planned() {
    return ProgrammeItem.plan(
        ProgrammeItemId.of("HG-BTV-2016-07"),
        "Sơ kết quý I năm 2016",
        OFFICE,
        YearMonth.of(2016, 4),
        LocalDate.of(2016, 3, 25),
        CHIEF);
  }
}
