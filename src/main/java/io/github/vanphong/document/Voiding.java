package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The record that an issued number was voided (hủy số), with the day and the reason: for example "văn bản ban hành
 * nhầm, thay bằng 13-BC/VPTU" on 2016-03-10. A voided number stays in its register and is never given again.
 *
 * <p>A voiding is not a withdrawal of the document's effect by another document: it only marks the register.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Voiding {

  Voiding() {}

  /**
   * The day the number was voided.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * Why the number was voided.
   *
   * @return the reason, not blank, in NFC
   */
  public abstract String reason();

  /**
   * Returns the record of a voiding.
   *
   * @param on the day, not null
   * @param reason why, not blank
   * @return the voiding, not null
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Voiding of(LocalDate on, String reason) {
    return ImmutableVoiding.builder().on(on).reason(reason).build();
  }

  @Value.Check
  Voiding normalize() {
    checkArgument(!Texts.isBlank(reason()), "a voided number needs a reason; none was given on %s", on());
    String reason = Normalizer.normalize(reason(), Normalizer.Form.NFC);
    return reason.equals(reason()) ? this : ImmutableVoiding.builder().on(on()).reason(reason).build();
  }

  /**
   * Returns the day and the reason: "voided on 2016-03-10: văn bản ban hành nhầm".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "voided on " + on() + ": " + reason();
  }
}
