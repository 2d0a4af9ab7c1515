package io.github.vanphong.reception;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.Level;
import java.time.LocalDate;

/**
 * The articles the rules of citizen reception rest on, each written once: the rule book, the grounds and the register
 * forms cite them from here. Days and confirmations follow docs/rules.md.
 */
final class ReceptionBases {

  /** The first day of the amended Citizen Reception Law and of Nghị định 154/2026/NĐ-CP: 2026-07-01. */
  static final LocalDate AMENDMENT_DAY = Instruments.PETITION_LAWS_AMENDMENT_2025.inForceFrom();

  /** The last day of the Citizen Reception Law as first enacted: 2026-06-30. */
  static final LocalDate BEFORE_AMENDMENT = AMENDMENT_DAY.minusDays(1);

  /** The last day of the district level: 2025-06-30. */
  static final LocalDate LAST_DISTRICT_DAY = Level.DISTRICT.validity().end().orElseThrow();

  /** The first day of Thông tư 06/2014/TT-TTCP, and of its refusal notice: 2014-12-15. */
  static final LocalDate CIRCULAR_DAY = Instruments.CIRCULAR_06_2014_TTCP.inForceFrom();

  /** The first day of Kết luận 215-KL/TW: 2025-11-23. */
  static final LocalDate KL_215_DAY = Instruments.PARTY_CONCLUSION_215_2025.inForceFrom();

  private static final Instrument LAW = Instruments.CITIZEN_RECEPTION_LAW_2013;
  private static final Instrument DECREE = Instruments.DECREE_154_2026;
  private static final Instrument CIRCULAR = Instruments.CIRCULAR_06_2014_TTCP;
  private static final Instrument PARTY = Instruments.PARTY_REGULATION_11_2019;

  // ---- Luật Tiếp công dân 42/2013/QH13, as first enacted ---------------------------------------------------------

  static final LegalBasis LAW_9_1 = law("Điều 9, khoản 1");
  static final LegalBasis LAW_9_2 = law("Điều 9, khoản 2");
  static final LegalBasis LAW_9_3 = law("Điều 9, khoản 3");
  static final LegalBasis LAW_9_4 = law("Điều 9, khoản 4");
  static final LegalBasis LAW_12_3 = law("Điều 12, khoản 3");
  static final LegalBasis LAW_12_5 = law("Điều 12, khoản 5");
  static final LegalBasis LAW_13_5 = law("Điều 13, khoản 5");
  static final LegalBasis LAW_15_2_D = law("Điều 15, khoản 2, điểm d");
  static final LegalBasis LAW_18_2 = law("Điều 18, khoản 2");
  static final LegalBasis LAW_18_3_A = law("Điều 18, khoản 3, điểm a");
  static final LegalBasis LAW_18_3_B = law("Điều 18, khoản 3, điểm b");
  static final LegalBasis LAW_21 = law("Điều 21");
  static final LegalBasis LAW_29 = law("Điều 29");

  /**
   * That a head of a State body may have a deputy receive in his stead: inferred from the press reports that Luật
   * 136/2025/QH15 forbids it from 2026-07-01; no article allowing it was read.
   */
  static final LegalBasis LAW_DEPUTY_STANDS_IN =
      LegalBasis.builder()
          .instrument(LAW)
          .article("ủy quyền cho cấp phó tiếp công dân (suy ra từ việc Luật sửa đổi bãi bỏ; chưa đọc điều khoản)")
          .inForceUntil(BEFORE_AMENDMENT)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** Online reception, the new Điều 3a of the amended law, as the Government's portal reports it. */
  static final LegalBasis LAW_3A =
      LegalBasis.builder()
          .instrument(LAW)
          .article("Điều 3a")
          .inForceFrom(AMENDMENT_DAY)
          .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- Thông tư 06/2014/TT-TTCP ---------------------------------------------------------------------------------

  /**
   * The refusal notice (Mẫu 01-TCD) within 3 working days and the spoken explanation, from 2014-12-15 to 2026-06-30.
   * The article was read (the research notes' T3): verified, though the circular's own days are only reported.
   */
  static final LegalBasis CIRCULAR_4 = circular("Điều 4", Confirmation.VERIFIED);

  /**
   * The reception register, Mẫu 06-TCD, from 2014-12-15 to 2026-06-30. The articles were read (the research notes'
   * T16): verified.
   */
  static final LegalBasis CIRCULAR_REGISTER = circular("Điều 16, Điều 27; Mẫu số 06-TCD", Confirmation.VERIFIED);

  /** The conclusion notice of the head's reception before 2026-07-01: the article was not read. */
  static final LegalBasis CIRCULAR_CONCLUSION =
      circular("thông báo kết luận việc tiếp công dân (chưa đọc điều khoản)", Confirmation.UNCONFIRMED);

  // ---- Nghị định 154/2026/NĐ-CP ---------------------------------------------------------------------------------

