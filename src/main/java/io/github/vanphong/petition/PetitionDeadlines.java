package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.Suspension;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Works out a petition's deadlines on a day from its history known that day and its rule book. See {@link
 * Petition#deadlines}. The extensions and suspensions recorded count as recorded: the workflow allowed them under the
 * same book, so the deadlines never refuse them.
 */
final class PetitionDeadlines {

  /** What happened in one round of a petition, as known on the day asked about. */
  private static final class Round {
    final ComplaintRound round;
    final LocalDate opened;
    @Nullable LocalDate decided;
    @Nullable LocalDate accepted;
    @Nullable LocalDate resolved;
    @Nullable LocalDate lodgedAgain;
    @Nullable LocalDate finalOn;
    @Nullable LocalDate stopped;
    @Nullable LocalDate suspendedFrom;
    Complexity complexity = Complexity.NORMAL;
    final Map<PetitionStage, List<Integer>> extensionDays = new EnumMap<>(PetitionStage.class);
    final List<LocalDate[]> suspensions = new ArrayList<>();
    final Map<PetitionStage, LocalDate> notices = new EnumMap<>(PetitionStage.class);

    Round(ComplaintRound round, LocalDate opened) {
      this.round = round;
      this.opened = opened;
    }

    List<Integer> extensionsOf(PetitionStage stage) {
      return extensionDays.getOrDefault(stage, List.of());
    }
  }

  private final Petition petition;
  private final PetitionRuleBook book;
  private final WorkingCalendar calendar;
  private final LocalDate day;
  private final Circumstances base;
  private Procedure procedure = Procedure.STATE_LAW;
  private final ImmutableList.Builder<PetitionDeadline> out = ImmutableList.builder();

  private PetitionDeadlines(Petition petition, WorkingCalendar calendar, LocalDate day) {
    this.petition = petition;
    this.book = petition.ruleBook();
    this.calendar = calendar;
    this.day = day;
    Intake intake = petition.intake();
    Circumstances circumstances = Circumstances.ordinary().withArea(intake.area());
    this.base = intake.level().map(circumstances::atLevel).orElse(circumstances);
  }

  static ImmutableList<PetitionDeadline> of(Petition petition, WorkingCalendar calendar, LocalDate day) {
    requireNonNull(calendar, "calendar");
    requireNonNull(day, "day");
    checkArgument(
        !day.isBefore(petition.received()),
        "petition %s was received on %s; its deadlines are not asked for on %s",
        petition.id(),
        petition.received(),
        day);
    return new PetitionDeadlines(petition, calendar, day).compute();
  }

  private ImmutableList<PetitionDeadline> compute() {
    List<Round> rounds = new ArrayList<>();
    Round current = new Round(ComplaintRound.FIRST, petition.received());
    rounds.add(current);
    boolean competent = true;
    @Nullable LocalDate forwarded = null;
    for (PetitionEvent event : petition.history()) {
      if (event.on().isAfter(day)) {
        break;
      }
      LocalDate on = event.on();
      switch (event.command()) {
        case CLASSIFY -> {
          Classification c = event.classification().orElseThrow();
          procedure = c.procedure();
          competent = c.competent();
        }
        case ACCEPT -> {
          current.accepted = on;
          current.decided = on;
        }
        case REFUSE, GUIDE, FILE -> current.decided = on;
        case FORWARD -> {
          current.decided = on;
          forwarded = on;
        }
        case ASSESS_COMPLEXITY -> current.complexity = Complexity.of(event.criteria());
        case EXTEND ->
            current
                .extensionDays
                .computeIfAbsent(event.extendedStage().orElseThrow(), s -> new ArrayList<>())
                .add(event.extensionDays().orElseThrow());
        case SUSPEND -> current.suspendedFrom = on;
        case RESUME -> {
          current.suspensions.add(new LocalDate[] {requireNonNull(current.suspendedFrom), on.minusDays(1)});
          current.suspendedFrom = null;
        }
        case RESOLVE -> current.resolved = on;
        case LODGE_SECOND_COMPLAINT -> {
          current.lodgedAgain = on;
          current = new Round(ComplaintRound.SECOND, on);
          rounds.add(current);
        }
        case RECORD_FINALITY -> current.finalOn = on;
        case WITHDRAW -> {
          if (event.withdrawal().orElseThrow().stops()) {
            current.stopped = on;
          }
        }
        case NOTIFY -> current.notices.putIfAbsent(event.notice().orElseThrow(), on);
        default -> {
          // RECEIVE, START_VERIFICATION, CLOSE and ACCESS_IDENTITY start or end no time limit
        }
      }
    }
    if (current.suspendedFrom != null) {
      current.suspensions.add(new LocalDate[] {current.suspendedFrom, day});
    }
    Round first = rounds.get(0);
    LocalDate received = petition.received();
    add(PetitionStage.PROCESSING, first, received, List.of(), first.decided, first.stopped, true);
    if (!competent || forwarded != null) {
      add(PetitionStage.FORWARDING, first, received, List.of(), forwarded, end(first.decided, first.stopped), true);
    }
    if (petition.intake().channel() == Channel.IN_PERSON) {
      add(PetitionStage.RECEIPT_NOTICE, first, received, List.of(),
          first.notices.get(PetitionStage.RECEIPT_NOTICE), null, true);
    }
    for (Round round : rounds) {
      addRound(round);
    }
    return out.build();
  }

