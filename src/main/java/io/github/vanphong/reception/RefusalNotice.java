package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * How a citizen refused reception is told why: by the receiving officer, in person ({@link #SPOKEN_EXPLANATION}), or
 * by a written notice the head issues within 3 working days ({@link #WRITTEN_NOTICE}, thông báo từ chối tiếp công
 * dân). For example refusing a citizen who keeps denouncing a case resolved correctly needs the written notice (Luật
 * Tiếp công dân 42/2013/QH13, Điều 9, khoản 3, with Thông tư 06/2014/TT-TTCP, Điều 4); refusing one who is drunk needs
 * the explanation only.
 *
 * <p>A {@link RefusalRule} says which a ground needs in its period.
 */
public enum RefusalNotice implements Bilingual {
  /** Giải thích trực tiếp: the officer explains the reason to the citizen in person. */
  SPOKEN_EXPLANATION("Giải thích trực tiếp lý do từ chối", "Spoken explanation"),
  /** Thông báo từ chối tiếp công dân: the written notice, within a time limit of working days. */
  WRITTEN_NOTICE("Thông báo từ chối tiếp công dân bằng văn bản", "Written notice");

  private final String vietnameseName;
  private final String englishName;

  RefusalNotice(String vietnameseName, String englishName) {
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
