package io.github.vanphong;

import com.google.common.collect.ImmutableList;

/**
 * What a check found wrong: the rule broken, the values at fault and a message that states the rule, then the facts.
 * For example a staffing check finds that the office {@code HG-NGABAY-VP} has 4 staff against the norm of 11 to 13:
 * the rule is the norm, the values at fault are the unit and its headcount.
 *
 * <p>Every check of the library that reports findings (an org chart's history, a staffing report, a draft's format, a
 * briefing against the org chart) returns all of them at once, as a list of violations of its package's own type,
 * each of which implements this interface; a check never stops at the first.
 *
 * <p>A violation is a finding, not an exception: the value checked is left as it was.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <R> the type of the package's rules
 */
public interface Violation<R extends Rule> {

  /**
   * Returns the rule broken, with its basis.
   *
   * @return the rule, not null
   */
  R rule();

  /**
   * Returns the values at fault, in the order the message names them, for example the unit and its headcount.
   *
   * @return the values, possibly empty, none null
   */
  ImmutableList<?> values();

  /**
   * Returns the message: the rule, then the facts.
   *
   * @return the message, not blank
   */
  String message();
}
