package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.testing.PetitionRuleArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the petition rule book, over any day received, stage, kind and circumstances. */
class PetitionRuleBookProperties {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final PetitionRuleBook STANDARD = PetitionRuleBook.standard();

  /** A stage and a kind for which it exists. */
  record Case(PetitionStage stage, PetitionKind kind) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(PetitionStage.class).flatMap(s -> Arbitraries.of(s.kinds()).map(k -> new Case(s, k)));
  }

  /** Days the calendar covers, with room for the longest generated deadline after them. */
  @Provide
  Arbitrary<LocalDate> daysReceived() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .between(WorkingCalendar.FIRST_DAY.toEpochDay(), LocalDate.of(2197, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.longs()
            .between(LocalDate.of(2012, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.of(
            LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2012, 7, 1),
            LocalDate.of(2018, 12, 31),
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2021, 7, 28)));
  }

  @Provide
  Arbitrary<Circumstances> circumstances() {
    return PetitionRuleArbitraries.circumstances();
  }

  @Property
  void theDeadlineOfAnyBuiltInRuleIsAWorkingDayAfterTheEvent(
      @ForAll("cases") Case c,
      @ForAll("circumstances") Circumstances circumstances,
      @ForAll("daysReceived") LocalDate received) {
    Optional<PetitionTimeLimit> rule = STANDARD.limitFor(c.stage(), c.kind(), circumstances, received);
    if (rule.isEmpty()) {
      return;
    }
    Deadline deadline = STANDARD.deadline(c.stage(), c.kind(), circumstances, received, received, VIETNAM);
    assertThat(VIETNAM.isWorkingDay(deadline.dueDate())).isTrue();
    assertThat(deadline.dueDate()).isAfter(received);
    Deadline outer = rule.get().outerDeadline(received, VIETNAM);
    assertThat(VIETNAM.isWorkingDay(outer.dueDate())).isTrue();
    assertThat(outer.dueDate()).isAfterOrEqualTo(deadline.dueDate());
  }

  @Property
  void theDeadlineIsMonotoneInTheLimit(
      @ForAll("timeLimits") PetitionTimeLimit rule, @ForAll("daysReceived") LocalDate event) {
    TimeLimit limit = rule.limit();
    TimeLimit longer =
        limit.count() == DayCount.WORKING_DAYS
            ? TimeLimit.workingDays(limit.days() + 1, limit.basis())
            : TimeLimit.calendarDays(limit.days() + 1, limit.basis());
    PetitionTimeLimit longerRule = PetitionTimeLimit.builder().from(rule).limit(longer).build();
    Deadline deadline = rule.deadline(event, VIETNAM);
    assertThat(VIETNAM.isWorkingDay(deadline.dueDate())).isTrue();
    assertThat(deadline.dueDate()).isAfter(event);
    assertThat(longerRule.deadline(event, VIETNAM).dueDate()).isAfterOrEqualTo(deadline.dueDate());
    if (rule.maxExtensions() > 0) {
      assertThat(rule.deadline(event, VIETNAM, List.of(1)).dueDate()).isAfterOrEqualTo(deadline.dueDate());
      assertThat(rule.outerDeadline(event, VIETNAM).dueDate())
          .isAfterOrEqualTo(rule.deadline(event, VIETNAM, List.of(1)).dueDate());
    }
  }

  @Provide
  Arbitrary<PetitionTimeLimit> timeLimits() {
    return PetitionRuleArbitraries.timeLimits();
  }

  @Property
  void theStandardBookInForceOnADayHasAtMostOneRulePerCase(
      @ForAll("cases") Case c,
      @ForAll("circumstances") Circumstances circumstances,
      @ForAll("daysReceived") LocalDate received) {
    List<PetitionTimeLimit> matching =
        STANDARD.timeLimits().stream()
            .filter(r -> r.isInForceOn(received))
            .filter(r -> r.appliesTo(c.stage(), c.kind(), circumstances))
            .toList();
    assertThat(matching).hasSizeLessThanOrEqualTo(1);
    assertThat(STANDARD.limitFor(c.stage(), c.kind(), circumstances, received))
        .isEqualTo(matching.stream().findFirst());
  }

  /** A petition's days: received, perhaps accepted a little later, an act later still. */
  @Provide
  Arbitrary<RuleDays> ruleDays() {
    return Combinators.combine(
            PetitionRuleArbitraries.days(),
            Arbitraries.integers().between(0, 60).optional(0.5),
            Arbitraries.integers().between(0, 400))
        .as(
            (received, accepted, act) -> {
              RuleDays days = accepted.map(n -> RuleDays.received(received).accepted(received.plusDays(n)))
                  .orElseGet(() -> RuleDays.received(received));
              return days.act(days.on(RuleDay.ACCEPTED).plusDays(act));
            });
  }

  @Property
  void theLimitChosenIsTheLastRuleOfTheBookInForceOnItsDayThatCoversTheCase(
      @ForAll PetitionRuleBook book,
      @ForAll("cases") Case c,
      @ForAll("circumstances") Circumstances circumstances,
      @ForAll("ruleDays") RuleDays days) {
    Optional<PetitionTimeLimit> lastCovering =
        book.timeLimits().stream()
            .filter(r -> r.isInForceFor(days))
            .filter(r -> r.appliesTo(c.stage(), c.kind(), circumstances))
            .reduce((earlier, later) -> later);

    assertThat(book.limitFor(c.stage(), c.kind(), circumstances, days)).isEqualTo(lastCovering);
  }

  @Property
  void anApplicationsRulePrevailsOnEveryCaseAndDayItCovers(
      @ForAll("casesOfRules") RuleAndCase rc, @ForAll PetitionRuleBook book) {
    PetitionTimeLimit rule = rc.rule();
    PetitionRuleBook withRule = book.with(rule);
    assertThat(withRule.limitFor(rule.stage(), rc.kind(), rc.circumstances(), rc.received())).contains(rule);
  }

  /** A rule with a case and a day it covers. */
  record RuleAndCase(PetitionTimeLimit rule, PetitionKind kind, Circumstances circumstances, LocalDate received) {}

  @Provide
  Arbitrary<RuleAndCase> casesOfRules() {
    return PetitionRuleArbitraries.timeLimits()
        .flatMap(
            rule ->
                Combinators.combine(
                        Arbitraries.of(rule.kinds()),
                        Arbitraries.of(rule.rounds()),
                        Arbitraries.of(rule.complexities()),
                        Arbitraries.of(rule.areas()),
                        Arbitraries.of(rule.levels()),
                        Arbitraries.integers().between(0, 3650))
                    .as(
                        (kind, round, complexity, area, level, offset) -> {
                          LocalDate received =
                              rule.validity().end().filter(e -> e.isBefore(rule.validity().start().plusDays(offset)))
                                  .orElse(rule.validity().start().plusDays(offset));
                          return new RuleAndCase(
                              rule, kind, Circumstances.of(round, complexity, area).atLevel(level), received);
                        }));
  }
}
