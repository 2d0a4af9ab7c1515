package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of an {@link OutgoingRegister} (sổ đăng ký văn bản đi): the number and symbol given to a document, its type,
 * the day it was issued, its summary (trích yếu), its secrecy mark, and whether the number was voided. For example
 * {@code 12-BC/VPTU}, a báo cáo issued on 2016-03-04, "Báo cáo kết quả giao ban công tác văn phòng cấp ủy".
 *
 * <p>An entry is made by the register when a document is issued; an application that keeps its registers rebuilds
 * them from their entries with {@link OutgoingRegister#restore}, and the register checks them. An entry is not the
 * document: it holds no content, and nothing about the people named in it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class RegisterEntry {

  RegisterEntry() {}

  /**
   * The number and symbol given at issue, for example {@code 12-BC/VPTU}.
   *
   * @return the symbol, not null
   */
  public abstract DocumentSymbol symbol();

  /**
   * The type of the document; its code and system are those of the symbol.
   *
   * @return the type, not null
   */
  public abstract DocumentType type();

  /**
   * The day the document was issued and numbered.
   *
   * @return the day, not null
   */
  public abstract LocalDate issuedOn();

  /**
   * The summary (trích yếu) of the document, for example "Báo cáo kết quả giao ban".
   *
   * @return the summary, not blank, in NFC
   */
  public abstract String summary();

  /**
   * The secrecy mark; {@link Secrecy#NONE} unless set.
   *
   * @return the mark, not null
   */
  @Value.Default
  public Secrecy secrecy() {
    return Secrecy.NONE;
  }

  /**
   * The voiding of the number, if it was voided.
   *
   * @return the voiding, or empty if the number stands
   */
  public abstract Optional<Voiding> voiding();

  /**
   * Returns a builder, to rebuild an entry an application has stored. The symbol, type, day and summary are
   * required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RegisterEntry}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRegisterEntry.Builder {
    Builder() {}
  }

  /**
   * Returns the number given, that of the symbol.
   *
   * @return the number, 1 or more
   */
  public int number() {
    return symbol().number();
  }

  /**
   * Tells whether the number was voided.
   *
   * @return true if it was voided
   */
  public boolean isVoid() {
    return voiding().isPresent();
  }

  /**
   * Returns this entry with its number voided. The entry given is left as it was.
   *
   * @param voiding the day and the reason, not null
   * @return the voided entry, not null
   * @throws IllegalArgumentException if the number is already void, or the day is before the day of issue
   */
  RegisterEntry voided(Voiding voiding) {
    checkArgument(
        voiding().isEmpty(),
        "a number is voided once: %s was %s",
        symbol(),
        voiding().map(Voiding::toString).orElse(""));
    return ImmutableRegisterEntry.builder().from(this).voiding(voiding).build();
  }

  @Value.Check
  RegisterEntry normalize() {
    checkArgument(
        symbol().system() == type().system() && symbol().typeCode().equals(type().code()),
        "the symbol %s does not name the type %s",
        symbol(),
        type());
    checkArgument(!Texts.isBlank(summary()), "a register entry needs a summary (trích yếu): %s", symbol());
    voiding()
        .ifPresent(
            v ->
                checkArgument(
                    !v.on().isBefore(issuedOn()),
                    "a number is voided on or after its day of issue: %s was issued on %s, voided on %s",
                    symbol(),
                    issuedOn(),
                    v.on()));
    String summary = Normalizer.normalize(summary(), Normalizer.Form.NFC);
    return summary.equals(summary())
        ? this
        : ImmutableRegisterEntry.builder().from(this).summary(summary).build();
  }

  /**
   * Returns the symbol, day, summary and marks: "12-BC/VPTU 2016-03-04 Báo cáo kết quả giao ban".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return symbol()
        + " "
        + issuedOn()
        + " "
        + summary()
        + (secrecy() == Secrecy.NONE ? "" : " [" + secrecy().vietnameseName() + "]")
        + voiding().map(v -> " (" + v + ")").orElse("");
  }
}
