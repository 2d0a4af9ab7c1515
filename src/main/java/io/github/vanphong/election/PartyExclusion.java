package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * Those called to a Party congress who do not count in the base of the winning threshold, each of one form of
 * congress. At a congress of members: members in temporary activity elsewhere, members exempt from activity who do not
 * attend, members suspended, prosecuted or detained, and official members absent the whole congress with the
 * convener's leave (Quy định 190-QĐ/TW, Điều 30, khoản 2; Quy định 244-QĐ/TW, Điều 32, khoản 2, as quoted). At a
 * congress of delegates: members of the convening committee absent the whole congress, and official delegates absent
 * the whole congress with no alternate (Quy định 244-QĐ/TW, Điều 32, khoản 3, as quoted; carried over by Quy định
 * 190-QĐ/TW, Điều 30, as reported). See {@link PartyElectorate}.
 */
public enum PartyExclusion implements Bilingual {
  /** Đảng viên sinh hoạt tạm thời: in temporary activity in another Party organisation. */
  TEMPORARY_ACTIVITY("Đảng viên sinh hoạt tạm thời", "Member in temporary activity", PartyCongressKind.MEMBERS),
  /** Đảng viên được miễn sinh hoạt không dự: exempt from activity and not attending. */
  EXEMPT_NOT_ATTENDING(
      "Đảng viên được miễn sinh hoạt đảng không tham dự", "Member exempt from activity, absent", PartyCongressKind.MEMBERS),
  /** Đảng viên bị đình chỉ sinh hoạt, bị khởi tố, tạm giam: suspended, prosecuted or detained. */
  SUSPENDED_PROSECUTED_DETAINED(
      "Đảng viên đang bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam",
      "Member suspended, prosecuted or detained",
      PartyCongressKind.MEMBERS),
  /** Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do được cấp ủy triệu tập đồng ý. */
  ABSENT_WITH_LEAVE(
      "Đảng viên chính thức vắng mặt có lý do được cấp ủy triệu tập đồng ý",
      "Official member absent with leave",
      PartyCongressKind.MEMBERS),
  /** Cấp ủy viên triệu tập vắng mặt suốt thời gian đại hội: a member of the convening committee, absent. */
  CONVENING_MEMBER_ABSENT(
      "Cấp ủy viên triệu tập vắng mặt suốt thời gian đại hội",
      "Member of the convening committee absent",
      PartyCongressKind.DELEGATES),
  /** Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế. */
  DELEGATE_ABSENT_WITHOUT_ALTERNATE(
      "Đại biểu chính thức vắng mặt không có đại biểu dự khuyết thay thế",
      "Official delegate absent with no alternate",
      PartyCongressKind.DELEGATES);

  private final String vietnameseName;
  private final String englishName;
  private final PartyCongressKind kind;

  PartyExclusion(String vietnameseName, String englishName, PartyCongressKind kind) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.kind = kind;
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
   * Returns the form of congress whose base this exclusion applies to.
   *
   * @return the form, not null
   */
  public PartyCongressKind kind() {
    return kind;
  }
}
