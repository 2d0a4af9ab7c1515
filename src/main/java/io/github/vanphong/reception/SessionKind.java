package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * What kind of reception a session is: the head's periodic day (tiếp định kỳ), the head's reception called by a case
 * (tiếp đột xuất), or the regular reception by the office's staff (tiếp thường xuyên). For example the provincial
 * secretary's monthly day is {@link #HEAD_PERIODIC}; a tense case of many people that calls for the chair is {@link
 * #HEAD_AD_HOC}.
 *
 * <p>Only the head's periodic sessions count towards a duty to receive ({@link ReceptionDuty}); the head's ad-hoc
 * sessions answer the cases that called for them ({@link AdHocCall}); the head's own sessions, periodic or ad hoc,
 * end with a conclusion notice ({@link ProcedureRequirement#CONCLUSION_NOTICE}).
 */
public enum SessionKind implements Bilingual {
  /** Tiếp công dân định kỳ của người đứng đầu: the head's periodic day. */
  HEAD_PERIODIC("Tiếp công dân định kỳ của người đứng đầu", "Head's periodic reception"),
  /** Tiếp công dân đột xuất của người đứng đầu: the head's reception called by a case. */
  HEAD_AD_HOC("Tiếp công dân đột xuất của người đứng đầu", "Head's ad-hoc reception"),
  /** Tiếp công dân thường xuyên: the regular reception by the office's staff. */
  REGULAR("Tiếp công dân thường xuyên", "Regular reception by staff");

  private final String vietnameseName;
  private final String englishName;

  SessionKind(String vietnameseName, String englishName) {
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

  /**
   * Tells whether the head receives in person: a periodic or an ad-hoc session.
   *
   * @return true for {@link #HEAD_PERIODIC} and {@link #HEAD_AD_HOC}
   */
  public boolean isHeads() {
    return this != REGULAR;
  }
}
