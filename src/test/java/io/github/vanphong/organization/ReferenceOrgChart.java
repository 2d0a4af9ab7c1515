package io.github.vanphong.organization;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The org chart as it was before its indexes: every change replays the whole history and checks every unit on every
 * day. Kept in the tests as the oracle of {@link OrgChart}: the same events, persons and appointments give the same
 * lives, trees, carriers and violations, in the same order, with the same messages.
 */
final class ReferenceOrgChart {

  private static final ReferenceOrgChart EMPTY =
      new ReferenceOrgChart(ImmutableList.of(), ImmutableMap.of(), ImmutableList.of(), ImmutableList.of());

  private final ImmutableList<Restructuring> events;

  private final ImmutableMap<PersonId, Person> persons;

  private final ImmutableList<Appointment> appointments;

  private final ImmutableList<Life> lives;

  private ReferenceOrgChart(
      ImmutableList<Restructuring> events,
      ImmutableMap<PersonId, Person> persons,
      ImmutableList<Appointment> appointments,
      ImmutableList<Life> lives) {
    this.events = events;
    this.persons = persons;
    this.appointments = appointments;
    this.lives = lives;
  }

  /**
   * Returns the chart with no unit, no person and no appointment.
   *
   * @return the empty chart, not null
   */
  public static ReferenceOrgChart empty() {
    return EMPTY;
  }

  /**
   * Returns the chart of the given events, in whatever order they are given.
   *
   * @param events the restructuring events, not null, none null
   * @return the chart, not null
   * @throws InvalidOrganizationException listing every violation of an {@link OrganizationRule} the events break
   */
  public static ReferenceOrgChart of(Iterable<? extends Restructuring> events) {
    return EMPTY.applyAll(events);
  }

  /**
   * Returns this chart with one more event, inserted at its day.
   *
   * @param event the event, not null
   * @return the new chart, not null
   * @throws InvalidOrganizationException listing every violation of an {@link OrganizationRule} the new chart
   *     would have; this chart is left as it was
   */
  public ReferenceOrgChart apply(Restructuring event) {
    return applyAll(ImmutableList.of(event));
  }

  /**
   * Returns this chart with more events, each inserted at its day.
   *
   * @param more the events, not null, none null
   * @return the new chart, not null
   * @throws InvalidOrganizationException listing every violation of an {@link OrganizationRule} the new chart
   *     would have; this chart is left as it was
   */
  public ReferenceOrgChart applyAll(Iterable<? extends Restructuring> more) {
    List<Restructuring> all = new ArrayList<>(events);
    more.forEach(e -> all.add(requireNonNull(e, "event")));
    all.sort(RestructuringOrder.ORDER);
    return validated(ImmutableList.copyOf(all), persons, appointments);
  }

  /**
   * Returns this chart with the person added, or replacing the person with the same identifier (a corrected name).
   *
   * @param person the person, not null
   * @return the new chart, not null
   */
  public ReferenceOrgChart withPerson(Person person) {
    requireNonNull(person, "person");
    Map<PersonId, Person> all = new LinkedHashMap<>(persons);
    all.put(person.id(), person);
    return new ReferenceOrgChart(events, ImmutableMap.copyOf(all), appointments, lives);
  }

  /**
   * Returns this chart with one more appointment.
   *
   * @param appointment the appointment, not null
   * @return the new chart, not null
   * @throws InvalidOrganizationException if the person is not in the chart ({@link
   *     OrganizationRule#KNOWN_PERSON}), the unit is not ({@link OrganizationRule#KNOWN_UNIT}), the term is not
   *     within one life of the unit ({@link OrganizationRule#APPOINTMENT_WITHIN_UNIT_LIFE}), or another
   *     appointment to the same single-holder post overlaps it ({@link OrganizationRule#ONE_HOLDER_AT_A_TIME});
   *     this chart is left as it was
   */
  public ReferenceOrgChart appoint(Appointment appointment) {
    requireNonNull(appointment, "appointment");
    ImmutableList<Appointment> all =
        ImmutableList.<Appointment>builder().addAll(appointments).add(appointment).build();
    return validated(events, persons, all);
  }

