/**
 * The library's JSON form, for applications that store its values and histories or exchange them between systems:
 * a Jackson 3 module, {@link io.github.vanphong.json.VanphongModule}, that an application registers on its
 * {@code JsonMapper}.
 *
 * <p>The format is part of the library's contract and is described, field by field, in {@code docs/json.md}:
 * explicit field names, enumerations by stable lower-case codes that do not follow a renamed Java constant, dates
 * in ISO-8601 ({@code 2016-03-01}), empty optional fields left out, and a {@code format} and {@code version} on
 * each top-level document (a petition, a draft, an action item, a reception session, a register, an organisation
 * chart). A workflow is written as what it was received with and its history; reading it back replays the history
 * under the rules, so a stored workflow can never come back in a state its rules would not reach.
 *
 * <p>Reading is strict: a missing or unknown field, a value of the wrong JSON type, an unknown code or a value the
 * library's rules refuse raises a {@code tools.jackson.databind.DatabindException} whose message names the path of
 * the field in the document ({@code $.history[3].on}) and what was wrong; no half-built value is ever returned.
 *
 * <p>A petition's identities are confidential (Luật Tố cáo 25/2018/QH14, Điều 8, 9 and 47): a redacted petition
 * writes no identity field, and the full form belongs only in the application's own confidential store.
 *
 * <p>Jackson is an optional dependency of the library: applications that do not use this package need not have it.
 * So the module requires it only {@code static}, and {@link io.github.vanphong.json.VanphongModule}, a Jackson
 * module by nature, says {@code @SuppressWarnings("exports")}: javac's lint would have Jackson required
 * transitively, which would force it on every application.
 */
@NullMarked
package io.github.vanphong.json;

import org.jspecify.annotations.NullMarked;
