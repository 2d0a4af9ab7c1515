package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.util.Collections;
import java.util.EnumSet;
import org.immutables.value.Value;

/**
 * A rule that sends a petition to a body at the joint citizen reception office, under a procedure: the {@link
 * Recipient} and {@link Procedure}, the topics, kinds and subjects it covers, and the articles that give it. For
 * example {@link Classifier#PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE}: matters of Party discipline, the quality of
 * cadres and members and internal Party life go to the party committee's inspection committee (Luật Tiếp công dân
 * 42/2013/QH13, Điều 12, khoản 4, điểm b).
 *
 * <p>A rule applies when it is in force on the day the petition was received, the petition's kind and subject are
 * among those it covers, the letter concerns one of its topics (a rule with no topics covers every letter, even one
 * with none), and, for a rule of the Party's rules only, the letter accuses a member of breaching them. Several rules
 * may apply to one petition; the {@link Classifier} takes the one of highest precedence, the last in its list.
 *
 * <p>A routing rule says where a matter is handled, not whether the receiving unit is competent: that is the
 * clerk's finding, {@link LetterFacts#withinCompetence()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class RoutingRule implements ClassificationRule {

  RoutingRule() {}

  /**
   * The name of the rule, for example "PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE", used in messages and logs.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The body that handles the matter.
   *
   * @return the recipient, not null
   */
  public abstract Recipient recipient();

  /**
   * The procedure the matter is handled under.
   *
   * @return the procedure, {@link Procedure#STATE_LAW} unless set
   */
  @Value.Default
  public Procedure procedure() {
    return Procedure.STATE_LAW;
  }

  /**
   * The topics the rule covers: it applies to a letter that concerns one of them. A rule with no topics covers
   * every letter, whatever it concerns.
   *
   * @return the topics, possibly empty, not null
   */
  public abstract ImmutableSet<Topic> topics();

  /**
   * The kinds of petition the rule covers; every kind unless set.
   *
   * @return the kinds, not empty
   */
  public abstract ImmutableSet<PetitionKind> kinds();

  /**
   * The kinds of subject the rule covers; every kind unless set.
   *
   * @return the kinds of subject, not empty
   */
  public abstract ImmutableSet<SubjectKind> subjectKinds();

  /**
   * Whether the rule covers only letters that accuse a party member of breaching the Party's rules ({@link
   * LetterFacts#concernsPartyRules()}).
   *
   * @return false unless set
   */
  @Value.Default
  public boolean partyRulesOnly() {
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
   * Tells whether the rule applies: in force on the day received, of a kind and subject it covers, on one of its
   * topics (if it has any), and about the Party's rules if it asks for that.
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
        && subjectKinds().contains(petition.intake().subject().kind())
        && (topics().isEmpty() || !Collections.disjoint(topics(), facts.topics()))
        && (facts.concernsPartyRules() || !partyRulesOnly());
  }

  /**
   * Returns a builder. The name, the recipient and the bases are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RoutingRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRoutingRule.Builder {
    Builder() {}
  }

  @Value.Check
  RoutingRule normalize() {
    RuleBases.check(name(), bases());
    if (!kinds().isEmpty() && !subjectKinds().isEmpty()) {
      return this;
    }
    return builder()
        .from(this)
        .kinds(kinds().isEmpty() ? EnumSet.allOf(PetitionKind.class) : kinds())
        .subjectKinds(subjectKinds().isEmpty() ? EnumSet.allOf(SubjectKind.class) : subjectKinds())
        .build();
  }

  /**
   * Returns the readable form, for example "PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE: INSPECTION_COMMITTEE under
   * STATE_LAW for [PARTY_DISCIPLINE], Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm b
   * [2014-07-01..2026-06-30]; …". Conditions that cover everything are left out.
   *
   * @return the name, recipient, procedure, conditions and bases, not null
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(name()).append(": ").append(recipient()).append(" under ").append(procedure());
    if (!topics().isEmpty()) {
      text.append(" for ").append(topics());
    }
    if (kinds().size() < PetitionKind.values().length) {
      text.append(" of ").append(kinds());
    }
    if (subjectKinds().size() < SubjectKind.values().length) {
      text.append(" about ").append(subjectKinds());
    }
    if (partyRulesOnly()) {
      text.append(" over the Party's rules");
    }
    return text.append(", ").append(RuleBases.describe(bases())).toString();
  }
}
