package io.github.vanphong.finance;

import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A province, a district, a grassroots committee and its cell, with their dues of March 2020. */
final class DuesSplitFixtures {
  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId DISTRICT = UnitId.of("HG-HU1");
  static final UnitId COMMITTEE = UnitId.of("HG-HU1-DU1");
  static final UnitId CELL = UnitId.of("HG-HU1-DU1-CB1");
  static final YearMonth MARCH_2020 = YearMonth.of(2020, 3);

  private DuesSplitFixtures() {}

  static UnitTree tree() {
    return UnitTree.of(
        LocalDate.of(2020, 3, 1),
        List.of(
            unit(PROVINCE, "Tỉnh ủy", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
            unit(DISTRICT, "Huyện ủy", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
            unit(COMMITTEE, "Đảng ủy cơ sở", UnitKind.GRASSROOTS_COMMITTEE, Level.GRASSROOTS, Optional.of(DISTRICT)),
            unit(CELL, "Chi bộ", UnitKind.PARTY_CELL, Level.GRASSROOTS, Optional.of(COMMITTEE))));
  }

  static Map<UnitId, DuesLevel> levels() {
    return Map.of(
        PROVINCE, DuesLevel.ABOVE_GRASSROOTS,
        DISTRICT, DuesLevel.ABOVE_GRASSROOTS,
        COMMITTEE, DuesLevel.OTHER_GRASSROOTS,
        CELL, DuesLevel.CELL_UNDER_GRASSROOTS);
  }

  static Map<UnitId, Money> collected() {
    return Map.of(CELL, Money.ofDong(1_000_000), COMMITTEE, Money.ofDong(2_000_000));
  }

  static Map<UnitId, Rate> shares() {
    return Map.of(CELL, Rate.percent("30"));
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
