package io.github.vanphong.report;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * The rules of periodic reporting that refuse a regime, an obligation or a submission, each named and cited: for
 * example {@link #MINIMUM_GAP}, at least one working day between the cut-off and the due day (Nghị định
 * 09/2019/NĐ-CP, Điều 8, khoản 5). The structural rules, which no instrument states because the data must follow
 * them to mean anything, have no basis.
 */
public enum ReportingRule implements Rule, Bilingual {
  /**
   * Thời hạn gửi báo cáo không ít hơn 01 ngày làm việc kể từ thời điểm chốt số liệu: a report is due at least one
   * working day after its cut-off (Nghị định 09/2019/NĐ-CP, Điều 8, khoản 5; reported).
   */
  MINIMUM_GAP(
      "Ít nhất 01 ngày làm việc từ chốt số liệu đến hạn gửi",
      "At least one working day from cut-off to due day",
      Optional.of(
          LegalBasis.builder()
              .instrument(Instruments.DECREE_09_2019)
              .article("Điều 8, khoản 5")
              .confirmation(Confirmation.REPORTED)
              .build())),
  /** A regime gives a cut-off or a due rule only for a kind of period it uses, and one of fixed days. */
  KIND_OF_REGIME("Kỳ báo cáo thuộc chế độ", "A kind of the regime", Optional.empty()),
  /**
   * A cut-off the instrument does not set is the application's data: a period of the kind cannot be reckoned until
   * it is given (Kết luận 215-KL/TW and Thông tư 06/2025/TT-TTCP set none the library read).
   */
  CUT_OFF_GIVEN("Đã có thời gian chốt số liệu", "A cut-off is given", Optional.empty()),
  /** A due rule the instrument does not set is the application's data: no due day is reckoned until it is given. */
  DUE_RULE_GIVEN("Đã có thời hạn gửi báo cáo", "A due rule is given", Optional.empty()),
  /** A submission is of an obligation's kind of period, with the cut-off of its regime. */
  PERIOD_OF_OBLIGATION("Kỳ báo cáo của nghĩa vụ", "A period of the obligation", Optional.empty()),
  /**
   * The figures of an office's report are those of its period: each domain's summary as of the period's last day,
   * and counts by month within the period's months; two reports merge only if they are of the same period.
   */
  FIGURES_OF_THE_PERIOD("Số liệu thuộc kỳ báo cáo", "Figures of the report's period", Optional.empty());

  private final String vietnameseName;
  private final String englishName;
  private final Optional<LegalBasis> basis;

  ReportingRule(String vietnameseName, String englishName, Optional<LegalBasis> basis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
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
   * Returns the instrument and article of the rule.
   *
   * @return the basis, or empty for a structural rule
   */
  public Optional<LegalBasis> basis() {
    return basis;
  }

  @Override
  public Optional<String> citation() {
    return basis.map(LegalBasis::citation);
  }
}
