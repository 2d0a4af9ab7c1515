package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of the format of a Party document: a named {@link FormatCheck} made under an instrument and article for the
 * days they are in force. For example {@link FormatRuleBook#HEADING_TEXT}, "the heading reads 'ĐẢNG CỘNG SẢN VIỆT
 * NAM'" under Hướng dẫn 36-HD/VPTW from 2018-04-03; the same check under Hướng dẫn 11-HD/VPTW (2004) is the rule
 * {@code HEADING_TEXT_2004} of {@link FormatRuleBook#standard()}, for drafts checked up to 2018-04-02.
 *
 * <p>A rule is not the check alone: two rules may make the same check under two instruments, each on its own days,
 * and a {@link FormatRuleBook} chooses, for the day a draft is checked, the rule in force for each check. An
 * application makes its own rules with {@link #of} (a province's quy chế, or the text of a guide it has read) and
 * adds them with {@link FormatRuleBook#with(FormatRule) FormatRuleBook.with}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class FormatRule implements Rule, Bilingual {

  FormatRule() {}

  /**
   * The name, for example "HEADING_TEXT" or "HEADING_TEXT_2004", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * What the rule checks in a form.
   *
   * @return the check, not null
   */
  public abstract FormatCheck formatCheck();

  /**
   * The instrument and article the rule rests on, with its days in force and its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns a rule.
   *
   * @param name the name, not blank, for example "HEADING_TEXT"
   * @param formatCheck what the rule checks, not null
   * @param basis the instrument and article, whose days in force are the rule's, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static FormatRule of(String name, FormatCheck formatCheck, LegalBasis basis) {
    return ImmutableFormatRule.builder().name(name).formatCheck(formatCheck).basis(basis).build();
  }

  /**
   * Returns the component the rule is about, that of its check.
   *
   * @return the component, not null
   */
  public FormatComponent component() {
    return formatCheck().component();
  }

  /**
   * Returns the days on which the rule is in force: those of its basis, {@code [2018-04-03..)} for a rule of Hướng
   * dẫn 36-HD/VPTW.
   *
   * @return the days, not null
   */
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Tells whether the rule is in force on a day, the day a draft is checked.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #validity()}
   */
  public boolean isInForceOn(LocalDate day) {
    return basis().isInForceOn(day);
  }

  /**
   * Applies this rule to a form.
   *
   * @param form the form of the draft, not null
   * @param type the type of the document, not null
   * @param issuer the issuing body, not null
   * @return the finding, naming this rule, or empty if the form passes it
   */
  public Optional<FormatFinding> check(DocumentForm form, DocumentType type, Issuer issuer) {
    return formatCheck().apply(this, form, type, issuer);
  }

  /**
   * Returns the Vietnamese name of the rule's check, for example "Tiêu đề ghi \"ĐẢNG CỘNG SẢN VIỆT NAM\"".
   *
   * @return the name, not null
   */
  @Override
  public String vietnameseName() {
    return formatCheck().vietnameseName();
  }

  /**
   * Returns the English name of the rule's check, for example "The heading reads \"ĐẢNG CỘNG SẢN VIỆT NAM\"".
   *
   * @return the name, not null
   */
  @Override
  public String englishName() {
    return formatCheck().englishName();
  }

  /**
   * Returns the citation of the rule's basis, for example "Hướng dẫn 36-HD/VPTW, Mục II (thành phần thể thức bắt buộc
   * của văn bản)".
   *
   * @return the citation, present for every format rule
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  @Value.Check
  void checkName() {
    checkArgument(!Texts.isBlank(name()), "a format rule has a name: %s for %s", Texts.quote(name()), formatCheck());
  }

  /**
   * Returns the name and the basis: "HEADING_TEXT (Hướng dẫn 36-HD/VPTW, Mục II (…) [2018-04-03..) (reported by a
   * secondary source))".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return name() + " (" + basis() + ")";
  }
}
