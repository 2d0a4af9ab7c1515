package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A file closed and not handed to the office's archive within the time its {@link HandOverRule} gives, as of a day:
 * for example the State file {@code UBND-HS-2021-03}, closed on 2021-06-30, due by 2022-06-30 and still not handed
 * over on 2022-09-01. A finding of {@link HandOverRuleBook#check}; the file is left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ArchiveViolation implements Violation<HandOverRule> {

  ArchiveViolation() {}

  /**
   * The rule broken, with its period and basis.
   *
   * @return the rule, not null
   */
  @Override
  public abstract HandOverRule rule();

  /**
   * The file overdue.
   *
   * @return the file's identifier, not null
   */
  public abstract ArchiveFileId file();

  /**
   * The day the work ended and the file was closed.
   *
   * @return the day, not null
   */
  public abstract LocalDate closedOn();

  /**
   * The day of the check.
   *
   * @return the day, after {@link #deadline()}, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns a finding.
   *
   * @param rule the rule broken, not null
   * @param file the file, not null
   * @param closedOn the day the file was closed, not null
   * @param asOf the day of the check, after the rule's deadline, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if the day of the check is not after the deadline
   */
  public static ArchiveViolation of(HandOverRule rule, ArchiveFileId file, LocalDate closedOn, LocalDate asOf) {
    return ImmutableArchiveViolation.builder().rule(rule).file(file).closedOn(closedOn).asOf(asOf).build();
  }

  /**
   * Returns the last day the file was to be handed over.
   *
   * @return the deadline, not null
   */
  public LocalDate deadline() {
    return rule().deadline(closedOn());
  }

  @Value.Check
  void check() {
    checkArgument(
        asOf().isAfter(deadline()),
        "a file closed on %s is overdue for hand-over only after %s; %s is not",
        closedOn(),
        deadline(),
        asOf());
  }

  /**
   * Returns the file and its deadline.
   *
   * @return the values at fault, not null
   */
  @Override
  public ImmutableList<?> values() {
    return ImmutableList.of(file(), deadline());
  }

  /**
   * Returns the rule, then the facts: "HAND_OVER_DEADLINE (Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2, điểm b):
   * file UBND-HS-2021-03, closed on 2021-06-30, was to be handed over by 2022-06-30; on 2022-09-01 it is not".
   *
   * @return the message, not blank
   */
  @Override
  public String message() {
    return rule().name()
        + " ("
        + rule().basis().citation()
        + "): file "
        + file()
        + ", closed on "
        + closedOn()
        + ", was to be handed over by "
        + deadline()
        + "; on "
        + asOf()
        + " it is not";
  }

  @Override
  public String toString() {
    return message();
  }
}
