package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.util.EnumSet;
import org.immutables.value.Value;

/**
 * A rule that finds a reason a letter is not eligible for processing (không đủ điều kiện xử lý): the {@link
 * ProcessingDefect} it yields, the kinds of petition it covers, whether it binds only a receiver outside its
 * competence, and the articles that give it. For example {@link Classifier#ANONYMOUS_DENUNCIATION_NOT_PROCESSED}:
 * a denunciation with no identifiable denouncer, or under another person's name, is not processed under the law
 * (Luật Tố cáo 25/2018/QH14, Điều 25, khoản 1).
 *
 * <p>A rule applies when it is in force on the day the petition was received, the petition is of a kind it covers,
 * the receiver is outside its competence if the rule asks for that, and the letter shows the fact behind the
 * defect:
 *
 * <table>
 *   <caption>The fact behind each defect</caption>
 *   <tr><th>defect</th><th>the fact</th></tr>
 *   <tr><td>{@code NOT_IN_VIETNAMESE}</td><td>not {@link LetterFacts#inVietnamese()}</td></tr>
 *   <tr><td>{@code UNDATED}</td><td>not {@link LetterFacts#dated()}</td></tr>
 *   <tr><td>{@code NO_NAME_OR_ADDRESS}</td><td>the petitioner is {@linkplain PetitionerKind#isIdentifiable() not
 *       identifiable}: anonymous, or under a false name</td></tr>
 *   <tr><td>{@code UNSIGNED}</td><td>not {@link LetterFacts#signed()}</td></tr>
 *   <tr><td>{@code UNCLEAR_CONTENT}</td><td>not {@link LetterFacts#contentComplete()}</td></tr>
 *   <tr><td>{@code ALREADY_RESOLVED}</td><td>{@link LetterFacts#alreadyResolved()}</td></tr>
 *   <tr><td>{@code SENT_TO_SEVERAL_BODIES}</td><td>{@link LetterFacts#sentAlsoToCompetentBody()}</td></tr>
 *   <tr><td>{@code ALREADY_GUIDED}</td><td>{@link LetterFacts#alreadyGuided()}</td></tr>
 *   <tr><td>{@code ALREADY_FORWARDED}</td><td>{@link LetterFacts#alreadyForwarded()}</td></tr>
 * </table>
 *
 * <p>A rule is not a refusal ({@link RefusalReason}): a letter not eligible for processing is filed, guided or
 * checked, and never reaches the question of acceptance. Several rules may yield the same defect, each from its own
 * instrument; the built-in rules are the constants of {@link Classifier}, and an application adds or replaces rules
 * with {@link Classifier#with(ClassificationRule) Classifier.with}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class EligibilityRule implements ClassificationRule {

  EligibilityRule() {}

  /**
   * The name of the rule, for example "GUIDE_ONCE", used in messages and logs.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The defect the rule yields when it applies.
   *
   * @return the defect, not null
   */
  public abstract ProcessingDefect defect();

  /**
   * The kinds of petition the rule covers; every kind unless set.
   *
   * @return the kinds, not empty
   */
  public abstract ImmutableSet<PetitionKind> kinds();

  /**
   * Whether the rule binds only a receiver outside its competence, as Luật Tố cáo 25/2018/QH14, Điều 24, khoản 3
   * does: a letter also sent to the competent body is not processed by the others, while the competent body
   * processes it.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean outsideCompetenceOnly() {
    return false;
  }

  /**
   * Whether a letter this rule stops may still be inspected or checked for management purposes when its content
   * names the violator with concrete evidence (Luật Tố cáo 25/2018/QH14, Điều 25, khoản 2).
   *
   * @return false unless set
   */
  @Value.Default
  public boolean allowsManagementCheck() {
    return false;
  }

  /**
   * The articles that give the rule, in the order they came into force.
   *
   * @return the bases, one or more, not null
   */
  @Override
  public abstract ImmutableList<LegalBasis> bases();

  /**
   * Tells whether the rule applies: in force on the day received, of a kind it covers, outside competence if it
   * asks for that, and the letter shows the fact behind its defect.
   *
   * @param petition the petition, not null
   * @param facts what the letter shows, not null
   * @return true if the rule applies
   */
  @Override
  public boolean appliesTo(Petition petition, LetterFacts facts) {
    requireNonNull(petition, "petition");
    requireNonNull(facts, "facts");
    return isInForceOn(petition.received())
        && kinds().contains(petition.kind())
        && !(outsideCompetenceOnly() && facts.withinCompetence())
        && facts.shows(defect(), petition.intake().petitioners().kind());
  }

  /**
   * Returns a builder. The name, the defect and the bases are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EligibilityRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableEligibilityRule.Builder {
    Builder() {}
  }

  @Value.Check
  EligibilityRule normalize() {
    RuleBases.check(name(), bases());
    if (!kinds().isEmpty()) {
      return this;
    }
    return builder().from(this).kinds(EnumSet.allOf(PetitionKind.class)).build();
  }

  /**
   * Returns the readable form, for example "DENUNCIATION_GUIDED_ONCE: ALREADY_GUIDED of [DENUNCIATION], outside
   * competence only, Luật Tố cáo 25/2018/QH14, Điều 24, khoản 3 [2019-01-01..2026-06-30]; …". Kinds that cover
   * every kind are left out.
   *
   * @return the name, defect, conditions and bases, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name()).append(": ").append(defect());
    if (kinds().size() < PetitionKind.values().length) {
      text.append(" of ").append(kinds());
    }
    if (outsideCompetenceOnly()) {
      text.append(", outside competence only");
    }
    if (allowsManagementCheck()) {
      text.append(", may be checked if concrete");
    }
    return text.append(", ").append(RuleBases.describe(bases())).toString();
  }
}
