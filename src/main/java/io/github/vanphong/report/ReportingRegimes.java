package io.github.vanphong.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReportPeriod;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The reporting regimes the library knows, each with its instrument, and what the instruments read leave to the
 * application: the State's regime of Nghị định 09/2019/NĐ-CP; the petition-work regimes of the Government
 * Inspectorate, chosen by date ({@link #petitionWorkOn}); and the Party's reports on citizen reception under Quy định
 * 11-QĐi/TW as amended by Kết luận 215-KL/TW.
 *
 * <p>Confirmation. The cut-offs of the State (Điều 12) and of petition work in 2021 (Thông tư 02/2021/TT-TTCP, Điều
 * 7, khoản 1) and 2024 are reported by secondary sources, as are the State's due day to the Government (Điều 13) and
 * the periods of the Party's reception reports. The due days of petition work, the periods and due days of Thông tư
 * 06/2025/TT-TTCP, and the cut-offs and due days of the Party's reception reports were not found: those regimes come
 * without them, and an application gives its own with {@link ReportingRegime#withCutOff}, {@link
 * ReportingRegime#withDue} and {@link ReportingRegime#withKind}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingRegimes {

  private ReportingRegimes() {}

  private static final LegalBasis STATE_DUE_DAY =
      LegalBasis.builder()
          .instrument(Instruments.DECREE_09_2019)
          .article("Điều 13")
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * The State's periodic reports (Nghị định 09/2019/NĐ-CP, reported): monthly, the four quarters, the first and last
   * six months and the year, with special and ad-hoc reports (Điều 4); counted from the 15th to the 14th ({@link
   * CutOffConventions#STATE_2019}, Điều 12); due to the Government by the 25th of the last month of the period (Điều
   * 13), which a ministry or province replaces for the reports sent to it ({@link ReportingRegime#withDue}).
   */
  public static final ReportingRegime STATE_2019 =
      fixed(
          ReportingRegime.of(
              "Chế độ báo cáo định kỳ của cơ quan hành chính nhà nước",
              LegalBasis.builder()
                  .instrument(Instruments.DECREE_09_2019)
                  .article("Điều 4, 8, 12, 13")
                  .confirmation(Confirmation.REPORTED)
                  .build(),
              EnumSet.of(
                  PeriodKind.MONTH,
                  PeriodKind.FIRST_QUARTER,
                  PeriodKind.SECOND_QUARTER,
                  PeriodKind.THIRD_QUARTER,
                  PeriodKind.FOURTH_QUARTER,
                  PeriodKind.FIRST_SIX_MONTHS,
                  PeriodKind.LAST_SIX_MONTHS,
                  PeriodKind.YEAR,
                  PeriodKind.SPECIAL,
                  PeriodKind.AD_HOC)),
          CutOffConventions.STATE_2019,
          Optional.of(DueRule.dayOfMonth(0, 25, STATE_DUE_DAY)));

  private static final ImmutableSet<PeriodKind> PETITION_WORK_KINDS =
      Sets.immutableEnumSet(
          PeriodKind.FIRST_QUARTER,
          PeriodKind.SECOND_QUARTER,
          PeriodKind.THIRD_QUARTER,
          PeriodKind.FOURTH_QUARTER,
          PeriodKind.FIRST_SIX_MONTHS,
          PeriodKind.NINE_MONTHS,
          PeriodKind.YEAR,
          PeriodKind.SPECIAL,
          PeriodKind.AD_HOC);

  /**
   * The petition-work reports of 2021 (Thông tư 02/2021/TT-TTCP, in force 2021-05-10 to 2024-01-19): the quarters, 6
   * and 9 months and the year, with special and ad-hoc reports, counted from the 15th to the 14th ({@link
   * CutOffConventions#PETITION_WORK_2021}, Điều 7, khoản 1, reported). The due days of each level (Điều 7, khoản 2)
   * were not read: none is given.
   */
  public static final ReportingRegime PETITION_WORK_2021 =
      fixed(
          ReportingRegime.of(
              "Chế độ báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo 2021",
              LegalBasis.builder()
                  .instrument(Instruments.CIRCULAR_02_2021_TTCP)
                  .article("Điều 7")
                  .confirmation(Confirmation.REPORTED)
                  .build(),
              PETITION_WORK_KINDS),
          CutOffConventions.PETITION_WORK_2021,
          Optional.empty());

  /**
   * The petition-work reports of 2024 (Thông tư 01/2024/TT-TTCP, in force to 2025-09-29): the kinds and cut-offs of
   * 2021 ({@link CutOffConventions#PETITION_WORK_2024}, reported; the article unconfirmed); the quarters II to IV in
   * tables of figures only. The due days were not read: none is given.
   */
  public static final ReportingRegime PETITION_WORK_2024 =
      fixed(
          ReportingRegime.of(
              "Chế độ báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo 2024",
              LegalBasis.builder()
                  .instrument(Instruments.CIRCULAR_01_2024_TTCP)
                  .article("Điều 7")
                  .confirmation(Confirmation.UNCONFIRMED)
                  .build(),
              PETITION_WORK_KINDS),
          CutOffConventions.PETITION_WORK_2024,
          Optional.empty());

  /**
   * The information and reporting regime of 2025 (Thông tư 06/2025/TT-TTCP, in force from 2025-09-30): its periods,
   * cut-offs and due days were not read, and it is not assumed to keep the 15th to the 14th; the regime comes with no
   * kind, which the application adds ({@link ReportingRegime#withKind}).
   */
  public static final ReportingRegime PETITION_WORK_2025 =
      ReportingRegime.of(
          "Chế độ thông tin, báo cáo công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống"
              + " tham nhũng, tiêu cực",
          LegalBasis.builder()
              .instrument(Instruments.CIRCULAR_06_2025_TTCP)
              .article("kỳ báo cáo (chưa đọc)")
              .confirmation(Confirmation.UNCONFIRMED)
              .build(),
          EnumSet.noneOf(PeriodKind.class));

  /**
   * The Party's reports on citizen reception and on petitions (Quy định 11-QĐi/TW, Điều 3, khoản 8, as amended by Kết
   * luận 215-KL/TW, reported; {@link ReportPeriod#PARTY_PERIODS}): monthly, the first quarter, 6 months, 9 months,
   * the year, or ad hoc; a provincial secretary reports to the Politburo and the Secretariat, a commune secretary to
   * the provincial committee's secretary and commissions. The conclusion sets no cut-off and no due day: none is
   * given.
   */
  public static final ReportingRegime PARTY_RECEPTION_2025 =
      ReportingRegime.of(
          "Báo cáo tình hình, kết quả tiếp dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo của dân",
          ReportPeriod.PARTY_PERIODS,
          EnumSet.of(
              PeriodKind.MONTH,
              PeriodKind.FIRST_QUARTER,
              PeriodKind.FIRST_SIX_MONTHS,
              PeriodKind.NINE_MONTHS,
              PeriodKind.YEAR,
              PeriodKind.AD_HOC));

  private static final ImmutableList<ReportingRegime> ALL =
      ImmutableList.of(STATE_2019, PETITION_WORK_2021, PETITION_WORK_2024, PETITION_WORK_2025, PARTY_RECEPTION_2025);

  private static final ImmutableList<ReportingRegime> PETITION_WORK =
      ImmutableList.of(PETITION_WORK_2021, PETITION_WORK_2024, PETITION_WORK_2025);

  private static ReportingRegime fixed(ReportingRegime regime, CutOff cutOff, Optional<DueRule> due) {
    ReportingRegime with = regime;
    for (PeriodKind kind : regime.kinds()) {
      if (kind.hasFixedPeriod()) {
        with = with.withCutOff(kind, cutOff);
        if (due.isPresent()) {
          with = with.withDue(kind, due.get());
        }
      }
    }
    return with;
  }

  /**
   * Returns every regime declared here, in the order of this class.
   *
   * @return the regimes, not null
   */
  public static ImmutableList<ReportingRegime> all() {
    return ALL;
  }

  /**
   * Returns the petition-work regime in force on a day: Thông tư 02/2021/TT-TTCP from 2021-05-10, 01/2024/TT-TTCP from
   * 2024-01-20 (unconfirmed), 06/2025/TT-TTCP from 2025-09-30.
   *
   * @param day the day, not null
   * @return the regime, or empty before 2021-05-10
   */
  public static Optional<ReportingRegime> petitionWorkOn(LocalDate day) {
    requireNonNull(day, "day");
    return PETITION_WORK.stream().filter(r -> r.isInForceOn(day)).findFirst();
  }
}
