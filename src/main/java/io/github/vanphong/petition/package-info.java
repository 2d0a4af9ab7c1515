/**
 * Petitions (đơn thư): complaints (khiếu nại), denunciations (tố cáo), recommendations (kiến nghị) and feedback
 * (phản ánh) that a party committee office receives, classifies, routes, processes and reports on, with the legal
 * time limits of each step and the confidentiality of the denouncer.
 *
 * <p>{@link io.github.vanphong.petition.PetitionKind} is what a petition asks for; {@link
 * io.github.vanphong.petition.PetitionId} names one. The rules rest on Luật Khiếu nại 02/2011/QH13, Luật Tố cáo
 * 25/2018/QH14, Luật Tiếp công dân 42/2013/QH13 (as amended by Luật 136/2025/QH15 from 2026-07-01), Thông tư
 * 05/2021/TT-TTCP and the Party's own regulations.
 */
@NullMarked
@VanphongStyle
package io.github.vanphong.petition;

import io.github.vanphong.VanphongStyle;
import org.jspecify.annotations.NullMarked;
