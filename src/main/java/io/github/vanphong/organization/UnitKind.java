package io.github.vanphong.organization;

import io.github.vanphong.Bilingual;

/**
 * What a unit is: a provincial party committee (Tỉnh ủy), a district party committee (Huyện ủy), the office of a
 * committee (Văn phòng), its inspection committee (Ủy ban Kiểm tra), a People's Council (Hội đồng nhân dân), and so
 * on. The kind is not the level: an office exists at every level, and a provincial city's committee (Thành ủy) is
 * district-level.
 *
 * <p>A unit's kind can change over time: Ngã Bảy's committee was a town committee (Thị ủy) in 2016 and later a
 * city committee (Thành ủy).
 */
public enum UnitKind implements Bilingual {
  /** Ban Chấp hành Trung ương: the Central Committee. */
  CENTRAL_COMMITTEE("Ban Chấp hành Trung ương", "Central Committee", UnitCategory.PARTY_COMMITTEE),
  /** Tỉnh ủy: a provincial party committee. */
  PROVINCIAL_COMMITTEE("Tỉnh ủy", "Provincial Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Thành ủy: a city party committee, of a centrally run city or of a provincial city. */
  CITY_COMMITTEE("Thành ủy", "City Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Thị ủy: a district-level town party committee. */
  TOWN_COMMITTEE("Thị ủy", "Town Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Huyện ủy: a rural district party committee. */
  DISTRICT_COMMITTEE("Huyện ủy", "District Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Quận ủy: an urban district party committee. */
  URBAN_DISTRICT_COMMITTEE("Quận ủy", "Urban District Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Đảng ủy xã: a commune party committee. */
  COMMUNE_COMMITTEE("Đảng ủy xã", "Commune Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Đảng ủy phường: a ward party committee. */
  WARD_COMMITTEE("Đảng ủy phường", "Ward Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Đảng ủy đặc khu: a special-zone party committee (from 2025-07-01). */
  SPECIAL_ZONE_COMMITTEE("Đảng ủy đặc khu", "Special Zone Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Đảng ủy cơ sở: a grassroots party committee of an agency, enterprise or unit. */
  GRASSROOTS_COMMITTEE("Đảng ủy cơ sở", "Grassroots Party Committee", UnitCategory.PARTY_COMMITTEE),
  /** Chi bộ: a party cell. */
  PARTY_CELL("Chi bộ", "Party cell", UnitCategory.PARTY_COMMITTEE),

  /** Văn phòng: the office of a party committee. */
  OFFICE("Văn phòng", "Office", UnitCategory.ADVISORY_BODY),
  /** Ban Tổ chức: the organisation board. */
  ORGANISATION_BOARD("Ban Tổ chức", "Organisation Board", UnitCategory.ADVISORY_BODY),
  /** Ban Tuyên giáo: the propaganda and education board (merged with mass mobilisation in 2025). */
  PROPAGANDA_BOARD("Ban Tuyên giáo", "Propaganda Board", UnitCategory.ADVISORY_BODY),
  /** Ban Dân vận: the mass mobilisation board (merged with propaganda in 2025). */
  MASS_MOBILISATION_BOARD("Ban Dân vận", "Mass Mobilisation Board", UnitCategory.ADVISORY_BODY),
  /** Ban Tuyên giáo và Dân vận: the merged propaganda and mass mobilisation board (2025). */
  PROPAGANDA_AND_MASS_MOBILISATION_BOARD(
      "Ban Tuyên giáo và Dân vận", "Propaganda and Mass Mobilisation Board", UnitCategory.ADVISORY_BODY),
  /** Ủy ban Kiểm tra: the inspection committee and its agency. */
  INSPECTION_COMMITTEE("Ủy ban Kiểm tra", "Inspection Committee", UnitCategory.ADVISORY_BODY),
  /** Ban Nội chính: the internal affairs board. */
  INTERNAL_AFFAIRS_BOARD("Ban Nội chính", "Internal Affairs Board", UnitCategory.ADVISORY_BODY),
  /** Ban Xây dựng Đảng: the party-building board of a commune committee (from 2025-07-01). */
  PARTY_BUILDING_BOARD("Ban Xây dựng Đảng", "Party Building Board", UnitCategory.ADVISORY_BODY),
  /** Trung tâm Chính trị: the political training centre. */
  POLITICAL_CENTRE("Trung tâm Chính trị", "Political Centre", UnitCategory.ADVISORY_BODY),
  /** Phòng: a section within an office or board. */
  SECTION("Phòng", "Section", UnitCategory.ADVISORY_BODY),

  /** Hội đồng nhân dân: a People's Council. */
  PEOPLES_COUNCIL("Hội đồng nhân dân", "People's Council", UnitCategory.STATE_BODY),
  /** Ủy ban nhân dân: a People's Committee. */
  PEOPLES_COMMITTEE("Ủy ban nhân dân", "People's Committee", UnitCategory.STATE_BODY),
  /** Đoàn đại biểu Quốc hội: a provincial delegation of National Assembly deputies. */
  NATIONAL_ASSEMBLY_DELEGATION(
      "Đoàn đại biểu Quốc hội", "National Assembly Delegation", UnitCategory.STATE_BODY),
  /** Văn phòng Đoàn ĐBQH và HĐND: the office of the deputies' delegation and the People's Council. */
  COUNCIL_OFFICE(
      "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
      "Office of the National Assembly Delegation and People's Council",
      UnitCategory.STATE_BODY),
  /** Văn phòng Ủy ban nhân dân: the office of a People's Committee. */
  PEOPLES_COMMITTEE_OFFICE("Văn phòng Ủy ban nhân dân", "People's Committee Office", UnitCategory.STATE_BODY),
  /** Ban Tiếp công dân: a citizen reception board. */
  CITIZEN_RECEPTION_BOARD("Ban Tiếp công dân", "Citizen Reception Board", UnitCategory.STATE_BODY);

  private final String vietnameseName;
  private final String englishName;
  private final UnitCategory category;

  UnitKind(String vietnameseName, String englishName, UnitCategory category) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.category = category;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the family this kind belongs to.
   *
   * @return the category, not null
   */
  public UnitCategory category() {
    return category;
  }

  /**
   * Tells whether this kind is a party committee or party organisation.
   *
   * @return true for the kinds of {@link UnitCategory#PARTY_COMMITTEE}
   */
  public boolean isPartyCommittee() {
    return category == UnitCategory.PARTY_COMMITTEE;
  }
}