  private void addRound(Round round) {
    add(PetitionStage.ACCEPTANCE, round, round.opened, List.of(), round.decided, round.stopped, true);
    LocalDate accepted = round.accepted;
    if (accepted == null) {
      return;
    }
    add(PetitionStage.ACCEPTANCE_NOTICE, round, accepted, List.of(),
        round.notices.get(PetitionStage.ACCEPTANCE_NOTICE), round.stopped, true);
    if (procedure == Procedure.PARTY_RULES) {
      add(PetitionStage.PARTY_RESOLUTION, round, petition.received(), round.suspensions, round.resolved,
          round.stopped, true);
    } else {
      add(PetitionStage.RESOLUTION, round, accepted, round.suspensions, round.resolved, round.stopped, true);
    }
    LocalDate resolved = round.resolved;
    if (resolved == null) {
      return;
    }
    add(PetitionStage.DECISION_DISPATCH, round, resolved, List.of(),
        round.notices.get(PetitionStage.DECISION_DISPATCH), null, true);
    if (round.round == ComplaintRound.FIRST) {
      add(PetitionStage.SECOND_COMPLAINT_WINDOW, round, resolved, List.of(), round.lodgedAgain, null, false);
    }
    if (round.lodgedAgain == null) {
      add(PetitionStage.FINALITY, round, resolved, List.of(), round.finalOn, null, false);
    }
  }

  private static @Nullable LocalDate end(@Nullable LocalDate done, @Nullable LocalDate stopped) {
    return done != null ? done : stopped;
  }

  private RuleDays days(Round round, LocalDate eventDay) {
    RuleDays days = RuleDays.received(petition.received());
    if (round.accepted != null && !eventDay.isBefore(round.accepted)) {
      days = days.accepted(round.accepted);
    }
    return eventDay.isBefore(petition.received()) ? days : days.act(eventDay);
  }

  private void add(
      PetitionStage stage,
      Round round,
      LocalDate eventDay,
      List<LocalDate[]> suspensions,
      @Nullable LocalDate done,
      @Nullable LocalDate stopped,
      boolean duty) {
    PetitionKind kind = petition.kind();
    if (!stage.appliesTo(kind)) {
      return;
    }
    Circumstances circumstances = base.withRound(round.round).withComplexity(round.complexity);
    RuleDays days = days(round, eventDay);
    Optional<PetitionTimeLimit> found = book.limitFor(stage, kind, circumstances, days);
    if (found.isEmpty()) {
      return;
    }
    PetitionTimeLimit rule = found.get();
    Deadline deadline = rule.deadline(eventDay, calendar);
    for (int extension : round.extensionsOf(stage)) {
      deadline = deadline.extendedBy(Extension.of(extension, rule.basis()));
    }
    for (LocalDate[] period : suspensions) {
      LocalDate firstDay = period[0].isAfter(eventDay) ? period[0] : eventDay.plusDays(1);
      if (!period[1].isBefore(firstDay)) {
        deadline =
            deadline.suspendedFor(
                Suspension.of(
                    firstDay, period[1], "tạm đình chỉ giải quyết", suspensionBasis(rule, days(round, period[0]))));
      }
    }
    out.add(
        PetitionDeadline.builder()
            .stage(stage)
            .round(round.round)
            .rule(rule)
            .deadline(deadline)
            .completedOn(Optional.ofNullable(end(done, stopped)))
            .officeDuty(duty)
            .asOf(day)
            .build());
  }

  /** The basis of a suspension: the rule of the book that provided it on the day, else the suspended limit's. */
  private LegalBasis suspensionBasis(PetitionTimeLimit limit, RuleDays suspendedOn) {
    return book
        .workflowRulesFor(PetitionCommand.SUSPEND, petition.kind(), procedure, suspendedOn)
        .stream()
        .filter(r -> r.requirement() == Requirement.PROVIDED_BY_LAW)
        .map(WorkflowRule::basis)
        .reduce((a, b) -> b)
        .orElse(limit.basis());
  }
}