  /**
   * Returns every event, in the order they take effect.
   *
   * @return the events, not null
   */
  public ImmutableList<Restructuring> events() {
    return events;
  }

  /**
   * Returns the units alive on the given day, with the names, kinds and parents in effect that day; each unit's
   * {@link Unit#life()} is its whole life.
   *
   * @param date the day, not null
   * @return the tree of that day, not null; empty before the first creation
   */
  public UnitTree asOf(LocalDate date) {
    requireNonNull(date, "date");
    return UnitTree.of(
        date,
        lives.stream()
            .filter(life -> life.contains(date))
            .map(life -> life.on(date))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the unit as it stands on the given day, if it is alive then.
   *
   * @param id the unit, not null
   * @param date the day, not null
   * @return the unit of that day, or empty if it is not alive then or not known
   */
  public Optional<Unit> unit(UnitId id, LocalDate date) {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    return lifeOf(id, date).map(life -> life.on(date));
  }

  /**
   * Returns the lives of a unit identifier: one, or several if the identifier was created again after an end.
   *
   * @param id the unit, not null
   * @return the lives in order; empty if the chart does not know the unit
   */
  public ImmutableList<Validity> lives(UnitId id) {
    requireNonNull(id, "id");
    return lives.stream()
        .filter(life -> life.id.equals(id))
        .map(Life::validity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the events that changed the unit's life or history: its creation, renamings, changes of kind and
   * moves, the mergers, splits and dissolutions that end it, and those whose history it carries.
   *
   * @param id the unit, not null
   * @return the events in the order they take effect; empty if the chart does not know the unit
   */
  public ImmutableList<Restructuring> history(UnitId id) {
    requireNonNull(id, "id");
    return events.stream().filter(e -> e.subjects().contains(id)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the direct successors of a unit: the unit it merged into, the parts it was split into, the successor
   * named at its dissolution.
   *
   * @param id the unit, not null
   * @return the successors, in the order they take effect; empty if the unit has none or is not known
   */
  public ImmutableList<UnitId> successors(UnitId id) {
    requireNonNull(id, "id");
    Set<UnitId> successors = new LinkedHashSet<>();
    for (Restructuring event : events) {
      if (event instanceof Restructuring.Merge) {
        Restructuring.Merge merge = (Restructuring.Merge) event;
        if (merge.merged().contains(id)) {
          successors.add(merge.into());
        }
      } else if (event instanceof Restructuring.Split) {
        Restructuring.Split split = (Restructuring.Split) event;
        if (split.source().equals(id)) {
          successors.addAll(split.partIds());
        }
      } else if (event instanceof Restructuring.Dissolve) {
        Restructuring.Dissolve dissolve = (Restructuring.Dissolve) event;
        if (dissolve.id().equals(id)) {
          dissolve.successor().ifPresent(successors::add);
        }
      }
    }
    return ImmutableList.copyOf(successors);
  }

  /**
   * Returns the unit alive on the given day that carries the history of the given unit: the unit itself if it is
   * alive then, else the unit it merged into, the part of its split that carries its history, or its successor,
   * followed as far as the day. For example a district committee dissolved on 2025-07-01 with a commune committee
   * as successor has its history carried by that commune committee in 2026.
   *
   * @param id the unit, not null
   * @param date the day, not null
   * @return the carrier alive on {@code date}, or empty if the unit was not yet created then, is not known, or was
   *     dissolved with no successor on the way
   */
  public Optional<UnitId> historyCarrier(UnitId id, LocalDate date) {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    Optional<Life> found =
        lives.stream()
            .filter(life -> life.id.equals(id) && !life.start.isAfter(date))
            .reduce((first, second) -> second);
    while (found.isPresent()) {
      Life life = found.get();
      if (life.contains(date)) {
        return Optional.of(life.id);
      }
      Restructuring ending = requireNonNull(life.endedBy);
      found = carrierOf(ending).flatMap(next -> lifeOf(next, ending.effectiveOn()));
    }
    return Optional.empty();
  }

  private static Optional<UnitId> carrierOf(Restructuring ending) {
    if (ending instanceof Restructuring.Merge) {
      return Optional.of(((Restructuring.Merge) ending).into());
    }
    if (ending instanceof Restructuring.Split) {
      return Optional.of(((Restructuring.Split) ending).carrier());
    }
    return ((Restructuring.Dissolve) ending).successor();
  }

  private Optional<Life> lifeOf(UnitId id, LocalDate date) {
    return lives.stream().filter(life -> life.id.equals(id) && life.contains(date)).findFirst();
  }

  /**
   * Returns the person with the identifier, if the chart holds one.
   *
   * @param id the person, not null
   * @return the person, or empty
   */
  public Optional<Person> person(PersonId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(persons.get(id));
  }

  /**
   * Returns every person, in the order they were added.
   *
   * @return the persons, not null
   */
  public ImmutableList<Person> persons() {
    return persons.values().asList();
  }

  /**
   * Returns every appointment, in the order they were made.
   *
   * @return the appointments, not null
   */
  public ImmutableList<Appointment> appointments() {
    return appointments;
  }

  /**
   * Returns the people who hold the post on the given day.
   *
   * @param post the post, not null
   * @param date the day, not null
   * @return the holders, in the order of their appointments; empty if the post is vacant
   */
  public ImmutableList<Person> holdersOf(Post post, LocalDate date) {
    requireNonNull(post, "post");
    requireNonNull(date, "date");
    return appointments.stream()
        .filter(a -> a.post().equals(post) && a.isHeldOn(date))
        .map(a -> requireNonNull(persons.get(a.person())))
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the posts a person holds on the given day: Huỳnh Thanh Tạo held two on 2016-03-01.
   *
   * @param person the person, not null
   * @param date the day, not null
   * @return the posts, in the order of their appointments; empty if none or the person is not known
   */
  public ImmutableList<Post> postsOf(PersonId person, LocalDate date) {
    requireNonNull(person, "person");
    requireNonNull(date, "date");
    return appointments.stream()
        .filter(a -> a.person().equals(person) && a.isHeldOn(date))
        .map(Appointment::post)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ReferenceOrgChart)) {
      return false;
    }
    ReferenceOrgChart other = (ReferenceOrgChart) o;
    return events.equals(other.events)
        && persons.equals(other.persons)
        && appointments.equals(other.appointments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(events, persons, appointments);
  }

  /**
   * Returns the counts of events, persons and appointments: "ReferenceOrgChart[12 events, 3 persons, 4 appointments]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "ReferenceOrgChart["
        + events.size()
        + " events, "
        + persons.size()
        + " persons, "
        + appointments.size()
        + " appointments]";
  }

  // ---------------------------------------------------------------- replay and validation

  private static ReferenceOrgChart validated(
      ImmutableList<Restructuring> events,
      ImmutableMap<PersonId, Person> persons,
      ImmutableList<Appointment> appointments) {
    Replay replay = new Replay(events);
    ImmutableList<Life> lives = replay.run();
    List<OrganizationViolation> violations = new ArrayList<>(replay.violations);
    violations.addAll(appointmentViolations(replay.known, lives, persons, appointments));
    if (!violations.isEmpty()) {
      throw new InvalidOrganizationException(violations);
    }
    return new ReferenceOrgChart(events, persons, appointments, lives);
  }

  private static List<OrganizationViolation> appointmentViolations(
      Set<UnitId> known,
      ImmutableList<Life> lives,
      ImmutableMap<PersonId, Person> persons,
      ImmutableList<Appointment> appointments) {
    List<OrganizationViolation> violations = new ArrayList<>();
    for (int i = 0; i < appointments.size(); i++) {
      Appointment a = appointments.get(i);
      if (!persons.containsKey(a.person())) {
        violations.add(
            OrganizationViolation.of(
                OrganizationRule.KNOWN_PERSON, a + ": the chart has no person " + a.person(), a, a.person()));
      }
      UnitId unit = a.post().unit();
      if (!known.contains(unit)) {
        violations.add(
            OrganizationViolation.of(OrganizationRule.KNOWN_UNIT, a + ": the chart has no unit " + unit, a, unit));
      } else {
        List<Validity> unitLives =
            lives.stream().filter(l -> l.id.equals(unit)).map(Life::validity).collect(Collectors.toList());
        if (unitLives.stream().noneMatch(l -> l.encloses(a.term()))) {
          violations.add(
              OrganizationViolation.of(
                  OrganizationRule.APPOINTMENT_WITHIN_UNIT_LIFE,
                  a + ": the term is not within a life of " + unit + ", " + unitLives,
                  a,
                  unit));
        }
      }
      if (a.post().kind().singleHolder()) {
        for (int j = 0; j < i; j++) {
          Appointment b = appointments.get(j);
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
    }
    return violations;
  }

  /** One step of a replay: an ending (phase 0), a creation (1) or a change (2) on a day. */
  private static final class Step {
    final LocalDate date;
    final int phase;
    final Restructuring event;
    final UnitId subject;

    Step(LocalDate date, int phase, Restructuring event, UnitId subject) {
      this.date = date;
      this.phase = phase;
      this.event = event;
      this.subject = subject;
    }
  }

  /** Replays events in order, building lives and collecting violations; used once per new chart. */
  private static final class Replay {
    final ImmutableList<Restructuring> events;
    final Set<UnitId> known = new HashSet<>();
    final List<Draft> drafts = new ArrayList<>();
    final Map<UnitId, Draft> current = new HashMap<>();
    final List<OrganizationViolation> violations = new ArrayList<>();

    Replay(ImmutableList<Restructuring> events) {
      this.events = events;
    }

    ImmutableList<Life> run() {
      List<Step> steps = new ArrayList<>();
      for (Restructuring event : events) {
        if (event instanceof Restructuring.Create) {
          Restructuring.Create create = (Restructuring.Create) event;
          known.add(create.id());
          steps.add(new Step(create.effectiveOn(), 1, create, create.id()));
        } else if (event instanceof Restructuring.Split) {
          Restructuring.Split split = (Restructuring.Split) event;
          steps.add(new Step(split.effectiveOn(), 0, split, split.source()));
          for (Restructuring.Create part : split.parts()) {
            known.add(part.id());
            steps.add(new Step(part.effectiveOn(), 1, part, part.id()));
          }
        } else if (event instanceof Restructuring.Merge) {
          Restructuring.Merge merge = (Restructuring.Merge) event;
          merge.merged().forEach(id -> steps.add(new Step(merge.effectiveOn(), 0, merge, id)));
        } else if (event instanceof Restructuring.Dissolve) {
          Restructuring.Dissolve dissolve = (Restructuring.Dissolve) event;
          steps.add(new Step(dissolve.effectiveOn(), 0, dissolve, dissolve.id()));
        } else {
          steps.add(new Step(event.effectiveOn(), 2, event, event.subjects().iterator().next()));
        }
      }
      steps.sort(Comparator.<Step, LocalDate>comparing(s -> s.date).thenComparingInt(s -> s.phase));
      for (Step step : steps) {
        if (step.phase == 0) {
          end(step);
        } else if (step.phase == 1) {
          create((Restructuring.Create) step.event);
        } else {
          change(step);
        }
      }
      ImmutableList<Life> lives = drafts.stream().map(Draft::freeze).collect(ImmutableList.toImmutableList());
      checkCarriers(lives);
      checkStructure(lives);
      return lives;
    }

    /** Records a violation by an event, whose values at fault are the event and the unit named. */
    private void add(OrganizationRule rule, Restructuring event, UnitId unit, String facts) {
      violations.add(OrganizationViolation.of(rule, event + ": " + facts, event, unit));
    }

    private boolean isKnown(Restructuring event, UnitId id) {
      if (!known.contains(id)) {
        add(OrganizationRule.KNOWN_UNIT, event, id, "the chart has no unit " + id);
        return false;
      }
      return true;
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
      if (!isKnown(step.event, id)) {
        return;
      }
      LocalDate lastDay = step.date.minusDays(1);
      Draft draft = current.get(id);
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

    private void create(Restructuring.Create create) {
      create.parent().ifPresent(parent -> isKnown(create, parent));
      Draft draft = current.get(create.id());
      if (draft != null && (draft.end == null || !draft.end.isBefore(create.effectiveOn()))) {
        add(
            OrganizationRule.ONE_LIFE_AT_A_TIME,
            create,
            create.id(),
            "unit " + create.id() + " is already alive on " + create.effectiveOn() + ", since " + draft.start);
        return;
      }
      checkLevel(create, create.id(), create.level(), create.effectiveOn());
      Draft created = new Draft(create);
      drafts.add(created);
      current.put(create.id(), created);
    }

    private void change(Step step) {
      UnitId id = step.subject;
      Restructuring event = step.event;
      if (event instanceof Restructuring.Reattach) {
        isKnown(event, ((Restructuring.Reattach) event).parent());
      }
      if (!isKnown(event, id)) {
        return;
      }
      Draft draft = current.get(id);
      if (draft == null || !draft.validity().contains(step.date)) {
        add(OrganizationRule.UNIT_ALIVE, event, id, "unit " + id + " is not alive on " + step.date);
        return;
      }
      checkLevel(event, id, draft.level, step.date);
      if (event instanceof Restructuring.Rename) {
        draft.names.put(step.date, ((Restructuring.Rename) event).name());
      } else if (event instanceof Restructuring.ChangeKind) {
        draft.kinds.put(step.date, ((Restructuring.ChangeKind) event).kind());
      } else {
        draft.parents.put(step.date, Optional.of(((Restructuring.Reattach) event).parent()));
      }
    }

    /** A merger's target and a dissolved unit's successor are alive on the day the history passes to them. */
    private void checkCarriers(ImmutableList<Life> lives) {
      for (Restructuring event : events) {
        Optional<UnitId> carrier = Optional.empty();
        if (event instanceof Restructuring.Merge) {
          carrier = Optional.of(((Restructuring.Merge) event).into());
        } else if (event instanceof Restructuring.Dissolve) {
          carrier = ((Restructuring.Dissolve) event).successor();
        }
        if (carrier.isPresent() && isKnown(event, carrier.get())) {
          UnitId id = carrier.get();
          LocalDate day = event.effectiveOn();
          if (lives.stream().noneMatch(l -> l.id.equals(id) && l.contains(day))) {
            add(OrganizationRule.UNIT_ALIVE, event, id, "unit " + id + " is not alive on " + day);
          }
        }
      }
    }

    /** On every day the structure changes, each parent is alive, not below its child, and no parents cycle. */
    private void checkStructure(ImmutableList<Life> lives) {
      Set<String> reported = new HashSet<>();
      Set<LocalDate> days = new TreeSet<>();
      events.forEach(e -> days.add(e.effectiveOn()));
      for (LocalDate day : days) {
        Map<UnitId, Life> alive = new LinkedHashMap<>();
        for (Life life : lives) {
          if (life.contains(day)) {
            alive.put(life.id, life);
          }
        }
        for (Life life : alive.values()) {
          Optional<UnitId> parentId = life.parentOn(day);
          if (parentId.isEmpty() || !known.contains(parentId.get())) {
            continue;
          }
          Life parent = alive.get(parentId.get());
          if (parent == null) {
            if (reported.add("parent " + life.id + life.start + parentId.get())) {
              violations.add(
                  OrganizationViolation.of(
                      OrganizationRule.PARENT_ALIVE,
                      "unit " + life.id + " is under " + parentId.get() + " on " + day + ", when "
                          + parentId.get() + " is not alive",
                      life.id,
                      parentId.get()));
            }
          } else if (life.level.isAbove(parent.level)
              && reported.add("level " + life.id + life.start + parent.id)) {
            violations.add(
                OrganizationViolation.of(
                    OrganizationRule.LEVEL_NOT_ABOVE_PARENT,
                    "unit " + life.id + " (" + life.level.englishName() + ") cannot be under " + parent.id
                        + " (" + parent.level.englishName() + "), as it is on " + day,
                    life.id,
                    parent.id));
          }
        }
        checkCycles(day, alive, reported);
      }
    }

    private void checkCycles(LocalDate day, Map<UnitId, Life> alive, Set<String> reported) {
      for (UnitId start : alive.keySet()) {
        Set<UnitId> path = new LinkedHashSet<>();
        @Nullable UnitId next = start;
        while (next != null && path.add(next)) {
          Life life = alive.get(next);
          next = life == null ? null : life.parentOn(day).orElse(null);
        }
        if (start.equals(next) && reported.add("cycle " + new TreeSet<>(path))) {
          violations.add(
              OrganizationViolation.of(
                  OrganizationRule.NO_CYCLE,
                  "on " + day + " the parents of " + start + " lead back to it through " + path,
                  path.toArray()));
        }
      }
    }
  }

  /** A unit's life while it is replayed. */
  private static final class Draft {
    final UnitId id;
    final Level level;
    final LocalDate start;
    @Nullable LocalDate end;
    @Nullable Restructuring endedBy;
    final TreeMap<LocalDate, String> names = new TreeMap<>();
    final TreeMap<LocalDate, UnitKind> kinds = new TreeMap<>();
    final TreeMap<LocalDate, Optional<UnitId>> parents = new TreeMap<>();

    Draft(Restructuring.Create create) {
      this.id = create.id();
      this.level = create.level();
      this.start = create.effectiveOn();
      names.put(start, create.name());
      kinds.put(start, create.kind());
      parents.put(start, create.parent());
    }

    Validity validity() {
      return end == null ? Validity.from(start) : Validity.between(start, end);
    }

    Life freeze() {
      return new Life(
          id,
          level,
          start,
          validity(),
          endedBy,
          ImmutableSortedMap.copyOf(names),
          ImmutableSortedMap.copyOf(kinds),
          ImmutableSortedMap.copyOf(parents));
    }
  }

  /** One life of a unit identifier: its days, and its names, kinds and parents by the day they take effect. */
    private static final class Life {
    final UnitId id;
    final Level level;
    final LocalDate start;
    final Validity validity;
    final @Nullable Restructuring endedBy;
    final ImmutableSortedMap<LocalDate, String> names;
    final ImmutableSortedMap<LocalDate, UnitKind> kinds;
    final ImmutableSortedMap<LocalDate, Optional<UnitId>> parents;

    Life(
        UnitId id,
        Level level,
        LocalDate start,
        Validity validity,
        @Nullable Restructuring endedBy,
        ImmutableSortedMap<LocalDate, String> names,
        ImmutableSortedMap<LocalDate, UnitKind> kinds,
        ImmutableSortedMap<LocalDate, Optional<UnitId>> parents) {
      this.id = id;
      this.level = level;
      this.start = start;
      this.validity = validity;
      this.endedBy = endedBy;
      this.names = names;
      this.kinds = kinds;
      this.parents = parents;
    }

    Validity validity() {
      return validity;
    }

    boolean contains(LocalDate day) {
      return validity.contains(day);
    }

    Optional<UnitId> parentOn(LocalDate day) {
      return requireNonNull(parents.floorEntry(day)).getValue();
    }

    Unit on(LocalDate day) {
      return Unit.builder()
          .id(id)
          .name(requireNonNull(names.floorEntry(day)).getValue())
          .kind(requireNonNull(kinds.floorEntry(day)).getValue())
          .level(level)
          .parent(parentOn(day))
          .life(validity)
          .build();
    }
  }
}
