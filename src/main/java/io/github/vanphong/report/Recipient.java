package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.organization.UnitId;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whom a report is sent to: a unit of the organisation chart, such as the committee above, or a body named by the
 * application that the chart does not hold, such as "Ban Nội chính Trung ương" or "Thanh tra Chính phủ".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Recipient implements Comparable<Recipient> {

  private final @Nullable UnitId unit;
  private final @Nullable String name;

  private Recipient(@Nullable UnitId unit, @Nullable String name) {
    this.unit = unit;
    this.name = name;
  }

  /**
   * Returns a unit of the chart as the recipient.
   *
   * @param unit the unit, not null
   * @return the recipient, not null
   */
  public static Recipient unit(UnitId unit) {
    return new Recipient(requireNonNull(unit, "unit"), null);
  }

  /**
   * Returns a body named by the application as the recipient.
   *
   * @param name its name, not blank, at most 500 characters
   * @return the recipient, its name in NFC, not null
   * @throws IllegalArgumentException if the name is blank or longer than 500 characters
   */
  public static Recipient named(String name) {
    requireNonNull(name, "name");
    checkArgument(!Texts.isBlank(name), "a named recipient needs a name: %s", Texts.quote(name));
    checkArgument(name.length() <= 500, "a recipient's name is at most 500 characters: %s", Texts.quote(name));
    return new Recipient(null, Normalizer.normalize(name, Normalizer.Form.NFC));
  }

  /**
   * Returns the unit, if the recipient is one of the chart.
   *
   * @return the unit, or empty for a named body
   */
  public Optional<UnitId> unitId() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the name, if the recipient is a named body.
   *
   * @return the name, or empty for a unit
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Orders the units of the chart first, by id, then the named bodies by name.
   *
   * @param other the other recipient, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Recipient other) {
    requireNonNull(other, "other");
    if (unit != null) {
      return other.unit == null ? -1 : unit.compareTo(other.unit);
    }
    return other.unit != null ? 1 : requireNonNull(name).compareTo(requireNonNull(other.name));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Recipient other && Objects.equals(unit, other.unit) && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, name);
  }

  /**
   * Returns the unit's id or the name.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return unit != null ? unit.toString() : requireNonNull(name);
  }
}
