/**
 * Party finance (tài chính đảng): Party dues (đảng phí), what each member owes a month by the rules in force for that
 * month, and a cell's ledger of them; and the budget calendar the Party's budget follows.
 *
 * <p>A member's {@link io.github.vanphong.finance.MemberCategory} and the {@link io.github.vanphong.finance.DuesBase}
 * it is reckoned from choose a {@link io.github.vanphong.finance.DuesRule} of the {@link
 * io.github.vanphong.finance.DuesRuleBook} by the month owed: Quy định 342-QĐ/TW for months until January 2026,
 * Quy định 01-QĐ/TW from February 2026. Members outside social insurance pay a share of the regional minimum wage
 * ({@link io.github.vanphong.finance.MinimumWageTable} of {@link io.github.vanphong.finance.MinimumWage}s by {@link
 * io.github.vanphong.finance.MinimumWageRegion}); an exemption or reduction ({@link
 * io.github.vanphong.finance.DuesRelief} of a {@link io.github.vanphong.finance.ReliefGround}) lowers what a member
 * owes for the months it covers.
 *
 * <p>A cell's {@link io.github.vanphong.finance.DuesLedger} records each member's months ({@link
 * io.github.vanphong.finance.DuesAssessment}), reliefs, excused months and payments ({@link
 * io.github.vanphong.finance.DuesPayment}), what each owes as of a day, and its findings ({@link
 * io.github.vanphong.finance.DuesViolation} of {@link io.github.vanphong.finance.DuesFindingRule}): members with 3
 * months of a year unpaid, whom the cell proposes for removal from the list.
 *
 * <p>Every rule carries its legal basis and mark; docs/rules.md lists them. The rounding of a computed amount is part
 * of each rule: the texts read say none, so the standard rules round half up to the đồng, a choice an application
 * replaces. Members are people: nothing here logs a member's data.
 *
 * <p>The budget calendar. The Party's bodies are budget units of the State budget, so the Party's budget
 * follows the State budget's calendar: a {@link io.github.vanphong.finance.BudgetCalendar} lists the dated {@link
 * io.github.vanphong.finance.BudgetStep}s of each budget year with the instrument that sets them (Luật Ngân sách nhà
 * nước 83/2015/QH13, then 89/2025/QH15 with Nghị định 73/2026/NĐ-CP and Thông tư 26/2026/TT-BTC), each year's
 * {@link io.github.vanphong.finance.BudgetDeadline}s, and, from what an office recorded as done ({@link
 * io.github.vanphong.finance.BudgetFollowUp}), the {@link io.github.vanphong.finance.BudgetDeadlineStatus} of each
 * on a day.
 */
@NullMarked
package io.github.vanphong.finance;

import org.jspecify.annotations.NullMarked;
