package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import org.immutables.value.Value;

/**
 * A fault found in the format of a draft: the rule it breaks, the values at fault and the facts. For example {@link
 * FormatRuleBook#HEADING_TEXT}: "the heading reads 'ĐẢNG CỘNG SẢN VIỆT NAM'; the draft has 'Đảng Cộng sản Việt
 * Nam'", about the {@link FormatComponent#HEADING}, under Hướng dẫn 36-HD/VPTW, whose value at fault is the heading
 * the draft has; the same fault in a draft checked in 2016 breaks {@code HEADING_TEXT_2004}, under Hướng dẫn
 * 11-HD/VPTW.
 *
 * <p>The values at fault are the parts of the {@link DocumentForm} the rule reads, as the form holds them (the
 * heading, the symbol line, the list of recipients…), followed by the {@link DocumentType} or {@link Issuer} the
 * rule compares them with, if any.
 *
 * <p>Findings are made by {@link FormatRule#check(DocumentForm, DocumentType, Issuer) FormatRule.check} and {@link
 * FormatRuleBook#check}, which reports every finding at once, by the rules in force on the day the draft is checked.
 * A finding is not a refusal: a draft with findings can be returned to its drafter, not appraised.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class FormatFinding implements Violation<FormatRule> {

  FormatFinding() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Override
  public abstract FormatRule rule();

  /**
   * The facts: what the rule asks and what the draft has.
   *
   * @return the message, not blank
   */
  @Override
  public abstract String message();

  /**
   * The values at fault, in the order the message names them: the parts of the form the rule reads, then the type
   * or issuer they are compared with, for example the heading "Đảng Cộng sản Việt Nam".
   *
   * @return the values, possibly empty, none null
   */
  @Override
  public abstract ImmutableList<Object> values();

  /**
   * Returns a finding with no value at fault named.
   *
   * @param rule the rule broken, not null
   * @param message the facts, not blank
   * @return the finding, not null
   * @throws IllegalArgumentException if the message is blank
   */
  public static FormatFinding of(FormatRule rule, String message) {
    return ImmutableFormatFinding.builder().rule(rule).message(message).build();
  }

  /**
   * Returns a finding with the values at fault.
   *
   * @param rule the rule broken, not null
   * @param message the facts, not blank
   * @param values the values at fault, in the order the message names them, none null
   * @return the finding, not null
   * @throws IllegalArgumentException if the message is blank
   */
  public static FormatFinding of(FormatRule rule, String message, Iterable<?> values) {
    return ImmutableFormatFinding.builder().rule(rule).message(message).addAllValues(Arguments.list(values, "values")).build();
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
    checkArgument(!Texts.isBlank(message()), "a format finding states its facts: %s", rule().name());
  }

  /**
   * Returns the component, rule name, facts and basis: "Tiêu đề, HEADING_TEXT: the heading reads … (Hướng dẫn
   * 36-HD/VPTW, Mục II …)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return component().vietnameseName() + ", " + rule().name() + ": " + message() + " (" + basis().citation() + ")";
  }
}
