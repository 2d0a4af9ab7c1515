package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * A step of a reception session, each a method of {@link ReceptionSession} and each recorded as a {@link
 * SessionEvent}: for example {@link #REFUSE} records a citizen refused on a ground of law.
 */
public enum SessionCommand implements Bilingual {
  /** Mở buổi tiếp: open the session; it starts every session's history. */
  OPEN("Mở buổi tiếp công dân", "Open"),
  /** Tiếp nhận: receive a matter from a citizen or a delegation. */
  RECEIVE("Tiếp nhận vụ việc", "Receive a matter"),
  /** Từ chối tiếp: refuse a citizen on a ground of law. */
  REFUSE("Từ chối tiếp công dân", "Refuse a citizen"),
  /** Kết thúc buổi tiếp: end the session. */
  END("Kết thúc buổi tiếp", "End"),
  /** Thông báo kết luận: issue the conclusion notice of the head's reception. */
  ISSUE_CONCLUSION_NOTICE("Ban hành thông báo kết luận việc tiếp công dân", "Issue the conclusion notice"),
  /** Thông báo từ chối: issue the written notice of a refusal. */
  NOTIFY_REFUSAL("Ban hành thông báo từ chối tiếp công dân", "Notify a refusal");

  private final String vietnameseName;
  private final String englishName;

  SessionCommand(String vietnameseName, String englishName) {
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
