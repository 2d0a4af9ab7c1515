package io.github.vanphong.report;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.reception.CutOff;

/**
 * The cut-off conventions (thời gian chốt số liệu) the library knows, each a {@link CutOff} citing its instrument:
 * the "15th to 14th" convention, under which the report month of March runs from 15 February to 14 March, and
 * calendar months. Any other convention is a {@link CutOff} of the application's, for example {@code
 * CutOff.onDay(20).withBasis(LegalBasis.of(province, "Điều 5"))}.
 *
 * <p>Under a fixed cut-off day, the quarters, the six and nine months and the year begin the day after the cut-off
 * of the month before their first: the year 2026 runs from 2025-12-15 to 2026-12-14 (Nghị định 09/2019/NĐ-CP, Điều
 * 12). The reception package's {@link io.github.vanphong.reception.ReportPeriod} counts with the same value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CutOffConventions {

  private CutOffConventions() {}

  /**
   * The State's convention: a monthly report counts from the 15th of the month before to the 14th of its month, and
   * the longer periods likewise (Nghị định 09/2019/NĐ-CP, Điều 12, khoản 1 to 4; reported).
   */
  public static final CutOff STATE_2019 =
      CutOff.onDay(14)
          .withBasis(
              LegalBasis.builder()
                  .instrument(Instruments.DECREE_09_2019)
                  .article("Điều 12")
                  .confirmation(Confirmation.REPORTED)
                  .build());

  /**
   * The petition-work convention of 2021: the first quarter from 15 December to 14 March, the other quarters from the
   * 15th of the last month of the quarter before to the 14th of their last month, 6 and 9 months and the year from
   * 15 December of the year before (Thông tư 02/2021/TT-TTCP, Điều 7, khoản 1; reported).
   */
  public static final CutOff PETITION_WORK_2021 =
      CutOff.onDay(14)
          .withBasis(
              LegalBasis.builder()
                  .instrument(Instruments.CIRCULAR_02_2021_TTCP)
                  .article("Điều 7, khoản 1")
                  .confirmation(Confirmation.REPORTED)
                  .build());

  /**
   * The petition-work convention of 2024, the same cut-offs as in 2021 (reported of Thông tư 01/2024/TT-TTCP; the
   * article number, taken to be that of 2021, is unconfirmed).
   */
  public static final CutOff PETITION_WORK_2024 =
      CutOff.onDay(14)
          .withBasis(
              LegalBasis.builder()
                  .instrument(Instruments.CIRCULAR_01_2024_TTCP)
                  .article("Điều 7, khoản 1")
                  .confirmation(Confirmation.UNCONFIRMED)
                  .build());

  /**
   * Calendar months, as statistical reports count them: a monthly report from the 1st to the last day of its month
   * (Nghị định 60/2018/NĐ-CP, as reported; the article was not identified).
   */
  public static final CutOff CALENDAR_MONTH =
      CutOff.monthEnd()
          .withBasis(
              LegalBasis.builder()
                  .instrument(Instruments.DECREE_60_2018)
                  .article("kỳ báo cáo thống kê tháng")
                  .confirmation(Confirmation.UNCONFIRMED)
                  .build());
}
