package io.github.vanphong.law;

import static com.google.common.base.Preconditions.checkArgument;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The instrument and article a rule rests on, with the days it is in force: for example "Luật Tố cáo 25/2018/QH14,
 * Điều 30", in force from 2019-01-01. Every rule of vanphong carries one, so an inspector can check it.
 *
 * <p>A legal basis also says how firmly it is {@linkplain Confirmation confirmed}. A figure reported by the press
 * without its instrument (the 11–13 staff of a district party committee office in 2016) is cited as {@link
 * Confirmation#UNCONFIRMED}: the rule that rests on it is data an application can replace.
 *
 * <p>The instrument and article are kept in Unicode NFC, whatever form they were given in.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalBasis {

  LegalBasis() {}

  /**
   * The instrument, with its number, for example "Luật Tố cáo 25/2018/QH14" or "Quy định 11-QĐi/TW".
   *
   * @return the instrument, not blank, in NFC
   */
  public abstract String instrument();

  /**
   * The article, clause or section within the instrument, for example "Điều 30" or "Điều 112, khoản 1".
   *
   * @return the article, not blank, in NFC
   */
  public abstract String article();

  /**
   * The first day the instrument is in force.
   *
   * @return the first day, not null
   */
  public abstract LocalDate inForceFrom();

  /**
   * The last day the instrument is in force, where known.
   *
   * @return the last day in force, or empty if it is still in force or its end is not known
   */
  public abstract Optional<LocalDate> inForceUntil();

  /**
   * How firmly this basis is confirmed; {@link Confirmation#VERIFIED} unless set otherwise.
   *
   * @return the confirmation, not null
   */
  @Value.Default
  public Confirmation confirmation() {
    return Confirmation.VERIFIED;
  }

  /**
   * Returns a verified basis in force from the given day, with no known end.
   *
   * @param instrument the instrument, not blank, for example "Luật Khiếu nại 02/2011/QH13"
   * @param article the article, not blank, for example "Điều 28"
   * @param inForceFrom the first day in force, not null
   * @return the legal basis, not null
   * @throws IllegalArgumentException if the instrument or the article is blank
   */
  public static LegalBasis of(String instrument, String article, LocalDate inForceFrom) {
    return builder().instrument(instrument).article(article).inForceFrom(inForceFrom).build();
  }

  /**
   * Returns a builder, for a basis with an end or a confirmation other than verified.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LegalBasis}. The instrument, the article and the first day in force are required.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableLegalBasis.Builder {
    Builder() {}
  }

  /**
   * Returns the days this basis is in force.
   *
   * @return {@code [inForceFrom..inForceUntil]}, open-ended if the end is not known
   */
  public Validity validity() {
    return inForceUntil().map(end -> Validity.between(inForceFrom(), end)).orElse(Validity.from(inForceFrom()));
  }

  /**
   * Tells whether this basis is in force on the given day.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #validity()}
   */
  public boolean isInForceOn(LocalDate day) {
    return validity().contains(day);
  }

  /**
   * Returns the citation an inspector reads: "Luật Tố cáo 25/2018/QH14, Điều 30".
   *
   * @return the instrument and the article, not null
   */
  public String citation() {
    return instrument() + ", " + article();
  }

  @Value.Check
  LegalBasis normalize() {
    checkArgument(!instrument().isBlank(), "a legal basis needs an instrument: '%s'", instrument());
    checkArgument(!article().isBlank(), "a legal basis needs an article: '%s' of %s", article(), instrument());
    inForceUntil()
        .ifPresent(
            end ->
                checkArgument(
                    !end.isBefore(inForceFrom()),
                    "%s cannot end (%s) before it comes into force (%s)",
                    instrument(),
                    end,
                    inForceFrom()));
    String instrument = Normalizer.normalize(instrument(), Normalizer.Form.NFC);
    String article = Normalizer.normalize(article(), Normalizer.Form.NFC);
    if (instrument.equals(instrument()) && article.equals(article())) {
      return this;
    }
    return builder().from(this).instrument(instrument).article(article).build();
  }

  /**
   * Returns the citation with its days in force and confirmation, for example "Luật Tố cáo 25/2018/QH14, Điều 30
   * [2019-01-01..)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return citation()
        + " "
        + validity()
        + (confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
