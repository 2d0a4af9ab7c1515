package io.github.vanphong.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import org.immutables.value.Value;

/**
 * More days added to a time limit, with the article that allows them: for example 30 more days to resolve a
 * complicated denunciation (Luật Tố cáo 25/2018/QH14, Điều 30). The days count as the limit counts them, calendar
 * or working days.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Extension {

  Extension() {}

  /**
   * The number of days added.
   *
   * @return the days, 1 or more
   */
  public abstract int days();

  /**
   * The article that allows the extension.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns an extension by the given number of days.
   *
   * @param days the days added, 1 or more
   * @param basis the article that allows them, not null
   * @return the extension, not null
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static Extension of(int days, LegalBasis basis) {
    return ImmutableExtension.builder().days(days).basis(basis).build();
  }

  @Value.Check
  void check() {
    checkArgument(days() >= 1, "an extension adds at least 1 day; %s adds %s", basis().citation(), days());
  }

  /**
   * Returns the readable form, for example "+30 days (Luật Tố cáo 25/2018/QH14, Điều 30)".
   *
   * @return the days and the citation, not null
   */
  @Override
  public String toString() {
    return "+" + days() + " days (" + basis().citation() + ")";
  }
}
