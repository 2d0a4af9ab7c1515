package io.github.vanphong.testing;

import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.petition.AreaType;
import io.github.vanphong.petition.Circumstances;
import io.github.vanphong.petition.ComplaintRound;
import io.github.vanphong.petition.Complexity;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionRule;
import io.github.vanphong.petition.Procedure;
import io.github.vanphong.petition.Requirement;
import io.github.vanphong.petition.RuleDay;
import io.github.vanphong.petition.RuleDays;
import io.github.vanphong.petition.WorkflowRule;
import io.github.vanphong.petition.PetitionRuleBook;
import io.github.vanphong.petition.PetitionStage;
import io.github.vanphong.petition.PetitionTimeLimit;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the petition time-limit rules: for example {@code PetitionRuleArbitraries.timeLimits()}
 * gives rules of any stage, for kinds for which the stage exists, of 1 to 200 calendar or working days, in force
 * from a day between 2000 and 2040, with up to 3 extensions.
 *
 * <p>Also the rules of the workflow ({@link #workflowRules()}), the days that choose a rule ({@link #ruleDays()}) and
 * rule books of both ({@link #ruleBooks()}).
 *
 * <p>The same arbitraries are available by type, {@code @ForAll PetitionTimeLimit rule}, {@code @ForAll WorkflowRule},
 * {@code @ForAll PetitionRule}, {@code @ForAll RuleDays}, {@code @ForAll PetitionRuleBook}, through {@link
 * PetitionRuleArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class PetitionRuleArbitraries {

  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2040, 12, 31);

  private PetitionRuleArbitraries() {}

  /**
   * Returns every complexity, {@link Complexity#NORMAL} to {@link Complexity#ESPECIALLY_COMPLEX}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Complexity> complexities() {
    return Arbitraries.of(Complexity.class);
  }

  /**
   * Returns circumstances of any round, complexity and area, with a level or without one.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Circumstances> circumstances() {
    return Combinators.combine(
            Arbitraries.of(ComplaintRound.class),
            complexities(),
            Arbitraries.of(AreaType.class),
            Arbitraries.of(Level.class).optional(0.5))
        .as(
            (round, complexity, area, level) ->
                level.map(l -> Circumstances.of(round, complexity, area).atLevel(l))
                    .orElseGet(() -> Circumstances.of(round, complexity, area)));
  }

  /**
   * Returns days from 2000-01-01 to 2040-12-31.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns validities starting from 2000 to 2040, half of them open-ended, the others up to ten years long.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Validity> validities() {
    return Combinators.combine(days(), Arbitraries.integers().between(0, 3650).optional(0.5))
        .as((start, length) -> length.map(n -> Validity.between(start, start.plusDays(n))).orElse(Validity.from(start)));
  }

  /**
   * Returns rules of an application's own quy chế: any stage, a non-empty set of the kinds for which the stage
   * exists, conditions that are each every value or a non-empty subset, 1 to 200 calendar or working days, and 0 to
   * 3 extensions of 1 to 60 days; one in five arises only on the petitioner's request.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PetitionTimeLimit> timeLimits() {
    return Arbitraries.of(PetitionStage.class)
        .flatMap(
            stage ->
                Combinators.combine(
                        Arbitraries.of(stage.kinds()).set().ofMinSize(1),
                        Arbitraries.of(ComplaintRound.class).set(),
                        complexities().set(),
                        Arbitraries.of(AreaType.class).set(),
                        Arbitraries.of(Level.class).set(),
                        limits(),
                        validities(),
                        Arbitraries.integers().between(0, 3).flatMap(n -> extensionDays(n).map(d -> new int[] {n, d})))
                    .as(
                        (kinds, rounds, complexities, areas, levels, limit, validity, extensions) ->
                            PetitionTimeLimit.builder()
                                .name("QUY_CHE_" + stage)
                                .stage(stage)
                                .kinds(kinds)
                                .rounds(rounds)
                                .complexities(complexities)
                                .areas(areas)
                                .levels(levels)
                                .limit(limit)
                                .validity(validity)
                                .maxExtensions(extensions[0])
                                .maxExtensionDays(extensions[1])
                                .build())
                    .flatMap(
                        rule ->
                            Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true))
                                .map(onRequest -> PetitionTimeLimit.builder().from(rule).onRequestOnly(onRequest).build())));
  }

  /**
   * Returns rules of the workflow of an application's own quy chế: any command but the receipt, a requirement that
   * fits it (a provision only for the steps the law provides), a non-empty set of kinds and of procedures, in force
   * on days received, accepted or of the act from 2000 to 2040.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<WorkflowRule> workflowRules() {
    Arbitrary<PetitionCommand> commands =
        Arbitraries.of(PetitionCommand.class).filter(c -> c != PetitionCommand.RECEIVE);
    return commands.flatMap(
        command ->
            Combinators.combine(
                    Arbitraries.of(Requirement.class)
                        .filter(r -> r != Requirement.PROVIDED_BY_LAW || PROVIDED.contains(command)),
                    kinds().set().ofMinSize(1),
                    Arbitraries.of(Procedure.class).set().ofMinSize(1),
                    limits(),
                    validities(),
                    Arbitraries.of(RuleDay.class))
                .as(
                    (requirement, kinds, procedures, limit, validity, day) ->
                        WorkflowRule.builder()
                            .name("QUY_CHE_" + command + "_" + requirement)
                            .command(command)
                            .requirement(requirement)
                            .kinds(kinds)
                            .procedures(procedures)
                            .basis(limit.basis())
                            .validity(validity)
                            .chosenBy(day)
                            .build()));
  }

  /**
   * Returns rules of either kind, time limits and workflow rules.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PetitionRule> rules() {
    return Arbitraries.oneOf(timeLimits(), workflowRules());
  }

  /**
   * Returns the days of a petition that choose its rules: received from 2000 to 2040, accepted up to 60 days later
   * or not yet, and an act up to 120 days after the later of the two.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RuleDays> ruleDays() {
    return Combinators.combine(
            days(), Arbitraries.integers().between(0, 60).optional(0.5), Arbitraries.integers().between(0, 120))
        .as(
            (received, accepted, act) -> {
              RuleDays days = RuleDays.received(received);
              if (accepted.isPresent()) {
                days = days.accepted(received.plusDays(accepted.get()));
              }
              return days.act(days.on(RuleDay.ACCEPTED).plusDays(act));
            });
  }

  private static final java.util.Set<PetitionCommand> PROVIDED =
      java.util.EnumSet.of(
          PetitionCommand.REFUSE,
          PetitionCommand.SUSPEND,
          PetitionCommand.WITHDRAW,
          PetitionCommand.LODGE_SECOND_COMPLAINT,
          PetitionCommand.RECORD_FINALITY);

  private static final Instrument OWN_RULES = Instrument.of("Quy chế 01-QC/TU", FIRST_DAY);

  private static Arbitrary<Integer> extensionDays(int extensions) {
    return extensions == 0 ? Arbitraries.just(0) : Arbitraries.integers().between(1, 60);
  }

  private static Arbitrary<TimeLimit> limits() {
    Arbitrary<LegalBasis> bases =
        Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.of(Confirmation.class))
            .as(
                (article, confirmation) ->
                    LegalBasis.builder()
                        .instrument(OWN_RULES)
                        .article("Điều " + article)
                        .confirmation(confirmation)
                        .build());
    return Combinators.combine(Arbitraries.integers().between(1, 200), Arbitraries.of(true, false), bases)
        .as((days, working, basis) -> working ? TimeLimit.workingDays(days, basis) : TimeLimit.calendarDays(days, basis));
  }

  /**
   * Returns rule books: the standard book or an empty one, with 0 to 5 generated rules added, time limits or rules of
   * the workflow.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PetitionRuleBook> ruleBooks() {
    return Combinators.combine(
            Arbitraries.of(PetitionRuleBook.standard(), PetitionRuleBook.of()), rules().list().ofMaxSize(5))
        .as(
            (book, rules) -> {
              PetitionRuleBook result = book;
              for (PetitionRule rule : rules) {
                result = result.with(rule);
              }
              return result;
            });
  }

  /**
   * Returns every kind of petition.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PetitionKind> kinds() {
    return Arbitraries.of(PetitionKind.class);
  }
}
