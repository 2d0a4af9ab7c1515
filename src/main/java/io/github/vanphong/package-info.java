/**
 * vanphong: the rules of a Vietnamese party committee office (văn phòng cấp ủy) as a pure Java library.
 *
 * <p>This root package holds what every other package shares: {@link io.github.vanphong.Bilingual}, the contract
 * of every enum that names a thing of the domain in English and in Vietnamese; {@link io.github.vanphong.Identifier},
 * the base of the identifiers of units, people, petitions, briefings and action items; {@link
 * io.github.vanphong.Rule}, {@link io.github.vanphong.Violation} and {@link
 * io.github.vanphong.CommandRefusedException}, the one shape of a rule, of a finding against it and of a refused
 * command; and {@link io.github.vanphong.Summary}, the contract of the figures that merge.
 *
 * <p>The domain lives in the sub-packages, each using only those listed before it: {@code law} (instruments and the
 * legal basis of every rule), {@code calendar} (working days, holidays, lunar dates, time limits and deadlines),
 * {@code organization} (units, the dated org chart, posts and appointments), then the domain packages {@code
 * staffing} (norms, establishments and quota checks), {@code petition} (complaints, denunciations, recommendations
 * and their workflow), {@code reception} (citizen reception: duties, sessions, register, compliance), {@code document} (symbols, code tables, registers, drafts and retention) and {@code meeting}
 * (briefings, conclusion notices and action items), and last, for users' property-based tests, {@code testing}.
 */
@NullMarked
package io.github.vanphong;

import org.jspecify.annotations.NullMarked;
