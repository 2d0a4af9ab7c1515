package io.github.vanphong.organization;

import static io.github.vanphong.organization.Restructuring.changeKind;
import static io.github.vanphong.organization.Restructuring.create;
import static io.github.vanphong.organization.Restructuring.dissolve;
import static io.github.vanphong.organization.Restructuring.merge;
import static io.github.vanphong.organization.Restructuring.rename;
import static io.github.vanphong.organization.Restructuring.split;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hậu Giang's party committees, for the tests. Dates marked [M] in the domain reference (Vị Thanh a city from 2010,
 * Ngã Bảy from 2020, the Tân Hiệp name in 2005) and the names of the 2025 successors are illustrations, not facts
 * the library relies on.
 */
final class Fixtures {

  static final UnitId TU = UnitId.of("HG-TU");
  static final UnitId VPTU = UnitId.of("HG-VPTU");
  static final UnitId HDND = UnitId.of("HG-HDND");
  static final UnitId VT = UnitId.of("HG-VT");
  static final UnitId NB = UnitId.of("HG-NB");
  static final UnitId LM = UnitId.of("HG-LM");
  static final UnitId LMTX = UnitId.of("HG-LMTX");
  static final UnitId LMH = UnitId.of("HG-LMH");
  static final UnitId CT = UnitId.of("HG-CT");
  static final UnitId CTA = UnitId.of("HG-CTA");
  static final UnitId PH = UnitId.of("HG-PH");
  static final UnitId VTH = UnitId.of("HG-VTH");
  static final UnitId CT_TU = UnitId.of("CT-TU");
  static final UnitId CT_VPTU = UnitId.of("CT-VPTU");
  static final UnitId XCT = UnitId.of("CT-XCT");

  static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
  static final LocalDate BRIEFING = LocalDate.of(2016, 3, 1);
  static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);
  static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);

  static final PersonId TAO = PersonId.of("HG-HTTAO");
  static final PersonId CHUNG = PersonId.of("HG-DVCHUNG");

  private Fixtures() {}

  static Restructuring.Create district(LocalDate on, UnitId id, String name, UnitKind kind) {
    return create(on, id, name, kind, Level.DISTRICT, Optional.of(TU));
  }

  /** The events up to 2016: the province from 2004, Ngã Bảy from 2005, Long Mỹ split on 2015-05-15. */
  static ImmutableList<Restructuring> hauGiangTo2016() {
    return ImmutableList.of(
        create(FOUNDED, CT_TU, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
        create(FOUNDED, CT_VPTU, "Văn phòng Thành ủy Cần Thơ", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(CT_TU)),
        create(FOUNDED, TU, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
        create(FOUNDED, VPTU, "Văn phòng Tỉnh ủy Hậu Giang", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(TU)),
        create(FOUNDED, HDND, "Hội đồng nhân dân tỉnh Hậu Giang", UnitKind.PEOPLES_COUNCIL, Level.PROVINCIAL,
            Optional.empty()),
        district(FOUNDED, VT, "Thị ủy Vị Thanh", UnitKind.TOWN_COMMITTEE),
        district(FOUNDED, CT, "Huyện ủy Châu Thành", UnitKind.DISTRICT_COMMITTEE),
        district(FOUNDED, CTA, "Huyện ủy Châu Thành A", UnitKind.DISTRICT_COMMITTEE),
        district(FOUNDED, LM, "Huyện ủy Long Mỹ", UnitKind.DISTRICT_COMMITTEE),
        district(FOUNDED, PH, "Huyện ủy Phụng Hiệp", UnitKind.DISTRICT_COMMITTEE),
        district(FOUNDED, VTH, "Huyện ủy Vị Thủy", UnitKind.DISTRICT_COMMITTEE),
        district(LocalDate.of(2005, 1, 1), NB, "Thị ủy Tân Hiệp", UnitKind.TOWN_COMMITTEE),
        rename(LocalDate.of(2006, 1, 1), NB, "Thị ủy Ngã Bảy"),
        changeKind(LocalDate.of(2010, 1, 1), VT, UnitKind.CITY_COMMITTEE),
        rename(LocalDate.of(2010, 1, 1), VT, "Thành ủy Vị Thanh"),
        split(
            LocalDate.of(2015, 5, 15),
            LM,
            ImmutableList.of(
                district(LocalDate.of(2015, 5, 15), LMTX, "Thị ủy Long Mỹ", UnitKind.TOWN_COMMITTEE),
                district(LocalDate.of(2015, 5, 15), LMH, "Huyện ủy Long Mỹ", UnitKind.DISTRICT_COMMITTEE)),
            LMH));
  }

  static OrgChart hauGiang2016() {
    return OrgChart.of(hauGiangTo2016());
  }

  /** The events after 2016: Ngã Bảy a city in 2020, and the 2025 reorganisation. */
  static ImmutableList<Restructuring> hauGiangAfter2016() {
    ImmutableList.Builder<Restructuring> events = ImmutableList.builder();
    events.add(
        changeKind(LocalDate.of(2020, 1, 1), NB, UnitKind.CITY_COMMITTEE),
        rename(LocalDate.of(2020, 1, 1), NB, "Thành ủy Ngã Bảy"),
        merge(TWO_TIER, ImmutableList.of(TU), CT_TU),
        merge(TWO_TIER, ImmutableList.of(VPTU), CT_VPTU),
        create(TWO_TIER, XCT, "Đảng ủy xã Châu Thành", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE,
            Optional.of(CT_TU)),
        dissolve(TWO_TIER, CT, XCT),
        dissolve(TWO_TIER, HDND));
    for (UnitId id : ImmutableList.of(VT, NB, CTA, LMTX, LMH, PH, VTH)) {
      events.add(dissolve(TWO_TIER, id));
    }
    return events.build();
  }

  static OrgChart hauGiangTo2026() {
    return hauGiang2016().applyAll(hauGiangAfter2016());
  }

  static OrgChart withTao(OrgChart chart) {
    return chart
        .withPerson(Person.of(TAO, "Huỳnh Thanh Tạo"))
        .appoint(
            Appointment.of(
                TAO,
                Post.of(TU, PostKind.STANDING_DEPUTY_SECRETARY),
                Validity.between(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 14))))
        .appoint(
            Appointment.of(
                TAO, Post.of(HDND, PostKind.CHAIR), Validity.between(LocalDate.of(2015, 12, 2), LocalDate.of(2020, 11, 10))));
  }
}
