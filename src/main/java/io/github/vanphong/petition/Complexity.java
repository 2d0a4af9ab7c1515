package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Set;

/**
 * How complex a case is, which decides how long it may take: for example an especially complex denunciation may
 * have its 30 days extended twice (Luật Tố cáo 25/2018/QH14, Điều 30), a complex first complaint gets 45 days
 * instead of 30 (Luật Khiếu nại 02/2011/QH13, Điều 28).
 *
 * <p>For denunciations, a case is {@link #COMPLEX} if it shows any one of the seven {@linkplain ComplexityCriterion
 * criteria} and {@link #ESPECIALLY_COMPLEX} if it shows two or more ({@link #BASIS}, Nghị định 31/2019/NĐ-CP, Điều
 * 3). The Complaints Law knows one degree only: its rules treat an especially complex complaint as complex.
 */
public enum Complexity implements Bilingual {
  /** Vụ việc thông thường: none of the criteria. */
  NORMAL("Thông thường", "Normal"),
  /** Vụ việc phức tạp: one of the criteria. */
  COMPLEX("Phức tạp", "Complex"),
  /** Vụ việc đặc biệt phức tạp: two or more of the criteria. */
  ESPECIALLY_COMPLEX("Đặc biệt phức tạp", "Especially complex");

  /**
   * The criteria of complexity and their count: Nghị định 31/2019/NĐ-CP, Điều 3. It is dated from 2019-01-01, when
   * the Law it details came into force; the decree's own first day is not recorded in the library's sources.
   */
  public static final LegalBasis BASIS = LegalBasis.of(Instruments.DECREE_31_2019, "Điều 3");

  private final String vietnameseName;
  private final String englishName;

  Complexity(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * Returns the complexity of a case that shows the given criteria: none is {@link #NORMAL}, one is {@link
   * #COMPLEX}, two or more {@link #ESPECIALLY_COMPLEX} ({@link #BASIS}). For example {@code
   * of(Set.of(SEVERAL_CONTENTS, FOREIGN_ELEMENT))} is {@code ESPECIALLY_COMPLEX}.
   *
   * @param criteria the criteria the case shows, possibly empty, not null
   * @return the complexity, not null
   */
  public static Complexity of(Set<ComplexityCriterion> criteria) {
    requireNonNull(criteria, "criteria");
    int count = criteria.size();
    if (count == 0) {
      return NORMAL;
    }
    return count == 1 ? COMPLEX : ESPECIALLY_COMPLEX;
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
