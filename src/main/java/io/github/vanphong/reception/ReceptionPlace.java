package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * Where a reception is held: for example the provincial People's Committee chair receives citizens at the provincial
 * reception office ({@link #PROVINCIAL_RECEPTION_OFFICE}, Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 5), the
 * commune chair at the seat of the commune People's Committee ({@link #UNIT_SEAT}).
 *
 * <p>Reception online ({@link #ONLINE}) exists from 2026-07-01 (Luật 136/2025/QH15, the new Điều 3a of the Citizen
 * Reception Law); a session online before that day is refused as bad data ({@link
 * ProcedureRequirement#ONLINE_RECEPTION}).
 */
public enum ReceptionPlace implements Bilingual {
  /** Trụ sở tiếp công dân Trung ương: the central reception office, in Hà Nội and Thành phố Hồ Chí Minh. */
  CENTRAL_RECEPTION_OFFICE("Trụ sở tiếp công dân Trung ương", "Central reception office"),
  /** Trụ sở tiếp công dân tỉnh: the provincial reception office, where Party and State bodies receive together. */
  PROVINCIAL_RECEPTION_OFFICE("Trụ sở tiếp công dân tỉnh", "Provincial reception office"),
  /** Trụ sở tiếp công dân huyện: the district reception office, until the district level ended on 2025-06-30. */
  DISTRICT_RECEPTION_OFFICE("Trụ sở tiếp công dân huyện", "District reception office"),
  /** Trụ sở cơ quan, đơn vị: the seat of the receiving unit itself, such as a commune People's Committee. */
  UNIT_SEAT("Trụ sở cơ quan, đơn vị", "Seat of the unit"),
  /** Tiếp công dân trực tuyến: online, by video or an electronic portal, from 2026-07-01. */
  ONLINE("Tiếp công dân trực tuyến", "Online");

  private final String vietnameseName;
  private final String englishName;

  ReceptionPlace(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
