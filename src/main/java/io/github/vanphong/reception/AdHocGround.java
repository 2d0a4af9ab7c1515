package io.github.vanphong.reception;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Bilingual;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;

/**
 * A case that calls for the head to receive citizens outside the periodic days (tiếp đột xuất): for example a tense,
 * drawn-out case of many people involving several bodies ({@link #COMPLEX_OR_MASS}), or one that threatens life,
 * property or public order ({@link #SERIOUS_HARM}).
 *
 * <p>The State's heads receive in these cases under Luật Tiếp công dân 42/2013/QH13, Điều 18, khoản 3, điểm a and b
 * (verified); a party committee's head under Quy định 11-QĐi/TW, Điều 4 (reported, from 2019-02-18). An {@link
 * AdHocCall} records a case that called for the head of a post, and whether the head came.
 */
public enum AdHocGround implements Bilingual {
  /**
   * Vụ việc phức tạp, đông người: a tense, complex or drawn-out case, of many people, involving several bodies, or on
   * which the bodies disagree.
   */
  COMPLEX_OR_MASS(
      "Vụ việc gay gắt, phức tạp, đông người, liên quan trách nhiệm nhiều cơ quan",
      "Complex or mass case",
      ReceptionBases.LAW_18_3_A),
  /**
   * Nguy cơ gây hậu quả nghiêm trọng: a case that may cause serious harm, destroy property, threaten life or disturb
   * security and public order.
   */
  SERIOUS_HARM(
      "Vụ việc có nguy cơ gây thiệt hại nghiêm trọng, ảnh hưởng an ninh, trật tự",
      "Risk of serious harm",
      ReceptionBases.LAW_18_3_B);

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis stateBasis;

  AdHocGround(String vietnameseName, String englishName, LegalBasis stateBasis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.stateBasis = stateBasis;
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
   * Returns the articles that name the case: Luật Tiếp công dân 42/2013/QH13, Điều 18, khoản 3, for the heads of State
   * bodies, and Quy định 11-QĐi/TW, Điều 4, for a party committee's head.
   *
   * @return the bases, the State's first, not empty
   */
  public ImmutableList<LegalBasis> bases() {
    return ImmutableList.of(stateBasis, ReceptionBases.PARTY_4_AD_HOC);
  }

  /**
   * Returns the articles that name the case and are in force on a day: none before 2014-07-01, the State's from then,
   * the Party's from 2019-02-18.
   *
   * @param day the day, not null
   * @return the bases in force, possibly empty, not null
   */
  public ImmutableList<LegalBasis> basesOn(LocalDate day) {
    requireNonNull(day, "day");
    return bases().stream().filter(b -> b.isInForceOn(day)).collect(ImmutableList.toImmutableList());
  }
}
