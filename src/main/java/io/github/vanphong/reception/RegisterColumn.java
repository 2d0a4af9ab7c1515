package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * A column of the reception register (sổ tiếp công dân), as a {@link RegisterForm} lays it out: for example the
 * 13 columns of Mẫu 03/TCD from the number ({@link #NUMBER}) to the notes ({@link #NOTES}).
 *
 * <p>The name, the address and the identity papers of the citizen ({@link #isConfidential()}) are shown by no text of
 * the library: {@link ReceptionEntry#cell(RegisterColumn) ReceptionEntry.cell} gives a fixed mark for them, and the petition's {@link
 * io.github.vanphong.petition.Petition#revealIdentity} is the one way to them.
 */
public enum RegisterColumn implements Bilingual {
  /** Số thứ tự: the number of the entry in the year. */
  NUMBER("Số thứ tự", "Number", false),
  /** Ngày tiếp: the day received. */
  DATE("Ngày tiếp", "Date received", false),
  /** Họ tên, địa chỉ: the citizen's name and address. */
  NAME_AND_ADDRESS("Họ tên, địa chỉ", "Name and address", true),
  /** Số CCCD, hộ chiếu hoặc giấy tờ tùy thân: the identity papers. */
  IDENTITY_PAPERS("Số căn cước công dân, hộ chiếu hoặc giấy tờ tùy thân khác", "Identity papers", true),
  /** Số người: the number of people, or the people with the same content. */
  PEOPLE("Số người cùng nội dung", "People", false),
  /** Tóm tắt nội dung vụ việc: the summary of the case. */
  CONTENT("Tóm tắt nội dung vụ việc", "Summary of the case", false),
  /** Loại đơn: complaint, denunciation, recommendation or feedback. */
  KIND("Phân loại đơn", "Kind", false),
  /** Yêu cầu của công dân: what the citizen asks for. */
  REQUESTS("Yêu cầu của công dân", "Requests", false),
  /** Cơ quan đã giải quyết: the body that already handled the case. */
  EARLIER_HANDLING("Cơ quan đã giải quyết", "Handled before by", false),
  /** Thuộc thẩm quyền: marked when the matter is within the body's competence. */
  WITHIN_COMPETENCE("Thuộc thẩm quyền", "Within competence", false),
  /** Hướng dẫn công dân: the body the citizen is guided to, and the number of the guidance. */
  GUIDANCE("Hướng dẫn công dân đến cơ quan, số văn bản hướng dẫn", "Guidance", false),
  /** Cơ quan thụ lý, số văn bản chuyển đơn: the body the matter is forwarded to, and the number of the transfer. */
  TRANSFER("Cơ quan, đơn vị thụ lý, số văn bản chuyển đơn", "Transfer", false),
  /** Theo dõi kết quả giải quyết: the follow-up of the result. */
  FOLLOW_UP("Theo dõi kết quả giải quyết", "Follow-up", false),
  /** Tóm tắt kết quả tiếp và việc xử lý: the outcome of the reception and what was done. */
  OUTCOME("Tóm tắt kết quả tiếp và việc xử lý", "Outcome", false),
  /** Ghi chú: notes. */
  NOTES("Ghi chú", "Notes", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean confidential;

  RegisterColumn(String vietnameseName, String englishName, boolean confidential) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.confidential = confidential;
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
   * Tells whether the column holds the citizen's identity, which no text of the library shows.
   *
   * @return true for {@link #NAME_AND_ADDRESS} and {@link #IDENTITY_PAPERS}
   */
  public boolean isConfidential() {
    return confidential;
  }
}
