package io.github.vanphong.organization;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The dated organisation: every restructuring event, the people and their appointments, from which the units of
 * any day follow. For example the chart of Hậu Giang answers that on 2016-03-01 Ngã Bảy's committee was a Thị ủy
 * under the Provincial Party Committee, that Huỳnh Thanh Tạo then held two posts, and that the history of the
 * Provincial Party Committee, merged on 2025-07-01, is carried by the committee of Cần Thơ.
 *
 * <p>The history is an append-only list of {@link Restructuring} events in the order they take effect; the state
 * of every day is derived by replaying them. An event dated before others is inserted at its day, and the chart is
 * checked again as if the whole history were replayed. Events of one day are kept and replayed in a fixed order: by kind of change,
 * first the endings (mergers, splits, dissolutions, in that order), then the creations, then the changes to living
 * units (renamings, changes of kind, moves, in that order); then by the unit the change is about (the unit merged
 * into, split, dissolved, created, renamed, changed or moved), by its identifier; then by the rest of what the change
 * says, and last by the decision it cites. So the same events give the same chart in whatever order they are
 * given.
 *
 * <p>Every change returns a new chart, or throws an {@link InvalidOrganizationException} that lists every
 * {@link OrganizationRule} the result would break; the chart the change was applied to is left as it was. The
 * rules: each unit, parent and person named is known ({@link OrganizationRule#KNOWN_UNIT}, {@link
 * OrganizationRule#KNOWN_PERSON}); the lives of one identifier do not overlap ({@link
 * OrganizationRule#ONE_LIFE_AT_A_TIME}); a change falls within the unit's life ({@link
 * OrganizationRule#UNIT_ALIVE}); a parent is alive on every day a unit is under it ({@link
 * OrganizationRule#PARENT_ALIVE}); no cycle ({@link OrganizationRule#NO_CYCLE}); no unit above its parent's level
 * ({@link OrganizationRule#LEVEL_NOT_ABOVE_PARENT}); no event of a district-level unit after 2025-06-30 ({@link
 * OrganizationRule#DISTRICT_LEVEL_ENDED}); an appointment within a life of its unit ({@link
 * OrganizationRule#APPOINTMENT_WITHIN_UNIT_LIFE}); one holder at a time of a single-holder post ({@link
 * OrganizationRule#ONE_HOLDER_AT_A_TIME}). A chart that ends in 2016 may hold district-level units with no end:
 * only events dated after the district level ended are refused.
 *
 * <p>Costs. A chart keeps, besides its events, indexes built once and shared with the charts made from it
 * (persistent trees, changed by copying a path): the lives of each unit, the events that touched it, the lives ever
 * under it, its appointments. The records of the units are kept twice, in the order of their identifiers and hashed
 * by identifier (a persistent hash trie), so that a look-up of one unit reads a few small nodes however many units
 * the chart holds. So {@link #of} costs about {@code n log n} in the events; {@link #apply} replays only
 * the units the event changes and checks only what touches them (their parents, their children, the cycles through
 * them, their appointments), in about the time of a few look-ups whatever the size of the chart; {@link #unit},
 * {@link #historyCarrier}, {@link #holdersOf}, {@link #postsOf} and the tree {@link #asOf} a day, when asked for one
 * unit's children, descendants or ancestors, answer in time that does not grow with the number of units; {@link
 * #historyCarriers} answers for many units at once, and keeps the carriers it found for the last day asked, so that
 * the roll-ups of one day over one chart look each unit up once. A refused change is replayed in full, so that the
 * report lists every violation in the same order as any other. The figures are in docs/performance.md.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class OrgChart {

  /** How many units a look for a cycle through a new parent may visit before the chart is replayed in full. */
  private static final int CYCLE_SEARCH_BUDGET = 10_000;

  private static final Comparator<Integer> NATURAL = Comparator.naturalOrder();

  private static final OrgChart EMPTY =
      new OrgChart(
          PersistentSortedMap.empty(RestructuringOrder.ORDER),
          0,
          PersistentSortedMap.empty(Comparator.naturalOrder()),
          PersistentHashMap.empty(),
          PersistentSortedMap.empty(UnitLife.ORDER),
          PersistentSortedMap.empty(Comparator.naturalOrder()),
          PersistentSortedMap.empty(NATURAL),
          PersistentSortedMap.empty(Comparator.naturalOrder()));

  /** The events in the order they take effect, each with the number of times it was given. */
  @SuppressWarnings("Immutable") // persistent map of immutable values
  private final PersistentSortedMap<Restructuring, Integer> events;

  private final int eventCount;

  /** Each unit named by an event: its lives, the events that touched it, the lives under it, its appointments. */
  @SuppressWarnings("Immutable") // persistent map of immutable values
  private final PersistentSortedMap<UnitId, UnitRecord> units;

  /**
   * The same records as {@link #units}, hashed by identifier: what every look-up of one unit reads, in a few steps
   * whatever the size of the chart.
   */
  @SuppressWarnings("Immutable") // persistent map of immutable values
  private final PersistentHashMap<UnitId, UnitRecord> unitsById;

  /** Every life, in the order of the events that created them: the order of the units of a tree. */
  @SuppressWarnings("Immutable") // persistent map of immutable values
  private final PersistentSortedMap<UnitLife, UnitLife> lives;

  /** The persons, each with the place it was first added at. */
  @SuppressWarnings("Immutable") // persistent map of immutable values
  private final PersistentSortedMap<PersonId, Listed<Person>> persons;

  /** The appointments by the place they were made at. */
  @SuppressWarnings("Immutable") // persistent map of immutable values
  private final PersistentSortedMap<Integer, Appointment> appointments;

  /** The appointments of each person, in the order they were made. */
  @SuppressWarnings("Immutable") // persistent map of immutable values
  private final PersistentSortedMap<PersonId, ImmutableList<Appointment>> appointmentsByPerson;

  // Lists and maps made from the fields above on first use; racy single-checks, as Guava's immutable collections are
  // safely published through a data race.
  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields
  private @Nullable ImmutableList<Restructuring> eventList;

  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields
  private @Nullable ImmutableMap<PersonId, Person> personMap;

  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields
  private @Nullable ImmutableList<Appointment> appointmentList;

  @SuppressWarnings("Immutable") // a cache of values derived from the final fields, safe to share between threads
  private @Nullable CarriersOn carriersOfADay;

  private OrgChart(
      PersistentSortedMap<Restructuring, Integer> events,
      int eventCount,
      PersistentSortedMap<UnitId, UnitRecord> units,
      PersistentHashMap<UnitId, UnitRecord> unitsById,
      PersistentSortedMap<UnitLife, UnitLife> lives,
      PersistentSortedMap<PersonId, Listed<Person>> persons,
      PersistentSortedMap<Integer, Appointment> appointments,
      PersistentSortedMap<PersonId, ImmutableList<Appointment>> appointmentsByPerson) {
    this.events = events;
    this.eventCount = eventCount;
    this.units = units;
    this.unitsById = unitsById;
    this.lives = lives;
    this.persons = persons;
    this.appointments = appointments;
    this.appointmentsByPerson = appointmentsByPerson;
  }

  /**
   * Returns the chart with no unit, no person and no appointment.
   *
   * @return the empty chart, not null
   */
  public static OrgChart empty() {
    return EMPTY;
  }

  /**
   * Returns the chart of the given events, in whatever order they are given.
   *
   * @param events the restructuring events, not null, none null
   * @return the chart, not null
   * @throws InvalidOrganizationException listing every violation of an {@link OrganizationRule} the events break
   */
  public static OrgChart of(Iterable<? extends Restructuring> events) {
    requireNonNull(events, "events");
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
  public OrgChart apply(Restructuring event) {
    requireNonNull(event, "event");
    OrgChart changed = tryApply(event);
    return changed != null ? changed : replayedWith(ImmutableList.of(event));
  }

  /**
   * Returns this chart with more events, each inserted at its day.
   *
   * @param more the events, not null, none null
   * @return the new chart, not null
   * @throws InvalidOrganizationException listing every violation of an {@link OrganizationRule} the new chart
   *     would have; this chart is left as it was
   */
  public OrgChart applyAll(Iterable<? extends Restructuring> more) {
    requireNonNull(more, "more");
    List<Restructuring> added = new ArrayList<>();
    more.forEach(e -> added.add(requireNonNull(e, "event")));
    if (added.size() * 16L <= eventCount || added.size() == 1) {
      // a few events on a large chart: one at a time, as long as each step leaves a valid chart
      OrgChart chart = this;
      for (Restructuring event : added) {
        chart = chart.tryApply(event);
        if (chart == null) {
          return replayedWith(added);
        }
      }
      return chart;
    }
    return replayedWith(added);
  }

  /**
   * Returns this chart with the person added, or replacing the person with the same identifier (a corrected name).
   *
   * @param person the person, not null
   * @return the new chart, not null
   */
  public OrgChart withPerson(Person person) {
    requireNonNull(person, "person");
    Listed<Person> before = persons.get(person.id());
    int place = before != null ? before.place : persons.size();
    return new OrgChart(
        events,
        eventCount,
        units,
        unitsById,
        lives,
        persons.with(person.id(), new Listed<>(place, person)),
        appointments,
        appointmentsByPerson);
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
  public OrgChart appoint(Appointment appointment) {
    requireNonNull(appointment, "appointment");
    UnitId unit = appointment.post().unit();
    UnitRecord record = record(unit);
    // the appointments made before are valid, so only this one can break a rule
    List<OrganizationViolation> violations =
        new ArrayList<>(
            ChartReplay.appointmentViolations(
                appointment, record.lives, this::isKnown, id -> persons.get(id) != null));
    violations.addAll(ChartReplay.holderViolations(appointment, record.appointments));
    if (!violations.isEmpty()) {
      throw new InvalidOrganizationException(violations);
    }
    PersonId person = appointment.person();
    UnitRecord appointed = record.withAppointment(appointment);
    return new OrgChart(
        events,
        eventCount,
        units.with(unit, appointed),
        unitsById.with(unit, appointed),
        lives,
        persons,
        appointments.with(appointments.size(), appointment),
        appointmentsByPerson.with(
            person, append(appointmentsByPerson.getOrDefault(person, ImmutableList.of()), appointment)));
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(element).build();
  }

  /**
   * Returns every event, in the order they take effect.
   *
   * @return the events, not null
   */
  public ImmutableList<Restructuring> events() {
    ImmutableList<Restructuring> list = eventList;
    if (list == null) {
      ImmutableList.Builder<Restructuring> all = ImmutableList.builderWithExpectedSize(eventCount);
      events.forEach((event, count) -> addTimes(all, event, count));
      list = all.build();
      eventList = list;
    }
    return list;
  }

  private static void addTimes(ImmutableList.Builder<Restructuring> to, Restructuring event, int count) {
    for (int i = 0; i < count; i++) {
      to.add(event);
    }
  }

  /** The events of a map of counts, in order, each as many times as it was given. */
  private static List<Restructuring> expand(PersistentSortedMap<Restructuring, Integer> counts) {
    List<Restructuring> events = new ArrayList<>(counts.size());
    counts.forEach(
        (event, count) -> {
          for (int i = 0; i < count; i++) {
            events.add(event);
          }
        });
    return events;
  }

  /**
   * Returns the units alive on the given day, with the names, kinds and parents in effect that day; each unit's
   * {@link Unit#life()} is its whole life. The tree reads the chart: a unit, its children, descendants and ancestors
   * cost what they hold, and the whole tree is made on the first call that needs it (its units, roots or size).
   *
   * @param date the day, not null
   * @return the tree of that day, not null; empty before the first creation
   */
  public UnitTree asOf(LocalDate date) {
    requireNonNull(date, "date");
    return UnitTree.of(this, date);
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
    return record(id).lives.stream().map(UnitLife::validity).collect(ImmutableList.toImmutableList());
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
    UnitRecord record = record(id);
    List<Restructuring> own = expand(record.lifeEvents);
    List<Restructuring> carried = expand(record.carried);
    ImmutableList.Builder<Restructuring> history =
        ImmutableList.builderWithExpectedSize(own.size() + carried.size());
    int i = 0;
    int j = 0;
    while (i < own.size() || j < carried.size()) {
      if (j == carried.size()
          || (i < own.size() && RestructuringOrder.ORDER.compare(own.get(i), carried.get(j)) <= 0)) {
        history.add(own.get(i++));
      } else {
        history.add(carried.get(j++));
      }
    }
    return history.build();
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
    for (Restructuring event : record(id).lifeEvents.keys()) {
      if (event instanceof Restructuring.Merge merge) {
        successors.add(merge.into());
      } else if (event instanceof Restructuring.Split split) {
        if (split.source().equals(id)) {
          successors.addAll(split.partIds());
        }
      } else if (event instanceof Restructuring.Dissolve dissolve) {
        dissolve.successor().ifPresent(successors::add);
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
    Optional<UnitLife> found = Optional.empty();
    for (UnitLife life : record(id).lives) {
      if (!life.start.isAfter(date)) {
        found = Optional.of(life);
      }
    }
    while (found.isPresent()) {
      UnitLife life = found.get();
      if (life.contains(date)) {
        return Optional.of(life.id);
      }
      Restructuring ending = requireNonNull(life.endedBy);
      found = carrierOf(ending).flatMap(next -> lifeOf(next, ending.effectiveOn()));
    }
    return Optional.empty();
  }

  /**
   * Returns the units alive on the given day that carry the histories of the given units, for many units at once:
   * each unit that has a carrier that day, mapped to the unit {@link #historyCarrier(UnitId, LocalDate) historyCarrier} names. A
   * roll-up onto successors, such as {@code PetitionTally.reassignedTo}, asks this once for all its units.
   *
   * <p>The chart keeps what it has found for the last day asked: each unit's carrier is looked up once per chart
   * value and day, and the next call for that day, by any roll-up over this chart value, reads the units already
   * found from a hash map, in time linear in the units. A unit's way to its carrier is followed once for all the
   * units the same event ended (the communes merged into one). The kept carriers hold at most one entry for each
   * unit the chart knows; a unit it does not know is answered but not kept.
   *
   * @param ids the units, not null, none null; a unit given more than once appears once
   * @param date the day, not null
   * @return each of the units that has a carrier on {@code date}, mapped to it, in the order the units are first
   *     given; a unit not yet created then, not known, or dissolved with no successor on the way is left out; not
   *     null
   */
  public ImmutableMap<UnitId, UnitId> historyCarriers(Collection<UnitId> ids, LocalDate date) {
    requireNonNull(ids, "ids");
    requireNonNull(date, "date");
    CarriersOn day = carriersOfADay;
    if (day == null || !day.date.equals(date)) {
      day = new CarriersOn(date);
      carriersOfADay = day;
    }
    IdentityHashMap<Restructuring, Optional<UnitId>> afterEnding = new IdentityHashMap<>();
    ImmutableMap.Builder<UnitId, UnitId> answer = ImmutableMap.builderWithExpectedSize(ids.size());
    for (UnitId id : ids) {
      requireNonNull(id, "an element of ids");
      Optional<UnitId> carrier = day.found.get(id);
      if (carrier == null) {
        UnitRecord record = record(id);
        carrier = carrierOn(record, date, afterEnding);
        if (!record.lives.isEmpty()) {
          // a unit the chart does not know is not kept, so what is kept stays within the units of the chart
          day.found.put(id, carrier);
        }
      }
      carrier.ifPresent(c -> answer.put(id, c));
    }
    return answer.buildKeepingLast();
  }

  /** What {@link #historyCarrier} answers, each ending event's way to its carrier followed once per call. */
  private Optional<UnitId> carrierOn(
      UnitRecord record, LocalDate date, Map<Restructuring, Optional<UnitId>> afterEnding) {
    @Nullable UnitLife latest = null;
    for (UnitLife life : record.lives) {
      if (!life.start.isAfter(date)) {
        latest = life;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    return latest.contains(date)
        ? Optional.of(latest.id)
        : carrierAfter(requireNonNull(latest.endedBy), date, afterEnding);
  }

  /**
   * The unit alive on a day that carries the history of the units an event ended before it, following the carriers
   * from life to life as {@link #historyCarrier} does; each event's answer is kept, for every event on the way.
   */
  private Optional<UnitId> carrierAfter(
      Restructuring ending, LocalDate date, Map<Restructuring, Optional<UnitId>> afterEnding) {
    List<Restructuring> way = new ArrayList<>(2);
    Optional<UnitId> carrier = Optional.empty();
    Restructuring at = ending;
    while (true) {
      Optional<UnitId> known = afterEnding.get(at);
      if (known != null) {
        carrier = known;
        break;
      }
      way.add(at);
      LocalDate passed = at.effectiveOn();
      @Nullable UnitLife next = carrierOf(at).flatMap(unit -> lifeOf(unit, passed)).orElse(null);
      if (next == null) {
        break;
      }
      if (next.contains(date)) {
        carrier = Optional.of(next.id);
        break;
      }
      at = requireNonNull(next.endedBy);
    }
    for (Restructuring event : way) {
      afterEnding.put(event, carrier);
    }
    return carrier;
  }

  /**
   * The carriers a chart has found for one day, kept for the next call of that day. The map is safe to share between
   * threads; two threads that start on a new day at once may each keep their own, and one of them is lost, which
   * changes no answer.
   */
  private static final class CarriersOn {
    final LocalDate date;
    final ConcurrentHashMap<UnitId, Optional<UnitId>> found = new ConcurrentHashMap<>();

    CarriersOn(LocalDate date) {
      this.date = date;
    }
  }

  private static Optional<UnitId> carrierOf(Restructuring ending) {
    if (ending instanceof Restructuring.Merge merge) {
      return Optional.of(merge.into());
    }
    if (ending instanceof Restructuring.Split split) {
      return Optional.of(split.carrier());
    }
    return ((Restructuring.Dissolve) ending).successor();
  }

  private Optional<UnitLife> lifeOf(UnitId id, LocalDate date) {
    for (UnitLife life : record(id).lives) {
      if (life.contains(date)) {
        return Optional.of(life);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the person with the identifier, if the chart holds one.
   *
   * @param id the person, not null
   * @return the person, or empty
   */
  public Optional<Person> person(PersonId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(persons.get(id)).map(listed -> listed.value);
  }

  /**
   * Returns every person, in the order they were added.
   *
   * @return the persons, not null
   */
  public ImmutableList<Person> persons() {
    return personMap().values().asList();
  }

  private ImmutableMap<PersonId, Person> personMap() {
    ImmutableMap<PersonId, Person> map = personMap;
    if (map == null) {
      List<Listed<Person>> listed = new ArrayList<>(persons.size());
      persons.values().forEach(listed::add);
      listed.sort(Comparator.comparingInt(l -> l.place));
      ImmutableMap.Builder<PersonId, Person> inOrder = ImmutableMap.builderWithExpectedSize(listed.size());
      listed.forEach(l -> inOrder.put(l.value.id(), l.value));
      map = inOrder.buildOrThrow();
      personMap = map;
    }
    return map;
  }

  /**
   * Returns every appointment, in the order they were made.
   *
   * @return the appointments, not null
   */
  public ImmutableList<Appointment> appointments() {
    ImmutableList<Appointment> list = appointmentList;
    if (list == null) {
      list = ImmutableList.copyOf(appointments.values());
      appointmentList = list;
    }
    return list;
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
    return record(post.unit()).appointments.stream()
        .filter(a -> a.post().equals(post) && a.isHeldOn(date))
        .map(a -> requireNonNull(persons.get(a.person())).value)
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
    return appointmentsByPerson.getOrDefault(person, ImmutableList.of()).stream()
        .filter(a -> a.isHeldOn(date))
        .map(Appointment::post)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------- what a tree of one day reads

  /** The units alive on a day, in the order of the lives. */
  ImmutableList<Unit> unitsOn(LocalDate date) {
    ImmutableList.Builder<Unit> alive = ImmutableList.builder();
    for (UnitLife life : lives.values()) {
      if (life.contains(date)) {
        alive.add(life.on(date));
      }
    }
    return alive.build();
  }

  /** The units directly under a unit on a day, in the order of the lives: read from the lives ever under it. */
  ImmutableList<Unit> childrenOn(UnitId parent, LocalDate date) {
    ImmutableList.Builder<Unit> children = ImmutableList.builder();
    Optional<UnitId> under = Optional.of(parent);
    for (UnitLife child : record(parent).children.values()) {
      if (child.contains(date) && child.parentOn(date).equals(under)) {
        children.add(child.on(date));
      }
    }
    return children.build();
  }

  // ---------------------------------------------------------------- the two indexes of the units, as the tests read them

  /** The units' records, in the order of their identifiers. */
  PersistentSortedMap<UnitId, ?> unitsInOrder() {
    return units;
  }

  /** The units' records hashed by identifier: the same entries as {@link #unitsInOrder}, what a look-up reads. */
  PersistentHashMap<UnitId, ?> unitsById() {
    return unitsById;
  }

  /**
   * What the chart's record of a unit holds, as text: its lives, its events and their counts, the events carried to
   * it, the lives under it and its appointments, each in its order.
   */
  String recordText(UnitId id) {
    UnitRecord record = record(id);
    StringBuilder text = new StringBuilder();
    text.append("lives ").append(record.lives).append("; events");
    record.lifeEvents.forEach((event, count) -> text.append(' ').append(event).append(" x").append(count));
    text.append("; carried");
    record.carried.forEach((event, count) -> text.append(' ').append(event).append(" x").append(count));
    text.append("; children");
    record.children.forEach((life, same) -> text.append(' ').append(life.id).append('@').append(life.start));
    return text.append("; appointments ").append(record.appointments).toString();
  }

  // equality and the hash code read the events, persons and appointments only: the indexes are derived from them
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof OrgChart other)) {
      return false;
    }

    return eventCount == other.eventCount
        && events().equals(other.events())
        && personMap().equals(other.personMap())
        && appointments().equals(other.appointments());
  }

  @Override
  public int hashCode() {
    return Objects.hash(events(), personMap(), appointments());
  }

  /**
   * Returns the counts of events, persons and appointments: "OrgChart[12 events, 3 persons, 4 appointments]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "OrgChart["
        + eventCount
        + " events, "
        + persons.size()
        + " persons, "
        + appointments.size()
        + " appointments]";
  }

  // ---------------------------------------------------------------- the indexes

  /** A person or another value with the place it was first listed at. */
  @Immutable(containerOf = "T")
  private static final class Listed<T> {
    final int place;
    final T value;

    Listed(int place, T value) {
      this.place = place;
      this.value = value;
    }
  }

  private static final UnitRecord NO_RECORD =
      new UnitRecord(
          ImmutableList.of(),
          PersistentSortedMap.empty(RestructuringOrder.ORDER),
          PersistentSortedMap.empty(RestructuringOrder.ORDER),
          PersistentSortedMap.empty(UnitLife.ORDER),
          ImmutableList.of());

  /** What the chart knows of one unit identifier. */
  @Immutable
  @SuppressWarnings("Immutable") // immutable lists and persistent maps of immutable values
  private static final class UnitRecord {
    /** The lives, in the order they began. */
    final ImmutableList<UnitLife> lives;
    /** The events that create, change or end the unit, each with the number of times it was given. */
    final PersistentSortedMap<Restructuring, Integer> lifeEvents;
    /** The events whose history passes to the unit: the mergers into it, the dissolutions naming it successor. */
    final PersistentSortedMap<Restructuring, Integer> carried;
    /** The lives ever under the unit, in the order of the lives. */
    final PersistentSortedMap<UnitLife, UnitLife> children;
    /** The appointments to the unit's posts, in the order they were made. */
    final ImmutableList<Appointment> appointments;

    UnitRecord(
        ImmutableList<UnitLife> lives,
        PersistentSortedMap<Restructuring, Integer> lifeEvents,
        PersistentSortedMap<Restructuring, Integer> carried,
        PersistentSortedMap<UnitLife, UnitLife> children,
        ImmutableList<Appointment> appointments) {
      this.lives = lives;
      this.lifeEvents = lifeEvents;
      this.carried = carried;
      this.children = children;
      this.appointments = appointments;
    }

    UnitRecord withLives(ImmutableList<UnitLife> newLives) {
      return new UnitRecord(newLives, lifeEvents, carried, children, appointments);
    }

    UnitRecord withEvent(Restructuring event, boolean ofItsLife) {
      return ofItsLife
          ? new UnitRecord(lives, plusOne(lifeEvents, event), carried, children, appointments)
          : new UnitRecord(lives, lifeEvents, plusOne(carried, event), children, appointments);
    }

    UnitRecord withChild(UnitLife child) {
      return new UnitRecord(lives, lifeEvents, carried, children.with(child, child), appointments);
    }

    UnitRecord withoutChild(UnitLife child) {
      return new UnitRecord(lives, lifeEvents, carried, children.without(child), appointments);
    }

    UnitRecord withAppointment(Appointment appointment) {
      return new UnitRecord(lives, lifeEvents, carried, children, append(appointments, appointment));
    }
  }

  private static PersistentSortedMap<Restructuring, Integer> plusOne(
      PersistentSortedMap<Restructuring, Integer> counts, Restructuring event) {
    return counts.with(event, counts.getOrDefault(event, 0) + 1);
  }

  private UnitRecord record(UnitId id) {
    return unitsById.getOrDefault(id, NO_RECORD);
  }

  /** Whether an event of the chart created the unit: in a valid chart, whether the unit has a life. */
  private boolean isKnown(UnitId id) {
    return !record(id).lives.isEmpty();
  }

  /** The units whose lives an event creates, changes or ends. */
  private static Set<UnitId> livesChangedBy(Restructuring event) {
    if (event instanceof Restructuring.Merge merge) {
      return ImmutableSet.copyOf(merge.merged());
    }
    if (event instanceof Restructuring.Dissolve dissolve) {
      return ImmutableSet.of(dissolve.id());
    }
    // a creation, a split (its source and parts), a renaming, a change of kind or a move
    return event.subjects();
  }

  /** The units an event creates. */
  private static Set<UnitId> createdBy(Restructuring event) {
    if (event instanceof Restructuring.Create create) {
      return Set.of(create.id());
    }
    if (event instanceof Restructuring.Split split) {
      return new HashSet<>(split.partIds());
    }
    return Set.of();
  }

  // ---------------------------------------------------------------- a change replayed in full

  /** This chart with more events, replayed in full: the chart, or the report of every violation. */
  private OrgChart replayedWith(List<Restructuring> added) {
    List<Restructuring> present = events();
    Restructuring[] all = new Restructuring[present.size() + added.size()];
    present.toArray(all);
    System.arraycopy(added.toArray(), 0, all, present.size(), added.size());
    // events mostly come in order: one comparison of each with the one before tells it, and finds the repeats
    boolean[] repeats = new boolean[all.length];
    if (!inOrder(all, repeats)) {
      Arrays.sort(all, RestructuringOrder.ORDER);
      inOrder(all, repeats);
    }
    return replayed(
        Arrays.asList(all), repeats, persons, appointments, appointmentsByPerson, personMap(), appointments());
  }

  /**
   * Whether the events are in {@link RestructuringOrder#ORDER}; if they are, marks each event equal to the one before
   * it (the order compares as equal only equal events).
   */
  private static boolean inOrder(Restructuring[] events, boolean[] repeats) {
    for (int i = 1; i < events.length; i++) {
      int order = RestructuringOrder.ORDER.compare(events[i - 1], events[i]);
      if (order > 0) {
        return false;
      }
      repeats[i] = order == 0;
    }
    return true;
  }

  private static OrgChart replayed(
      List<Restructuring> sorted,
      boolean[] repeats,
      PersistentSortedMap<PersonId, Listed<Person>> persons,
      PersistentSortedMap<Integer, Appointment> appointments,
      PersistentSortedMap<PersonId, ImmutableList<Appointment>> appointmentsByPerson,
      ImmutableMap<PersonId, Person> personMap,
      ImmutableList<Appointment> appointmentList) {
    ChartReplay.Result result = ChartReplay.replay(sorted, personMap, appointmentList);
    if (!result.violations.isEmpty()) {
      throw new InvalidOrganizationException(result.violations);
    }
    return indexed(sorted, repeats, result, persons, appointments, appointmentsByPerson, appointmentList);
  }

  /**
   * The chart of a replay that found no violation, indexed over the numbers the replay gave the units: each unit's
   * lives, events, children and appointments are grouped by number in one pass over arrays, and the records are
   * made once each, in the order of the identifiers, from runs already in the order of their maps.
   */
  private static OrgChart indexed(
      List<Restructuring> sorted,
      boolean[] repeats,
      ChartReplay.Result result,
      PersistentSortedMap<PersonId, Listed<Person>> persons,
      PersistentSortedMap<Integer, Appointment> appointments,
      PersistentSortedMap<PersonId, ImmutableList<Appointment>> appointmentsByPerson,
      ImmutableList<Appointment> appointmentList) {
    ChartReplay.Parents parents = result.parents;
    UnitNumbers numbers = parents.numbers;
    // the events, each once with the number of times it was given
    Restructuring[] distinct = new Restructuring[sorted.size()];
    int[] counts = new int[sorted.size()];
    int[] distinctOf = new int[sorted.size()];
    int distinctCount = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (repeats[i]) {
        counts[distinctCount - 1]++;
      } else {
        distinct[distinctCount] = sorted.get(i);
        counts[distinctCount] = 1;
        distinctCount++;
      }
      distinctOf[i] = distinctCount - 1;
    }
    // each unit's events: those that create, change or end its lives, and those that pass a history to it, as the
    // replay numbered them in the order of the events
    Runs lifeEvents = new Runs(result.subjectEvents.length);
    for (int k = 0; k < result.subjectEvents.length; k++) {
      int place = result.subjectEvents[k];
      if (!repeats[place]) {
        lifeEvents.add(result.subjectUnits[k], distinctOf[place]);
      }
    }
    Runs carried = new Runs(result.carrierEvents.length);
    for (int k = 0; k < result.carrierEvents.length; k++) {
      int place = result.carrierEvents[k];
      if (!repeats[place]) {
        carried.add(result.carrierUnits[k], distinctOf[place]);
      }
    }
    // each unit's lives, and the lives ever under it (each life once under each of its distinct parents)
    ImmutableList<UnitLife> lives = result.lives;
    Runs livesOf = new Runs(lives.size());
    Runs children = new Runs(lives.size());
    for (int i = 0; i < lives.size(); i++) {
      livesOf.add(parents.unitOf[i], i);
      int first = parents.firstSegment[i];
      for (int s = first; s < parents.firstSegment[i + 1]; s++) {
        int parent = parents.segmentParents[s];
        if (parent != UnitNumbers.NONE && !occursIn(parents.segmentParents, first, s, parent)) {
          children.add(parent, i);
        }
      }
    }
    Runs appointed = new Runs(appointmentList.size());
    for (int a = 0; a < appointmentList.size(); a++) {
      appointed.add(numbers.number(appointmentList.get(a).post().unit()), a);
    }
    int unitCount = numbers.size();
    lifeEvents.group(unitCount);
    carried.group(unitCount);
    livesOf.group(unitCount);
    children.group(unitCount);
    appointed.group(unitCount);
    int[] order = numbers.inIdOrder();
    UnitId[] ids = new UnitId[unitCount];
    UnitRecord[] records = new UnitRecord[unitCount];
    for (int r = 0; r < unitCount; r++) {
      int unit = order[r];
      ids[r] = numbers.id(unit);
      // most units carry no history, have no lives under them and no appointments: they share the empty maps
      records[r] =
          new UnitRecord(
              livesOf.list(unit, lives::get),
              lifeEvents.isEmpty(unit)
                  ? NO_RECORD.lifeEvents
                  : lifeEvents.map(unit, RestructuringOrder.ORDER, e -> distinct[e], e -> counts[e]),
              carried.isEmpty(unit)
                  ? NO_RECORD.carried
                  : carried.map(unit, RestructuringOrder.ORDER, e -> distinct[e], e -> counts[e]),
              children.isEmpty(unit)
                  ? NO_RECORD.children
                  : children.map(unit, UnitLife.ORDER, lives::get, lives::get),
              appointed.list(unit, appointmentList::get));
    }
    return new OrgChart(
        // sorted and given once each: strictly increasing, as the order compares as equal only equal events
        PersistentSortedMap.ofIncreasing(RestructuringOrder.ORDER, distinctCount, e -> distinct[e], e -> counts[e]),
        sorted.size(),
        PersistentSortedMap.ofIncreasing(Comparator.naturalOrder(), unitCount, r -> ids[r], r -> records[r]),
        PersistentHashMap.ofDistinct(Arrays.asList(ids), Arrays.asList(records)),
        // the lives come in the order of the steps that created them, which is theirs (ChartReplay.replay)
        PersistentSortedMap.ofIncreasing(UnitLife.ORDER, lives.size(), lives::get, lives::get),
        persons,
        appointments,
        appointmentsByPerson);
  }

  /** The distinct parents a life is ever under. */
  private static List<UnitId> parentsOf(UnitLife life) {
    // a life has one parent or a few: a list checked by equality costs less than a hashed set
    List<UnitId> parents = new ArrayList<>(life.parents.size());
    for (Optional<UnitId> parent : life.parents.values()) {
      if (parent.isPresent() && !parents.contains(parent.get())) {
        parents.add(parent.get());
      }
    }
    return parents;
  }

  /** Whether the value occurs in the array from {@code from} to before {@code to}. */
  private static boolean occursIn(int[] values, int from, int to, int value) {
    for (int i = from; i < to; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * Indices (of events, lives or appointments) grouped by the number of a unit: added in order, then grouped by
   * counting, each unit's run keeping the order they were added in.
   */
  private static final class Runs {
    private int[] units;
    private int[] values;
    private int size;
    private int[] starts = new int[1];
    private int[] grouped = new int[0];

    Runs(int expected) {
      units = new int[Math.max(expected, 1)];
      values = new int[Math.max(expected, 1)];
    }

    void add(int unit, int value) {
      if (size == units.length) {
        units = Arrays.copyOf(units, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      units[size] = unit;
      values[size] = value;
      size++;
    }

    /** Groups the indices by unit, for units numbered from 0 to {@code unitCount - 1}. */
    void group(int unitCount) {
      starts = new int[unitCount + 1];
      for (int i = 0; i < size; i++) {
        starts[units[i] + 1]++;
      }
      for (int u = 0; u < unitCount; u++) {
        starts[u + 1] += starts[u];
      }
      int[] next = Arrays.copyOf(starts, unitCount);
      grouped = new int[size];
      for (int i = 0; i < size; i++) {
        grouped[next[units[i]]++] = values[i];
      }
    }

    boolean isEmpty(int unit) {
      return starts[unit] == starts[unit + 1];
    }

    <T> ImmutableList<T> list(int unit, IntFunction<T> element) {
      int from = starts[unit];
      int to = starts[unit + 1];
      if (from == to) {
        return ImmutableList.of();
      }
      if (to - from == 1) {
        return ImmutableList.of(element.apply(grouped[from]));
      }
      ImmutableList.Builder<T> list = ImmutableList.builderWithExpectedSize(to - from);
      for (int i = from; i < to; i++) {
        list.add(element.apply(grouped[i]));
      }
      return list.build();
    }

    /** The map of a unit's run, whose keys are in the run's order: a run of a list checked to be increasing. */
    <K, V> PersistentSortedMap<K, V> map(
        int unit, Comparator<? super K> order, IntFunction<K> key, IntFunction<V> value) {
      int from = starts[unit];
      return PersistentSortedMap.ofIncreasing(
          order,
          starts[unit + 1] - from,
          i -> key.apply(grouped[from + i]),
          i -> value.apply(grouped[from + i]));
    }
  }

  // ---------------------------------------------------------------- a change worked out from the units it touches

  /**
   * This chart with one more event, worked out from the units the event touches only, if the new chart breaks no
   * rule; else null, and the change is replayed in full to report every violation.
   *
   * <p>This chart breaks no rule, so the new one can break one only where the event reaches: the lives of the units
   * it creates, changes or ends (replayed from their own events), the carrier it names, the parents of those units on
   * their new days, the units under them, the cycles through their new parents, and the appointments to their posts.
   * A renaming or a change of kind changes no day, level or parent, so only its own unit's replay is checked.
   */
  private @Nullable OrgChart tryApply(Restructuring event) {
    Set<UnitId> changed = livesChangedBy(event);
    Set<UnitId> created = createdBy(event);
    Predicate<UnitId> known = id -> created.contains(id) || isKnown(id);
    Map<UnitId, ImmutableList<UnitLife>> newLives = new HashMap<>();
    for (UnitId id : changed) {
      List<Restructuring> own = expand(record(id).lifeEvents);
      int at = 0;
      while (at < own.size() && RestructuringOrder.ORDER.compare(own.get(at), event) <= 0) {
        at++;
      }
      own.add(at, event);
      Optional<ImmutableList<UnitLife>> replayed = ChartReplay.livesOf(own, Set.of(id), known);
      if (replayed.isEmpty()) {
        return null;
      }
      newLives.put(id, replayed.get());
    }
    LivesLookup after = id -> newLives.containsKey(id) ? requireNonNull(newLives.get(id)) : record(id).lives;
    Optional<UnitId> carrier = ChartReplay.carrierToCheck(event);
    if (carrier.isPresent()
        && (!known.test(carrier.get()) || !ChartReplay.isAlive(after.of(carrier.get()), event.effectiveOn()))) {
      return null;
    }
    boolean structural = !(event instanceof Restructuring.Rename || event instanceof Restructuring.ChangeKind);
    if (structural) {
      for (UnitId id : changed) {
        if (!stillValid(id, after, known, changed)) {
          return null;
        }
      }
    }
    return withEvent(event, changed, newLives);
  }

  /** The lives of a unit, as a change being worked out sees them. */
  @FunctionalInterface
  private interface LivesLookup {
    List<UnitLife> of(UnitId id);
  }

  /** Whether the new lives of a unit a structural change touches keep every rule that reads them. */
  private boolean stillValid(UnitId id, LivesLookup after, Predicate<UnitId> known, Set<UnitId> changed) {
    UnitRecord record = record(id);
    List<UnitLife> lives = after.of(id);
    for (UnitLife life : lives) {
      for (Map.Entry<LocalDate, Optional<UnitId>> segment : life.parents.entrySet()) {
        Optional<UnitId> parent = segment.getValue();
        if (parent.isEmpty()) {
          continue;
        }
        LocalDate from = segment.getKey();
        @Nullable LocalDate to = life.segmentEnd(from);
        if (!known.test(parent.get())
            || !parentHolds(life.level, after.of(parent.get()), from, to)
            || reaches(parent.get(), from, to, id, after, new int[] {CYCLE_SEARCH_BUDGET})) {
          return false;
        }
      }
    }
    if (sameBounds(record.lives, lives)) {
      return true;
    }
    for (Restructuring passed : record.carried.keys()) {
      if (!ChartReplay.isAlive(lives, passed.effectiveOn())) {
        return false;
      }
    }
    Optional<UnitId> self = Optional.of(id);
    for (UnitLife child : record.children.values()) {
      if (changed.contains(child.id)) {
        continue;
      }
      for (Map.Entry<LocalDate, Optional<UnitId>> segment : child.parents.entrySet()) {
        if (segment.getValue().equals(self)
            && !parentHolds(child.level, lives, segment.getKey(), child.segmentEnd(segment.getKey()))) {
          return false;
        }
      }
    }
    for (Appointment a : record.appointments) {
      if (lives.stream().noneMatch(l -> l.validity().encloses(a.term()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameBounds(List<UnitLife> before, List<UnitLife> after) {
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).sameBounds(after.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a parent is alive on every day from..to and never below a child of the level. */
  private static boolean parentHolds(Level level, List<UnitLife> parentLives, LocalDate from, @Nullable LocalDate to) {
    if (ChartReplay.firstDayNotAlive(parentLives, from, to) != null) {
      return false;
    }
    for (UnitLife parentLife : parentLives) {
      @Nullable LocalDate end = parentLife.end();
      boolean overlaps = (to == null || !parentLife.start.isAfter(to)) && (end == null || !end.isBefore(from));
      if (overlaps && level.isAbove(parentLife.level)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a unit may be above a parent on some day from..to, following the parents day range by day range: if so
   * the unit under that parent would close a cycle. When the search passes its budget the answer is yes, and the
   * change is replayed in full.
   */
  private static boolean reaches(
      UnitId from, LocalDate start, @Nullable LocalDate end, UnitId target, LivesLookup after, int[] budget) {
    if (from.equals(target) || --budget[0] < 0) {
      return true;
    }
    for (UnitLife life : after.of(from)) {
      for (Map.Entry<LocalDate, Optional<UnitId>> segment : life.parents.entrySet()) {
        Optional<UnitId> parent = segment.getValue();
        LocalDate s = segment.getKey().isAfter(start) ? segment.getKey() : start;
        @Nullable LocalDate segmentEnd = life.segmentEnd(segment.getKey());
        @Nullable LocalDate e = segmentEnd == null ? end : end == null || segmentEnd.isBefore(end) ? segmentEnd : end;
        if (parent.isPresent() && (e == null || !s.isAfter(e)) && reaches(parent.get(), s, e, target, after, budget)) {
          return true;
        }
      }
    }
    return false;
  }

  /** This chart with an event whose new lives have been worked out and checked. */
  private OrgChart withEvent(Restructuring event, Set<UnitId> changed, Map<UnitId, ImmutableList<UnitLife>> newLives) {
    Map<UnitId, UnitRecord> touched = new HashMap<>();
    java.util.function.Function<UnitId, UnitRecord> current = id -> touched.getOrDefault(id, record(id));
    for (UnitId id : event.subjects()) {
      touched.put(id, current.apply(id).withEvent(event, changed.contains(id)));
    }
    PersistentSortedMap<UnitLife, UnitLife> allLives = lives;
    for (UnitId id : changed) {
      for (UnitLife old : current.apply(id).lives) {
        allLives = allLives.without(old);
        for (UnitId parent : parentsOf(old)) {
          touched.put(parent, current.apply(parent).withoutChild(old));
        }
      }
      ImmutableList<UnitLife> replaced = requireNonNull(newLives.get(id));
      touched.put(id, current.apply(id).withLives(replaced));
      for (UnitLife life : replaced) {
        allLives = allLives.with(life, life);
        for (UnitId parent : parentsOf(life)) {
          touched.put(parent, current.apply(parent).withChild(life));
        }
      }
    }
    PersistentSortedMap<UnitId, UnitRecord> records = units;
    PersistentHashMap<UnitId, UnitRecord> byId = unitsById;
    for (Map.Entry<UnitId, UnitRecord> entry : touched.entrySet()) {
      records = records.with(entry.getKey(), entry.getValue());
      byId = byId.with(entry.getKey(), entry.getValue());
    }
    return new OrgChart(
        plusOne(events, event),
        eventCount + 1,
        records,
        byId,
        allLives,
        persons,
        appointments,
        appointmentsByPerson);
  }
}
