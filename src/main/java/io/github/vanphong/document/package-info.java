/**
 * Documents (văn bản) of a party committee office: their numbers and symbols ({@link
 * io.github.vanphong.document.DocumentSymbol}, "12-BC/VPTU" for the Party, "12/BC-UBND" for the State), the codes of
 * document types and issuing bodies ({@link io.github.vanphong.document.DocumentCodeBook}), the outgoing and incoming
 * registers that number them ({@link io.github.vanphong.document.OutgoingRegister}, {@link
 * io.github.vanphong.document.IncomingRegister}), the drafting and appraisal of a draft ({@link
 * io.github.vanphong.document.Draft}, whose refusals are {@link io.github.vanphong.document.DraftWorkflowException}s
 * naming a {@link io.github.vanphong.document.DraftRule} where a rule refuses), retention ({@link io.github.vanphong.document.RetentionSchedule}) and a
 * mergeable count of documents issued ({@link io.github.vanphong.document.DocumentTally}).
 *
 * <p>The format of a draft is checked by a {@link io.github.vanphong.document.FormatRuleBook} of {@link
 * io.github.vanphong.document.FormatRule}s chosen by the day of the check: Hướng dẫn 11-HD/VPTW (2004) up to
 * 2018-04-02, Hướng dẫn 36-HD/VPTW (03/4/2018) from 2018-04-03.
 *
 * <p>The rules rest on Hướng dẫn 36-HD/VPTW (03/4/2018) on the format of Party documents, Quy định 66-QĐ/TW (2017)
 * and its successor Quy định 399-QĐ/TW (2026) on Party document types, Nghị định 30/2020/NĐ-CP on State documents,
 * and Hướng dẫn 35-HD/VPTW (2010) and Công văn 160-CV/TW (1988) on Party archives. Figures not confirmed against
 * those texts are data an application replaces, and are marked {@link io.github.vanphong.law.Confirmation#UNCONFIRMED}.
 */
@NullMarked
package io.github.vanphong.document;

import org.jspecify.annotations.NullMarked;
