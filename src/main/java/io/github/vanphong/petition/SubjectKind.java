package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * What a petition is about: for example {@link #PARTY_MEMBER} for a denunciation of a member's conduct. The kind of
 * subject, with the petition's kind, decides which body and which procedure handle it: a denunciation of a party
 * member over the Party's rules goes to the Party's channel (Thông tư 05/2021/TT-TTCP, Điều 15).
 */
public enum SubjectKind implements Bilingual {
  /** Quyết định hành chính: an administrative decision (Luật Khiếu nại 02/2011/QH13, Điều 2, khoản 8). */
  ADMINISTRATIVE_DECISION("Quyết định hành chính", "Administrative decision"),
  /** Hành vi hành chính: an act, or a failure to act, of an official (Luật Khiếu nại, Điều 2, khoản 9). */
  ADMINISTRATIVE_ACT("Hành vi hành chính", "Administrative act"),
  /** Quyết định kỷ luật: a disciplinary decision about a civil servant (Luật Khiếu nại, Điều 2, khoản 10). */
  DISCIPLINARY_DECISION("Quyết định kỷ luật", "Disciplinary decision"),
  /** Đảng viên: a member of the Party, for conduct under its Statute and rules. */
  PARTY_MEMBER("Đảng viên", "Party member"),
  /** Cán bộ, công chức: an official, for conduct in office (Luật Tố cáo 25/2018/QH14, Điều 2). */
  OFFICIAL("Cán bộ, công chức", "Official"),
  /** Cơ quan, tổ chức, đơn vị: a body, organisation or unit. */
  UNIT("Cơ quan, tổ chức, đơn vị", "Unit"),
  /** Chủ trương, chính sách: a policy, law or matter of general concern, as recommendations and feedback raise. */
  POLICY("Chủ trương, chính sách", "Policy"),
  /** Vấn đề khác: any other matter. */
  OTHER("Vấn đề khác", "Other");

  private final String vietnameseName;
  private final String englishName;

  SubjectKind(String vietnameseName, String englishName) {
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
