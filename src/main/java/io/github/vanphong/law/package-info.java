/**
 * The legal bases of vanphong's rules: which instrument and article a rule rests on, and when it is in force.
 *
 * <p>{@link io.github.vanphong.law.LegalBasis} cites an instrument and an article ("Luật Tố cáo 25/2018/QH14,
 * Điều 30") with the days it is in force and how firmly the library has confirmed it; {@link
 * io.github.vanphong.law.Validity} is a span of days, open or closed, on which something holds: a rule in force,
 * a unit in existence, an appointment held. Every rule of the library carries a {@code LegalBasis}.
 */
@NullMarked
package io.github.vanphong.law;

import org.jspecify.annotations.NullMarked;
