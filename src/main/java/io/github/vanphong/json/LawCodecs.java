package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;

/** The JSON form of the types of {@code io.github.vanphong.law}: instruments, legal bases and their days. */
final class LawCodecs {
  private LawCodecs() {}

  static final EnumCodec<Confirmation> CONFIRMATION =
      Codecs.codes(Confirmation.class)
          .code(Confirmation.VERIFIED, "verified")
          .code(Confirmation.REPORTED, "reported")
          .code(Confirmation.UNCONFIRMED, "unconfirmed")
          .build();

  /** {@code {"from": "2012-07-01", "until": "2018-12-31"}}, {@code until} left out if open-ended. */
  static final Codec<Validity> VALIDITY =
      Codecs.object(
          Validity.class,
          (out, v) -> out.put("from", Codecs.DATE, v.start()).optional("until", Codecs.DATE, v.end()),
          in -> {
            var from = in.get("from", Codecs.DATE);
            return in.optional("until", Codecs.DATE)
                .map(until -> Validity.between(from, until))
                .orElseGet(() -> Validity.from(from));
          });

  /**
   * An instrument with its days in force, the instruments amending it and the one replacing it, each written in
   * full, and its confirmation.
   */
  static final Codec<Instrument> INSTRUMENT =
      // An instrument refers to instruments: the lambdas name this codec, which is set when they first run.
      Codecs.object(
          Instrument.class,
          (out, i) ->
              out.text("name", i.name())
                  .put("inForceFrom", Codecs.DATE, i.inForceFrom())
                  .optional("inForceUntil", Codecs.DATE, i.inForceUntil())
                  .list("amendedBy", LawCodecs.INSTRUMENT, i.amendedBy())
                  .optional("replacedBy", LawCodecs.INSTRUMENT, i.replacedBy())
                  .put("confirmation", CONFIRMATION, i.confirmation()),
          in ->
              Instrument.builder()
                  .name(in.text("name"))
                  .inForceFrom(in.get("inForceFrom", Codecs.DATE))
                  .inForceUntil(in.optional("inForceUntil", Codecs.DATE))
                  .addAllAmendedBy(in.list("amendedBy", LawCodecs.INSTRUMENT))
                  .replacedBy(in.optional("replacedBy", LawCodecs.INSTRUMENT))
                  .confirmation(in.get("confirmation", CONFIRMATION))
                  .build());

  /** A legal basis: its instrument in full, the article, its days in force, amendments and confirmation. */
  static final Codec<LegalBasis> LEGAL_BASIS =
      Codecs.object(
          LegalBasis.class,
          (out, b) ->
              out.put("instrument", INSTRUMENT, b.instrument())
                  .text("article", b.article())
                  .put("inForceFrom", Codecs.DATE, b.inForceFrom())
                  .optional("inForceUntil", Codecs.DATE, b.inForceUntil())
                  .list("asAmendedBy", INSTRUMENT, b.asAmendedBy())
                  .put("confirmation", CONFIRMATION, b.confirmation()),
          in ->
              LegalBasis.builder()
                  .instrument(in.get("instrument", INSTRUMENT))
                  .article(in.text("article"))
                  .inForceFrom(in.get("inForceFrom", Codecs.DATE))
                  .inForceUntil(in.optional("inForceUntil", Codecs.DATE))
                  .addAllAsAmendedBy(in.list("asAmendedBy", INSTRUMENT))
                  .confirmation(in.get("confirmation", CONFIRMATION))
                  .build());

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(CONFIRMATION, VALIDITY, INSTRUMENT, LEGAL_BASIS);
  }
}
