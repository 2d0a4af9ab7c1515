/**
 * Party finance: the budget calendar. The Party's bodies are budget units of the State budget, so the Party's budget
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
