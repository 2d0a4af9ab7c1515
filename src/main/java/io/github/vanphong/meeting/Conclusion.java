package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * One numbered conclusion of a briefing, as the chair gave it and the conclusion notice records it: for example
 * conclusion 4 of the Hậu Giang briefing of 2016-03-01, to serve the 2016 elections of the National Assembly (term
 * XIV) and of the People's Councils (2016–2021).
 *
 * <p>A conclusion says what is to be done; it is not the work itself. The work is one {@link ActionItem} per unit
 * in charge, each with its own deadline and history. The text is kept in Unicode NFC.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Conclusion {

  Conclusion() {}

  /**
   * The number of the conclusion within its briefing, from 1.
   *
   * @return the number, 1 or more
   */
  public abstract int number();

  /**
   * What the conclusion says, in NFC, for example "Phục vụ tốt cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu
   * Hội đồng nhân dân các cấp nhiệm kỳ 2016–2021".
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the conclusion with the given number and text.
   *
   * @param number the number within the briefing, 1 or more
   * @param text what the conclusion says, not blank
   * @return the conclusion, not null
   * @throws IllegalArgumentException if the number is less than 1 or the text is blank
   */
  public static Conclusion of(int number, String text) {
    return ImmutableConclusion.builder().number(number).text(text).build();
  }

  @Value.Check
  Conclusion normalize() {
    checkArgument(number() >= 1, "conclusions are numbered from 1: %s, %s", number(), Texts.quote(text()));
    checkArgument(!Texts.isBlank(text()), "conclusion %s needs a text: %s", number(), Texts.quote(text()));
    String text = Normalizer.normalize(text(), Normalizer.Form.NFC);
    return text.equals(text()) ? this : of(number(), text);
  }

  /**
   * Returns the number and the text: "4. Phục vụ tốt cuộc bầu cử …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return number() + ". " + text();
  }
}
