package io.github.vanphong.asset;

import io.github.vanphong.money.Money;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small named fixtures: the assets of the Hậu Giang provincial office. */
final class AssetFixtures {
  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId OFFICE = UnitId.of("HG-VPTU");
  static final UnitId BOARD = UnitId.of("HG-BTC");
  static final AssetId COMPUTER = AssetId.of("HG-VPTU-TS-2024-017");
  static final AssetId PRINTER = AssetId.of("HG-VPTU-TS-2019-004");
  static final AssetId SOFTWARE = AssetId.of("HG-VPTU-TS-2024-020");

  private AssetFixtures() {}

  /** A desktop computer of VND 18,500,000 bought with the State budget on 2024-03-15, used five years. */
  static Asset computer() {
    return Asset.builder()
        .id(COMPUTER)
        .name("Máy vi tính để bàn")
        .assetClass(AssetClass.MACHINERY)
        .source(AssetSource.STATE_ALLOCATION_OR_BUDGET)
        .originalValue(Money.ofDong(18_500_000))
        .yearsOfUse(5)
        .recordedOn(LocalDate.of(2024, 3, 15))
        .holder(OFFICE)
        .build();
  }

  /** A printer of VND 6,000,000 given to the office in 2019, used four years. */
  static Asset printer() {
    return Asset.builder()
        .id(PRINTER)
        .name("Máy in laser")
        .assetClass(AssetClass.MACHINERY)
        .source(AssetSource.GIFT_OR_AID)
        .originalValue(Money.ofDong(6_000_000))
        .yearsOfUse(4)
        .recordedOn(LocalDate.of(2019, 6, 1))
        .holder(OFFICE)
        .build();
  }

  /** Accounting software of VND 45,000,000 bought with Party funds on 2024-05-02, used eight years. */
  static Asset software() {
    return Asset.builder()
        .id(SOFTWARE)
        .name("Phần mềm kế toán")
        .assetClass(AssetClass.SOFTWARE)
        .source(AssetSource.PARTY_FUNDS)
        .originalValue(Money.ofDong(45_000_000))
        .yearsOfUse(8)
        .recordedOn(LocalDate.of(2024, 5, 2))
        .holder(OFFICE)
        .build();
  }

  /** The office's register with the printer, the computer and the software. */
  static AssetRegister register() {
    return AssetRegister.of(OFFICE).record(printer()).record(computer()).record(software());
  }

  /** The province with its office and its organisation board, from 2004. */
  static OrgChart chart() {
    LocalDate founded = LocalDate.of(2004, 1, 1);
    return OrgChart.of(
        List.of(
            Restructuring.create(
                founded, PROVINCE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
            Restructuring.create(
                founded, OFFICE, "Văn phòng Tỉnh ủy", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(PROVINCE)),
            Restructuring.create(
                founded, BOARD, "Ban Tổ chức Tỉnh ủy", UnitKind.ORGANISATION_BOARD, Level.PROVINCIAL, Optional.of(PROVINCE))));
  }
}
