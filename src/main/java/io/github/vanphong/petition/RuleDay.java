package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * The day of a petition that chooses the rule applied to it, as the law says for each rule: for example the time
 * limits of a denunciation are those of the law in force on the day it was received ({@link #RECEIVED}), while the
 * new rules on suspending a complaint apply to a suspension decided from 2026-07-01 even if the complaint was accepted
 * before (Nghị định 155/2026/NĐ-CP, Điều 22, khoản 1: "Việc … tạm đình chỉ, đình chỉ … đối với vụ việc khiếu nại đã
 * có thông báo thụ lý trước ngày Nghị định này có hiệu lực … được thực hiện theo quy định tại Nghị định này"), so
 * that rule is chosen by the day of the act ({@link #ACT}).
 *
 * <p>A {@link PetitionRule} names the day that chooses it; {@link RuleDays} holds a petition's days.
 */
public enum RuleDay implements Bilingual {
  /** The day the petition was received: the rule in force that day applies throughout. */
  RECEIVED("Ngày nhận đơn", "Day received"),
  /** The day the petition was accepted (thụ lý); before acceptance, the day of the act. */
  ACCEPTED("Ngày thụ lý", "Day accepted"),
  /** The day of the act the rule governs: the day a suspension, a withdrawal or an extension is decided. */
  ACT("Ngày thực hiện", "Day of the act");

  private final String vietnameseName;
  private final String englishName;

  RuleDay(String vietnameseName, String englishName) {
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
