package io.github.vanphong.election;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small named fixtures of the election tests: the 2016 election in Hậu Giang and its offices. */
final class ElectionFixtures {

  static final LocalDate DAY_2016 = LocalDate.of(2016, 5, 22);
  static final LocalDate DAY_2026 = LocalDate.of(2026, 3, 15);

  static final UnitId CAN_THO = UnitId.of("CT-TU");
  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId OFFICE = UnitId.of("HG-VPTU");
  static final UnitId VI_THANH = UnitId.of("HG-VT");
  static final UnitId VI_THANH_OFFICE = UnitId.of("HG-VT-VP");
  static final LocalDate TWO_TIER_DAY = LocalDate.of(2025, 7, 1);

  private ElectionFixtures() {}

  /** Hậu Giang from 2004, its office, the city of Vị Thanh and its office; merged into Cần Thơ on 2025-07-01. */
  static OrgChart chart() {
    LocalDate founded = LocalDate.of(2004, 1, 1);
    return OrgChart.of(
        List.of(
            Restructuring.create(
                founded, CAN_THO, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
            Restructuring.create(
                founded, PROVINCE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
            Restructuring.create(
                founded, OFFICE, "Văn phòng Tỉnh ủy", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(PROVINCE)),
            Restructuring.create(
                founded, VI_THANH, "Thành ủy Vị Thanh", UnitKind.CITY_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
            Restructuring.create(
                founded,
                VI_THANH_OFFICE,
                "Văn phòng Thành ủy Vị Thanh",
                UnitKind.OFFICE,
                Level.DISTRICT,
                Optional.of(VI_THANH)),
            Restructuring.dissolve(TWO_TIER_DAY, VI_THANH_OFFICE, CAN_THO),
            Restructuring.dissolve(TWO_TIER_DAY, VI_THANH, CAN_THO),
            Restructuring.merge(TWO_TIER_DAY, List.of(OFFICE, PROVINCE), CAN_THO)));
  }

  /** The standard timeline of 2016-05-22. */
  static ElectionTimeline timeline2016() {
    return ElectionTimeline.of(DAY_2016);
  }

  /** The office of Tỉnh ủy Hậu Giang's follow-up of 2016, the voter lists posted on 2016-04-11. */
  static ElectionFollowUp officeFollowUp() {
    return ElectionFollowUp.of(OFFICE, timeline2016())
        .recordDone("ELECTION_DAY_ANNOUNCED_2015", LocalDate.of(2016, 1, 28))
        .recordDone("VOTER_LISTS_POSTED_2015", LocalDate.of(2016, 4, 11))
        .recordDone("CANDIDATE_FILES_DUE_2015", LocalDate.of(2016, 3, 15));
  }
}
