package io.github.vanphong.law;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The instrument and article a rule rests on, with the days it is in force: for example {@link
 * Instruments#DENUNCIATIONS_LAW_2018}, "Điều 30", in force from 2019-01-01. Every rule of vanphong carries one, so an
 * inspector can check it.
 *
 * <p>The days in force are the instrument's unless set: an article added by an amendment is in force from the
 * amendment's first day, say. They always lie within the instrument's days. A basis may cite the article as amended
 * ({@link #asAmendedBy()}): "Luật Khiếu nại 02/2011/QH13 (sửa đổi bởi Luật 136/2025/QH15), Điều 28".
 *
 * <p>A legal basis also says how firmly it is {@linkplain Confirmation confirmed}, by default as firmly as its
 * instrument. A figure reported by the press without its article is cited as {@link Confirmation#REPORTED} or
 * {@link Confirmation#UNCONFIRMED}: the rule that rests on it is data an application can replace.
 *
 * <p>The article is kept in Unicode NFC, whatever form it was given in.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class LegalBasis {

  LegalBasis() {}

  /**
   * The instrument, for example {@link Instruments#DENUNCIATIONS_LAW_2018}, "Luật Tố cáo 25/2018/QH14".
   *
   * @return the instrument, not null
   */
  public abstract Instrument instrument();

  /**
   * The article, clause or section within the instrument, for example "Điều 30" or "Điều 112, khoản 1".
   *
   * @return the article, not blank, in NFC
   */
  public abstract String article();

  /**
   * The first day the article is in force; the instrument's first day unless set.
   *
   * @return the first day, not before the instrument's, not null
   */
  @Value.Default
  public LocalDate inForceFrom() {
    return instrument().inForceFrom();
  }

  /**
   * The last day the article is in force, where known; the instrument's last day unless set.
   *
   * @return the last day in force, or empty if it is still in force or its end is not known
   */
  public abstract Optional<LocalDate> inForceUntil();

  /**
   * The instruments whose amendments of the article are cited with it, in the order they came into force, for
   * example Luật 136/2025/QH15 for an article of Luật Khiếu nại 02/2011/QH13 as in force from 2026-07-01.
   *
   * @return the amending instruments, possibly empty, not null
   */
  public abstract ImmutableList<Instrument> asAmendedBy();

  /**
   * How firmly this basis is confirmed; as firmly as its instrument unless set otherwise.
   *
   * @return the confirmation, not null
   */
  @Value.Default
  public Confirmation confirmation() {
    return instrument().confirmation();
  }

  /**
   * Returns the basis of an article of an instrument, in force and confirmed as the instrument is.
   *
   * @param instrument the instrument, not null, for example {@link Instruments#COMPLAINTS_LAW_2011}
   * @param article the article, not blank, for example "Điều 28"
   * @return the legal basis, not null
   * @throws IllegalArgumentException if the article is blank
   */
  public static LegalBasis of(Instrument instrument, String article) {
    return builder().instrument(instrument).article(article).build();
  }

  /**
   * Returns a builder, for a basis with its own days in force, amendments or confirmation.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LegalBasis}. The instrument and the article are required.
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
   * Returns the citation an inspector reads: "Luật Tố cáo 25/2018/QH14, Điều 30", or with the amendments cited,
   * "Luật Khiếu nại 02/2011/QH13 (sửa đổi bởi Luật 136/2025/QH15), Điều 28".
   *
   * @return the instrument, its amendments cited and the article, not null
   */
  public String citation() {
    String instrument = instrument().name();
    if (!asAmendedBy().isEmpty()) {
      instrument +=
          asAmendedBy().stream().map(Instrument::name).collect(Collectors.joining(", ", " (sửa đổi bởi ", ")"));
    }
    return instrument + ", " + article();
  }

  @Value.Check
  LegalBasis normalize() {
    Instrument instrument = instrument();
    checkArgument(!Texts.isBlank(article()), "a legal basis needs an article: %s of %s", Texts.quote(article()), instrument.name());
    inForceUntil()
        .ifPresent(
            end ->
                checkArgument(
                    !end.isBefore(inForceFrom()),
                    "%s, %s cannot end (%s) before it comes into force (%s)",
                    instrument.name(),
                    article(),
                    end,
                    inForceFrom()));
    if (inForceUntil().isEmpty() && instrument.inForceUntil().isPresent()) {
      return builder().from(this).inForceUntil(instrument.inForceUntil()).build();
    }
    checkArgument(
        instrument.validity().encloses(validity()),
        "%s, %s is in force %s, outside the days of its instrument %s",
        instrument.name(),
        article(),
        validity(),
        instrument.validity());
    for (Instrument amendment : asAmendedBy()) {
      checkArgument(
          !amendment.inForceFrom().isAfter(inForceFrom()),
          "%s, %s, in force from %s, cannot be cited as amended by %s, in force only from %s",
          instrument.name(),
          article(),
          inForceFrom(),
          amendment.name(),
          amendment.inForceFrom());
    }
    String article = Normalizer.normalize(article(), Normalizer.Form.NFC);
    return article.equals(article()) ? this : builder().from(this).article(article).build();
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
