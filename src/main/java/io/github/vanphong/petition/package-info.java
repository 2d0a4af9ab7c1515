/**
 * Petitions (đơn thư): complaints (khiếu nại), denunciations (tố cáo), recommendations (kiến nghị) and feedback
 * (phản ánh) that a party committee office receives, classifies, routes, processes and reports on, with the legal
 * time limits of each step and the confidentiality of the denouncer.
 *
 * <p>{@link io.github.vanphong.petition.Petition} is a petition's {@link io.github.vanphong.petition.Intake} and
 * the append-only history of its handling, from which its {@link io.github.vanphong.petition.PetitionState} is
 * derived; {@link io.github.vanphong.petition.PetitionRuleBook} holds the time limits in force on the day a petition
 * was received, and {@link io.github.vanphong.petition.Petition#deadlines} applies them to its history. The
 * petitioners' {@link io.github.vanphong.petition.Identity identities} are shown by nothing but an explicit,
 * recorded {@link io.github.vanphong.petition.Petition#revealIdentity access}.
 *
 * <p>The rules rest on Luật Khiếu nại 02/2011/QH13, Luật Tố cáo 03/2011/QH13 and 25/2018/QH14, Luật Tiếp công dân
 * 42/2013/QH13 (as amended by Luật 136/2025/QH15 from 2026-07-01), Thông tư 07/2014/TT-TTCP and 05/2021/TT-TTCP,
 * and the Party's own regulations (Quy định 11-QĐi/TW, 30-QĐ/TW, 22-QĐ/TW).
 */
@NullMarked
package io.github.vanphong.petition;

import org.jspecify.annotations.NullMarked;
