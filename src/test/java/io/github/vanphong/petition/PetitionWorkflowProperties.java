package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.PetitionArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * The petition workflow as a state machine, driven by random commands from petitions at any point of their
 * workflow: valid commands with valid data, and any command with any data, including commands the state does not
 * allow, commands of another kind of petition, data that does not fit and days that go backwards. Every command
 * either returns the petition with exactly one more event or throws and leaves the petition as it was; every
 * petition reached keeps the workflow's invariants; and its history replays to an equal petition.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class PetitionWorkflowProperties {

  private static final PetitionRuleBook STANDARD = PetitionRuleBook.standard();
  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  private static final String OUTCOME = "outcome of a command";
  private static final String ACCEPTED = "accepted";
  private static final String NOT_ALLOWED = "refused: not allowed";
  private static final String BAD_DATA = "refused: bad data";

  private static final Set<PetitionCommand> LEFT_IN_A_CLOSED_STATE =
      EnumSet.of(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY, PetitionCommand.RECORD_RESULT);

  // ---- the chains ----------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<ActionChain<Petition>> chains() {
    return PetitionArbitraries.petitions()
        .flatMap(
            start ->
                ActionChain.<Petition>startWith(() -> start)
                    .withAction(5, new ValidCommand())
                    .withAction(5, new AnyCommand())
                    .withAction(1, new Redaction())
                    .withMaxTransformations(12));
  }

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // coverage is checked; the figures are not printed
  @Property(tries = 300)
  void everyCommandAppendsOneEventOrChangesNothingAndEveryStateKeepsTheInvariants(
      @ForAll("chains") ActionChain<Petition> chain) {
    chain.withInvariant("the workflow's invariants", PetitionWorkflowProperties::invariants).run();
    Statistics.label(OUTCOME)
        .coverage(
            c -> {
              c.check(ACCEPTED).percentage(p -> p > 30);
              c.check(NOT_ALLOWED).percentage(p -> p > 5);
              c.check(BAD_DATA).percentage(p -> p > 5);
            });
  }

  @Property(tries = 300)
  void everyGeneratedPetitionAndItsRedactedCopyKeepTheInvariantsAndReplay(@ForAll Petition petition) {
    invariants(petition);
    invariants(petition.redacted());

    ImmutableList<PetitionEvent> history = petition.history();
    PetitionEvent receipt = history.get(0);
    PetitionEvent late = PetitionEvent.builder().from(receipt).on(receipt.on().plusDays(1)).build();
    assertThatThrownBy(() -> Petition.replay(petition.intake(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Petition.replay(petition.intake(), List.of(late)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with its receipt on the day received (" + petition.received() + ")");
    if (history.size() > 1) {
      assertThatThrownBy(() -> Petition.replay(petition.intake(), history.subList(1, history.size())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("starts with its receipt");
    }
  }

  @Property(tries = 200)
  void theDeadlinesOfAnyPetitionFollowItsHistoryAsKnownOnTheDayAsked(@ForAll Petition petition) {
    List<LocalDate> days = new ArrayList<>();
    petition.history().forEach(e -> days.add(e.on()));
    days.add(petition.lastEventDay().plusDays(60));
    for (LocalDate day : days) {
      List<PetitionDeadline> deadlines = petition.deadlines(VIETNAM, day);
      List<Round> rounds = Round.of(petition, day);
      for (PetitionDeadline deadline : deadlines) {
        deadlineKeepsItsLaws(petition, deadline, day, rounds);
      }
      expectedStagesArePresent(petition, deadlines, rounds, day);
    }
  }

  private static void deadlineKeepsItsLaws(
      Petition petition, PetitionDeadline deadline, LocalDate day, List<Round> rounds) {
    PetitionStage stage = deadline.stage();
    assertThat(stage.appliesTo(petition.kind())).isTrue();
    assertThat(deadline.asOf()).isEqualTo(day);
    assertThat(deadline.rule().stage()).isEqualTo(stage);
    assertThat(deadline.rule().kinds()).contains(petition.kind());
    assertThat(deadline.rule().isInForceOn(petition.received())).isTrue();
    if (stage == PetitionStage.PROCESSING || stage == PetitionStage.ACCEPTANCE) {
      assertThat(deadline.deadline().extensions())
          .as("the extensions of %s", stage)
          .hasSize(rounds.get(deadline.round() == ComplaintRound.FIRST ? 0 : 1).extensions.getOrDefault(stage, 0));
    }
    assertThat(deadline.officeDuty())
        .isEqualTo(stage != PetitionStage.SECOND_COMPLAINT_WINDOW && stage != PetitionStage.FINALITY);
    LocalDate due = deadline.deadline().dueDate();
    assertThat(due).isAfter(deadline.deadline().eventDay());
    Optional<LocalDate> done = deadline.completedOn();
    done.ifPresent(d -> assertThat(d).isAfterOrEqualTo(deadline.deadline().eventDay()).isBeforeOrEqualTo(day));
    DeadlineStatus status = deadline.status();
    if (done.isPresent()) {
      assertThat(status).isEqualTo(done.get().isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET);
    } else if (day.isAfter(due)) {
      assertThat(status).isEqualTo(DeadlineStatus.OVERDUE);
    } else if (day.equals(due)) {
      assertThat(status).isEqualTo(DeadlineStatus.DUE_TODAY);
    } else {
      assertThat(status).isIn(DeadlineStatus.DUE_SOON, DeadlineStatus.ON_TRACK);
    }
    assertThat(deadline.isOverdue()).isEqualTo(status == DeadlineStatus.OVERDUE);
    assertThat(deadline)
        .hasToString(
            stage + " (" + deadline.round() + ") due " + due + ": " + status + " on " + day
                + done.map(d -> ", done " + d).orElse(""));

    Round round = rounds.get(deadline.round() == ComplaintRound.FIRST ? 0 : 1);
    LocalDate start =
        switch (stage) {
          case PROCESSING, FORWARDING, RECEIPT_NOTICE, FILING_LIMIT -> petition.received();
          case PARTY_RESOLUTION -> petition.intake().partyDayReceived();
          case ACCEPTANCE -> round.opened;
          case ACCEPTANCE_NOTICE, RESOLUTION -> round.accepted.orElseThrow();
          case RESULT_RELAY -> round.resultArrived.orElseThrow();
          case SECOND_COMPLAINT_WINDOW -> round.delivered.orElseGet(() -> resolutionDue(petition, day).orElseThrow());
          default -> round.resolved.orElseThrow();
        };
    assertThat(deadline.deadline().eventDay()).as("the start of %s", deadline).isEqualTo(start);
    switch (stage) {
      case ACCEPTANCE -> assertThat(done).isEqualTo(round.decided.or(() -> round.stopped));
      case RESOLUTION, PARTY_RESOLUTION -> {
        assertThat(done).isEqualTo(round.resolved.or(() -> round.stopped));
        assertThat(deadline.deadline().extensions()).hasSize(round.extensions.getOrDefault(stage, 0));
      }
      case ACCEPTANCE_NOTICE ->
          assertThat(done).isEqualTo(round.notice(PetitionStage.ACCEPTANCE_NOTICE).or(() -> round.stopped));
      case DECISION_DISPATCH -> assertThat(done).isEqualTo(round.notice(PetitionStage.DECISION_DISPATCH));
      case SECOND_COMPLAINT_WINDOW -> {
        assertThat(deadline.round()).isEqualTo(ComplaintRound.FIRST);
        assertThat(done).isEqualTo(round.lodged);
      }
      case FINALITY -> {
        assertThat(round.lodged).isEmpty();
        assertThat(done).isEqualTo(round.finalOn);
      }
      default -> {
        // the stages of receipt are checked where they are expected
      }
    }
  }

  /** The due date of the first round's resolution, as the petition's deadlines give it on the day. */
  private static Optional<LocalDate> resolutionDue(Petition petition, LocalDate day) {
    return petition.deadlines(VIETNAM, day).stream()
        .filter(d -> d.stage() == PetitionStage.RESOLUTION && d.round() == ComplaintRound.FIRST)
        .map(d -> d.deadline().dueDate())
        .findFirst();
  }

  /**
   * Whether the window for a second complaint has opened by the day (Luật Khiếu nại, Điều 33, khoản 1): the first
   * decision was received, or the first round's time limit passed without a decision and the round was not stopped.
   */
  private static boolean windowOpen(Petition petition, Round round, LocalDate day) {
    if (round.round != ComplaintRound.FIRST || round.accepted.isEmpty()) {
      return false;
    }
    if (round.delivered.isPresent()) {
      return true;
    }
    Optional<LocalDate> due = resolutionDue(petition, day);
    return due.isPresent()
        && round.stopped.isEmpty()
        && day.isAfter(due.get())
        && round.resolved.map(r -> r.isAfter(due.get())).orElse(true);
  }

  private static void expectedStagesArePresent(
      Petition petition, List<PetitionDeadline> deadlines, List<Round> rounds, LocalDate day) {
    PetitionKind kind = petition.kind();
    Procedure procedure = Round.procedure(petition, day);
    boolean stateLaw = procedure == Procedure.STATE_LAW;
    for (Round round : rounds) {
      List<PetitionStage> stages = new ArrayList<>();
      for (PetitionDeadline d : deadlines) {
        if (d.round() == round.round) {
          stages.add(d.stage());
        }
      }
      if (kind == PetitionKind.COMPLAINT) {
        assertThat(stages.contains(PetitionStage.ACCEPTANCE)).isTrue();
        assertThat(stages.contains(PetitionStage.RESOLUTION)).isEqualTo(round.accepted.isPresent() && stateLaw);
        assertThat(stages.contains(PetitionStage.DECISION_DISPATCH))
            .isEqualTo(round.accepted.isPresent() && round.resolved.isPresent());
        assertThat(stages.contains(PetitionStage.SECOND_COMPLAINT_WINDOW)).isEqualTo(windowOpen(petition, round, day));
        assertThat(stages.contains(PetitionStage.FINALITY))
            .isEqualTo(round.accepted.isPresent() && round.resolved.isPresent() && round.lodged.isEmpty());
      }
      if (kind == PetitionKind.DENUNCIATION && !petition.received().isBefore(LocalDate.of(2019, 1, 1))) {
        assertThat(round.round).isEqualTo(ComplaintRound.FIRST);
        assertThat(stages.contains(PetitionStage.PROCESSING)).isTrue();
        assertThat(stages.contains(PetitionStage.ACCEPTANCE_NOTICE)).isEqualTo(round.accepted.isPresent());
        assertThat(stages.contains(PetitionStage.RESOLUTION)).isEqualTo(round.accepted.isPresent() && stateLaw);
      }
      if (kind != PetitionKind.COMPLAINT) {
        assertThat(round.round).isEqualTo(ComplaintRound.FIRST);
      }
    }
    Round first = rounds.get(0);
    for (PetitionDeadline d : deadlines) {
      switch (d.stage()) {
        case PROCESSING -> assertThat(d.completedOn()).isEqualTo(first.decided.or(() -> first.stopped));
        case RECEIPT_NOTICE -> {
          assertThat(petition.intake().channel()).isEqualTo(Channel.IN_PERSON);
          assertThat(d.completedOn()).isEqualTo(first.notice(PetitionStage.RECEIPT_NOTICE));
        }
        case RESULT_RELAY -> {
          assertThat(petition.intake().resultRequested()).isTrue();
          assertThat(d.completedOn()).isEqualTo(first.notice(PetitionStage.RESULT_RELAY));
        }
        case FORWARDING -> {
          assertThat(first.forwarded.isPresent() || !Round.competent(petition, day)).isTrue();
          assertThat(d.completedOn()).isEqualTo(first.forwarded.or(() -> first.decided).or(() -> first.stopped));
        }
        default -> {
          // the stages of the rounds are checked above
        }
      }
    }
  }

  /** What happened in one round of a petition, as known on a day: an oracle of the deadlines' facts. */
  static final class Round {
    final ComplaintRound round;
    final LocalDate opened;
    Optional<LocalDate> accepted = Optional.empty();
    Optional<LocalDate> decided = Optional.empty();
    Optional<LocalDate> forwarded = Optional.empty();
    Optional<LocalDate> resolved = Optional.empty();
    Optional<LocalDate> lodged = Optional.empty();
    Optional<LocalDate> finalOn = Optional.empty();
    Optional<LocalDate> stopped = Optional.empty();
    Optional<LocalDate> delivered = Optional.empty();
    Optional<LocalDate> resultArrived = Optional.empty();
    final java.util.Map<PetitionStage, Integer> extensions = new java.util.EnumMap<>(PetitionStage.class);
    final java.util.Map<PetitionStage, LocalDate> notices = new java.util.EnumMap<>(PetitionStage.class);

    Round(ComplaintRound round, LocalDate opened) {
      this.round = round;
      this.opened = opened;
    }

    Optional<LocalDate> notice(PetitionStage stage) {
      return Optional.ofNullable(notices.get(stage));
    }

    static List<PetitionEvent> known(Petition petition, LocalDate day) {
      return petition.history().stream().filter(e -> !e.on().isAfter(day)).collect(Collectors.toList());
    }

    static Procedure procedure(Petition petition, LocalDate day) {
      Procedure procedure = Procedure.STATE_LAW;
      for (PetitionEvent e : known(petition, day)) {
        if (e.command() == PetitionCommand.CLASSIFY) {
          procedure = e.classification().orElseThrow().procedure();
        }
      }
      return procedure;
    }

    static boolean competent(Petition petition, LocalDate day) {
      boolean competent = true;
      for (PetitionEvent e : known(petition, day)) {
        if (e.command() == PetitionCommand.CLASSIFY) {
          competent = e.classification().orElseThrow().competent();
        }
      }
      return competent;
    }

    static List<Round> of(Petition petition, LocalDate day) {
      List<Round> rounds = new ArrayList<>();
      Round current = new Round(ComplaintRound.FIRST, petition.received());
      rounds.add(current);
      for (PetitionEvent e : known(petition, day)) {
        LocalDate on = e.on();
        switch (e.command()) {
          case ACCEPT -> {
            current.accepted = Optional.of(on);
            current.decided = Optional.of(on);
          }
          case REFUSE, GUIDE, FILE -> current.decided = Optional.of(on);
          case FORWARD -> {
            current.decided = Optional.of(on);
            current.forwarded = Optional.of(on);
          }
          case EXTEND -> current.extensions.merge(e.extendedStage().orElseThrow(), 1, Integer::sum);
          case RESOLVE -> current.resolved = Optional.of(on);
          case RECORD_FINALITY -> current.finalOn = Optional.of(on);
          case WITHDRAW -> {
            if (e.withdrawal().orElseThrow().stops()) {
              current.stopped = Optional.of(on);
            }
          }
          case NOTIFY -> {
            PetitionStage notice = e.notice().orElseThrow();
            if (notice != PetitionStage.RESULT_RELAY || current.resultArrived.isPresent()) {
              current.notices.putIfAbsent(notice, on);
            }
          }
          case RECORD_DECISION_RECEIPT -> current.delivered = e.deliveredOn();
          case RECORD_RESULT -> {
            if (current.resultArrived.isEmpty()) {
              current.resultArrived = Optional.of(on);
            }
          }
          case LODGE_SECOND_COMPLAINT -> {
            current.lodged = Optional.of(on);
            current = new Round(ComplaintRound.SECOND, on);
            rounds.add(current);
          }
          default -> {
            // the other commands start or end no time limit
          }
        }
      }
      return rounds;
    }
  }

  @Example
  void aRedactedCopyKeepsTheAccessesOfItsHistoryAndReplaysButAllowsNoNewOne() {
    Petition accessed =
        PetitionFixtures.denunciationOf2016()
            .revealIdentity("gặp người tố cáo", LocalDate.of(2016, 3, 7), PetitionFixtures.CHIEF)
            .petition();
    Petition copy = accessed.redacted();

    assertThat(Petition.replay(copy.intake(), copy.history())).isEqualTo(copy);
    assertThat(copy).isNotEqualTo(accessed);
    assertThat(copy.hashCode()).isNotEqualTo(accessed.hashCode());
    assertThat(accessed.hashCode()).isNotEqualTo(PetitionFixtures.denunciationOf2016().hashCode());
    assertThat(copy.allowedCommands()).doesNotContain(PetitionCommand.ACCESS_IDENTITY);
    assertThatThrownBy(() -> copy.revealIdentity("lần nữa", LocalDate.of(2016, 3, 8), PetitionFixtures.CHIEF))
        .isInstanceOf(PetitionWorkflowException.class)
        .hasMessageContaining("there is no identity to reveal");
  }

  @Example
  void aComplaintInThePartysChannelIsRefusedAnExtensionAsAComplaint() {
    LocalDate received = LocalDate.of(2020, 3, 4);
    Petition accepted =
        Petition.receive(PetitionFixtures.intake("P-2020-0007", PetitionKind.COMPLAINT, received).build(),
                PetitionFixtures.CLERK)
            .classify(
                Classification.builder()
                    .competent(true)
                    .recipient(Recipient.INSPECTION_COMMITTEE)
                    .procedure(Procedure.PARTY_RULES)
                    .build(),
                received,
                PetitionFixtures.CLERK)
            .accept(received.plusDays(1), PetitionFixtures.CHIEF);

    assertThatThrownBy(() -> accepted.extend(30, received.plusDays(2), PetitionFixtures.CHIEF))
        .isInstanceOfSatisfying(
            PetitionWorkflowException.class,
            e -> {
              assertThat(e.rule()).as("no rule gives a complaint in the Party's channel a time to extend").isEmpty();
              assertThat(e.getMessage()).contains("no time limit of PARTY_RESOLUTION for a COMPLAINT");
            });
  }

  @Example
  void aHistoryThatRevealsAnAnonymousPetitionerDoesNotReplay() {
    Intake anonymous =
        PetitionFixtures.intake("P-2016-0043", PetitionKind.DENUNCIATION, LocalDate.of(2016, 3, 4))
            .petitioners(Petitioners.anonymous())
            .build();
    PetitionEvent access =
        PetitionEvent.builder()
            .command(PetitionCommand.ACCESS_IDENTITY)
            .on(LocalDate.of(2016, 3, 7))
            .by(PetitionFixtures.CHIEF)
            .reason("gặp người tố cáo")
            .build();
    Petition received = Petition.receive(anonymous, PetitionFixtures.CLERK);
    ImmutableList<PetitionEvent> history =
        ImmutableList.<PetitionEvent>builder().addAll(received.history()).add(access).build();

    assertThatThrownBy(() -> Petition.replay(anonymous, history)).isInstanceOf(PetitionWorkflowException.class);
    assertThatThrownBy(() -> Petition.replay(anonymous.withPetitioners(Petitioners.anonymous().redacted()), history))
        .isInstanceOf(PetitionWorkflowException.class);
  }

  @Example
  void aDecisionIsDispatchedOnlyOnceItIsMade() {
    LocalDate received = LocalDate.of(2016, 3, 4);
    Petition accepted =
        Petition.receive(PetitionFixtures.intake("P-2016-0050", PetitionKind.COMPLAINT, received).build(),
                PetitionFixtures.CLERK)
            .classify(PetitionFixtures.eligibleWithin(), received.plusDays(1), PetitionFixtures.CLERK)
            .accept(received.plusDays(2), PetitionFixtures.CHIEF);

    assertThatThrownBy(
            () -> accepted.notify(PetitionStage.DECISION_DISPATCH, received.plusDays(3), PetitionFixtures.CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DECISION_DISPATCH")
        .hasMessageContaining("P-2016-0050");
    Petition dispatched =
        accepted
            .resolve(Finding.UNFOUNDED, received.plusDays(20), PetitionFixtures.CHIEF)
            .notify(PetitionStage.DECISION_DISPATCH, received.plusDays(21), PetitionFixtures.CLERK);
    assertThat(dispatched.deadlines(VIETNAM, received.plusDays(30)))
        .filteredOn(d -> d.stage() == PetitionStage.DECISION_DISPATCH)
        .singleElement()
        .satisfies(d -> assertThat(d.completedOn()).contains(received.plusDays(21)));
  }

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // coverage is checked; the figures are not printed
  @Example
  void anAcceptanceIsNotifiedOnlyOnceTheRoundAcceptedIt() {
    Petition classified =
        PetitionFixtures.denunciationOf2016()
            .classify(PetitionFixtures.eligibleWithin(), LocalDate.of(2016, 3, 7), PetitionFixtures.CLERK);

    assertThatThrownBy(
            () -> classified.notify(PetitionStage.ACCEPTANCE_NOTICE, LocalDate.of(2016, 3, 8), PetitionFixtures.CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACCEPTANCE_NOTICE");
    Petition notified =
        classified
            .accept(LocalDate.of(2016, 3, 9), PetitionFixtures.CHIEF)
            .notify(PetitionStage.ACCEPTANCE_NOTICE, LocalDate.of(2016, 3, 10), PetitionFixtures.CLERK);
    assertThat(notified.history()).hasSize(4);
  }

  // ---- one command -----------------------------------------------------------------------------------------------

  /** Applies an attempt and checks its outcome: one more event, or an exception and the petition unchanged. */
  static Petition attempt(Petition before, Attempt attempt, boolean valid) {
    ImmutableList<PetitionEvent> history = before.history();
    PetitionState state = before.state();
    ImmutableSet<PetitionCommand> allowed = before.allowedCommands();
    Petition copy = Petition.replay(before.intake(), before.history());
    Outcome expected = Rules.outcome(before, attempt);
    LocalDate day = attempt.day(before);
    ImmutableSet<PetitionCommand> allowedThatDay =
        day.isBefore(before.lastEventDay()) ? ImmutableSet.of() : before.allowedCommandsOn(day);
    if (valid) {
      assertThat(expected).as("the oracle's outcome of a valid %s", attempt).isEqualTo(Outcome.ACCEPTED);
    }
    try {
      Petition after = attempt.applyTo(before);
      assertThat(Outcome.ACCEPTED).as("the outcome of %s", attempt).isEqualTo(expected);
      assertThat(allowedThatDay).as("a command that succeeded was allowed").contains(attempt.command);
      assertThat(after.history()).hasSize(history.size() + 1);
      assertThat(after.history().subList(0, history.size())).isEqualTo(history);
      PetitionEvent added = after.history().get(history.size());
      assertThat(added.command()).isEqualTo(attempt.command);
      assertThat(added.on()).isEqualTo(attempt.day(before)).isAfterOrEqualTo(before.lastEventDay());
      attempt.event(before).ifPresent(event -> assertThat(added).isEqualTo(event));
      assertThat(after.intake()).isSameAs(before.intake());
      unchanged(before, copy, history, state, allowed);
      Statistics.label(OUTCOME).collect(ACCEPTED);
      return after;
    } catch (PetitionWorkflowException e) {
      if (valid) {
        fail("a valid " + attempt + " was refused: " + e.getMessage(), e);
      }
      assertThat(Outcome.NOT_ALLOWED).as("the outcome of %s: %s", attempt, e.getMessage()).isEqualTo(expected);
      assertThat(allowedThatDay).as("a refused command was not allowed").doesNotContain(attempt.command);
      if (Rules.stateAllows(before, attempt.command)) {
        assertThat(e.getMessage()).as("a rule or a fact, not the state, refused it").doesNotStartWith("petition ");
        Optional<PetitionRule> expectedRule =
            Rules.refusingRule(before, attempt.command, Optional.ofNullable(attempt.payload.extendedStage()), day);
        if (expectedRule.isPresent()) {
          assertThat(e.rule()).as("the rule that refused %s", attempt).isEqualTo(expectedRule);
        }
        e.rule()
            .ifPresent(
                rule -> {
                  assertThat(e.getMessage()).startsWith(rule.name() + " (" + rule.basis().citation() + ")");
                  assertThat(before.ruleBook().rules()).contains(rule);
                });
      } else {
        assertThat(e.getMessage()).startsWith("petition " + before.id() + " is ");
        assertThat(e.rule()).isEmpty();
        assertThat(e.isForbiddenByState()).isTrue();
      }
      assertThat(e.command()).isEqualTo(attempt.command);
      assertThat(e.state()).isEqualTo(state);
      assertThat(e.allowedCommands()).isEqualTo(allowedThatDay);
      assertThat(e.petition()).isEqualTo(before.id());
      assertThat(e.getMessage())
          .contains("petition " + before.id() + " is " + state + " (" + state.vietnameseName() + ")")
          .contains(attempt.command + " is not allowed there; allowed: ")
          .contains(allowedThatDay.isEmpty() ? ImmutableSet.of("none") : names(allowedThatDay));
      unchanged(before, copy, history, state, allowed);
      Statistics.label(OUTCOME).collect(NOT_ALLOWED);
      return before;
    } catch (IllegalArgumentException e) {
      if (valid) {
        fail("a valid " + attempt + " was refused: " + e.getMessage(), e);
      }
      assertThat(Outcome.BAD_DATA).as("the outcome of %s: %s", attempt, e.getMessage()).isEqualTo(expected);
      assertThat(e.getMessage()).isNotBlank();
      if (attempt.command == PetitionCommand.RESOLVE && e.getMessage().contains(" is resolved with ")) {
        assertThat(e.getMessage())
            .isEqualTo(
                "a " + before.kind() + " is resolved with "
                    + (attempt.payload.finding() == Finding.ANSWERED ? "a finding of right or wrong" : "an answer")
                    + ", not " + attempt.payload.finding());
      }
      unchanged(before, copy, history, state, allowed);
      Statistics.label(OUTCOME).collect(BAD_DATA);
      return before;
    }
  }

  private static ImmutableSet<String> names(Set<PetitionCommand> commands) {
    return commands.stream().map(PetitionCommand::name).collect(ImmutableSet.toImmutableSet());
  }

  private static void unchanged(
      Petition petition,
      Petition copy,
      ImmutableList<PetitionEvent> history,
      PetitionState state,
      ImmutableSet<PetitionCommand> allowed) {
    assertThat(petition).isEqualTo(copy);
    assertThat(petition.history()).isEqualTo(history);
    assertThat(petition.state()).isEqualTo(state);
    assertThat(petition.allowedCommands()).isEqualTo(allowed);
  }

  // ---- the invariants ----------------------------------------------------------------------------------------

  static void invariants(Petition petition) {
    PetitionState state = petition.state();
    ImmutableSet<PetitionCommand> allowed = petition.allowedCommands();
    PetitionKind kind = petition.kind();
    Petitioners petitioners = petition.intake().petitioners();

    assertThat(petition.isOpen()).isEqualTo(!Rules.CLOSED.contains(state)).isEqualTo(state.isOpen());
    assertThat(allowed).doesNotContain(PetitionCommand.RECEIVE).contains(PetitionCommand.NOTIFY);
    assertThat(allowed).as("the commands %s allows", petition).isEqualTo(Rules.allowed(petition));
    assertThat(petition)
        .hasToString(
            "Petition[" + petition.id() + " " + kind + " " + state + ", received " + petition.received() + ", "
                + petition.history().size() + (petition.history().size() == 1 ? " event]" : " events]"));
    if (!state.isOpen()) {
      Set<PetitionCommand> left = EnumSet.copyOf(LEFT_IN_A_CLOSED_STATE);
      if (state == PetitionState.FINAL) {
        left.add(PetitionCommand.CLOSE);
      }
      assertThat(left).as("%s allows %s", state, allowed).containsAll(allowed);
    }
    assertThat(allowed.contains(PetitionCommand.ACCESS_IDENTITY))
        .isEqualTo(petitioners.kind() != PetitionerKind.ANONYMOUS && !petitioners.isRedacted());

    assertThat(petition.extensions()).isBetween(0, 2);
    if (kind != PetitionKind.DENUNCIATION) {
      assertThat(petition.extensions()).isZero();
    }
    if (petition.procedure() == Procedure.PARTY_RULES) {
      assertThat(petition.extensions()).isLessThanOrEqualTo(1);
    }
    if (petition.round() == ComplaintRound.SECOND
        || state == PetitionState.SECOND_COMPLAINT
        || state == PetitionState.FINAL) {
      assertThat(kind).isEqualTo(PetitionKind.COMPLAINT);
    }
    if (state == PetitionState.SUSPENDED) {
      assertThat(kind == PetitionKind.DENUNCIATION || !petition.lastEventDay().isBefore(LocalDate.of(2026, 7, 1)))
          .isTrue();
    }
    for (PetitionStage stage : PetitionStage.values()) {
      if (petition.extensions(stage) > 0) {
        assertThat(stage)
            .isIn(PetitionStage.PROCESSING, PetitionStage.ACCEPTANCE, PetitionStage.RESOLUTION,
                PetitionStage.PARTY_RESOLUTION);
      }
    }
    if (state == PetitionState.REFUSED || state == PetitionState.WITHDRAWN) {
      assertThat(kind).isIn(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION);
    }

    ImmutableList<PetitionEvent> history = petition.history();
    assertThat(history.get(0).command()).isEqualTo(PetitionCommand.RECEIVE);
    assertThat(history.get(0).on()).isEqualTo(petition.received());
    assertThat(history.subList(1, history.size()))
        .noneMatch(e -> e.command() == PetitionCommand.RECEIVE);
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).on()).isAfterOrEqualTo(history.get(i - 1).on());
    }
    assertThat(petition.lastEventDay()).isEqualTo(history.get(history.size() - 1).on());

    Derived derived = Derived.of(history);
    assertThat(state).as("the state derived from %s", history).isEqualTo(derived.state);
    assertThat(petition.round()).isEqualTo(derived.round);
    assertThat(petition.complexity()).isEqualTo(derived.complexity);
    assertThat(petition.extensions()).isEqualTo(derived.extensions);
    assertThat(petition.classification()).isEqualTo(derived.classification);

    sameAsReplayed(petition);
  }

  private static void sameAsReplayed(Petition petition) {
    Petition replayed = Petition.replay(petition.intake(), petition.history());
    assertThat(replayed).isEqualTo(petition).hasSameHashCodeAs(petition).hasToString(petition.toString());
    assertThat(replayed.state()).isEqualTo(petition.state());
    assertThat(replayed.round()).isEqualTo(petition.round());
    assertThat(replayed.complexity()).isEqualTo(petition.complexity());
    assertThat(replayed.classification()).isEqualTo(petition.classification());
    assertThat(replayed.extensions()).isEqualTo(petition.extensions());
    assertThat(replayed.allowedCommands()).isEqualTo(petition.allowedCommands());
  }

  /** What a command does to a petition. */
  enum Outcome {
    ACCEPTED,
    NOT_ALLOWED,
    BAD_DATA
  }

  /**
   * The workflow as an oracle: its table of states written a second time from its description, and the rules of law
   * read from the petition's rule book (not written a second time), each requirement evaluated here on the
   * petition's own facts. It says which commands a petition allows on a day, which data fits it, and so what a
   * command will do.
   */
  static final class Rules {
    static final Set<PetitionState> CLOSED =
        EnumSet.of(
            PetitionState.FINAL, PetitionState.CLOSED, PetitionState.REFUSED, PetitionState.FORWARDED,
            PetitionState.GUIDED, PetitionState.FILED, PetitionState.WITHDRAWN);
    static final Set<PetitionState> DECIDING = EnumSet.of(PetitionState.RECEIVED, PetitionState.CLASSIFIED);
    static final Set<PetitionState> BEING_RESOLVED = EnumSet.of(PetitionState.ACCEPTED, PetitionState.VERIFYING);
    static final Set<PetitionStage> NOTICES =
        EnumSet.of(
            PetitionStage.ACCEPTANCE_NOTICE, PetitionStage.RECEIPT_NOTICE, PetitionStage.PARTY_RECEIPT_NOTICE,
            PetitionStage.RESULT_RELAY, PetitionStage.DECISION_DISPATCH);
    /** The steps that exist only where a rule of law in force provides them. */
    static final Set<PetitionCommand> PROVIDED =
        EnumSet.of(
            PetitionCommand.REFUSE, PetitionCommand.SUSPEND, PetitionCommand.WITHDRAW,
            PetitionCommand.LODGE_SECOND_COMPLAINT, PetitionCommand.RECORD_FINALITY);

    static boolean stateAllows(Petition p, PetitionCommand command) {
      PetitionState state = p.state();
      return switch (command) {
        case RECEIVE -> false;
        case NOTIFY, ACCESS_IDENTITY -> true;
        case CLASSIFY -> DECIDING.contains(state);
        case ACCEPT, REFUSE -> state == PetitionState.CLASSIFIED || state == PetitionState.SECOND_COMPLAINT;
        case FORWARD, GUIDE, FILE -> state == PetitionState.CLASSIFIED;
        case START_VERIFICATION -> state == PetitionState.ACCEPTED;
        case ASSESS_COMPLEXITY, RESOLVE, SUSPEND -> BEING_RESOLVED.contains(state);
        case EXTEND -> BEING_RESOLVED.contains(state) || DECIDING.contains(state);
        case RESUME -> state == PetitionState.SUSPENDED;
        case LODGE_SECOND_COMPLAINT, RECORD_FINALITY, RECORD_DECISION_RECEIPT -> state == PetitionState.RESOLVED;
        case RECORD_RESULT -> state == PetitionState.FORWARDED;
        case CLOSE -> state == PetitionState.RESOLVED || state == PetitionState.FINAL;
        case WITHDRAW -> !CLOSED.contains(state) && state != PetitionState.RESOLVED;
      };
    }

    static Set<PetitionCommand> allowed(Petition p) {
      return allowed(p, p.lastEventDay());
    }

    static Set<PetitionCommand> allowed(Petition p, LocalDate day) {
      Set<PetitionCommand> allowed = EnumSet.noneOf(PetitionCommand.class);
      for (PetitionCommand command : PetitionCommand.values()) {
        if (stateAllows(p, command) && ruleAllows(p, command, Optional.empty(), day)) {
          allowed.add(command);
        }
      }
      return allowed;
    }

    static Procedure procedure(Petition p, PetitionCommand command) {
      return command == PetitionCommand.REFUSE && p.round() == ComplaintRound.SECOND
          ? Procedure.STATE_LAW
          : p.procedure();
    }

    /** The workflow rules of the petition's book that govern the command on the day. */
    static List<WorkflowRule> rulesOf(Petition p, PetitionCommand command, LocalDate day) {
      return p.ruleBook().workflowRules().stream()
          .filter(r -> r.command() == command)
          .filter(r -> r.kinds().contains(p.kind()) && r.procedures().contains(procedure(p, command)))
          .filter(r -> r.isInForceFor(p.ruleDays(day)))
          .collect(Collectors.toList());
    }

    /** Whether the petition meets a requirement, judged on its own facts. */
    static boolean meets(Petition p, Requirement requirement) {
      Optional<Classification> c = p.classification();
      boolean accepting = p.state() == PetitionState.CLASSIFIED;
      return switch (requirement) {
        case PROVIDED_BY_LAW -> true;
        case ELIGIBLE -> !accepting || c.orElseThrow().defects().isEmpty();
        case WITHIN_COMPETENCE -> !accepting || c.orElseThrow().competent();
        case OUTSIDE_COMPETENCE -> c.map(x -> !x.competent()).orElse(true);
        case NOT_FORWARDED_BEFORE ->
            c.map(x -> !x.defects().contains(ProcessingDefect.ALREADY_FORWARDED)).orElse(true);
        case NOT_GUIDED_BEFORE -> c.map(x -> !x.defects().contains(ProcessingDefect.ALREADY_GUIDED)).orElse(true);
        case FINAL_BEFORE_CLOSING -> p.state() == PetitionState.FINAL;
        case FIRST_ROUND -> p.round() == ComplaintRound.FIRST;
        case COMPLEXITY_IN_WRITING -> true; // a condition on the assessment's data: see fits
      };
    }

    /** The rule that refuses the command, if a rule of the book does; the oracle's own reading. */
    static Optional<PetitionRule> refusingRule(Petition p, PetitionCommand command, Optional<PetitionStage> stage,
        LocalDate day) {
      for (WorkflowRule rule : rulesOf(p, command, day)) {
        if (!meets(p, rule.requirement())) {
          return Optional.of(rule);
        }
      }
      if (command == PetitionCommand.EXTEND) {
        PetitionStage extended = stage.orElseGet(() -> runningStage(p));
        Optional<PetitionTimeLimit> limit = limit(p, extended, p.complexity(), day);
        if (limit.isPresent() && p.extensions(extended) >= limit.get().maxExtensions()) {
          return Optional.of(limit.get());
        }
      }
      return Optional.empty();
    }

    static boolean ruleAllows(Petition p, PetitionCommand command, Optional<PetitionStage> stage, LocalDate day) {
      List<WorkflowRule> rules = rulesOf(p, command, day);
      if (PROVIDED.contains(command) && rules.stream().noneMatch(r -> r.requirement() == Requirement.PROVIDED_BY_LAW)) {
        return false;
      }
      if (rules.stream().anyMatch(r -> !meets(p, r.requirement()))) {
        return false;
      }
      if (command == PetitionCommand.EXTEND) {
        PetitionStage extended = stage.orElseGet(() -> runningStage(p));
        Optional<PetitionTimeLimit> limit = limit(p, extended, p.complexity(), day);
        return limit.isPresent() && p.extensions(extended) < limit.get().maxExtensions();
      }
      if (command == PetitionCommand.ACCESS_IDENTITY) {
        return p.intake().petitioners().kind() != PetitionerKind.ANONYMOUS && !p.intake().petitioners().isRedacted();
      }
      if (command == PetitionCommand.RECORD_DECISION_RECEIPT) {
        return p.kind() == PetitionKind.COMPLAINT
            && p.round() == ComplaintRound.FIRST
            && !inThisRound(p, PetitionCommand.RECORD_DECISION_RECEIPT);
      }
      return true;
    }

    static PetitionStage resolutionStage(Petition p) {
      return p.procedure() == Procedure.PARTY_RULES ? PetitionStage.PARTY_RESOLUTION : PetitionStage.RESOLUTION;
    }

    /** The stage running now: the processing (or, under the law of 2011, the acceptance), then the resolution. */
    static PetitionStage runningStage(Petition p) {
      if (DECIDING.contains(p.state())) {
        for (PetitionStage stage : List.of(PetitionStage.PROCESSING, PetitionStage.ACCEPTANCE)) {
          if (limit(p, stage, p.complexity(), p.lastEventDay()).isPresent()) {
            return stage;
          }
        }
        return PetitionStage.PROCESSING;
      }
      return resolutionStage(p);
    }

    static boolean isRunning(Petition p, PetitionStage stage) {
      return switch (stage) {
        case PROCESSING, ACCEPTANCE ->
            DECIDING.contains(p.state()) && p.round() == ComplaintRound.FIRST && stage == runningStage(p);
        case RESOLUTION, PARTY_RESOLUTION -> BEING_RESOLVED.contains(p.state()) && stage == resolutionStage(p);
        default -> false;
      };
    }

    static Optional<PetitionTimeLimit> limit(Petition p, PetitionStage stage, Complexity complexity, LocalDate day) {
      if (!stage.appliesTo(p.kind())) {
        return Optional.empty();
      }
      Circumstances circumstances =
          Circumstances.ordinary().withArea(p.intake().area()).withRound(p.round()).withComplexity(complexity);
      Circumstances at = p.intake().level().map(circumstances::atLevel).orElse(circumstances);
      return p.ruleBook().limitFor(stage, p.kind(), at, p.ruleDays(day));
    }

    /** The day of the command's last event in the history. */
    static LocalDate lastDay(Petition p, PetitionCommand command) {
      return p.history().reverse().stream()
          .filter(e -> e.command() == command)
          .findFirst()
          .orElseThrow()
          .on();
    }

    /** Whether the command is in the history since the current round began. */
    static boolean inThisRound(Petition p, PetitionCommand command) {
      for (PetitionEvent e : p.history().reverse()) {
        if (e.command() == command) {
          return true;
        }
        if (e.command() == PetitionCommand.LODGE_SECOND_COMPLAINT) {
          return false;
        }
      }
      return false;
    }

    /**
     * What the attempt will do: the event's own checks and the day first, then the state, then the data, then the
     * rules.
     */
    static Outcome outcome(Petition p, Attempt a) {
      Set<Field> fields = a.fields();
      Set<Field> needed = EnumSet.noneOf(Field.class);
      needed.addAll(Attempt.natural(a.command));
      needed.remove(Field.CRITERIA);
      Set<Field> carried = EnumSet.noneOf(Field.class);
      carried.addAll(fields);
      carried.remove(Field.CRITERIA);
      if (a.command == PetitionCommand.ASSESS_COMPLEXITY) {
        carried.remove(Field.WRITTEN_RECORD); // optional there
      }
      boolean built =
          carried.equals(needed)
              && (!fields.contains(Field.CRITERIA) || a.command == PetitionCommand.ASSESS_COMPLEXITY)
              && (!fields.contains(Field.REASON) || !a.reason.isBlank())
              && (!fields.contains(Field.WRITTEN_RECORD) || !a.reason.isBlank())
              && (!fields.contains(Field.DELIVERED_ON) || a.payload.deliveredBack() >= 0)
              && (!fields.contains(Field.EXTENSION_DAYS) || a.payload.extensionDays() >= 1);
      LocalDate day = a.day(p);
      if (!built || day.isBefore(p.lastEventDay())) {
        return Outcome.BAD_DATA;
      }
      if (!stateAllows(p, a.command)) {
        return Outcome.NOT_ALLOWED;
      }
      if (!fits(p, a)) {
        return Outcome.BAD_DATA;
      }
      return ruleAllows(p, a.command, Optional.ofNullable(a.payload.extendedStage()), day)
          ? Outcome.ACCEPTED
          : Outcome.NOT_ALLOWED;
    }

    private static boolean fits(Petition p, Attempt a) {
      PetitionKind kind = p.kind();
      Payload data = a.payload;
      LocalDate day = a.day(p);
      return switch (a.command) {
        case REFUSE ->
            data.refusalReason().kinds().contains(kind)
                && data.refusalReason().basisOn(day).isPresent()
                && data.refusalReason().procedure() == procedure(p, PetitionCommand.REFUSE);
        case EXTEND -> {
          PetitionStage stage = data.extendedStage();
          if (!isRunning(p, stage)) {
            yield false;
          }
          Optional<PetitionTimeLimit> limit = limit(p, stage, p.complexity(), day);
          yield limit.isEmpty()
              || p.extensions(stage) >= limit.get().maxExtensions()
              || data.extensionDays() <= limit.get().maxExtensionDays();
        }
        case RESOLVE ->
            switch (kind) {
              case COMPLAINT, DENUNCIATION -> data.finding() != Finding.ANSWERED;
              case RECOMMENDATION, FEEDBACK -> data.finding() == Finding.ANSWERED;
              case MIXED -> true;
            };
        case WITHDRAW -> kind == PetitionKind.DENUNCIATION || data.withdrawal().continuation().isEmpty();
        case NOTIFY ->
            NOTICES.contains(data.notice())
                && data.notice().appliesTo(kind)
                && (data.notice() != PetitionStage.ACCEPTANCE_NOTICE || inThisRound(p, PetitionCommand.ACCEPT))
                && (data.notice() != PetitionStage.DECISION_DISPATCH || inThisRound(p, PetitionCommand.RESOLVE));
        case ASSESS_COMPLEXITY -> {
          Set<Field> fields = a.fields();
          boolean inWriting =
              !fields.contains(Field.CRITERIA)
                  || fields.contains(Field.WRITTEN_RECORD)
                  || rulesOf(p, PetitionCommand.ASSESS_COMPLEXITY, day).stream()
                      .noneMatch(r -> r.requirement() == Requirement.COMPLEXITY_IN_WRITING);
          PetitionStage stage = resolutionStage(p);
          int granted = p.extensions(stage);
          yield inWriting
              && (granted == 0
                  || granted
                      <= limit(p, stage, Complexity.of(data.criteria()), day)
                          .map(PetitionTimeLimit::maxExtensions)
                          .orElse(0));
        }
        case RECORD_DECISION_RECEIPT -> !day.minusDays(data.deliveredBack()).isBefore(lastDay(p, PetitionCommand.RESOLVE));
        default -> true;
      };
    }
  }

  /** A second derivation of what a history means, written from the workflow's description, as an oracle. */
  private static final class Derived {
    PetitionState state = PetitionState.RECEIVED;
    ComplaintRound round = ComplaintRound.FIRST;
    Complexity complexity = Complexity.NORMAL;
    int extensions;
    Optional<Classification> classification = Optional.empty();

    static Derived of(ImmutableList<PetitionEvent> history) {
      Derived d = new Derived();
      for (PetitionEvent e : history) {
        switch (e.command()) {
          case CLASSIFY -> {
            d.state = PetitionState.CLASSIFIED;
            d.classification = e.classification();
          }
          case ACCEPT -> d.state = PetitionState.ACCEPTED;
          case REFUSE -> d.state = PetitionState.REFUSED;
          case FORWARD -> d.state = PetitionState.FORWARDED;
          case GUIDE -> d.state = PetitionState.GUIDED;
          case FILE -> d.state = PetitionState.FILED;
          case START_VERIFICATION, RESUME -> d.state = PetitionState.VERIFYING;
          case SUSPEND -> d.state = PetitionState.SUSPENDED;
          case RESOLVE -> d.state = PetitionState.RESOLVED;
          case RECORD_FINALITY -> d.state = PetitionState.FINAL;
          case CLOSE -> d.state = PetitionState.CLOSED;
          case ASSESS_COMPLEXITY -> d.complexity = Complexity.of(e.criteria());
          case EXTEND -> {
            PetitionStage stage = e.extendedStage().orElseThrow();
            if (stage == PetitionStage.RESOLUTION || stage == PetitionStage.PARTY_RESOLUTION) {
              d.extensions++;
            }
          }
          case LODGE_SECOND_COMPLAINT -> {
            d.state = PetitionState.SECOND_COMPLAINT;
            d.round = ComplaintRound.SECOND;
            d.complexity = Complexity.NORMAL;
            d.extensions = 0;
          }
          case WITHDRAW -> {
            Withdrawal w = e.withdrawal().orElseThrow();
            if (!w.isPartial() && w.continuation().isEmpty()) {
              d.state = PetitionState.WITHDRAWN;
            }
          }
          default -> {
            // RECEIVE, NOTIFY and ACCESS_IDENTITY leave everything as it is
          }
        }
      }
      return d;
    }
  }

  // ---- the actions -------------------------------------------------------------------------------------------

  /** A command the petition allows, with data that fits it: it must succeed. */
  static final class ValidCommand implements Action.Dependent<Petition> {
    @Override
    public Arbitrary<Transformer<Petition>> transformer(Petition petition) {
      // The day decides between the command's method and apply, so that one arbitrary per state suffices.
      return PetitionArbitraries.nextEvents(petition)
          .map(
              event -> {
                Attempt attempt = Attempt.of(event, event.on().getDayOfMonth() % 2 == 0);
                return Transformer.transform("valid " + attempt, p -> attempt(p, attempt, true));
              });
    }
  }

  /** Any command with any data, on a day up to 5 days before the last event or 20 after it. */
  static final class AnyCommand implements Action.Independent<Petition> {
    private static final Arbitrary<Transformer<Petition>> ATTEMPTS = attempts();

    @Override
    public Arbitrary<Transformer<Petition>> transformer() {
      return ATTEMPTS;
    }

    private static Arbitrary<Transformer<Petition>> attempts() {
      Arbitrary<Payload> payloads =
          Combinators.combine(
                  Arbitraries.of(
                      PetitionFixtures.eligibleWithin(),
                      PetitionFixtures.eligibleOutside(Recipient.INSPECTION_COMMITTEE, Procedure.PARTY_RULES),
                      PetitionFixtures.eligibleOutside(Recipient.RECEPTION_BOARD, Procedure.STATE_LAW),
                      PetitionFixtures.withDefects(ProcessingDefect.ALREADY_GUIDED),
                      PetitionFixtures.withDefects(ProcessingDefect.ALREADY_FORWARDED, ProcessingDefect.UNSIGNED)),
                  Arbitraries.of(RefusalReason.class),
                  PetitionArbitraries.competentBodies(),
                  Arbitraries.integers().between(-1, 45),
                  Arbitraries.of(
                      Set.<ComplexityCriterion>of(),
                      Set.of(ComplexityCriterion.FOREIGN_ELEMENT),
                      Set.of(ComplexityCriterion.MANY_PEOPLE, ComplexityCriterion.SEVERAL_CONTENTS)),
                  Arbitraries.of(Finding.class),
                  Arbitraries.of(
                      Withdrawal.whole(),
                      Withdrawal.partial(),
                      Withdrawal.whole().continuedBecause(ContinuationGround.COERCED)),
                  Combinators.combine(
                          Arbitraries.of(PetitionStage.class),
                          Arbitraries.of(
                              PetitionStage.RESOLUTION, PetitionStage.PARTY_RESOLUTION, PetitionStage.PROCESSING,
                              PetitionStage.ACCEPTANCE, PetitionStage.FORWARDING),
                          Arbitraries.integers().between(-1, 25))
                      .as(net.jqwik.api.Tuple::of))
              .as(
                  (classification, reason, destination, days, criteria, finding, withdrawal, stages) ->
                      new Payload(
                          classification, reason, destination, days, criteria, finding, withdrawal, stages.get1(),
                          stages.get2(), stages.get3()));
      Arbitrary<Attempt> attempts =
          Combinators.combine(
                  Arbitraries.of(PetitionCommand.class),
                  Arbitraries.frequency(
                      net.jqwik.api.Tuple.of(1, -5), net.jqwik.api.Tuple.of(1, -1), net.jqwik.api.Tuple.of(3, 0),
                      net.jqwik.api.Tuple.of(5, 3), net.jqwik.api.Tuple.of(2, 20)),
                  PetitionArbitraries.officers(),
                  payloads,
                  Arbitraries.of("chờ kết quả giám định", "", "  "),
                  Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)),
                  Arbitraries.of(Field.class).optional(0.1),
                  Arbitraries.of(true, false))
              .as(Attempt::new);
      return attempts.map(a -> Transformer.transform(a.toString(), p -> attempt(p, a, false)));
    }
  }

  /** The redacted copy, which is a petition too: it takes commands, and its history replays. */
  static final class Redaction implements Action.Independent<Petition> {
    @Override
    public Arbitrary<Transformer<Petition>> transformer() {
      return Arbitraries.just(
          Transformer.transform(
              "redact",
              p -> {
                Petition copy = p.redacted();
                assertThat(copy.history()).isEqualTo(p.history());
                assertThat(copy.state()).isEqualTo(p.state());
                assertThat(copy.intake().petitioners().isRedacted()).isTrue();
                assertThat(copy.redacted()).isSameAs(copy);
                return copy;
              }));
    }
  }

  /** The data an event may carry. */
  enum Field {
    CLASSIFICATION,
    REFUSAL_REASON,
    DESTINATION,
    EXTENSION_DAYS,
    EXTENDED_STAGE,
    CRITERIA,
    FINDING,
    WITHDRAWAL,
    NOTICE,
    REASON,
    DELIVERED_ON,
    WRITTEN_RECORD
  }

  /** One value of every datum, some of which do not fit any petition. */
  record Payload(
      Classification classification,
      RefusalReason refusalReason,
      UnitId destination,
      int extensionDays,
      Set<ComplexityCriterion> criteria,
      Finding finding,
      Withdrawal withdrawal,
      PetitionStage notice,
      PetitionStage extendedStage,
      int deliveredBack) {}

  /**
   * A command to try: the command, the days after the last event (negative: before it), the officer, the data, and
   * whether to call the command's own method or {@link Petition#apply}.
   */
  static final class Attempt {
    final PetitionCommand command;
    final int days;
    final PersonId by;
    final Payload payload;
    final String reason;
    final boolean withData;
    final Optional<Field> extra;
    final boolean typed;
    final Optional<PetitionEvent> given;

    Attempt(
        PetitionCommand command,
        int days,
        PersonId by,
        Payload payload,
        String reason,
        boolean withData,
        Optional<Field> extra,
        boolean typed) {
      this.command = command;
      this.days = days;
      this.by = by;
      this.payload = payload;
      this.reason = reason;
      this.withData = withData;
      this.extra = extra;
      this.typed = typed && withData && extra.isEmpty() && command != PetitionCommand.RECEIVE;
      this.given = Optional.empty();
    }

    private Attempt(PetitionEvent event, boolean typed) {
      this.command = event.command();
      this.days = 0;
      this.by = event.by();
      this.payload =
          new Payload(
              event.classification().orElse(null),
              event.refusalReason().orElse(null),
              event.destination().orElse(null),
              event.extensionDays().orElse(0),
              event.criteria(),
              event.finding().orElse(null),
              event.withdrawal().orElse(null),
              event.notice().orElse(null),
              event.extendedStage().orElse(null),
              event.deliveredOn().map(d -> (int) (event.on().toEpochDay() - d.toEpochDay())).orElse(0));
      this.reason = event.reason().or(event::writtenRecord).orElse("");
      this.withData = true;
      this.extra = Optional.empty();
      this.typed = typed;
      this.given = Optional.of(event);
    }

    static Attempt of(PetitionEvent event, boolean typed) {
      return new Attempt(event, typed);
    }

    /** The data the event carries, an empty set of criteria being none. */
    Set<Field> fields() {
      Set<Field> fields = EnumSet.noneOf(Field.class);
      if (given.isPresent()) {
        PetitionEvent e = given.get();
        e.classification().ifPresent(x -> fields.add(Field.CLASSIFICATION));
        e.refusalReason().ifPresent(x -> fields.add(Field.REFUSAL_REASON));
        e.destination().ifPresent(x -> fields.add(Field.DESTINATION));
        e.extensionDays().ifPresent(x -> fields.add(Field.EXTENSION_DAYS));
        e.extendedStage().ifPresent(x -> fields.add(Field.EXTENDED_STAGE));
        e.finding().ifPresent(x -> fields.add(Field.FINDING));
        e.withdrawal().ifPresent(x -> fields.add(Field.WITHDRAWAL));
        e.notice().ifPresent(x -> fields.add(Field.NOTICE));
        e.reason().ifPresent(x -> fields.add(Field.REASON));
        e.deliveredOn().ifPresent(x -> fields.add(Field.DELIVERED_ON));
        e.writtenRecord().ifPresent(x -> fields.add(Field.WRITTEN_RECORD));
        if (!e.criteria().isEmpty()) {
          fields.add(Field.CRITERIA);
        }
        return fields;
      }
      if (withData) {
        fields.addAll(natural(command));
      }
      extra.ifPresent(fields::add);
      if (payload.criteria().isEmpty()) {
        fields.remove(Field.CRITERIA);
      }
      return fields;
    }

    LocalDate day(Petition petition) {
      return given.map(PetitionEvent::on).orElseGet(() -> petition.lastEventDay().plusDays(days));
    }

    /** The event to apply, when the attempt goes through {@link Petition#apply}; its builder may refuse the data. */
    Optional<PetitionEvent> event(Petition petition) {
      if (typed) {
        return Optional.empty();
      }
      if (given.isPresent()) {
        return given;
      }
      PetitionEvent.Builder event = PetitionEvent.builder().command(command).on(day(petition)).by(by);
      if (withData) {
        natural(command).forEach(field -> set(event, field, petition));
      }
      extra.ifPresent(field -> set(event, field, petition));
      return Optional.of(event.build());
    }

    private void set(PetitionEvent.Builder event, Field field, Petition petition) {
      switch (field) {
        case CLASSIFICATION -> event.classification(payload.classification());
        case REFUSAL_REASON -> event.refusalReason(payload.refusalReason());
        case DESTINATION -> event.destination(payload.destination());
        case EXTENSION_DAYS -> event.extensionDays(payload.extensionDays());
        case EXTENDED_STAGE -> event.extendedStage(payload.extendedStage());
        case CRITERIA -> event.criteria(payload.criteria());
        case FINDING -> event.finding(payload.finding());
        case WITHDRAWAL -> event.withdrawal(payload.withdrawal());
        case NOTICE -> event.notice(payload.notice());
        case REASON -> event.reason(reason);
        case DELIVERED_ON -> event.deliveredOn(day(petition).minusDays(payload.deliveredBack()));
        case WRITTEN_RECORD -> event.writtenRecord(reason);
      }
    }

    static Set<Field> natural(PetitionCommand command) {
      return switch (command) {
        case CLASSIFY -> EnumSet.of(Field.CLASSIFICATION);
        case REFUSE -> EnumSet.of(Field.REFUSAL_REASON);
        case FORWARD, GUIDE -> EnumSet.of(Field.DESTINATION);
        case EXTEND -> EnumSet.of(Field.EXTENSION_DAYS, Field.EXTENDED_STAGE);
        case ASSESS_COMPLEXITY -> EnumSet.of(Field.CRITERIA);
        case RESOLVE -> EnumSet.of(Field.FINDING);
        case WITHDRAW -> EnumSet.of(Field.WITHDRAWAL);
        case NOTIFY -> EnumSet.of(Field.NOTICE);
        case SUSPEND, ACCESS_IDENTITY -> EnumSet.of(Field.REASON);
        case RECORD_DECISION_RECEIPT -> EnumSet.of(Field.DELIVERED_ON);
        default -> EnumSet.noneOf(Field.class);
      };
    }

    Petition applyTo(Petition p) {
      LocalDate on = day(p);
      if (!typed) {
        return p.apply(event(p).orElseThrow());
      }
      return switch (command) {
        case CLASSIFY -> p.classify(payload.classification(), on, by);
        case ACCEPT -> p.accept(on, by);
        case REFUSE -> p.refuse(payload.refusalReason(), on, by);
        case FORWARD -> p.forward(payload.destination(), on, by);
        case GUIDE -> p.guide(payload.destination(), on, by);
        case FILE -> p.file(on, by);
        case START_VERIFICATION -> p.startVerification(on, by);
        case ASSESS_COMPLEXITY ->
            given.flatMap(PetitionEvent::writtenRecord).isPresent()
                ? p.assessComplexity(payload.criteria(), reason, on, by)
                : p.assessComplexity(payload.criteria(), on, by);
        case RECORD_DECISION_RECEIPT -> p.recordDecisionReceipt(on.minusDays(payload.deliveredBack()), on, by);
        case RECORD_RESULT -> p.recordResult(on, by);
        case EXTEND -> p.extend(payload.extendedStage(), payload.extensionDays(), on, by);
        case SUSPEND -> p.suspend(reason, on, by);
        case RESUME -> p.resume(on, by);
        case RESOLVE -> p.resolve(payload.finding(), on, by);
        case LODGE_SECOND_COMPLAINT -> p.lodgeSecondComplaint(on, by);
        case RECORD_FINALITY -> p.recordFinality(on, by);
        case CLOSE -> p.close(on, by);
        case WITHDRAW -> p.withdraw(payload.withdrawal(), on, by);
        case NOTIFY -> p.notify(payload.notice(), on, by);
        case ACCESS_IDENTITY -> p.revealIdentity(reason, on, by).petition();
        case RECEIVE -> throw new AssertionError("RECEIVE has no method of a petition");
      };
    }

    @Override
    public String toString() {
      String data =
          given.map(PetitionEvent::toString)
              .orElseGet(
                  () ->
                      command
                          + " +" + days + "d"
                          + (withData
                              ? natural(command).stream().map(f -> " " + value(f)).collect(Collectors.joining())
                              : " without data")
                          + extra.map(f -> " and " + f + " " + value(f)).orElse(""));
      return (typed ? "method " : "apply ") + data;
    }

    private Object value(Field field) {
      return switch (field) {
        case CLASSIFICATION -> payload.classification();
        case REFUSAL_REASON -> payload.refusalReason();
        case DESTINATION -> payload.destination();
        case EXTENSION_DAYS -> payload.extensionDays();
        case EXTENDED_STAGE -> payload.extendedStage();
        case CRITERIA -> payload.criteria();
        case FINDING -> payload.finding();
        case WITHDRAWAL -> payload.withdrawal();
        case NOTICE -> payload.notice();
        case REASON, WRITTEN_RECORD -> "'" + reason + "'";
        case DELIVERED_ON -> "received " + payload.deliveredBack() + " days before";
      };
    }
  }
}
