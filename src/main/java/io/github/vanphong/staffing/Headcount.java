package io.github.vanphong.staffing;

import io.github.vanphong.organization.PersonId;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The staff in post: every {@link StaffAssignment}, with views on a day and counts per unit. For example the 4
 * officials of one district office on 2016-03-01, and the staff of the whole province.
 *
 * <p>A person holds at most one post that is not concurrent on any day; a headcount that would break this is
 * refused, with a message naming both posts. Counts follow a {@link CountingRule}, and count each person at most
 * once within one count.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Headcount {

  private static final Headcount EMPTY = new Headcount(ImmutableList.of());

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<StaffAssignment> assignments;

  private Headcount(ImmutableList<StaffAssignment> assignments) {
    this.assignments = assignments;
  }

  /**
   * Returns the headcount with no assignment.
   *
   * @return the empty headcount, not null
   */
  public static Headcount empty() {
    return EMPTY;
  }

  /**
   * Returns the headcount of the given assignments.
   *
   * @param assignments the assignments, none null, at most one non-concurrent post per person on any day
   * @return the headcount, not null
   * @throws IllegalArgumentException if a person would hold two non-concurrent posts on some day; the message
   *     names both
   */
  public static Headcount of(Iterable<StaffAssignment> assignments) {
    requireNonNull(assignments, "assignments");
    // each assignment is checked against the earlier ones of its person only, in the order given
    Map<PersonId, List<StaffAssignment>> notConcurrent = new HashMap<>();
    ImmutableList.Builder<StaffAssignment> all = ImmutableList.builder();
    for (StaffAssignment assignment : assignments) {
      requireNonNull(assignment, "assignment");
      if (!assignment.concurrent()) {
        List<StaffAssignment> held = notConcurrent.computeIfAbsent(assignment.person(), p -> new ArrayList<>(1));
        refuseOverlap(assignment, held);
        held.add(assignment);
      }
      all.add(assignment);
    }
    ImmutableList<StaffAssignment> list = all.build();
    return list.isEmpty() ? EMPTY : new Headcount(list);
  }

  /** Refuses a non-concurrent assignment that overlaps one of the given, the first in their order. */
  private static void refuseOverlap(StaffAssignment assignment, Iterable<StaffAssignment> others) {
    for (StaffAssignment other : others) {
      if (!other.concurrent()
          && other.person().equals(assignment.person())
          && other.tenure().overlaps(assignment.tenure())) {
        throw new IllegalArgumentException(
            "a person holds one post that is not concurrent at a time: " + assignment + " overlaps " + other);
      }
    }
  }

  /**
   * Returns this headcount with one more assignment.
   *
   * @param assignment the assignment, not null
   * @return a new headcount, not null; this one is left as it was
   * @throws IllegalArgumentException if the person would hold two non-concurrent posts on some day; the message
   *     names both
   */
  public Headcount with(StaffAssignment assignment) {
    requireNonNull(assignment, "assignment");
    if (!assignment.concurrent()) {
      refuseOverlap(assignment, assignments);
    }
    return new Headcount(ImmutableList.<StaffAssignment>builder().addAll(assignments).add(assignment).build());
  }

  /**
   * Returns every assignment, in the order added.
   *
   * @return the assignments, not null
   */
  public ImmutableList<StaffAssignment> assignments() {
    return assignments;
  }

  /**
   * Returns the assignments held on a day, as a headcount.
   *
   * @param day the day, not null
   * @return the headcount of the posts held that day, not null
   */
  public Headcount onDate(LocalDate day) {
    requireNonNull(day, "day");
    return new Headcount(
        assignments.stream().filter(a -> a.isHeldOn(day)).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the number of staff counted in each unit on a day: each person once per unit.
   *
   * @param day the day, not null
   * @param rule which posts count, not null
   * @return the count of each unit with at least one counted person, by unit identifier
   */
  public ImmutableSortedMap<UnitId, Integer> countsPerUnit(LocalDate day, CountingRule rule) {
    requireNonNull(day, "day");
    requireNonNull(rule, "rule");
    Map<UnitId, Set<PersonId>> persons = new TreeMap<>();
    for (StaffAssignment a : assignments) {
      if (a.isHeldOn(day) && rule.counts(a)) {
        persons.computeIfAbsent(a.unit(), u -> new HashSet<>()).add(a.person());
      }
    }
    return ImmutableSortedMap.copyOf(Maps.transformValues(persons, Set::size));
  }

  /**
   * Returns the number of distinct persons counted in the given units on a day: a person holding counted posts in
   * two of them counts once.
   *
   * @param units the units, not null
   * @param day the day, not null
   * @param rule which posts count, not null
   * @return the number of persons, zero or more
   */
  public int count(Collection<UnitId> units, LocalDate day, CountingRule rule) {
    return counted(units, day, rule).size();
  }

  /**
   * Returns the number of distinct persons counted in the given units on a day who hold a university degree or
   * higher in one of their counted posts there.
   *
   * @param units the units, not null
   * @param day the day, not null
   * @param rule which posts count, not null
   * @return the number of persons, zero or more, at most {@link #count(Collection, LocalDate, CountingRule) count}
   */
  public int countWithUniversityDegree(Collection<UnitId> units, LocalDate day, CountingRule rule) {
    return (int) counted(units, day, rule).values().stream().filter(Qualification::isUniversityOrHigher).count();
  }

  /** Each counted person, with a university qualification if one of their counted posts there records one. */
  private Map<PersonId, Qualification> counted(Collection<UnitId> units, LocalDate day, CountingRule rule) {
    requireNonNull(units, "units");
    requireNonNull(day, "day");
    requireNonNull(rule, "rule");
    Map<PersonId, Qualification> persons = new HashMap<>();
    for (StaffAssignment a : assignments) {
      if (a.isHeldOn(day) && rule.counts(a) && units.contains(a.unit())) {
        persons.merge(
            a.person(), a.qualification(), (x, y) -> x.isUniversityOrHigher() ? x : y);
      }
    }
    return persons;
  }

  /**
   * The persons counted on a day in each unit, each with whether one of their posts counted there is held with a
   * university degree or higher: one pass over the assignments, from which the counts of any set of units follow
   * without reading the assignments again.
   */
  Map<UnitId, Map<PersonId, Boolean>> countedByUnit(LocalDate day, CountingRule rule) {
    Map<UnitId, Map<PersonId, Boolean>> byUnit = new HashMap<>();
    for (StaffAssignment a : assignments) {
      if (a.isHeldOn(day) && rule.counts(a)) {
        byUnit
            .computeIfAbsent(a.unit(), u -> new HashMap<>())
            .merge(a.person(), a.qualification().isUniversityOrHigher(), Boolean::logicalOr);
      }
    }
    return byUnit;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Headcount other && assignments.equals(other.assignments);
  }

  @Override
  public int hashCode() {
    return assignments.hashCode();
  }

  /**
   * Returns the number of assignments: "Headcount[12 assignments]". It shows no person identifiers.
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "Headcount[" + assignments.size() + " assignments]";
  }
}
