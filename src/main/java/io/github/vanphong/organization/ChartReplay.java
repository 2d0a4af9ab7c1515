package io.github.vanphong.organization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The replay of an {@link OrgChart}'s events: the lives of its units, and every violation of an {@link
 * OrganizationRule}, in the order the chart reports them. For example the events of Hậu Giang from 2004 replay to the
 * lives of its 23 units; a move that would put a unit under its own subunit replays to a {@link
 * OrganizationRule#NO_CYCLE} violation naming the day and the units on the cycle.
 *
 * <p>The events are replayed in the order they take effect, each day's endings first, then its creations, then its
 * changes; a step that breaks a rule is reported and not applied. Then each merger's target and dissolved unit's
 * successor must be alive on the day the history passes to them; then, on every day on which something happened, each
 * unit's parent must be alive and not below it, and the parents must not form a cycle; then each appointment must
 * name a known person and fall within a life of a known unit, and a single-holder post must have one holder at a
 * time. Violations are reported in that order: the steps in the order they are replayed, the carriers in the order of
 * the events, the structure day by day (on each day by unit, in the order of the lives, then the cycles), each
 * structural fault once, on the first day it is found.
 *
 * <p>The checks of the structure do not visit every unit on every day: a unit's parent is checked once for each
 * stretch of days it holds, against the lives of the parent, and cycles are looked for only from the units created or
 * moved on a day. The replay costs about {@code n log n} in the number of events and units, so that a chart of
 * 50,000 units replays in about the time of ten charts of 5,000.
 *
 * <p>A replay may also be restricted to the units an event changes ({@link #livesOf}), which is how {@link
 * OrgChart#apply} works out a new event without replaying the others.
 *
 * <p>Instances are used once, by one thread.
 */
final class ChartReplay {

  private final Predicate<UnitId> known;
  /** The units created by an event, by number, in a full replay; null when {@link #known} answers. */
  private final @Nullable BitSet created;
  /** The units met, numbered once: what the steps, the checks and the indexing of the chart key their arrays by. */
  private final UnitNumbers numbers;
  private final List<OrganizationViolation> violations = new ArrayList<>();
  private final List<Draft> drafts = new ArrayList<>();
  /** The events that pass a history to a unit ({@link #carrierToCheck}), in order, met while the steps are made. */
  private final List<Restructuring> carrierEvents = new ArrayList<>();
  /** The place of each of {@link #carrierEvents} among the events. */
  private final ImmutableIntArray.Builder carrierPlaces = ImmutableIntArray.builder();
  /** The number of the unit each of {@link #carrierEvents} passes a history to, found when the carriers are checked. */
  private int[] carrierUnits = new int[0];
  /** The steps in the order of their events, before they are taken day by day. */
  private List<Step> madeSteps = List.of();
  /** The last life of each unit replayed so far, by number. */
  private @Nullable Draft[] current = new Draft[16];

  private ChartReplay(Predicate<UnitId> known, @Nullable BitSet created, UnitNumbers numbers) {
    this.known = known;
    this.created = created;
    this.numbers = numbers;
  }

  /**
   * What a full replay found: the lives in order, every violation, and the units numbered with the parents of each
   * life, which the indexing of the new chart reads.
   */
  static final class Result {
    final ImmutableList<UnitLife> lives;
    final ImmutableList<OrganizationViolation> violations;
    final Parents parents;
    /**
     * The units each event creates, changes or ends (its {@link Restructuring#subjects()} but the unit a merger goes
     * into and a dissolved unit's successor), as runs of two arrays in the order of the events: the place of the event among those replayed, and the
     * unit's number.
     */
    final int[] subjectEvents;
    final int[] subjectUnits;
    /** The events that pass a history to a unit, by their place among those replayed, and that unit's number. */
    final int[] carrierEvents;
    final int[] carrierUnits;

    Result(ImmutableList<UnitLife> lives, ImmutableList<OrganizationViolation> violations, Parents parents,
        int[] subjectEvents, int[] subjectUnits, int[] carrierEvents, int[] carrierUnits) {
      this.lives = lives;
      this.violations = violations;
      this.parents = parents;
      this.subjectEvents = subjectEvents;
      this.subjectUnits = subjectUnits;
      this.carrierEvents = carrierEvents;
      this.carrierUnits = carrierUnits;
    }
  }

  /**
   * Replays every event, and checks the appointments against the lives.
   *
   * @param events the events in the order they take effect ({@link RestructuringOrder#ORDER})
   * @param persons the persons of the chart
   * @param appointments the appointments in the order they were made
   * @return the lives, strictly increasing in {@link UnitLife#ORDER} (each made by the step of its creation, and the
   *     steps taken in the order of the events), and every violation, in the order the chart reports them
   */
  static Result replay(
      List<Restructuring> events, ImmutableMap<PersonId, Person> persons, List<Appointment> appointments) {
    UnitNumbers numbers = new UnitNumbers(events.size());
    // marked while the steps are made, before the first is taken
    BitSet created = new BitSet();
    Predicate<UnitId> known =
        id -> {
          int number = numbers.find(id);
          return number != NONE && created.get(number);
        };
    ChartReplay replay = new ChartReplay(known, created, numbers);
    ImmutableList<UnitLife> lives = replay.run(events, id -> true);
    Parents parents = new Parents(lives, numbers, replay.drafts);
    replay.checkCarriers(parents);
    replay.checkStructure(lives, parents);
    replay.checkAppointments(parents, persons, appointments);
    List<Step> steps = replay.madeSteps;
    int[] subjectEvents = new int[steps.size()];
    int[] subjectUnits = new int[steps.size()];
    for (int k = 0; k < steps.size(); k++) {
      subjectEvents[k] = steps.get(k).place;
      subjectUnits[k] = steps.get(k).number;
    }
    return new Result(
        lives,
        ImmutableList.copyOf(replay.violations),
        parents,
        subjectEvents,
        subjectUnits,
        replay.carrierPlaces.build().toArray(),
        replay.carrierUnits);
  }

  /**
   * Replays the events of some units only: their lives, if no step of theirs breaks a rule.
   *
   * @param events the events that create, change or end the units, in the order they take effect
   * @param units the units to replay
   * @param known which units the chart knows (created by one of its events)
   * @return the lives of the units in order, or empty if a step breaks a rule
   */
  static Optional<ImmutableList<UnitLife>> livesOf(
      Iterable<Restructuring> events, Set<UnitId> units, Predicate<UnitId> known) {
    ChartReplay replay = new ChartReplay(known, null, new UnitNumbers(units.size()));
    ImmutableList<UnitLife> lives = replay.run(events, units::contains);
    return replay.violations.isEmpty() ? Optional.of(lives) : Optional.empty();
  }


  // ---------------------------------------------------------------- the steps

  /** One step of a replay: an ending (phase 0), a creation (1) or a change (2) on a day. */
  private static final class Step {
    final LocalDate date;
    final int phase;
    final Restructuring event;
    final UnitId subject;
    /** The subject's number. */
    final int number;
    /** For a creation, the event that creates: the creation itself, or the split whose part it is. */
    final Restructuring top;
    final int part;
    /** The place of the event among those replayed. */
    final int place;

    Step(
        LocalDate date,
        int phase,
        Restructuring event,
        UnitId subject,
        int number,
        Restructuring top,
        int part,
        int place) {
      this.date = date;
      this.phase = phase;
      this.event = event;
      this.subject = subject;
      this.number = number;
      this.top = top;
      this.part = part;
      this.place = place;
    }

    Step(LocalDate date, int phase, Restructuring event, UnitId subject, int number, int place) {
      this(date, phase, event, subject, number, event, 0, place);
    }
  }

  /** The number of phases of a day: the endings, the creations, the changes. */
  private static final int PHASES = 3;

  /**
   * Replays the steps of the events, given in the order they take effect, so on days that never go back: each day's
   * steps are taken by phase, and within a phase in the order of the events.
   */
  private ImmutableList<UnitLife> run(Iterable<Restructuring> events, Predicate<UnitId> replayed) {
    List<Step> steps = new ArrayList<>();
    int place = -1;
    for (Restructuring event : events) {
      place++;
      if (event instanceof Restructuring.Create create) {
        if (replayed.test(create.id())) {
          steps.add(new Step(create.effectiveOn(), 1, create, create.id(), createdNumber(create.id()), place));
        }
      } else if (event instanceof Restructuring.Split split) {
        if (replayed.test(split.source())) {
          steps.add(new Step(split.effectiveOn(), 0, split, split.source(), numbers.number(split.source()), place));
        }
        ImmutableList<Restructuring.Create> parts = split.parts();
        for (int i = 0; i < parts.size(); i++) {
          Restructuring.Create part = parts.get(i);
          if (replayed.test(part.id())) {
            steps.add(new Step(part.effectiveOn(), 1, part, part.id(), createdNumber(part.id()), split, i, place));
          }
        }
      } else if (event instanceof Restructuring.Merge merge) {
        carrierEvents.add(merge);
        carrierPlaces.add(place);
        for (UnitId id : merge.merged()) {
          if (replayed.test(id)) {
            steps.add(new Step(merge.effectiveOn(), 0, merge, id, numbers.number(id), place));
          }
        }
      } else if (event instanceof Restructuring.Dissolve dissolve) {
        if (dissolve.successor().isPresent()) {
          carrierEvents.add(dissolve);
          carrierPlaces.add(place);
        }
        if (replayed.test(dissolve.id())) {
          steps.add(
              new Step(dissolve.effectiveOn(), 0, dissolve, dissolve.id(), numbers.number(dissolve.id()), place));
        }
      } else {
        UnitId subject = RestructuringOrder.unit(event);
        if (replayed.test(subject)) {
          steps.add(new Step(event.effectiveOn(), 2, event, subject, numbers.number(subject), place));
        }
      }
    }
    madeSteps = steps;
    for (Step step : byDayAndPhase(steps)) {
      if (step.phase == 0) {
        end(step);
      } else if (step.phase == 1) {
        create(step);
      } else {
        change(step);
      }
    }
    ImmutableList.Builder<UnitLife> lives = ImmutableList.builderWithExpectedSize(drafts.size());
    drafts.forEach(draft -> lives.add(draft.freeze()));
    return lives.build();
  }

  /** The number of a unit an event creates, marked as created in a full replay. */
  private int createdNumber(UnitId id) {
    int number = numbers.number(id);
    BitSet byNumber = created;
    if (byNumber != null) {
      byNumber.set(number);
    }
    return number;
  }

  /**
   * The steps by day and then by phase, each day's steps of one phase in the order given: the order of a stable sort
   * by day and phase, made in one pass over each day, as the steps come in the order of their days.
   */
  static <T> List<T> byDayAndPhase(List<T> steps, Function<T, LocalDate> day, ToIntFunction<T> phase) {
    List<T> ordered = new ArrayList<>(steps.size());
    int from = 0;
    while (from < steps.size()) {
      LocalDate date = day.apply(steps.get(from));
      int to = from + 1;
      while (to < steps.size() && day.apply(steps.get(to)).equals(date)) {
        to++;
      }
      for (int p = 0; p < PHASES; p++) {
        for (int i = from; i < to; i++) {
          T step = steps.get(i);
          if (phase.applyAsInt(step) == p) {
            ordered.add(step);
          }
        }
      }
      from = to;
    }
    return ordered;
  }

  private static List<Step> byDayAndPhase(List<Step> steps) {
    return byDayAndPhase(steps, step -> step.date, step -> step.phase);
  }

  /** Records a violation by an event, whose values at fault are the event and the unit named. */
  private void add(OrganizationRule rule, Restructuring event, UnitId unit, String facts) {
    violations.add(OrganizationViolation.of(rule, event + ": " + facts, event, unit));
  }

  private boolean isKnown(Restructuring event, UnitId id, int number) {
    if (!knows(id, number)) {
      add(OrganizationRule.KNOWN_UNIT, event, id, "the chart has no unit " + id);
      return false;
    }
    return true;
  }

  /** Whether the chart knows a unit: by its number in a full replay, else by asking. */
  private boolean knows(UnitId id, int number) {
    BitSet byNumber = created;
    return byNumber != null ? byNumber.get(number) : known.test(id);
  }

  private @Nullable Draft current(int number) {
    return number < current.length ? current[number] : null;
  }

  private void setCurrent(int number, Draft draft) {
    if (number >= current.length) {
      current = Arrays.copyOf(current, Math.max(2 * current.length, number + 1));
    }
    current[number] = draft;
  }

  private void checkLevel(Restructuring event, UnitId id, Level level, LocalDate day) {
    Optional<LocalDate> levelEnd = level.validity().end();
    if (levelEnd.isPresent() && day.isAfter(levelEnd.get())) {
      add(
          OrganizationRule.DISTRICT_LEVEL_ENDED,
          event,
          id,
          "unit " + id + " is at the " + level.englishName() + " level, which has no units after " + levelEnd.get());
    }
  }

  private void end(Step step) {
    UnitId id = step.subject;
    if (!isKnown(step.event, id, step.number)) {
      return;
    }
    LocalDate lastDay = step.date.minusDays(1);
    Draft draft = current(step.number);
    if (draft == null || draft.start.isAfter(lastDay) || (draft.end != null && draft.end.isBefore(lastDay))) {
      add(OrganizationRule.UNIT_ALIVE, step.event, id, "unit " + id + " is not alive on " + lastDay);
      return;
    }
    if (draft.end != null) {
      add(OrganizationRule.UNIT_ALIVE, step.event, id, "unit " + id + " already ends on " + draft.end);
      return;
    }
    checkLevel(step.event, id, draft.level, lastDay);
    draft.end = lastDay;
    draft.endedBy = step.event;
  }

  private void create(Step step) {
    Restructuring.Create create = (Restructuring.Create) step.event;
    Optional<UnitId> parent = create.parent();
    int parentNumber = NONE;
    if (parent.isPresent()) {
      parentNumber = numbers.number(parent.get());
      isKnown(create, parent.get(), parentNumber);
    }
    Draft draft = current(step.number);
    if (draft != null && (draft.end == null || !draft.end.isBefore(create.effectiveOn()))) {
      add(
          OrganizationRule.ONE_LIFE_AT_A_TIME,
          create,
          create.id(),
          "unit " + create.id() + " is already alive on " + create.effectiveOn() + ", since " + draft.start);
      return;
    }
    checkLevel(create, create.id(), create.level(), create.effectiveOn());
    Draft created = new Draft(create, step.number, parentNumber, step.top, step.part);
    drafts.add(created);
    setCurrent(step.number, created);
  }

  private void change(Step step) {
    UnitId id = step.subject;
    Restructuring event = step.event;
    int parentNumber = NONE;
    if (event instanceof Restructuring.Reattach reattach) {
      parentNumber = numbers.number(reattach.parent());
      isKnown(event, reattach.parent(), parentNumber);
    }
    if (!isKnown(event, id, step.number)) {
      return;
    }
    Draft draft = current(step.number);
    if (draft == null || !draft.validity().contains(step.date)) {
      add(OrganizationRule.UNIT_ALIVE, event, id, "unit " + id + " is not alive on " + step.date);
      return;
    }
    checkLevel(event, id, draft.level, step.date);
    if (event instanceof Restructuring.Rename rename) {
      draft.names = put(draft.names, draft.start, draft.name, step.date, rename.name());
    } else if (event instanceof Restructuring.ChangeKind changeKind) {
      draft.kinds = put(draft.kinds, draft.start, draft.kind, step.date, changeKind.kind());
    } else {
      Optional<UnitId> parent = Optional.of(((Restructuring.Reattach) event).parent());
      draft.parents = put(draft.parents, draft.start, draft.parent, step.date, parent);
      draft.moveTo(step.date, parentNumber);
    }
  }

  // ---------------------------------------------------------------- the checks after the steps

  /** The unit that carries the history of those an event ends, where the chart must find it alive. */
  static Optional<UnitId> carrierToCheck(Restructuring event) {
    if (event instanceof Restructuring.Merge merge) {
      return Optional.of(merge.into());
    }
    if (event instanceof Restructuring.Dissolve dissolve) {
      return dissolve.successor();
    }
    return Optional.empty();
  }

  static boolean isAlive(@Nullable List<UnitLife> lives, LocalDate day) {
    if (lives != null) {
      for (UnitLife life : lives) {
        if (life.contains(day)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A merger's target and a dissolved unit's successor are alive on the day the history passes to them. */
  private void checkCarriers(Parents parents) {
    carrierUnits = new int[carrierEvents.size()];
    for (int c = 0; c < carrierEvents.size(); c++) {
      Restructuring event = carrierEvents.get(c);
      UnitId id = carrierToCheck(event).orElseThrow();
      int number = numbers.number(id);
      carrierUnits[c] = number;
      if (isKnown(event, id, number)) {
        LocalDate day = event.effectiveOn();
        if (!isAlive(parents.livesOf(number), day)) {
          add(OrganizationRule.UNIT_ALIVE, event, id, "unit " + id + " is not alive on " + day);
        }
      }
    }
  }

  /** A structural fault, found on a day: by a unit's parent (kind 0), or a cycle (kind 1) from a life. */
  private static final class Found {
    final LocalDate day;
    final int kind;
    final int life;
    final OrganizationViolation violation;

    Found(LocalDate day, int kind, int life, OrganizationViolation violation) {
      this.day = day;
      this.kind = kind;
      this.life = life;
      this.violation = violation;
    }
  }

  /**
   * On every day the structure changes, each parent is alive, not below its child, and no parents cycle: each fault
   * reported once, on the first day it is found, day by day, the parents by life and then the cycles.
   */
  private void checkStructure(List<UnitLife> lives, Parents parents) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < lives.size(); i++) {
      checkParents(i, lives.get(i), parents, found);
    }
    findCycles(lives, parents, found);
    found.sort(
        Comparator.<Found, LocalDate>comparing(f -> f.day)
            .thenComparingInt(f -> f.kind)
            .thenComparingInt(f -> f.life));
    found.forEach(f -> violations.add(f.violation));
  }

  /** The first day on which a parent is not alive or is below its child, for one parent of one life. */
  private static final class Fault {
    LocalDate dead = LocalDate.MAX;
    LocalDate below = LocalDate.MAX;
    @Nullable UnitLife belowLife;
  }

  private void checkParents(int index, UnitLife life, Parents parents, List<Found> found) {
    // most lives have one or two parents and no fault: the map of faults is made at the first one
    @Nullable Map<UnitId, Fault> faults = null;
    // the life's segments, read from the numbered parents: the day each takes effect and the parent's number
    int last = parents.firstSegment[index + 1] - 1;
    for (int s = parents.firstSegment[index]; s <= last; s++) {
      int parentNumber = parents.segmentParents[s];
      if (parentNumber == NONE) {
        continue;
      }
      UnitId parent = parents.numbers.id(parentNumber);
      if (!knows(parent, parentNumber)) {
        continue;
      }
      LocalDate from = LocalDate.ofEpochDay(parents.segmentDays[s]);
      // the day before the next change of parent, or the end of the life
      @Nullable LocalDate to = s < last ? LocalDate.ofEpochDay(parents.segmentDays[s + 1] - 1) : life.end();
      List<UnitLife> parentLives = parents.livesOf(parentNumber);
      @Nullable LocalDate dead = firstDayNotAlive(parentLives, from, to);
      @Nullable UnitLife belowLife = null;
      for (UnitLife parentLife : parentLives) {
        if (life.level.isAbove(parentLife.level) && overlaps(parentLife, from, to)) {
          belowLife = parentLife;
          break;
        }
      }
      if (dead == null && belowLife == null) {
        continue;
      }
      if (faults == null) {
        faults = new TreeMap<>();
      }
      Fault fault = faults.computeIfAbsent(parent, p -> new Fault());
      if (dead != null && dead.isBefore(fault.dead)) {
        fault.dead = dead;
      }
      if (belowLife != null) {
        LocalDate day = belowLife.start.isAfter(from) ? belowLife.start : from;
        if (day.isBefore(fault.below)) {
          fault.below = day;
          fault.belowLife = belowLife;
        }
      }
    }
    if (faults == null) {
      return;
    }
    for (Map.Entry<UnitId, Fault> entry : faults.entrySet()) {
      UnitId parent = entry.getKey();
      Fault fault = entry.getValue();
      if (fault.dead.isBefore(LocalDate.MAX)) {
        found.add(
            new Found(
                fault.dead,
                0,
                index,
                OrganizationViolation.of(
                    OrganizationRule.PARENT_ALIVE,
                    "unit " + life.id + " is under " + parent + " on " + fault.dead + ", when " + parent
                        + " is not alive",
                    life.id,
                    parent)));
      }
      UnitLife below = fault.belowLife;
      if (below != null) {
        found.add(
            new Found(
                fault.below,
                0,
                index,
                OrganizationViolation.of(
                    OrganizationRule.LEVEL_NOT_ABOVE_PARENT,
                    "unit " + life.id + " (" + life.level.englishName() + ") cannot be under " + below.id
                        + " (" + below.level.englishName() + "), as it is on " + fault.below,
                    life.id,
                    below.id)));
      }
    }
  }

  private static boolean overlaps(UnitLife life, LocalDate from, @Nullable LocalDate to) {
    @Nullable LocalDate end = life.end();
    return (to == null || !life.start.isAfter(to)) && (end == null || !end.isBefore(from));
  }

  /**
   * The first day from {@code from} to {@code to} on which none of the lives is alive.
   *
   * @param lives the lives of one unit, in the order they began
   * @param to the last day, or null for no end
   * @return the day, or null if the lives cover every day
   */
  static @Nullable LocalDate firstDayNotAlive(List<UnitLife> lives, LocalDate from, @Nullable LocalDate to) {
    LocalDate day = from;
    for (UnitLife life : lives) {
      @Nullable LocalDate end = life.end();
      if (end != null && end.isBefore(day)) {
        continue;
      }
      if (life.start.isAfter(day)) {
        break;
      }
      if (end == null) {
        return null;
      }
      day = end.plusDays(1);
    }
    return to == null || !day.isAfter(to) ? day : null;
  }

  /**
   * Finds each cycle of parents on the day it forms, sweeping the days on which units are created, moved or end: a
   * cycle that forms on a day passes through a unit created or moved that day.
   *
   * <p>The sweep runs over numbers rather than identifiers: each unit named by a life is numbered once ({@link
   * Parents}), the days are ranked, and the lives born, moved and ended on each day, the life of each unit alive, the
   * units known to reach a root that day and the way up from a unit are arrays indexed by those numbers.
   */
  private static void findCycles(List<UnitLife> lives, Parents parents, List<Found> found) {
    int count = lives.size();
    // the days of the sweep, ranked: each life's start, its later changes of parent, and the day after its end
    long[] days = new long[parents.segmentDays.length + count];
    int dayCount = 0;
    for (long day : parents.segmentDays) {
      days[dayCount++] = day;
    }
    long[] deathDays = new long[count];
    for (int i = 0; i < count; i++) {
      @Nullable LocalDate end = lives.get(i).end();
      deathDays[i] = end == null ? Long.MIN_VALUE : end.toEpochDay() + 1;
      if (end != null) {
        days[dayCount++] = deathDays[i];
      }
    }
    days = distinctSorted(days, dayCount);
    // the lives born, moved and ended on each day, in the order of the lives, as runs of one array per kind
    DayLists born = new DayLists(days.length, count);
    DayLists moved = new DayLists(days.length, parents.segmentDays.length);
    DayLists died = new DayLists(days.length, count);
    for (int i = 0; i < count; i++) {
      born.count(rank(days, parents.segmentDays[parents.firstSegment[i]]));
      for (int s = parents.firstSegment[i] + 1; s < parents.firstSegment[i + 1]; s++) {
        moved.count(rank(days, parents.segmentDays[s]));
      }
      if (deathDays[i] != Long.MIN_VALUE) {
        died.count(rank(days, deathDays[i]));
      }
    }
    born.startRuns();
    moved.startRuns();
    died.startRuns();
    for (int i = 0; i < count; i++) {
      born.add(rank(days, parents.segmentDays[parents.firstSegment[i]]), i);
      for (int s = parents.firstSegment[i] + 1; s < parents.firstSegment[i + 1]; s++) {
        moved.add(rank(days, parents.segmentDays[s]), i);
      }
      if (deathDays[i] != Long.MIN_VALUE) {
        died.add(rank(days, deathDays[i]), i);
      }
    }
    int units = parents.numbers.size();
    int[] alive = new int[units];
    Arrays.fill(alive, NONE);
    // stamps: a unit is rooted, changed or on the way being walked when its stamp is that of the day or the walk
    int[] rooted = new int[units];
    int[] changedOn = new int[units];
    int[] changed = new int[units];
    Walk walk = new Walk(units);
    Set<Set<UnitId>> reported = new HashSet<>();
    for (int d = 0; d < days.length; d++) {
      int stamp = d + 1;
      for (int k = died.from(d); k < died.to(d); k++) {
        int i = died.lives[k];
        int unit = parents.unitOf[i];
        if (alive[unit] == i) {
          alive[unit] = NONE;
        }
      }
      int changes = 0;
      for (int k = born.from(d); k < born.to(d); k++) {
        int i = born.lives[k];
        int unit = parents.unitOf[i];
        alive[unit] = i;
        if (changedOn[unit] != stamp) {
          changedOn[unit] = stamp;
          changed[changes++] = unit;
        }
      }
      for (int k = moved.from(d); k < moved.to(d); k++) {
        int unit = parents.unitOf[moved.lives[k]];
        if (changedOn[unit] != stamp) {
          changedOn[unit] = stamp;
          changed[changes++] = unit;
        }
      }
      long day = days[d];
      for (int c = 0; c < changes; c++) {
        int start = changed[c];
        if (!walk.from(start, day, parents, alive, rooted, stamp)) {
          continue;
        }
        Set<UnitId> path = walk.path(parents);
        if (!reported.add(new TreeSet<>(path))) {
          continue;
        }
        int first = start;
        for (int p = 0; p < walk.length; p++) {
          int member = walk.units[p];
          if (alive[member] < alive[first]) {
            first = member;
          }
        }
        walk.from(first, day, parents, alive, rooted, stamp);
        Set<UnitId> cycle = walk.path(parents);
        UnitId firstId = parents.numbers.id(first);
        LocalDate date = LocalDate.ofEpochDay(day);
        found.add(
            new Found(
                date,
                1,
                alive[first],
                OrganizationViolation.of(
                    OrganizationRule.NO_CYCLE,
                    "on " + date + " the parents of " + firstId + " lead back to it through " + cycle,
                    cycle.toArray())));
      }
    }
  }

  /** No life, no unit: the value of an empty slot of the arrays of {@link #findCycles}. */
  private static final int NONE = UnitNumbers.NONE;

  /** The values sorted, each once. */
  private static long[] distinctSorted(long[] values, int count) {
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || sorted[distinct - 1] != sorted[i]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  private static int rank(long[] days, long day) {
    return Arrays.binarySearch(days, day);
  }

  /**
   * The units named by lives, numbered once, and the parents of each life as runs of two arrays: the day each parent
   * takes effect (an epoch day, the first the start of the life) and the parent's number, or {@link #NONE} for none.
   */
  static final class Parents {
    final UnitNumbers numbers;
    final int[] unitOf;
    final int[] firstSegment;
    final long[] segmentDays;
    final int[] segmentParents;
    /** The lives grouped by unit, each unit's in the order of the lives, from {@code livesStart[unit]}. */
    private final UnitLife[] livesByUnit;
    private final int[] livesStart;

    /**
     * Numbers the parents of the lives.
     *
     * @param lives the lives, in order
     * @param numbers the table the lives' units and their parents are numbered in
     * @param drafts the drafts the lives were made from, in the same order, with their parents' numbers
     */
    Parents(List<UnitLife> lives, UnitNumbers numbers, List<Draft> drafts) {
      this.numbers = numbers;
      int count = lives.size();
      unitOf = new int[count];
      firstSegment = new int[count + 1];
      int segments = 0;
      for (int i = 0; i < count; i++) {
        Draft draft = drafts.get(i);
        unitOf[i] = draft.number;
        firstSegment[i] = segments;
        segments += draft.parentNumbers == null ? 1 : draft.parentSegments;
      }
      firstSegment[count] = segments;
      segmentDays = new long[segments];
      segmentParents = new int[segments];
      int s = 0;
      for (Draft draft : drafts) {
        // the parents the replay numbered: the same days as the life's map of parents, which is made from the draft
        long[] days = draft.parentDays;
        int[] parentsOfDraft = draft.parentNumbers;
        if (days == null || parentsOfDraft == null) {
          segmentDays[s] = draft.start.toEpochDay();
          segmentParents[s] = draft.parentNumber;
          s++;
        } else {
          System.arraycopy(days, 0, segmentDays, s, draft.parentSegments);
          System.arraycopy(parentsOfDraft, 0, segmentParents, s, draft.parentSegments);
          s += draft.parentSegments;
        }
      }
      // the lives by unit, counted first: the units numbered so far, those of the lives and of their parents
      livesStart = new int[numbers.size() + 1];
      for (int i = 0; i < count; i++) {
        livesStart[unitOf[i] + 1]++;
      }
      for (int u = 0; u + 1 < livesStart.length; u++) {
        livesStart[u + 1] += livesStart[u];
      }
      int[] next = Arrays.copyOf(livesStart, livesStart.length - 1);
      livesByUnit = new UnitLife[count];
      for (int i = 0; i < count; i++) {
        livesByUnit[next[unitOf[i]]++] = lives.get(i);
      }
    }

    /** The lives of a unit by number, in order; none for a unit numbered after the lives. */
    List<UnitLife> livesOf(int unit) {
      if (unit == NONE || unit + 1 >= livesStart.length) {
        return List.of();
      }
      return Arrays.asList(livesByUnit).subList(livesStart[unit], livesStart[unit + 1]);
    }

    /** The lives of a unit, in order. */
    List<UnitLife> livesOf(UnitId unit) {
      return livesOf(numbers.find(unit));
    }

    /** The parent of a life on a day of the life, or {@link #NONE}: the last segment that takes effect by then. */
    int parentOn(int life, long day) {
      int low = firstSegment[life];
      int high = firstSegment[life + 1] - 1;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (segmentDays[middle] <= day) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return segmentParents[low];
    }
  }

  /** The lives of each ranked day, in the order of the lives: counted first, then added in order. */
  private static final class DayLists {
    final int[] starts;
    final int[] lives;
    private final int[] next;

    DayLists(int days, int capacity) {
      starts = new int[days + 1];
      lives = new int[capacity];
      next = new int[days];
    }

    void count(int day) {
      starts[day + 1]++;
    }

    void startRuns() {
      for (int d = 1; d < starts.length; d++) {
        starts[d] += starts[d - 1];
      }
      System.arraycopy(starts, 0, next, 0, next.length);
    }

    void add(int day, int life) {
      lives[next[day]++] = life;
    }

    int from(int day) {
      return starts[day];
    }

    int to(int day) {
      return starts[day + 1];
    }
  }

  /**
   * The way up from a unit on a day, as an array of unit numbers in order. A way that ends at a root, or at a unit
   * already known to reach one that day ({@code rooted}), marks its units rooted: on a day when thousands of units
   * move, each step up is then taken once, not once for every unit below it.
   */
  private static final class Walk {
    final int[] units;
    int length;
    private final int[] onPath;
    private int stamp;

    Walk(int count) {
      units = new int[count];
      onPath = new int[count];
    }

    /** Whether the way up from the unit leads back to it; if so, {@link #units} holds the way. */
    boolean from(int start, long day, Parents parents, int[] alive, int[] rooted, int dayStamp) {
      stamp++;
      length = 0;
      int next = start;
      while (next != NONE && rooted[next] != dayStamp && onPath[next] != stamp) {
        onPath[next] = stamp;
        units[length++] = next;
        int life = alive[next];
        next = life == NONE ? NONE : parents.parentOn(life, day);
      }
      if (next == NONE || rooted[next] == dayStamp) {
        for (int p = 0; p < length; p++) {
          rooted[units[p]] = dayStamp;
        }
        return false;
      }
      return next == start;
    }

    /** The units of the way, in order. */
    Set<UnitId> path(Parents parents) {
      Set<UnitId> path = new LinkedHashSet<>();
      for (int p = 0; p < length; p++) {
        path.add(parents.numbers.id(units[p]));
      }
      return path;
    }
  }

  /** Each appointment names a known person and falls within a life of a known unit; one holder at a time. */
  private void checkAppointments(
      Parents parents, ImmutableMap<PersonId, Person> persons, List<Appointment> appointments) {
    Map<Post, List<Appointment>> earlier = new HashMap<>();
    for (Appointment a : appointments) {
      violations.addAll(
          appointmentViolations(a, parents.livesOf(a.post().unit()), known, persons::containsKey));
      List<Appointment> before = earlier.computeIfAbsent(a.post(), p -> new ArrayList<>());
      violations.addAll(holderViolations(a, before));
      before.add(a);
    }
  }

  /**
   * The violations of one appointment but for the one-holder rule: an unknown person, an unknown unit, a term
   * outside the unit's lives.
   */
  static List<OrganizationViolation> appointmentViolations(
      Appointment a, List<UnitLife> unitLives, Predicate<UnitId> known, Predicate<PersonId> knownPerson) {
    List<OrganizationViolation> violations = new ArrayList<>();
    if (!knownPerson.test(a.person())) {
      violations.add(
          OrganizationViolation.of(
              OrganizationRule.KNOWN_PERSON, a + ": the chart has no person " + a.person(), a, a.person()));
    }
    UnitId unit = a.post().unit();
    if (!known.test(unit)) {
      violations.add(
          OrganizationViolation.of(OrganizationRule.KNOWN_UNIT, a + ": the chart has no unit " + unit, a, unit));
    } else {
      List<Validity> lives = new ArrayList<>(unitLives.size());
      unitLives.forEach(l -> lives.add(l.validity()));
      if (lives.stream().noneMatch(l -> l.encloses(a.term()))) {
        violations.add(
            OrganizationViolation.of(
                OrganizationRule.APPOINTMENT_WITHIN_UNIT_LIFE,
                a + ": the term is not within a life of " + unit + ", " + lives,
                a,
                unit));
      }
    }
    return violations;
  }

  /** The violations of the one-holder rule by an appointment, against the earlier ones to the same post. */
  static List<OrganizationViolation> holderViolations(Appointment a, Iterable<Appointment> earlierToThePost) {
    List<OrganizationViolation> violations = new ArrayList<>();
    if (a.post().kind().singleHolder()) {
      for (Appointment b : earlierToThePost) {
        if (b.post().equals(a.post()) && b.term().overlaps(a.term())) {
          violations.add(
              OrganizationViolation.of(
                  OrganizationRule.ONE_HOLDER_AT_A_TIME,
                  a.post()
                      + " has one holder at a time: "
                      + b.person()
                      + " "
                      + b.term()
                      + " and "
                      + a.person()
                      + " "
                      + a.term()
                      + " overlap",
                  b,
                  a));
        }
      }
    }
    return violations;
  }

  /**
   * The map of a value over days after one more change, made at the first change: until then the value of the
   * creation, from the first day, is all there is.
   */
  static <V> SortedMap<LocalDate, V> put(
      @Nullable SortedMap<LocalDate, V> changes, LocalDate start, V first, LocalDate day, V value) {
    SortedMap<LocalDate, V> map = changes;
    if (map == null) {
      map = new TreeMap<>();
      map.put(start, first);
    }
    map.put(day, value);
    return map;
  }

  /** A unit's life while it is replayed. */
  private static final class Draft {
    final UnitId id;
    final int number;
    final Level level;
    final LocalDate start;
    final Restructuring top;
    final int part;
    @Nullable LocalDate end;
    @Nullable Restructuring endedBy;
    /** The name, kind and parent given by the creation. */
    final String name;
    final UnitKind kind;
    final Optional<UnitId> parent;
    /** The number of the parent given by the creation, or {@link #NONE}. */
    final int parentNumber;
    /** The names, kinds and parents by the day they take effect, once one changes; null while none has. */
    @Nullable SortedMap<LocalDate, String> names;
    @Nullable SortedMap<LocalDate, UnitKind> kinds;
    @Nullable SortedMap<LocalDate, Optional<UnitId>> parents;
    /**
     * Once the parent changes, the parents' numbers ({@link #NONE} for none) by the epoch day they take effect, kept
     * beside {@link #parents}: the first {@link #parentSegments} of the two arrays, the days increasing.
     */
    long @Nullable [] parentDays;
    int @Nullable [] parentNumbers;
    int parentSegments;

    Draft(Restructuring.Create create, int number, int parentNumber, Restructuring top, int part) {
      this.id = create.id();
      this.number = number;
      this.parentNumber = parentNumber;
      this.level = create.level();
      this.start = create.effectiveOn();
      this.top = top;
      this.part = part;
      this.name = create.name();
      this.kind = create.kind();
      this.parent = create.parent();
    }

    /**
     * Records the number of a new parent from a day on; the days come in order, as the steps are taken day by day, and
     * a second change on one day replaces the first, as in {@link #parents}.
     */
    void moveTo(LocalDate day, int parent) {
      long epochDay = day.toEpochDay();
      long[] days = parentDays;
      int[] numbers = parentNumbers;
      if (days == null || numbers == null) {
        days = new long[] {start.toEpochDay(), 0L};
        numbers = new int[] {parentNumber, NONE};
        parentSegments = 1;
      }
      int last = parentSegments - 1;
      if (days[last] == epochDay) {
        numbers[last] = parent;
      } else {
        if (parentSegments == days.length) {
          days = Arrays.copyOf(days, 2 * parentSegments);
          numbers = Arrays.copyOf(numbers, 2 * parentSegments);
        }
        days[parentSegments] = epochDay;
        numbers[parentSegments] = parent;
        parentSegments++;
      }
      parentDays = days;
      parentNumbers = numbers;
    }

    Validity validity() {
      return end == null ? Validity.from(start) : Validity.between(start, end);
    }

    UnitLife freeze() {
      return new UnitLife(
          id,
          level,
          start,
          validity(),
          endedBy,
          top,
          part,
          frozen(names, start, name),
          frozen(kinds, start, kind),
          frozen(parents, start, parent));
    }

    /** The map as an immutable one; most lives have one name, one kind and one parent, and no map of changes. */
    private static <V> ImmutableSortedMap<LocalDate, V> frozen(
        @Nullable SortedMap<LocalDate, V> changes, LocalDate start, V first) {
      return changes == null ? ImmutableSortedMap.of(start, first) : ImmutableSortedMap.copyOfSorted(changes);
    }
  }
}
