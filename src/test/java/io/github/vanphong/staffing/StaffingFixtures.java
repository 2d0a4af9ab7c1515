package io.github.vanphong.staffing;

import io.github.vanphong.organization.PersonId;
import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small named trees and staff for the staffing tests. */
final class StaffingFixtures {

  static final LocalDate BRIEFING_2016 = LocalDate.of(2016, 3, 1);
  static final LocalDate TWO_TIER_START = LocalDate.of(2025, 7, 1);

  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId PROVINCIAL_OFFICE = UnitId.of("HG-VPTU");
  static final UnitId CHAU_THANH = UnitId.of("HG-CT");
  static final UnitId CHAU_THANH_OFFICE = UnitId.of("HG-CT-VP");
  static final UnitId VI_THANH = UnitId.of("HG-VT");
  static final UnitId VI_THANH_OFFICE = UnitId.of("HG-VT-VP");

  static final UnitId CITY = UnitId.of("CT-TU");
  static final UnitId COMMUNE = UnitId.of("CT-X1");
  static final UnitId COMMUNE_OFFICE = UnitId.of("CT-X1-VP");
  static final UnitId COMMUNE_BOARD = UnitId.of("CT-X1-XDD");
  static final UnitId WARD = UnitId.of("CT-P1");
  static final UnitId WARD_OFFICE = UnitId.of("CT-P1-VP");
  static final UnitId WARD_CENTRE = UnitId.of("CT-P1-TTCT");

  private StaffingFixtures() {}

  static Unit unit(UnitId id, String name, UnitKind kind, Level level, UnitId parent) {
    return Unit.builder()
        .id(id)
        .name(name)
        .kind(kind)
        .level(level)
        .parent(parent)
        .life(Validity.from(LocalDate.of(2004, 1, 1)))
        .build();
  }

  static Unit root(UnitId id, String name, UnitKind kind, Level level) {
    return Unit.builder()
        .id(id)
        .name(name)
        .kind(kind)
        .level(level)
        .life(Validity.from(LocalDate.of(2004, 1, 1)))
        .build();
  }

  /** Hậu Giang on 2016-03-01: the province, its office, two district-level committees and their offices. */
  static UnitTree hauGiang2016() {
    return UnitTree.of(
        BRIEFING_2016,
        ImmutableList.of(
            root(PROVINCE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL),
            unit(PROVINCIAL_OFFICE, "Văn phòng Tỉnh ủy Hậu Giang", UnitKind.OFFICE, Level.PROVINCIAL, PROVINCE),
            unit(CHAU_THANH, "Huyện ủy Châu Thành", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, PROVINCE),
            unit(CHAU_THANH_OFFICE, "Văn phòng Huyện ủy Châu Thành", UnitKind.OFFICE, Level.DISTRICT, CHAU_THANH),
            unit(VI_THANH, "Thành ủy Vị Thanh", UnitKind.CITY_COMMITTEE, Level.DISTRICT, PROVINCE),
            unit(VI_THANH_OFFICE, "Văn phòng Thành ủy Vị Thanh", UnitKind.OFFICE, Level.DISTRICT, VI_THANH)));
  }

  /** Cần Thơ on 2025-07-01: a commune committee with two bodies, a ward committee with an office and a centre. */
  static UnitTree canTho2025() {
    return UnitTree.of(
        TWO_TIER_START,
        ImmutableList.of(
            root(CITY, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL),
            unit(COMMUNE, "Đảng ủy xã Vị Thủy", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, CITY),
            unit(COMMUNE_OFFICE, "Văn phòng Đảng ủy xã Vị Thủy", UnitKind.OFFICE, Level.COMMUNE, COMMUNE),
            unit(
                COMMUNE_BOARD,
                "Ban Xây dựng Đảng xã Vị Thủy",
                UnitKind.PARTY_BUILDING_BOARD,
                Level.COMMUNE,
                COMMUNE),
            unit(WARD, "Đảng ủy phường Vị Thanh", UnitKind.WARD_COMMITTEE, Level.COMMUNE, CITY),
            unit(WARD_OFFICE, "Văn phòng Đảng ủy phường Vị Thanh", UnitKind.OFFICE, Level.COMMUNE, WARD),
            unit(
                WARD_CENTRE,
                "Trung tâm Chính trị phường Vị Thanh",
                UnitKind.POLITICAL_CENTRE,
                Level.COMMUNE,
                WARD)));
  }

  static StaffAssignment official(String person, UnitId unit, Qualification qualification) {
    return StaffAssignment.builder()
        .person(PersonId.of(person))
        .unit(unit)
        .employment(Employment.OFFICIAL)
        .qualification(qualification)
        .tenure(Validity.from(LocalDate.of(2015, 1, 1)))
        .build();
  }

  static StaffAssignment official(String person, UnitId unit) {
    return official(person, unit, Qualification.UNIVERSITY);
  }

  /** {@code n} officials with university degrees in the unit, keyed {@code prefix-0} to {@code prefix-(n-1)}. */
  static List<StaffAssignment> officials(int n, UnitId unit, String prefix) {
    List<StaffAssignment> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      result.add(official(prefix + "-" + i, unit));
    }
    return result;
  }

  static Headcount headcount(List<StaffAssignment> first, List<StaffAssignment> second) {
    List<StaffAssignment> all = new ArrayList<>(first);
    all.addAll(second);
    return Headcount.of(all);
  }
}
