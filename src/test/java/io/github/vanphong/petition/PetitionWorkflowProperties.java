package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.PetitionArbitraries;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
      EnumSet.of(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY);

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
  }

  @Property(tries = 200)
  void theDeadlinesOfAnyPetitionAreWorkedOutOnAnyDayOfItsHistory(@ForAll Petition petition) {
    for (PetitionEvent event : petition.history()) {
      for (PetitionDeadline deadline : petition.deadlines(STANDARD, VIETNAM, event.on())) {
        assertThat(deadline.stage().appliesTo(petition.kind())).isTrue();
        assertThat(deadline.deadline().dueDate()).isAfter(deadline.deadline().eventDay());
        assertThat(deadline.asOf()).isEqualTo(event.on());
      }
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
    assertThat(copy.allowedCommands()).doesNotContain(PetitionCommand.ACCESS_IDENTITY);
    assertThatThrownBy(() -> copy.revealIdentity("lần nữa", LocalDate.of(2016, 3, 8), PetitionFixtures.CHIEF))
        .isInstanceOf(PetitionWorkflowException.class)
        .hasMessageContaining("there is no identity to reveal");
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
    assertThat(dispatched.deadlines(STANDARD, VIETNAM, received.plusDays(30)))
        .filteredOn(d -> d.stage() == PetitionStage.DECISION_DISPATCH)
        .singleElement()
        .satisfies(d -> assertThat(d.completedOn()).contains(received.plusDays(21)));
  }

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
    try {
      Petition after = attempt.applyTo(before);
      assertThat(allowed).as("a command that succeeded was allowed").contains(attempt.command);
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
      assertThat(allowed).as("a refused command was not allowed").doesNotContain(attempt.command);
      assertThat(e.command()).isEqualTo(attempt.command);
      assertThat(e.state()).isEqualTo(state);
      assertThat(e.allowed()).isEqualTo(allowed);
      assertThat(e.petition()).isEqualTo(before.id());
      assertThat(e.getMessage())
          .contains("petition " + before.id() + " is " + state + " (" + state.vietnameseName() + ")")
          .contains(attempt.command + " is not allowed there; allowed: ")
          .contains(allowed.isEmpty() ? ImmutableSet.of("none") : names(allowed));
      unchanged(before, copy, history, state, allowed);
      Statistics.label(OUTCOME).collect(NOT_ALLOWED);
      return before;
    } catch (IllegalArgumentException e) {
      if (valid) {
        fail("a valid " + attempt + " was refused: " + e.getMessage(), e);
      }
      assertThat(e.getMessage()).isNotBlank();
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

    assertThat(petition.isOpen()).isEqualTo(state.isOpen());
    assertThat(allowed).doesNotContain(PetitionCommand.RECEIVE).contains(PetitionCommand.NOTIFY);
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
      assertThat(kind == PetitionKind.DENUNCIATION || !petition.received().isBefore(LocalDate.of(2026, 7, 1)))
          .isTrue();
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
          case EXTEND -> d.extensions++;
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
                  Arbitraries.of(PetitionStage.class))
              .as(Payload::new);
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
    CRITERIA,
    FINDING,
    WITHDRAWAL,
    NOTICE,
    REASON
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
      PetitionStage notice) {}

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
              event.notice().orElse(null));
      this.reason = event.reason().orElse("");
      this.withData = true;
      this.extra = Optional.empty();
      this.typed = typed;
      this.given = Optional.of(event);
    }

    static Attempt of(PetitionEvent event, boolean typed) {
      return new Attempt(event, typed);
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
        natural(command).ifPresent(field -> set(event, field));
      }
      extra.ifPresent(field -> set(event, field));
      return Optional.of(event.build());
    }

    private void set(PetitionEvent.Builder event, Field field) {
      switch (field) {
        case CLASSIFICATION -> event.classification(payload.classification());
        case REFUSAL_REASON -> event.refusalReason(payload.refusalReason());
        case DESTINATION -> event.destination(payload.destination());
        case EXTENSION_DAYS -> event.extensionDays(payload.extensionDays());
        case CRITERIA -> event.criteria(payload.criteria());
        case FINDING -> event.finding(payload.finding());
        case WITHDRAWAL -> event.withdrawal(payload.withdrawal());
        case NOTICE -> event.notice(payload.notice());
        case REASON -> event.reason(reason);
      }
    }

    static Optional<Field> natural(PetitionCommand command) {
      return Optional.ofNullable(
          switch (command) {
            case CLASSIFY -> Field.CLASSIFICATION;
            case REFUSE -> Field.REFUSAL_REASON;
            case FORWARD, GUIDE -> Field.DESTINATION;
            case EXTEND -> Field.EXTENSION_DAYS;
            case ASSESS_COMPLEXITY -> Field.CRITERIA;
            case RESOLVE -> Field.FINDING;
            case WITHDRAW -> Field.WITHDRAWAL;
            case NOTIFY -> Field.NOTICE;
            case SUSPEND, ACCESS_IDENTITY -> Field.REASON;
            default -> null;
          });
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
        case ASSESS_COMPLEXITY -> p.assessComplexity(payload.criteria(), on, by);
        case EXTEND -> p.extend(payload.extensionDays(), on, by);
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
                          + (withData ? natural(command).map(f -> " " + value(f)).orElse("") : " without data")
                          + extra.map(f -> " and " + f + " " + value(f)).orElse(""));
      return (typed ? "method " : "apply ") + data;
    }

    private Object value(Field field) {
      return switch (field) {
        case CLASSIFICATION -> payload.classification();
        case REFUSAL_REASON -> payload.refusalReason();
        case DESTINATION -> payload.destination();
        case EXTENSION_DAYS -> payload.extensionDays();
        case CRITERIA -> payload.criteria();
        case FINDING -> payload.finding();
        case WITHDRAWAL -> payload.withdrawal();
        case NOTICE -> payload.notice();
        case REASON -> "'" + reason + "'";
      };
    }
  }
}
