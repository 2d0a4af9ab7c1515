package io.github.vanphong.testing;

import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.petition.ClassificationRule;
import io.github.vanphong.petition.Classifier;
import io.github.vanphong.petition.EligibilityRule;
import io.github.vanphong.petition.LetterFacts;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.ProcessingDefect;
import io.github.vanphong.petition.Procedure;
import io.github.vanphong.petition.Recipient;
import io.github.vanphong.petition.RoutingRule;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.petition.Topic;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the classification of petitions: for example {@code ClassificationArbitraries.letterFacts()}
 * gives what a clerk may read from a letter, each fact in order or not, with any topics, within competence or not;
 * {@code ClassificationArbitraries.classifiers()} gives the standard classifier or an empty one with up to five
 * rules of an application's own added.
 *
 * <p>The same arbitraries are available by type, {@code @ForAll LetterFacts facts} or {@code @ForAll Classifier
 * classifier}, through {@link ClassificationArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ClassificationArbitraries {


  private ClassificationArbitraries() {}

  /**
   * Returns the facts of letters: each fact true or false, any set of topics, within competence or not.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LetterFacts> letterFacts() {
    Arbitrary<Boolean> flags = Arbitraries.of(true, false);
    return Combinators.combine(
            Combinators.combine(flags, flags, flags, flags, flags, flags).as(List::of),
            Combinators.combine(flags, flags, flags, flags, flags).as(List::of),
            Arbitraries.of(Topic.class).set())
        .as(
            (first, second, topics) ->
                LetterFacts.builder()
                    .inVietnamese(first.get(0))
                    .dated(first.get(1))
                    .signed(first.get(2))
                    .contentComplete(first.get(3))
                    .concernsPartyRules(first.get(4))
                    .alreadyResolved(first.get(5))
                    .sentAlsoToCompetentBody(second.get(0))
                    .alreadyGuided(second.get(1))
                    .alreadyForwarded(second.get(2))
                    .concreteEvidence(second.get(3))
                    .withinCompetence(second.get(4))
                    .topics(topics)
                    .build());
  }

  /**
   * Returns eligibility rules of an application's own quy chế: any defect, a non-empty set of kinds or every kind,
   * either way for competence and management checks, resting on one to three bases in force from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<EligibilityRule> eligibilityRules() {
    return Combinators.combine(
            Arbitraries.of(ProcessingDefect.class),
            Arbitraries.of(PetitionKind.class).set(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            bases())
        .as(
            (defect, kinds, outside, check, bases) ->
                EligibilityRule.builder()
                    .name("QUY_CHE_" + defect)
                    .defect(defect)
                    .kinds(kinds)
                    .outsideCompetenceOnly(outside)
                    .allowsManagementCheck(check)
                    .bases(bases)
                    .build());
  }

  /**
   * Returns routing rules of an application's own quy chế: any recipient and procedure, any topics, kinds and
   * subjects, for the Party's rules only or not, resting on one to three bases in force from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RoutingRule> routingRules() {
    return Combinators.combine(
            Arbitraries.of(Recipient.class),
            Arbitraries.of(Procedure.class),
            Arbitraries.of(Topic.class).set(),
            Arbitraries.of(PetitionKind.class).set(),
            Arbitraries.of(SubjectKind.class).set(),
            Arbitraries.of(true, false),
            bases())
        .as(
            (recipient, procedure, topics, kinds, subjects, partyRules, bases) ->
                RoutingRule.builder()
                    .name("QUY_CHE_TO_" + recipient)
                    .recipient(recipient)
                    .procedure(procedure)
                    .topics(topics)
                    .kinds(kinds)
                    .subjectKinds(subjects)
                    .partyRulesOnly(partyRules)
                    .bases(bases)
                    .build());
  }

  /**
   * Returns classification rules of either sort, eligibility or routing.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ClassificationRule> classificationRules() {
    return Arbitraries.oneOf(eligibilityRules(), routingRules());
  }

  /**
   * Returns classifiers: the standard one or an empty one, with zero to five generated rules added, each in place
   * of a rule of the same name or last.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Classifier> classifiers() {
    return Combinators.combine(
            Arbitraries.of(Classifier.standard(), Classifier.of()), classificationRules().list().ofMaxSize(5))
        .as(
            (classifier, rules) -> {
              Classifier result = classifier;
              for (ClassificationRule rule : rules) {
                result = result.with(rule);
              }
              return result;
            });
  }

  private static Arbitrary<List<LegalBasis>> bases() {
    return LawArbitraries.legalBases(GenericArbitraries.days())
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            list ->
                list.stream()
                    .sorted(Comparator.comparing(LegalBasis::inForceFrom))
                    .collect(Collectors.toList()));
  }
}
