package io.github.vanphong.report;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A province with two districts and a commune under each, and a province's own rules on reports. */
final class ReportFixtures {
  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId DISTRICT_1 = UnitId.of("HG-HU1");
  static final UnitId DISTRICT_2 = UnitId.of("HG-HU2");
  static final UnitId COMMUNE_1 = UnitId.of("HG-HU1-X1");
  static final UnitId COMMUNE_2 = UnitId.of("HG-HU2-X1");
  static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  /** A province's decision on reports, the application's own instrument. */
  static final LegalBasis PROVINCE_RULES =
      LegalBasis.of(Instrument.of("Quyết định 01/2023/QĐ-UBND", LocalDate.of(2023, 1, 1)), "Điều 5");

  private ReportFixtures() {}

  static UnitTree tree() {
    return UnitTree.of(
        LocalDate.of(2023, 3, 1),
        List.of(
            unit(PROVINCE, "Tỉnh ủy", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
            unit(DISTRICT_1, "Huyện ủy 1", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
            unit(DISTRICT_2, "Huyện ủy 2", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
            unit(COMMUNE_1, "Đảng ủy xã 1", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.of(DISTRICT_1)),
            unit(COMMUNE_2, "Đảng ủy xã 2", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.of(DISTRICT_2))));
  }

  /** The petition-work regime of 2021 with the province's due day: 2 working days after the cut-off. */
  static ReportingRegime petitionWork() {
    ReportingRegime regime = ReportingRegimes.PETITION_WORK_2021;
    for (PeriodKind kind : regime.kinds()) {
      if (kind.hasFixedPeriod()) {
        regime = regime.withDue(kind, DueRule.workingDaysAfterCutOff(2, PROVINCE_RULES));
      }
    }
    return regime;
  }

  private static Unit unit(UnitId id, String name, UnitKind kind, Level level, Optional<UnitId> parent) {
    return Unit.builder()
        .id(id)
        .name(name)
        .kind(kind)
        .level(level)
        .parent(parent)
        .life(Validity.from(LocalDate.of(2004, 1, 1)))
        .build();
  }
}
