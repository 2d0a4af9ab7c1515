package io.github.vanphong.meeting;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;

/**
 * How exact a reported count is: counted exactly (a sign-in sheet), or given as "gần 200" (nearly 200), "khoảng
 * 150" (about 150) or "hơn 100" (more than 100), as reports of meetings usually give them. For example the report of
 * the Hậu Giang briefing of 2016-03-01 gives "gần 200 cán bộ": {@link #NEARLY} 200.
 *
 * <p>Approximations combine when counts are added ({@link #and(Approximation) and}): an exact count adds nothing to the
 * doubt of the other, two of the same kind keep it, and two different doubts make an {@link #ABOUT}.
 */
public enum Approximation implements Bilingual {
  /** Chính xác: the number was counted. */
  EXACT("Chính xác", "Exactly"),
  /** Gần: a little under the number, "gần 200". */
  NEARLY("Gần", "Nearly"),
  /** Khoảng: around the number, either side, "khoảng 150". */
  ABOUT("Khoảng", "About"),
  /** Hơn: a little over the number, "hơn 100". */
  MORE_THAN("Hơn", "More than");

  private final String vietnameseName;
  private final String englishName;

  Approximation(String vietnameseName, String englishName) {
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
   * Returns the approximation of a sum of two counts: {@link #EXACT} and any other gives the other, two equal ones
   * give the same, and two different inexact ones give {@link #ABOUT}. The operation is associative, commutative
   * and idempotent, with {@link #EXACT} as its identity.
   *
   * @param other the approximation of the other count, not null
   * @return the approximation of the sum, not null
   */
  public Approximation and(Approximation other) {
    requireNonNull(other, "other");
    if (this == EXACT || this == other) {
      return other;
    }
    return other == EXACT ? this : ABOUT;
  }
}