  static final LegalBasis DECREE_4_1_A = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm a");
  static final LegalBasis DECREE_4_1_B = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm b");
  static final LegalBasis DECREE_4_1_C = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm c");
  static final LegalBasis DECREE_4_1_D = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm d");
  static final LegalBasis DECREE_4_1_DD = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm đ");
  static final LegalBasis DECREE_4_1_E = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm e");
  static final LegalBasis DECREE_4_1_G = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm g");
  static final LegalBasis DECREE_4_1_H = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm h");
  static final LegalBasis DECREE_4_1_I = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm i");
  static final LegalBasis DECREE_4_1_K = LegalBasis.of(DECREE, "Điều 4, khoản 1, điểm k");

  /**
   * The spoken explanation of Điều 4, khoản 2, for the points both readings of the text list (b, c, d, đ, e, g, k).
   * The letters of the copies read are unreliable (the OCR mislabels a point), and the research notes (note 1) say to
   * treat the exact set as unconfirmed until it is checked against the Công báo: unconfirmed, data an application
   * replaces once it has.
   */
  static final LegalBasis DECREE_4_2 =
      LegalBasis.builder()
          .instrument(DECREE)
          .article("Điều 4, khoản 2")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** The spoken explanation for points a and i, which one reading lists and the other does not. */
  static final LegalBasis DECREE_4_2_DISPUTED =
      LegalBasis.builder()
          .instrument(DECREE)
          .article("Điều 4, khoản 2 (điểm a, i: hai bản đọc khác nhau)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** The written refusal notice, Mẫu 01/TCD, within 3 working days (Điều 4, khoản 3). */
  static final LegalBasis DECREE_4_3 = LegalBasis.of(DECREE, "Điều 4, khoản 3; Mẫu số 01/TCD");

  static final LegalBasis DECREE_27_1 = LegalBasis.of(DECREE, "Điều 27, khoản 1");
  static final LegalBasis DECREE_29_1_AB = LegalBasis.of(DECREE, "Điều 29, khoản 1, điểm a, b");
  static final LegalBasis DECREE_29_1_C = LegalBasis.of(DECREE, "Điều 29, khoản 1, điểm c");

  /** The reception register from 2026-07-01, Mẫu 03/TCD with its 13 columns. */
  static final LegalBasis DECREE_REGISTER = LegalBasis.of(DECREE, "Điều 25, khoản 2; Mẫu số 03/TCD");

  // ---- the Party's rules ----------------------------------------------------------------------------------------

  /** Quy định 11-QĐi/TW, Điều 4, khoản 1 as first issued: periodic reception by the head, to 2025-11-22. */
  static final LegalBasis PARTY_4_1 =
      LegalBasis.builder()
          .instrument(PARTY)
          .article("Điều 4, khoản 1")
          .inForceUntil(KL_215_DAY.minusDays(1))
          .build();

  /** Quy định 11-QĐi/TW, Điều 4, khoản 1 as amended by Kết luận 215-KL/TW, from 2025-11-23. */
  static final LegalBasis PARTY_4_1_AMENDED =
      LegalBasis.builder()
          .instrument(PARTY)
          .article("Điều 4, khoản 1")
          .inForceFrom(KL_215_DAY)
          .addAsAmendedBy(Instruments.PARTY_CONCLUSION_215_2025)
          .build();

  /** Ad-hoc reception by the Party head, Quy định 11-QĐi/TW, Điều 4 (the cases a and b). */
  static final LegalBasis PARTY_4_AD_HOC = LegalBasis.of(PARTY, "Điều 4 (tiếp đột xuất)");

  /** The periods of the reports, Quy định 11-QĐi/TW, Điều 3, khoản 8 as amended by Kết luận 215-KL/TW. */
  static final LegalBasis PARTY_3_8_AMENDED =
      LegalBasis.builder()
          .instrument(PARTY)
          .article("Điều 3, khoản 8")
          .inForceFrom(KL_215_DAY)
          .addAsAmendedBy(Instruments.PARTY_CONCLUSION_215_2025)
          .build();

  private ReceptionBases() {}

  private static LegalBasis law(String article) {
    return LegalBasis.builder().instrument(LAW).article(article).inForceUntil(BEFORE_AMENDMENT).build();
  }

  private static LegalBasis circular(String article, Confirmation confirmation) {
    return LegalBasis.builder()
        .instrument(CIRCULAR)
        .article(article)
        .inForceUntil(BEFORE_AMENDMENT)
        .confirmation(confirmation)
        .build();
  }

  /**
   * Returns the basis of how a citizen refused on a ground of the Citizen Reception Law is told before Thông tư
   * 06/2014/TT-TTCP came into force, from 2014-07-01 to 2014-12-14: the ground's own article, which prescribes no
   * notice and no form, so unconfirmed.
   */
  static LegalBasis beforeCircular(LegalBasis ground) {
    return LegalBasis.builder()
        .from(ground)
        .inForceUntil(CIRCULAR_DAY.minusDays(1))
        .confirmation(Confirmation.UNCONFIRMED)
        .build();
  }

  /**
   * Returns the basis of an article of the Citizen Reception Law carried over to the amended law: from 2026-07-01,
   * cited as amended by Luật 136/2025/QH15, whose text was not read, so unconfirmed.
   */
  static LegalBasis carriedOver(LegalBasis basis) {
    return LegalBasis.builder()
        .instrument(basis.instrument())
        .article(basis.article())
        .inForceFrom(AMENDMENT_DAY)
        .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
        .confirmation(Confirmation.UNCONFIRMED)
        .build();
  }
}
