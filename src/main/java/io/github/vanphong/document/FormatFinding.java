package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.law.LegalBasis;
import org.immutables.value.Value;

/**
 * A fault found in the format of a draft: the rule it breaks, and the facts. For example {@link
 * FormatRule#HEADING_TEXT}: "the heading reads 'ĐẢNG CỘNG SẢN VIỆT NAM'; the draft has 'Đảng Cộng sản Việt Nam'",
 * about the {@link FormatComponent#HEADING}, under Hướng dẫn 36-HD/VPTW.
 *
 * <p>Findings are made by {@link FormatRule#check} and {@link FormatRule#checkAll}, which report every finding at
 * once. A finding is not a refusal: a draft with findings can be returned to its drafter, not appraised.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FormatFinding {

  FormatFinding() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract FormatRule rule();

  /**
   * The facts: what the rule asks and what the draft has.
   *
   * @return the message, not blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns a finding.
   *
   * @param rule the rule broken, not null
   * @param message the facts, not blank
   * @return the finding, not null
   * @throws IllegalArgumentException if the message is blank
   */
  public static FormatFinding of(FormatRule rule, String message) {
    return ImmutableFormatFinding.of(rule, message);
  }

  /**
   * Returns the component the finding is about, that of its rule.
   *
   * @return the component, not null
   */
  public FormatComponent component() {
    return rule().component();
  }

  /**
   * Returns the basis of the rule broken.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return rule().basis();
  }

  @Value.Check
  void check() {
    checkArgument(!message().isBlank(), "a format finding states its facts: %s", rule());
  }

  /**
   * Returns the component, rule, facts and basis: "Tiêu đề, HEADING_TEXT: the heading reads … (Hướng dẫn
   * 36-HD/VPTW, Mục II …)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return component().vietnameseName() + ", " + rule() + ": " + message() + " (" + basis().citation() + ")";
  }
}
