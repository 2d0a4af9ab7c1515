/**
 * Citizen reception (tiếp công dân): the duty of a party committee's head and of the heads of State bodies to receive
 * citizens, the reception sessions and the reception register (sổ tiếp công dân) the office keeps, the refusals and
 * the delegations, the reception schedules, the compliance of each post with its duty, and the statistics of the
 * periodic reports.
 *
 * <p>{@link io.github.vanphong.reception.ReceptionRuleBook} holds every rule, each a named {@link
 * io.github.vanphong.reception.ReceptionRule} with its legal basis, chosen by the day: the duties to receive ({@link
 * io.github.vanphong.reception.ReceptionDuty}), the grounds of refusal and their notices ({@link
 * io.github.vanphong.reception.RefusalRule}), the delegations ({@link io.github.vanphong.reception.DelegationRule})
 * and the procedures ({@link io.github.vanphong.reception.ProcedureRule}). A {@link
 * io.github.vanphong.reception.ReceptionSession} is a workflow: it opens, receives matters and refuses citizens on
 * its day, ends, and for the head's own reception ends with a conclusion notice; a refused command throws {@link
 * io.github.vanphong.reception.ReceptionWorkflowException}. A {@link io.github.vanphong.reception.ReceptionRegister}
 * numbers the matters received in the year, never renumbering; each matter becomes a petition's {@link
 * io.github.vanphong.petition.Intake} received in person, linked to its entry both ways by the petition's id. A
 * {@link io.github.vanphong.reception.ReceptionSchedule} gives its days on the working calendar; a {@link
 * io.github.vanphong.reception.ComplianceCheck} measures a post against its duty over a {@link
 * io.github.vanphong.reception.ReportPeriod}; {@link io.github.vanphong.reception.ComplianceSummary} and {@link
 * io.github.vanphong.reception.ReceptionTally} are the summaries that merge.
 *
 * <p>This package uses {@code petition}, the one other domain package it uses, because a matter received at a session
 * is a petition's intake and a citizen's identity is the petition's confidential {@link
 * io.github.vanphong.petition.Identity}; {@code petition} never uses this package.
 *
 * <p>The rules rest on Luật Tiếp công dân 42/2013/QH13 (amended by Luật 136/2025/QH15 from 2026-07-01), Thông tư
 * 06/2014/TT-TTCP, Nghị định 154/2026/NĐ-CP, Quy định 11-QĐi/TW and Kết luận 215-KL/TW; docs/rules.md lists each rule
 * with its article, its days in force and its mark.
 */
@NullMarked
package io.github.vanphong.reception;

import org.jspecify.annotations.NullMarked;
