/**
 * Periodic reporting (chế độ báo cáo định kỳ): the periods reports cover, their cut-offs and due days, who owes
 * which report to whom, and whether each was sent on time.
 *
 * <p>A {@link io.github.vanphong.report.ReportingPeriod} of a {@link io.github.vanphong.report.PeriodKind} (a
 * month, a quarter, the first or last 6 months, 9 months, the year, a term) runs between two cut-offs of a {@link
 * io.github.vanphong.reception.CutOff}: the "15th to 14th" convention of Nghị định 09/2019/NĐ-CP, Điều 12 and of
 * the inspection sector's circulars, or calendar months as in statistics ({@link
 * io.github.vanphong.report.CutOffConventions}). A {@link io.github.vanphong.report.ReportingRegime} names, for each
 * kind it uses, its cut-off and its {@link io.github.vanphong.report.DueRule}, and refuses a rule that leaves less
 * than one working day between the cut-off and the due day (Nghị định 09/2019/NĐ-CP, Điều 8, khoản 5); the regimes
 * the library knows are in {@link io.github.vanphong.report.ReportingRegimes}, with what their instruments leave
 * open as data an application supplies.
 *
 * <p>An application declares its {@link io.github.vanphong.report.ReportingObligations}: rules such as "every
 * district committee reports the petition-work regime to its parent"; for a unit of a tree they give its {@link
 * io.github.vanphong.report.ReportingObligation}s. A {@link io.github.vanphong.report.Submission} records a report
 * sent; a {@link io.github.vanphong.report.ReportCheck} judges a period of an obligation on a day ({@link
 * io.github.vanphong.report.ReportStatus}); {@link io.github.vanphong.report.ReportingCompliance} adds the judgements
 * up by unit and {@link io.github.vanphong.report.ReportingComplianceRollUp} carries them up a tree.
 *
 * <p>A {@link io.github.vanphong.report.ProgrammeConclusion} links a concluded matter of a work programme to the
 * session that concluded it, the number of that session's conclusion and the action items assigned from it, refused
 * by the {@link io.github.vanphong.report.ConclusionLinkRule}s; its follow-up on a day is read through the meeting
 * package's figures. It lives here because {@code programme} and {@code meeting} may not use each other.
 */
@NullMarked
package io.github.vanphong.report;

import org.jspecify.annotations.NullMarked;
