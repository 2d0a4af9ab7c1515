package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document as it arrives at an office, before it is registered: who sent it, its number and symbol as the sender
 * wrote it, its summary and its secrecy mark. For example a công văn {@code 1400-CV/VPTU} from Văn phòng Tỉnh ủy
 * Cao Bằng, "V/v báo cáo công tác văn phòng 6 tháng".
 *
 * <p>It is not the {@link Arrival}: the arrival number and the processing deadline are given by the {@link
 * IncomingRegister} that registers it. A document without a symbol the library can read (a letter from a citizen,
 * say) has none.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class IncomingDocument {

  IncomingDocument() {}

  /**
   * Who sent the document, for example "Văn phòng Tỉnh ủy Cao Bằng".
   *
   * @return the sender, not blank, in NFC
   */
  public abstract String sender();

  /**
   * The number and symbol the sender gave the document, if it has one.
   *
   * @return the sender's symbol, or empty
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * The summary (trích yếu) of the document.
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
   * Returns a document with no secrecy mark.
   *
   * @param sender who sent it, not blank
   * @param symbol its number and symbol, not null
   * @param summary its summary, not blank
   * @return the document, not null
   * @throws IllegalArgumentException if the sender or the summary is blank
   */
  public static IncomingDocument of(String sender, DocumentSymbol symbol, String summary) {
    return builder().sender(sender).symbol(symbol).summary(summary).build();
  }

  /**
   * Returns a builder, for a document without a symbol or with a secrecy mark. The sender and the summary are
   * required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IncomingDocument}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableIncomingDocument.Builder {
    Builder() {}
  }

  @Value.Check
  IncomingDocument normalize() {
    checkArgument(!Texts.isBlank(sender()), "an incoming document needs a sender: %s", Texts.quote(summary()));
    checkArgument(
        !Texts.isBlank(summary()),
        "an incoming document needs a summary (trích yếu): from %s",
        Texts.quote(sender()));
    String sender = Normalizer.normalize(sender(), Normalizer.Form.NFC);
    String summary = Normalizer.normalize(summary(), Normalizer.Form.NFC);
    if (sender.equals(sender()) && summary.equals(summary())) {
      return this;
    }
    return ImmutableIncomingDocument.builder().from(this).sender(sender).summary(summary).build();
  }

  /**
   * Returns the sender, symbol and summary: "Văn phòng Tỉnh ủy Cao Bằng 1400-CV/VPTU: V/v báo cáo".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return sender()
        + symbol().map(s -> " " + s).orElse("")
        + ": "
        + summary()
        + (secrecy() == Secrecy.NONE ? "" : " [" + secrecy().vietnameseName() + "]");
  }
}
