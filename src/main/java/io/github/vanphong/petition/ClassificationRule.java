package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A named rule of a {@link Classifier}, with the articles that give it: an {@link EligibilityRule}, which finds a
 * reason a letter is not processed, or a {@link RoutingRule}, which sends it to a body under a procedure. For
 * example {@link Classifier#GUIDE_ONCE}, which rests on Thông tư 07/2014/TT-TTCP, Điều 6 from 2014-12-15 and, as
 * unconfirmed, on Thông tư 05/2021/TT-TTCP from 2021-11-15.
 *
 * <p>A rule is in force for a petition received on a day when one of its bases is; the basis it rests on that day
 * is the one in force that came into force last. A rule is not a decision: it says whether it applies to a
 * petition and its {@link LetterFacts}, and the classifier combines the rules that apply.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ClassificationRule permits EligibilityRule, RoutingRule {

  /**
   * The name of the rule, unique within a classifier, for example "GUIDE_ONCE".
   *
   * @return the name, not blank
   */
  String name();

  /**
   * The articles that give the rule, in the order they came into force, each with its days in force and its
   * confirmation.
   *
   * @return the bases, one or more, not null
   */
  ImmutableList<LegalBasis> bases();

  /**
   * Tells whether the rule applies to a petition, given what the clerk read from the letter: it is in force on the
   * day the petition was received, and its conditions hold.
   *
   * @param petition the petition, not null
   * @param facts what the letter shows, not null
   * @return true if the rule applies
   */
  boolean appliesTo(Petition petition, LetterFacts facts);

  /**
   * Returns the article the rule rests on for a petition received on a day: of its bases in force that day, the
   * one that came into force last.
   *
   * @param dateReceived the day the petition was received, not null
   * @return the basis, or empty if the rule is not in force that day
   */
  default Optional<LegalBasis> basisOn(LocalDate dateReceived) {
    requireNonNull(dateReceived, "dateReceived");
    return bases().stream()
        .filter(b -> b.isInForceOn(dateReceived))
        .max(Comparator.comparing(LegalBasis::inForceFrom));
  }

  /**
   * Tells whether the rule is in force for a petition received on a day: one of its bases is in force that day.
   *
   * @param dateReceived the day the petition was received, not null
   * @return true if in force
   */
  default boolean isInForceOn(LocalDate dateReceived) {
    requireNonNull(dateReceived, "dateReceived");
    return bases().stream().anyMatch(b -> b.isInForceOn(dateReceived));
  }
}
