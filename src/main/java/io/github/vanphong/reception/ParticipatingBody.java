package io.github.vanphong.reception;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Bilingual;
import io.github.vanphong.law.LegalBasis;

/**
 * A Party body that sends its representative to receive citizens at the provincial reception office, with the
 * matters it takes: for example the inspection committee (Ủy ban Kiểm tra) takes the matters of Party discipline and
 * of the conduct of Party members. Basis: Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 3, and from 2026-07-01
 * Nghị định 154/2026/NĐ-CP, Điều 29, khoản 1, điểm a, b; both verified.
 *
 * <p>The body is the kind taking part, not a unit: a session names the bodies present, and the application's org
 * chart says which unit each one is in its province.
 */
public enum ParticipatingBody implements Bilingual {
  /**
   * Văn phòng cấp ủy: the party committee office, which takes the petitions on the Party's policy and the complaints
   * on Party building.
   */
  PARTY_OFFICE("Văn phòng cấp ủy", "Party committee office", "the Party's policy and Party building"),
  /**
   * Ủy ban Kiểm tra: the inspection committee, which takes Party discipline, the conduct of cadres and Party members,
   * and internal Party life.
   */
  INSPECTION_COMMITTEE(
      "Ủy ban Kiểm tra cấp ủy",
      "Inspection committee",
      "Party discipline, the conduct of cadres and Party members, internal Party life"),
  /** Ban Nội chính: the internal affairs board, which takes internal affairs and the fight against corruption. */
  INTERNAL_AFFAIRS_BOARD(
      "Ban Nội chính cấp ủy", "Internal affairs board", "internal affairs and the fight against corruption");

  private final String vietnameseName;
  private final String englishName;
  private final String scope;

  ParticipatingBody(String vietnameseName, String englishName, String scope) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.scope = scope;
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
   * Returns the matters the body takes at the reception office, in English, for example "internal affairs and the
   * fight against corruption".
   *
   * @return the scope, not blank
   */
  public String scope() {
    return scope;
  }

  /**
   * Returns the articles that have the body take part: Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 3 (to
   * 2026-06-30), and Nghị định 154/2026/NĐ-CP, Điều 29, khoản 1, điểm a, b (from 2026-07-01).
   *
   * @return the bases, oldest first, not empty
   */
  public ImmutableList<LegalBasis> bases() {
    return ImmutableList.of(ReceptionBases.LAW_12_3, ReceptionBases.DECREE_29_1_AB);
  }
}
