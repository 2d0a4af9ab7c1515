package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The budget calendar the Party's budget follows, as a book of dated steps: the Party's bodies are budget units of
 * the State budget (đơn vị dự toán), so their estimates, spending and closing keep the State budget's days. For
 * example, for budget year 2026: the Prime Minister's guidance by 2025-05-15, the National Assembly's decision by
 * 2025-11-15, the provincial council's by 2025-12-10, allocation to the units by 2025-12-31 (Luật Ngân sách nhà nước
 * 83/2015/QH13, Điều 44), then spending until 2026-12-31 and the closing of the year by 2027-02-14 (Thông tư
 * 26/2026/TT-BTC).
 *
 * <p>Which law governs which budget year ({@link #governingLaw}) follows the transition of Thông tư 26/2026/TT-BTC,
 * Điều 37: the estimates of 2026 and the accounts of 2024 under the law of 2015, the budget from 2026 and the accounts
 * from 2025 under the law of 2025. The steps under the law of 2025 for the National Assembly's and the provincial
 * council's decisions were not found: the book carries the 2015 days over, marked unconfirmed, as data an
 * application replaces ({@link #with}) once it has read them. No Party instrument on its own estimates and accounts
 * was found; the Party's internal approval of a committee's estimate is the application's step to add.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class BudgetCalendar {

  /** The budget year is the calendar year, 1 January to 31 December: Luật Ngân sách nhà nước 83/2015/QH13, Điều 14. */
  public static final LegalBasis BUDGET_YEAR = LegalBasis.of(Instruments.STATE_BUDGET_LAW_2015, "Điều 14");

  /**
   * Which law governs which budget year: the accounts of 2024 and the estimates of 2026 under the law of 2015 (khoản
   * 1), the accounts of 2025 under the law of 2025 (khoản 3), the rest from budget year 2026 (Điều 38, khoản 1).
   */
  public static final LegalBasis TRANSITION =
      LegalBasis.of(Instruments.CIRCULAR_26_2026_BTC, "Điều 37, khoản 1 và 3; Điều 38, khoản 1");

  private static final LegalBasis LAW_2015_ARTICLE_44 =
      LegalBasis.builder()
          .instrument(Instruments.STATE_BUDGET_LAW_2015)
          .article("Điều 44")
          .confirmation(Confirmation.VERIFIED)
          .build();

  /** Thủ tướng hướng dẫn lập dự toán: the Prime Minister's guidance on the estimates, by 15 May of the year before. */
  public static final BudgetStep PRIME_MINISTER_GUIDANCE_2015 =
      estimate2015(
          "PRIME_MINISTER_GUIDANCE_2015",
          "Thủ tướng Chính phủ ban hành chỉ thị lập dự toán năm sau",
          "The Prime Minister's guidance on the estimates",
          MonthDay.of(5, 15));

  /** Quốc hội quyết định dự toán: the National Assembly decides the estimates, by 15 November of the year before. */
  public static final BudgetStep NATIONAL_ASSEMBLY_DECIDES_2015 =
      estimate2015(
          "NATIONAL_ASSEMBLY_DECIDES_2015",
          "Quốc hội quyết định dự toán ngân sách nhà nước",
          "The National Assembly decides the estimates",
          MonthDay.of(11, 15));

  /** Hội đồng nhân dân tỉnh quyết định dự toán: the provincial council decides, by 10 December of the year before. */
  public static final BudgetStep PROVINCIAL_COUNCIL_DECIDES_2015 =
      estimate2015(
          "PROVINCIAL_COUNCIL_DECIDES_2015",
          "Hội đồng nhân dân cấp tỉnh quyết định dự toán ngân sách địa phương",
          "The provincial council decides the local estimates",
          MonthDay.of(12, 10));

  /** Giao dự toán cho đơn vị: the estimates are allocated to the budget units by 31 December of the year before. */
  public static final BudgetStep ALLOCATED_TO_UNITS_2015 =
      estimate2015(
          "ALLOCATED_TO_UNITS_2015",
          "Giao dự toán ngân sách cho các đơn vị sử dụng ngân sách",
          "The estimates are allocated to the units",
          MonthDay.of(12, 31));

  /**
   * Gửi báo cáo dự toán: the estimate reports are sent before 10 July of the year before ("trước ngày 10 tháng 7"),
   * so by 9 July; Nghị định 73/2026/NĐ-CP, Điều 15, khoản 3, from budget year 2027.
   */
  public static final BudgetStep ESTIMATES_SENT_2025 =
      BudgetStep.builder()
          .name("ESTIMATES_SENT_2025")
          .vietnameseName("Gửi báo cáo dự toán ngân sách năm sau")
          .englishName("The estimate reports are sent")
          .phase(BudgetPhase.ESTIMATE)
          .yearOffset(-1)
          .due(MonthDay.of(7, 9))
          .firstBudgetYear(2027)
          .basis(
              LegalBasis.builder()
                  .instrument(Instruments.DECREE_73_2026)
                  .article("Điều 15, khoản 3")
                  .confirmation(Confirmation.VERIFIED)
                  .build())
          .build();

  /**
   * Quốc hội quyết định dự toán under the law of 2025: the day was not found, and the book carries over 15 November
   * of the law of 2015, unconfirmed.
   */
  public static final BudgetStep NATIONAL_ASSEMBLY_DECIDES_2025 =
      carriedOver(NATIONAL_ASSEMBLY_DECIDES_2015, "NATIONAL_ASSEMBLY_DECIDES_2025");

  /**
   * Hội đồng nhân dân tỉnh quyết định dự toán under the law of 2025: the day was not found, and the book carries over
   * 10 December of the law of 2015, unconfirmed.
   */
  public static final BudgetStep PROVINCIAL_COUNCIL_DECIDES_2025 =
      carriedOver(PROVINCIAL_COUNCIL_DECIDES_2015, "PROVINCIAL_COUNCIL_DECIDES_2025");

  /** Thời hạn chi, tạm ứng: spending and advances of the year end on 31 December (Thông tư 26/2026, Điều 15.2). */
  public static final BudgetStep SPENDING_ENDS_2025 =
      yearEnd(
          "SPENDING_ENDS_2025",
          "Kết thúc thời hạn chi, tạm ứng ngân sách",
          "Spending and advances end",
          0,
          MonthDay.of(12, 31),
          "Điều 15, khoản 2");

  /**
   * Dự toán chưa sử dụng bị hủy bỏ: the estimates not used by 31 January of the next year are cancelled, save those
   * carried forward (Thông tư 26/2026, Điều 19.3).
   */
  public static final BudgetStep UNUSED_ESTIMATES_CANCELLED_2025 =
      yearEnd(
          "UNUSED_ESTIMATES_CANCELLED_2025",
          "Hủy bỏ số dư dự toán chưa sử dụng",
          "Unused estimates are cancelled",
          1,
          MonthDay.of(1, 31),
          "Điều 19, khoản 3");

  /**
   * Đối chiếu với Kho bạc: the units reconcile their balances with the State Treasury by 10 February of the next
   * year (Thông tư 26/2026, Điều 19.2.b, 19.3.a, 19.4.a).
   */
  public static final BudgetStep TREASURY_RECONCILED_2025 =
      yearEnd(
          "TREASURY_RECONCILED_2025",
          "Đối chiếu số dư với Kho bạc Nhà nước",
          "Balances are reconciled with the Treasury",
          1,
          MonthDay.of(2, 10),
          "Điều 19, khoản 2, điểm b; khoản 3, điểm a; khoản 4, điểm a");

  /**
   * Nộp lại tạm ứng: advances not carried forward are repaid before 15 February of the next year ("trước ngày 15
   * tháng 02"), so by 14 February (Thông tư 26/2026, Điều 19.4.c).
   */
  public static final BudgetStep ADVANCES_REPAID_2025 =
      yearEnd(
          "ADVANCES_REPAID_2025",
          "Nộp lại số dư tạm ứng không được chuyển nguồn",
          "Advances not carried forward are repaid",
          1,
          MonthDay.of(2, 14),
          "Điều 19, khoản 4, điểm c");

  private static final BudgetCalendar STANDARD =
      new BudgetCalendar(
          ImmutableList.of(
              PRIME_MINISTER_GUIDANCE_2015,
              NATIONAL_ASSEMBLY_DECIDES_2015,
              PROVINCIAL_COUNCIL_DECIDES_2015,
              ALLOCATED_TO_UNITS_2015,
              ESTIMATES_SENT_2025,
              NATIONAL_ASSEMBLY_DECIDES_2025,
              PROVINCIAL_COUNCIL_DECIDES_2025,
              SPENDING_ENDS_2025,
              UNUSED_ESTIMATES_CANCELLED_2025,
              TREASURY_RECONCILED_2025,
              ADVANCES_REPAID_2025));

  private static BudgetStep estimate2015(String name, String vietnamese, String english, MonthDay due) {
    return BudgetStep.builder()
        .name(name)
        .vietnameseName(vietnamese)
        .englishName(english)
        .phase(BudgetPhase.ESTIMATE)
        .yearOffset(-1)
        .due(due)
        .firstBudgetYear(2018)
        .lastBudgetYear(2026)
        .basis(LAW_2015_ARTICLE_44)
        .build();
  }

  private static BudgetStep carriedOver(BudgetStep step, String name) {
    return BudgetStep.builder()
        .from(step)
        .name(name)
        .firstBudgetYear(2027)
        .lastBudgetYear(Optional.empty())
        .basis(
            LegalBasis.builder()
                .instrument(Instruments.STATE_BUDGET_LAW_2025)
                .article("điều chưa xác định (ngày của Luật 83/2015/QH13, Điều 44, giữ nguyên)")
                .confirmation(Confirmation.UNCONFIRMED)
                .build())
        .build();
  }

  private static BudgetStep yearEnd(
      String name, String vietnamese, String english, int yearOffset, MonthDay due, String article) {
    return BudgetStep.builder()
        .name(name)
        .vietnameseName(vietnamese)
        .englishName(english)
        .phase(BudgetPhase.EXECUTION)
        .yearOffset(yearOffset)
        .due(due)
        .firstBudgetYear(2026)
        .basis(LegalBasis.of(Instruments.CIRCULAR_26_2026_BTC, article))
        .build();
  }

  private final ImmutableList<BudgetStep> steps;

  private BudgetCalendar(ImmutableList<BudgetStep> steps) {
    this.steps = steps;
  }

  /**
   * Returns the library's calendar: the steps of the law of 2015 for budget years 2018 to 2026, those of the law of
   * 2025 and its decree and circular from budget years 2026 and 2027, two of them carried over unconfirmed.
   *
   * @return the standard calendar, not null
   */
  public static BudgetCalendar standard() {
    return STANDARD;
  }

  /**
   * Returns a calendar of the given steps, as an application keeps its own.
   *
   * @param steps the steps, not null, each name once
   * @return the calendar, not null
   * @throws IllegalArgumentException if two steps share a name
   */
  public static BudgetCalendar of(Iterable<BudgetStep> steps) {
    ImmutableList<BudgetStep> list = Arguments.list(steps, "steps");
    checkArgument(
        list.stream().map(BudgetStep::name).distinct().count() == list.size(),
        "a budget calendar lists each step once: %s",
        list.stream().map(BudgetStep::name).collect(ImmutableList.toImmutableList()));
    return new BudgetCalendar(list);
  }

  /**
   * Returns this calendar with a step added, or replacing the step of the same name, in its place.
   *
   * @param step the step, not null
   * @return the calendar with the step, not null
   */
  public BudgetCalendar with(BudgetStep step) {
    requireNonNull(step, "step");
    Map<String, BudgetStep> byName = new LinkedHashMap<>();
    steps.forEach(s -> byName.put(s.name(), s));
    byName.put(step.name(), step);
    return new BudgetCalendar(ImmutableList.copyOf(byName.values()));
  }

  /**
   * Returns this calendar without a step.
   *
   * @param name the step's name, not null
   * @return the calendar without the step, not null
   * @throws IllegalArgumentException if the calendar has no step of that name
   */
  public BudgetCalendar without(String name) {
    requireNonNull(name, "name");
    checkArgument(step(name).isPresent(), "the budget calendar has no step %s to remove", Texts.quote(name));
    return new BudgetCalendar(
        steps.stream().filter(s -> !s.name().equals(name)).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The steps, in the order of the book.
   *
   * @return the steps, possibly empty, not null
   */
  public ImmutableList<BudgetStep> steps() {
    return steps;
  }

  /**
   * Returns a step of the book.
   *
   * @param name the step's name, not null
   * @return the step, or empty if the book has none of that name
   */
  public Optional<BudgetStep> step(String name) {
    requireNonNull(name, "name");
    return steps.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Returns the deadlines of a budget year: each step that applies to it with its due day, in the order of the due
   * days, then of the book.
   *
   * @param budgetYear the budget year, from {@link BudgetStep#FIRST_BUDGET_YEAR} to {@link
   *     BudgetStep#LAST_BUDGET_YEAR}
   * @return the deadlines, possibly empty, not null
   * @throws IllegalArgumentException if the year is outside that range
   */
  public ImmutableList<BudgetDeadline> deadlines(int budgetYear) {
    checkYear(budgetYear);
    return steps.stream()
        .filter(s -> s.appliesTo(budgetYear))
        .map(s -> BudgetDeadline.of(s, budgetYear))
        .sorted(Comparator.comparing(BudgetDeadline::due))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the days of a budget year: the calendar year, 1 January to 31 December ({@link #BUDGET_YEAR}).
   *
   * @param budgetYear the budget year, from {@link BudgetStep#FIRST_BUDGET_YEAR} to {@link
   *     BudgetStep#LAST_BUDGET_YEAR}
   * @return the days, not null
   * @throws IllegalArgumentException if the year is outside that range
   */
  public static Validity budgetYear(int budgetYear) {
    checkYear(budgetYear);
    return Validity.between(LocalDate.of(budgetYear, 1, 1), LocalDate.of(budgetYear, 12, 31));
  }

  /**
   * Returns the law that governs a phase of a budget year ({@link #TRANSITION}): the estimates of budget years to 2026,
   * the execution of those to 2025 and the accounts of those to 2024 fall under Luật Ngân sách nhà nước 83/2015/QH13;
   * the later ones under Luật Ngân sách nhà nước 89/2025/QH15.
   *
   * @param phase the phase, not null
   * @param budgetYear the budget year, from {@link BudgetStep#FIRST_BUDGET_YEAR} to {@link
   *     BudgetStep#LAST_BUDGET_YEAR}
   * @return the law, not null
   * @throws IllegalArgumentException if the year is outside that range
   */
  public static Instrument governingLaw(BudgetPhase phase, int budgetYear) {
    requireNonNull(phase, "phase");
    checkYear(budgetYear);
    int lastUnder2015 =
        switch (phase) {
          case ESTIMATE -> 2026;
          case EXECUTION -> 2025;
          case ACCOUNTS -> 2024;
        };
    return budgetYear <= lastUnder2015 ? Instruments.STATE_BUDGET_LAW_2015 : Instruments.STATE_BUDGET_LAW_2025;
  }

  private static void checkYear(int budgetYear) {
    checkArgument(
        budgetYear >= BudgetStep.FIRST_BUDGET_YEAR && budgetYear <= BudgetStep.LAST_BUDGET_YEAR,
        "the budget calendar answers for budget years %s to %s: %s",
        BudgetStep.FIRST_BUDGET_YEAR,
        BudgetStep.LAST_BUDGET_YEAR,
        budgetYear);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BudgetCalendar other && steps.equals(other.steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  /**
   * Returns the names of the steps: "budget calendar [PRIME_MINISTER_GUIDANCE_2015, …]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "budget calendar " + steps.stream().map(BudgetStep::name).collect(ImmutableList.toImmutableList());
  }
}
