package io.github.vanphong.law;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal instrument (văn bản): a law, a decree, a circular, a Party regulation or guidance, with its number, the
 * days it is in force, what amended and what replaced it, and how firmly the library has confirmed these facts. For
 * example "Luật Tố cáo 03/2011/QH13", in force from 2012-07-01 to 2018-12-31 and replaced by "Luật Tố cáo
 * 25/2018/QH14".
 *
 * <p>An instrument is not a rule: a rule cites an article of it through a {@link LegalBasis}. The instruments the
 * library's rules rest on are declared once, in {@link Instruments}; an application declares its own (a province's
 * quy chế) with {@link #of} or {@link #builder()}.
 *
 * <p>The name is kept in Unicode NFC, whatever form it was given in. Two instruments are equal when all their facts
 * are.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class Instrument {

  Instrument() {}

  /**
   * The name with its number, as it is cited, for example "Luật Tố cáo 25/2018/QH14" or "Quy định 11-QĐi/TW".
   *
   * @return the name, not blank, in NFC
   */
  public abstract String name();

  /**
   * The first day the instrument is in force.
   *
   * @return the first day, not null
   */
  public abstract LocalDate inForceFrom();

  /**
   * The last day the instrument is in force, where it ended and the library knows when.
   *
   * @return the last day, or empty if it is still in force or its end is not known
   */
  public abstract Optional<LocalDate> inForceUntil();

  /**
   * The instruments that amended this one, in the order they came into force, for example Luật 136/2025/QH15 for
   * Luật Khiếu nại 02/2011/QH13. Only the amendments the library's rules need are listed.
   *
   * @return the amending instruments, possibly empty, not null
   */
  public abstract ImmutableList<Instrument> amendedBy();

  /**
   * The instrument that replaced this one, for example Luật Tố cáo 25/2018/QH14 for Luật Tố cáo 03/2011/QH13.
   *
   * @return the replacement, or empty if there is none or the library does not know it
   */
  public abstract Optional<Instrument> replacedBy();

  /**
   * How firmly the library has confirmed the instrument's number and days in force; {@link Confirmation#VERIFIED}
   * unless set otherwise. A rule resting on an instrument that is not verified is data an application can replace.
   *
   * @return the confirmation, not null
   */
  @Value.Default
  public Confirmation confirmation() {
    return Confirmation.VERIFIED;
  }

  /**
   * Returns a verified instrument in force from the given day, with no known end, amendment or replacement.
   *
   * @param name the name with its number, not blank, for example "Quy chế 01-QC/TU"
   * @param inForceFrom the first day in force, not null
   * @return the instrument, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Instrument of(String name, LocalDate inForceFrom) {
    return builder().name(name).inForceFrom(inForceFrom).build();
  }

  /**
   * Returns a builder, for an instrument with an end, amendments, a replacement or a confirmation other than
   * verified.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Instrument}. The name and the first day in force are required.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }

  /**
   * Returns the days this instrument is in force.
   *
   * @return {@code [inForceFrom..inForceUntil]}, open-ended if the end is not known
   */
  public Validity validity() {
    return inForceUntil().map(end -> Validity.between(inForceFrom(), end)).orElse(Validity.from(inForceFrom()));
  }

  /**
   * Tells whether this instrument is in force on the given day.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #validity()}
   */
  public boolean isInForceOn(LocalDate day) {
    return validity().contains(day);
  }

  /**
   * Returns the amendments of this instrument in force on a day, oldest first.
   *
   * @param day the day, not null
   * @return the amending instruments in force on the day, possibly empty, not null
   */
  public ImmutableList<Instrument> amendmentsInForceOn(LocalDate day) {
    requireNonNull(day, "day");
    return amendedBy().stream().filter(a -> a.isInForceOn(day)).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  Instrument normalize() {
    checkArgument(!Texts.isBlank(name()), "an instrument needs a name: %s", Texts.quote(name()));
    inForceUntil()
        .ifPresent(
            end ->
                checkArgument(
                    !end.isBefore(inForceFrom()),
                    "%s cannot end (%s) before it comes into force (%s)",
                    name(),
                    end,
                    inForceFrom()));
    for (Instrument amendment : amendedBy()) {
      checkArgument(
          amendment.inForceFrom().isAfter(inForceFrom()),
          "%s, in force from %s, cannot be amended by %s, in force from %s",
          name(),
          inForceFrom(),
          amendment.name(),
          amendment.inForceFrom());
    }
    for (int i = 1; i < amendedBy().size(); i++) {
      checkArgument(
          !amendedBy().get(i).inForceFrom().isBefore(amendedBy().get(i - 1).inForceFrom()),
          "%s lists its amendments in the order they came into force; %s comes before %s",
          name(),
          amendedBy().get(i - 1).name(),
          amendedBy().get(i).name());
    }
    replacedBy()
        .ifPresent(
            replacement ->
                checkArgument(
                    replacement.inForceFrom().isAfter(inForceFrom()),
                    "%s, in force from %s, cannot be replaced by %s, in force from %s",
                    name(),
                    inForceFrom(),
                    replacement.name(),
                    replacement.inForceFrom()));
    String name = Normalizer.normalize(name(), Normalizer.Form.NFC);
    return name.equals(name()) ? this : builder().from(this).name(name).build();
  }

  /**
   * Returns the name with its days in force and, if not verified, its confirmation, for example "Luật Tố cáo
   * 03/2011/QH13 [2012-07-01..2018-12-31]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return name()
        + " "
        + validity()
        + (confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
