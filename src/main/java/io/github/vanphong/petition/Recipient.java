package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * The body at a joint citizen reception office that handles a matter: for example the provincial party committee
 * office for a complaint about Party building. The five bodies and their remits are those of Luật Tiếp công dân
 * 42/2013/QH13, Điều 12, khoản 4 (Điều 13 repeats the scheme at the district level, abolished from 2025-07-01). The
 * {@link RoutingRule}s of {@link Classifier} send each petition to one of them.
 */
public enum Recipient implements Bilingual {
  /** Văn phòng cấp ủy: the party committee office (Điều 12.4.a). */
  PARTY_COMMITTEE_OFFICE("Văn phòng cấp ủy", "Party committee office"),
  /** Ủy ban Kiểm tra cấp ủy: the party committee's inspection committee (Điều 12.4.b). */
  INSPECTION_COMMITTEE("Ủy ban Kiểm tra cấp ủy", "Inspection committee"),
  /** Ban Nội chính cấp ủy: the party committee's internal affairs board (Điều 12.4.c). */
  INTERNAL_AFFAIRS_BOARD("Ban Nội chính cấp ủy", "Internal affairs board"),
  /** Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân: the elected bodies' office (Điều 12.4.d). */
  ELECTED_BODIES_OFFICE("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân", "Elected bodies' office"),
  /** Ban tiếp công dân: the reception board, for the People's Committee and everything else (Điều 12.4.đ). */
  RECEPTION_BOARD("Ban tiếp công dân", "Citizen reception board");

  private final String vietnameseName;
  private final String englishName;

  Recipient(String vietnameseName, String englishName) {
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
