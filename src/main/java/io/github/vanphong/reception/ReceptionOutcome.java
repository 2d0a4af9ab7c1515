package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * What the receiving body did with a matter received: took it up within its competence ({@link #ACCEPTED}), answered
 * it on the spot ({@link #ANSWERED}), guided the citizen to the competent body ({@link #GUIDED}, column 10 of the
 * register on Mẫu 03/TCD), or forwarded the matter to it ({@link #FORWARDED}, column 11). For example a complaint
 * about a commune's land decision received at the provincial office is guided to the commune chair.
 *
 * <p>The outcome of the reception is not the petition's resolution: the matter becomes a petition ({@link
 * io.github.vanphong.petition.Intake}) whose own workflow follows.
 */
public enum ReceptionOutcome implements Bilingual {
  /** Thuộc thẩm quyền, tiếp nhận để giải quyết: within the body's competence, taken up. */
  ACCEPTED("Thuộc thẩm quyền, tiếp nhận giải quyết", "Accepted", true),
  /** Trả lời trực tiếp: answered on the spot by the head. */
  ANSWERED("Trả lời trực tiếp tại buổi tiếp", "Answered on the spot", true),
  /** Hướng dẫn công dân: the citizen is guided to the competent body. */
  GUIDED("Hướng dẫn công dân đến cơ quan có thẩm quyền", "Guided", false),
  /** Chuyển đơn: the matter is forwarded to the competent body. */
  FORWARDED("Chuyển đơn đến cơ quan có thẩm quyền", "Forwarded", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean withinCompetence;

  ReceptionOutcome(String vietnameseName, String englishName, boolean withinCompetence) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.withinCompetence = withinCompetence;
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
   * Tells whether the matter is within the receiving body's competence (column 9 of Mẫu 03/TCD).
   *
   * @return true for {@link #ACCEPTED} and {@link #ANSWERED}
   */
  public boolean withinCompetence() {
    return withinCompetence;
  }

  /**
   * Tells whether the outcome names another body: the one the citizen is guided to, or the matter forwarded to.
   *
   * @return true for {@link #GUIDED} and {@link #FORWARDED}
   */
  public boolean namesABody() {
    return !withinCompetence;
  }
}
