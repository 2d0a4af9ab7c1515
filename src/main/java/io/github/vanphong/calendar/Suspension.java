package io.github.vanphong.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Days that do not count towards a time limit, both ends included, with why and on what basis: for example the
 * resolution of a denunciation suspended while an expert opinion is awaited (Luật Tố cáo 25/2018/QH14, Điều 31).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Suspension {

  Suspension() {}

  /**
   * The first day that does not count.
   *
   * @return the first day, not null
   */
  public abstract LocalDate firstDay();

  /**
   * The last day that does not count.
   *
   * @return the last day, not before the first, not null
   */
  public abstract LocalDate lastDay();

  /**
   * Why the time stopped, for example "chờ kết quả giám định".
   *
   * @return the reason, not blank
   */
  public abstract String reason();

  /**
   * The article that allows the suspension.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns the suspension from the first day to the last, both included.
   *
   * @param firstDay the first day that does not count, not null
   * @param lastDay the last day that does not count, not before {@code firstDay}, not null
   * @param reason why the time stopped, not blank
   * @param basis the article that allows it, not null
   * @return the suspension, not null
   * @throws IllegalArgumentException if the last day is before the first, or the reason is blank
   */
  public static Suspension of(LocalDate firstDay, LocalDate lastDay, String reason, LegalBasis basis) {
    return ImmutableSuspension.builder().firstDay(firstDay).lastDay(lastDay).reason(reason).basis(basis).build();
  }

  /**
   * Tells whether the day lies within the suspension.
   *
   * @param day the day, not null
   * @return true if {@code firstDay <= day <= lastDay}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }

  @Value.Check
  void check() {
    checkArgument(
        !lastDay().isBefore(firstDay()),
        "a suspension cannot end (%s) before it starts (%s)",
        lastDay(),
        firstDay());
    checkArgument(!Texts.isBlank(reason()), "a suspension needs a reason: %s", Texts.quote(reason()));
  }

  /**
   * Returns the readable form, for example "[2026-03-02..2026-03-13] chờ kết quả giám định (Luật Tố cáo
   * 25/2018/QH14, Điều 31)".
   *
   * @return the days, the reason and the citation, not null
   */
  @Override
  public String toString() {
    return "[" + firstDay() + ".." + lastDay() + "] " + reason() + " (" + basis().citation() + ")";
  }
}
