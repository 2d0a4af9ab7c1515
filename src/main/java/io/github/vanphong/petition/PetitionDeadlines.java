package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.Suspension;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.Level;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Works out a petition's deadlines on a day from its history known that day and its rule book. See {@link
 * Petition#deadlines}. The extensions and suspensions recorded count as recorded: the workflow allowed them under the
 * same book, so the deadlines never refuse them.
 *
 * <p>Dates first: each due date is counted here with the calendar's arithmetic, as {@link Deadline} counts it (from
 * the day after the event, days of a suspension not counted, extensions counted as the limit counts, a last day that
 * is not a working day moved to the next working day), and the explaining {@code Deadline} is left for {@link
 * PetitionDeadline#deadline()} to build if asked.
 *
 * <p>One instance works out the deadlines of petition after petition on one calendar and day, keeping its scratch
 * records of rounds from one to the next, and gives each deadline to a {@link Sink} as its own current state: the
 * sink reads the due date and status it needs, and makes a {@link PetitionDeadline} only if it keeps one ({@link
 * #toDeadline()}), so that a tally of a whole register makes nothing it does not count. It is mutable and not
 * thread-safe: a tally keeps one per thread.
 */
final class PetitionDeadlines {

  private static final String SUSPENSION_REASON = "tạm đình chỉ giải quyết";

  /** The working days before the due date that count as due soon, as {@link Deadline#statusOn(LocalDate) Deadline.statusOn} has. */
  private static final int DUE_SOON_WITHIN = 3;

  /** Receives the deadlines of a petition, one at a time, in the order their stages began. */
  interface Sink {
    /**
     * Receives a deadline: during the call, {@code current} is that deadline ({@link #stage()}, {@link #dueDate()},
     * {@link #status()} and the rest, or {@link #toDeadline()}); it is the next one after.
     *
     * @param current the worker, standing for the deadline, not null
     */
    void accept(PetitionDeadlines current);
  }

  /** What happened in one round of a petition, as known on the day asked about; cleared for each petition. */
  private static final class Round {
    ComplaintRound round = ComplaintRound.FIRST;
    LocalDate opened = LocalDate.MIN;
    @Nullable LocalDate decided;
    @Nullable LocalDate accepted;
    @Nullable LocalDate resolved;
    @Nullable LocalDate lodgedAgain;
    @Nullable LocalDate finalOn;
    @Nullable LocalDate stopped;
    @Nullable LocalDate suspendedFrom;
    /** The day the complainant received the round's decision, as recorded. */
    @Nullable LocalDate delivered;
    Complexity complexity = Complexity.NORMAL;
    /** The days of each extension, by stage; made at the first extension of any petition. */
    @Nullable Map<PetitionStage, List<Integer>> extensionDays;
    /** The periods of suspension, first and last day. */
    final List<LocalDate[]> suspensions = new ArrayList<>(2);
    /** The first notice of each stage. */
    final Map<PetitionStage, LocalDate> notices = new EnumMap<>(PetitionStage.class);

    void open(ComplaintRound round, LocalDate opened) {
      this.round = round;
      this.opened = opened;
      decided = null;
      accepted = null;
      resolved = null;
      lodgedAgain = null;
      finalOn = null;
      stopped = null;
      suspendedFrom = null;
      delivered = null;
      complexity = Complexity.NORMAL;
      if (extensionDays != null) {
        extensionDays.clear();
      }
      suspensions.clear();
      notices.clear();
    }

    ImmutableList<Integer> extensionsOf(PetitionStage stage) {
      List<Integer> days = extensionDays == null ? null : extensionDays.get(stage);
      return days == null ? ImmutableList.of() : ImmutableList.copyOf(days);
    }

    void extend(PetitionStage stage, int days) {
      if (extensionDays == null) {
        extensionDays = new EnumMap<>(PetitionStage.class);
      }
      extensionDays.computeIfAbsent(stage, s -> new ArrayList<>(2)).add(days);
    }

    Circumstances circumstances(AreaType area, @Nullable Level level) {
      return Circumstances.of(round, complexity, area, level);
    }
  }

  private final WorkingCalendar calendar;
  private final LocalDate day;
  /** The records of rounds, reused from petition to petition; the first {@link #roundsOpen} are this petition's. */
  private final List<Round> rounds = new ArrayList<>(2);
  private int roundsOpen;

  // the petition being worked out, set by forEach for each one
  @SuppressWarnings("NullAway.Init")
  private PetitionKind kind;

  @SuppressWarnings("NullAway.Init")
  private LocalDate received;

  @SuppressWarnings("NullAway.Init")
  private PetitionRuleBook book;

  @SuppressWarnings("NullAway.Init")
  private AreaType area;

  private @Nullable Level level;

  /** Whether the petitioner asked for what a limit {@linkplain PetitionTimeLimit#onRequestOnly() on request} gives. */
  private boolean requested;

  /** The day the competent Party body received the petition, from which the Party's channel counts. */
  @SuppressWarnings("NullAway.Init")
  private LocalDate partyDay;

  private @Nullable LocalDate congressOpening;

  @SuppressWarnings("NullAway.Init")
  private Procedure procedure;

  @SuppressWarnings("NullAway.Init")
  private Sink sink;

  // the deadline being given to the sink, set by add for each one
  @SuppressWarnings("NullAway.Init")
  private PetitionStage stage;

  @SuppressWarnings("NullAway.Init")
  private ComplaintRound round;

  @SuppressWarnings("NullAway.Init")
  private PetitionTimeLimit rule;

  @SuppressWarnings("NullAway.Init")
  private LocalDate eventDay;

  @SuppressWarnings("NullAway.Init")
  private ImmutableList<Integer> extensions;

  @SuppressWarnings("NullAway.Init")
  private ImmutableList<Suspension> suspensions;

  @SuppressWarnings("NullAway.Init")
  private LocalDate dueDate;

  private @Nullable LocalDate completedOn;
  private boolean officeDuty;

  @SuppressWarnings("NullAway.Init")
  private DeadlineStatus status;

  /**
   * Makes a worker for deadlines on a calendar as of a day.
   *
   * @param calendar the calendar whose working days count, not null
   * @param day the day asked about, not null
   */
  PetitionDeadlines(WorkingCalendar calendar, LocalDate day) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.day = requireNonNull(day, "day");
    if (day.isBefore(WorkingCalendar.FIRST_DAY) || day.isAfter(WorkingCalendar.LAST_DAY)) {
      // asked before any day is counted, so that a day far out is refused in the calendar's words, not java.time's
      throw new DateTimeException(
          "day must lie within the calendar's range "
              + WorkingCalendar.FIRST_DAY
              + " to "
              + WorkingCalendar.LAST_DAY
              + ": "
              + day);
    }
  }

  static ImmutableList<PetitionDeadline> of(Petition petition, WorkingCalendar calendar, LocalDate day) {
    ImmutableList.Builder<PetitionDeadline> out = ImmutableList.builderWithExpectedSize(6);
    new PetitionDeadlines(calendar, day).forEach(petition, current -> out.add(current.toDeadline()));
    return out.build();
  }

  /**
   * Works out the deadlines of a petition and gives each to the sink, in the order their stages began.
   *
   * @param petition the petition, received on or before the day, not null
   * @param sink what receives the deadlines, not null
   * @throws IllegalArgumentException if the petition was received after the day
   * @throws DateTimeException if a day counted falls outside the calendar's range
   */
  void forEach(Petition petition, Sink sink) {
    checkArgument(
        !day.isBefore(petition.received()),
        "petition %s was received on %s; its deadlines are not asked for on %s",
        petition.id(),
        petition.received(),
        day);
    this.kind = petition.kind();
    this.received = petition.received();
    this.book = petition.ruleBook();
    Intake intake = petition.intake();
    this.area = intake.area();
    this.level = intake.level().orElse(null);
    this.requested = intake.resultRequested();
    this.partyDay = intake.partyDayReceived();
    this.congressOpening = intake.congressOpening().orElse(null);
    this.procedure = Procedure.STATE_LAW;
    this.sink = sink;
    roundsOpen = 0;
    compute(petition);
  }

  private Round openRound(ComplaintRound round, LocalDate opened) {
    if (roundsOpen == rounds.size()) {
      rounds.add(new Round());
    }
    Round open = rounds.get(roundsOpen++);
    open.open(round, opened);
    return open;
  }

  private void compute(Petition petition) {
    Round first = openRound(ComplaintRound.FIRST, received);
    Round current = first;
    boolean competent = true;
    @Nullable LocalDate forwarded = null;
    @Nullable LocalDate resultArrived = null;
    ImmutableList<PetitionEvent> history = petition.history();
    for (int i = 0; i < history.size(); i++) {
      PetitionEvent event = history.get(i);
      LocalDate on = event.on();
      if (on.isAfter(day)) {
        break;
      }
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
        case EXTEND -> current.extend(event.extendedStage().orElseThrow(), event.extensionDays().orElseThrow());
        case SUSPEND -> current.suspendedFrom = on;
        case RESUME -> {
          current.suspensions.add(new LocalDate[] {requireNonNull(current.suspendedFrom), on.minusDays(1)});
          current.suspendedFrom = null;
        }
        case RESOLVE -> current.resolved = on;
        case LODGE_SECOND_COMPLAINT -> {
          current.lodgedAgain = on;
          current = openRound(ComplaintRound.SECOND, on);
        }
        case RECORD_FINALITY -> current.finalOn = on;
        case WITHDRAW -> {
          if (event.withdrawal().orElseThrow().stops()) {
            current.stopped = on;
          }
        }
        case RECORD_DECISION_RECEIPT -> current.delivered = event.deliveredOn().orElseThrow();
        case RECORD_RESULT -> {
          if (resultArrived == null) {
            resultArrived = on;
          }
        }
        case NOTIFY -> {
          PetitionStage notice = event.notice().orElseThrow();
          // a relay reports a result that arrived; one sent before is not the relay of that result
          if (notice != PetitionStage.RESULT_RELAY || resultArrived != null) {
            current.notices.putIfAbsent(notice, on);
          }
        }
        default -> {
          // RECEIVE, START_VERIFICATION, CLOSE and ACCESS_IDENTITY start or end no time limit
        }
      }
    }
    LocalDate suspendedFrom = current.suspendedFrom;
    if (suspendedFrom != null) {
      current.suspensions.add(new LocalDate[] {suspendedFrom, day});
    }
    add(PetitionStage.PROCESSING, first, received, false, first.decided, first.stopped, true);
    if (!competent || forwarded != null) {
      add(PetitionStage.FORWARDING, first, received, false, forwarded, end(first.decided, first.stopped), true);
    }
    if (petition.intake().channel() == Channel.IN_PERSON) {
      add(PetitionStage.RECEIPT_NOTICE, first, received, false, first.notices.get(PetitionStage.RECEIPT_NOTICE),
          null, true);
    }
    if (resultArrived != null) {
      add(PetitionStage.RESULT_RELAY, first, resultArrived, false, first.notices.get(PetitionStage.RESULT_RELAY),
          null, true);
    }
    for (int i = 0; i < roundsOpen; i++) {
      addRound(rounds.get(i));
    }
  }

  private void addRound(Round round) {
    add(PetitionStage.ACCEPTANCE, round, round.opened, false, round.decided, round.stopped, true);
    LocalDate accepted = round.accepted;
    if (accepted == null) {
      return;
    }
    add(PetitionStage.ACCEPTANCE_NOTICE, round, accepted, false, round.notices.get(PetitionStage.ACCEPTANCE_NOTICE),
        round.stopped, true);
    @Nullable LocalDate resolutionDue = null;
    if (procedure == Procedure.PARTY_RULES) {
      if (!handedToNewCommittee(round)) {
        add(PetitionStage.PARTY_RESOLUTION, round, partyDay, true, round.resolved, round.stopped, true);
      }
    } else if (add(PetitionStage.RESOLUTION, round, accepted, true, round.resolved, round.stopped, true)) {
      resolutionDue = dueDate;
    }
    LocalDate resolved = round.resolved;
    if (round.round == ComplaintRound.FIRST) {
      addSecondComplaintWindow(round, resolutionDue);
    }
    if (resolved == null) {
      return;
    }
    add(PetitionStage.DECISION_DISPATCH, round, resolved, false, round.notices.get(PetitionStage.DECISION_DISPATCH),
        null, true);
    if (round.lodgedAgain == null) {
      add(PetitionStage.FINALITY, round, resolved, false, round.finalOn, null, false);
    }
  }

  /**
   * The window for a second complaint (Luật Khiếu nại 02/2011/QH13, Điều 33, khoản 1): from the day the complainant
   * received the first decision, as recorded; before that, from the last day of the first round's time limit if it
   * passed, by the day asked about, without a decision, and the round was not withdrawn.
   */
  private void addSecondComplaintWindow(Round round, @Nullable LocalDate resolutionDue) {
    LocalDate delivered = round.delivered;
    if (delivered != null) {
      add(PetitionStage.SECOND_COMPLAINT_WINDOW, round, delivered, false, round.lodgedAgain, null, false);
      return;
    }
    LocalDate resolved = round.resolved;
    if (resolutionDue != null
        && round.stopped == null
        && day.isAfter(resolutionDue)
        && (resolved == null || resolved.isAfter(resolutionDue))) {
      add(PetitionStage.SECOND_COMPLAINT_WINDOW, round, resolutionDue, false, round.lodgedAgain, null, false);
    }
  }

  /**
   * Whether the denunciation goes to the committee a congress elects ({@link PetitionRuleBook#congressHandover}),
   * so that the outgoing one has no time limit for it.
   */
  private boolean handedToNewCommittee(Round round) {
    return congressOpening != null
        && book.congressHandover(round.circumstances(area, level), partyDay, congressOpening, calendar).isPresent();
  }

  private static @Nullable LocalDate end(@Nullable LocalDate done, @Nullable LocalDate stopped) {
    return done != null ? done : stopped;
  }

  /** The day of acceptance that chooses the rules of an event: the round's, once the event is on or after it. */
  private static @Nullable LocalDate acceptedFor(Round round, LocalDate eventDay) {
    LocalDate accepted = round.accepted;
    return accepted != null && !eventDay.isBefore(accepted) ? accepted : null;
  }

  /** The day of the act that chooses the rules of an event: the event's, or the petition's day before it. */
  private LocalDate actFor(LocalDate eventDay, @Nullable LocalDate accepted) {
    if (!eventDay.isBefore(received)) {
      return eventDay;
    }
    return accepted != null && accepted.isAfter(received) ? accepted : received;
  }

  private RuleDays ruleDays(Round round, LocalDate eventDay) {
    LocalDate accepted = acceptedFor(round, eventDay);
    return RuleDays.of(received, accepted, actFor(eventDay, accepted));
  }

  /** Gives the sink the deadline of a stage, if the book has a rule for it; returns whether it did. */
  private boolean add(
      PetitionStage stage,
      Round inRound,
      LocalDate eventDay,
      boolean suspendable,
      @Nullable LocalDate done,
      @Nullable LocalDate stopped,
      boolean duty) {
    if (!stage.appliesTo(kind)) {
      return false;
    }
    LocalDate accepted = acceptedFor(inRound, eventDay);
    PetitionTimeLimit chosen =
        book.limitFor(
            stage, kind, inRound.circumstances(area, level), received, accepted, actFor(eventDay, accepted));
    if (chosen == null || (chosen.onRequestOnly() && !requested)) {
      return false;
    }
    this.stage = stage;
    this.round = inRound.round;
    this.rule = chosen;
    this.eventDay = eventDay;
    this.extensions = inRound.extensionsOf(stage);
    this.suspensions = suspendable ? suspensions(chosen, inRound, eventDay) : ImmutableList.of();
    this.dueDate = countDueDate();
    this.completedOn = end(done, stopped);
    this.officeDuty = duty;
    this.status = statusOnDay();
    sink.accept(this);
    return true;
  }

  // ---- the deadline being given to the sink ------------------------------------------------------------------

  /** The stage of the current deadline. */
  PetitionStage stage() {
    return stage;
  }

  /** The round of the current deadline. */
  ComplaintRound round() {
    return round;
  }

  /** Whether the current deadline binds the office. */
  boolean officeDuty() {
    return officeDuty;
  }

  /** The due date of the current deadline. */
  LocalDate dueDate() {
    return dueDate;
  }

  /** The status of the current deadline on the day. */
  DeadlineStatus status() {
    return status;
  }

  /** The current deadline as a value. */
  PetitionDeadline toDeadline() {
    return new PetitionDeadline(
        stage, round, rule, eventDay, extensions, suspensions, calendar, dueDate, completedOn, officeDuty, day,
        status);
  }

  /** The round's suspensions of a limit counted from an event: the days after the event only. */
  private ImmutableList<Suspension> suspensions(PetitionTimeLimit rule, Round round, LocalDate eventDay) {
    if (round.suspensions.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Suspension> suspensions = ImmutableList.builderWithExpectedSize(round.suspensions.size());
    for (LocalDate[] period : round.suspensions) {
      LocalDate firstDay = period[0].isAfter(eventDay) ? period[0] : eventDay.plusDays(1);
      if (!period[1].isBefore(firstDay)) {
        suspensions.add(
            Suspension.of(firstDay, period[1], SUSPENSION_REASON, suspensionBasis(rule, ruleDays(round, period[0]))));
      }
    }
    return suspensions.build();
  }

  /** The basis of a suspension: the rule of the book that provided it on the day, else the suspended limit's. */
  private LegalBasis suspensionBasis(PetitionTimeLimit limit, RuleDays suspendedOn) {
    LegalBasis basis = limit.basis();
    for (WorkflowRule rule : book.workflowRulesFor(PetitionCommand.SUSPEND, kind, procedure, suspendedOn)) {
      if (rule.requirement() == Requirement.PROVIDED_BY_LAW) {
        basis = rule.basis();
      }
    }
    return basis;
  }

  // ---- the due date, counted as Deadline counts it -----------------------------------------------------------

  /**
   * The due date of the current deadline, as {@link #explaining()} gives it; a day outside the calendar's range is
   * refused by that deadline, in its words.
   */
  private LocalDate countDueDate() {
    TimeLimit limit = rule.limit();
    int total = limit.days();
    for (int days : extensions) {
      total += days;
    }
    try {
      return calendar.nextWorkingDay(lastCountedDay(limit.count(), eventDay, total, suspensions));
    } catch (DateTimeException outside) {
      explaining();
      throw outside;
    }
  }

  /**
   * The status of the current deadline on the day, as {@link Deadline#statusOn(LocalDate, Optional, int) Deadline.statusOn} gives it
   * with a warning of 3 working days; a day outside the calendar's range is refused by the deadline, in its words.
   */
  private DeadlineStatus statusOnDay() {
    if (day.isBefore(WorkingCalendar.FIRST_DAY) || day.isAfter(WorkingCalendar.LAST_DAY)) {
      return explaining().statusOn(day, Optional.ofNullable(completedOn), DUE_SOON_WITHIN);
    }
    LocalDate completed = completedOn;
    if (completed != null) {
      checkArgument(
          !completed.isBefore(eventDay),
          "work is completed on or after its start event (%s), not on %s",
          eventDay,
          completed);
      if (!completed.isAfter(day)) {
        return completed.isAfter(dueDate) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
      }
    }
    if (day.isAfter(dueDate)) {
      return DeadlineStatus.OVERDUE;
    }
    if (day.equals(dueDate)) {
      return DeadlineStatus.DUE_TODAY;
    }
    return calendar.workingDaysBetween(day, dueDate) <= DUE_SOON_WITHIN
        ? DeadlineStatus.DUE_SOON
        : DeadlineStatus.ON_TRACK;
  }

  /** The explaining deadline of the current one. */
  private Deadline explaining() {
    return PetitionDeadline.explaining(rule, eventDay, extensions, suspensions, calendar);
  }

  /** The last day counted: {@code total} days after the event, the suspended days passed over. */
  private LocalDate lastCountedDay(
      DayCount count, LocalDate eventDay, int total, ImmutableList<Suspension> suspensions) {
    if (eventDay.isBefore(WorkingCalendar.FIRST_DAY) || eventDay.isAfter(WorkingCalendar.LAST_DAY)) {
      throw new DateTimeException("the event day lies outside the calendar's range: " + eventDay);
    }
    if (suspensions.isEmpty()) {
      return advance(count, eventDay, total);
    }
    List<Suspension> sorted = suspensions;
    if (suspensions.size() > 1) {
      sorted = new ArrayList<>(suspensions);
      sorted.sort(Comparator.comparing(Suspension::firstDay));
    }
    int remaining = total;
    LocalDate cursor = eventDay;
    int next = 0;
    while (true) {
      LocalDate candidate = advance(count, cursor, remaining);
      while (next < sorted.size() && !sorted.get(next).lastDay().isAfter(cursor)) {
        next++;
      }
      if (next == sorted.size() || sorted.get(next).firstDay().isAfter(candidate)) {
        return candidate;
      }
      Suspension suspension = sorted.get(next);
      if (suspension.firstDay().isAfter(cursor)) {
        remaining -= count(count, cursor, suspension.firstDay().minusDays(1));
      }
      cursor = suspension.lastDay();
    }
  }

  private LocalDate advance(DayCount count, LocalDate from, int days) {
    if (count == DayCount.WORKING_DAYS) {
      return calendar.plusWorkingDays(from, days);
    }
    LocalDate last = from.plusDays(days);
    if (last.isAfter(WorkingCalendar.LAST_DAY)) {
      throw new DateTimeException("the last counted day lies beyond the calendar's range: " + last);
    }
    return last;
  }

  private int count(DayCount count, LocalDate startExclusive, LocalDate endInclusive) {
    if (count == DayCount.WORKING_DAYS) {
      return calendar.workingDaysBetween(startExclusive, endInclusive);
    }
    return (int) (endInclusive.toEpochDay() - startExclusive.toEpochDay());
  }
}
