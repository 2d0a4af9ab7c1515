package io.github.vanphong.organization;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The units alive on one day, as a tree: for example Hậu Giang on 2016-03-01, with the Provincial Party Committee,
 * its office and boards, and the eight district-level committees under it. Look-ups by identifier, children,
 * descendants, ancestors, kind and level.
 *
 * <p>A tree is a forest in general: it may have several top units (roots). It is one day's view, not a history;
 * {@link OrgChart#asOf(LocalDate) OrgChart.asOf} gives the tree of any day. Units keep the order in which they were given.
 *
 * <p>A tree given by {@link OrgChart#asOf(LocalDate) OrgChart.asOf} reads its chart: finding a unit and its children, descendants,
 * ancestors and committee cost what they hold, not the size of the chart, so that one unit's subtree of a national
 * chart is read without making the tree of 50,000 units. The whole tree (its units, roots, size, the units of a kind
 * or level, equality) is made on the first call that needs it, and kept.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class UnitTree {

  private final LocalDate date;

  /** The chart the tree reads, or null for a tree of units given. */
  private final @Nullable OrgChart chart;

  /** The whole tree: given, or made from the chart on first use (racy single-check of a value of final fields). */
  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields
  private @Nullable Contents contents;

  private UnitTree(LocalDate date, @Nullable OrgChart chart, @Nullable Contents contents) {
    this.date = date;
    this.chart = chart;
    this.contents = contents;
  }

  /** The units of the tree by identifier, their children and the roots. */
  @Immutable
  @SuppressWarnings("Immutable") // immutable collections of immutable values
  private static final class Contents {
    final ImmutableMap<UnitId, Unit> units;
    final ImmutableListMultimap<UnitId, Unit> children;
    final ImmutableList<Unit> roots;

    Contents(ImmutableMap<UnitId, Unit> units) {
      this.units = units;
      ImmutableListMultimap.Builder<UnitId, Unit> childrenBuilder = ImmutableListMultimap.builder();
      ImmutableList.Builder<Unit> rootsBuilder = ImmutableList.builder();
      for (Unit unit : units.values()) {
        if (unit.parent().isPresent()) {
          childrenBuilder.put(unit.parent().get(), unit);
        } else {
          rootsBuilder.add(unit);
        }
      }
      this.children = childrenBuilder.build();
      this.roots = rootsBuilder.build();
    }
  }

  /**
   * Returns the tree of a chart on a day, which reads the chart: the chart has checked every rule of a tree.
   *
   * @param chart the chart, not null
   * @param date the day, not null
   * @return the tree, not null
   */
  static UnitTree of(OrgChart chart, LocalDate date) {
    return new UnitTree(date, chart, null);
  }

  private Contents contents() {
    Contents made = contents;
    if (made == null) {
      ImmutableMap.Builder<UnitId, Unit> byId = ImmutableMap.builder();
      requireNonNull(chart).unitsOn(date).forEach(u -> byId.put(u.id(), u));
      made = new Contents(byId.buildOrThrow());
      contents = made;
    }
    return made;
  }

  /**
   * Returns the tree of the given units on the given day.
   *
   * @param date the day, not null
   * @param units the units, each alive on {@code date}, with distinct identifiers, each parent among them
   * @return the tree, not null
   * @throws InvalidOrganizationException listing every violation if a unit is not alive on the day ({@link
   *     OrganizationRule#UNIT_ALIVE}), an identifier repeats ({@link OrganizationRule#ONE_LIFE_AT_A_TIME}), a
   *     parent is missing ({@link OrganizationRule#PARENT_ALIVE}), the parents form a cycle ({@link
   *     OrganizationRule#NO_CYCLE}), or a unit's level is above its parent's ({@link
   *     OrganizationRule#LEVEL_NOT_ABOVE_PARENT})
   */
  public static UnitTree of(LocalDate date, Iterable<Unit> units) {
    requireNonNull(date, "date");
    List<OrganizationViolation> violations = new ArrayList<>();
    Map<UnitId, Unit> byId = new LinkedHashMap<>();
    for (Unit unit : Arguments.list(units, "units")) {
      if (!unit.isAliveOn(date)) {
        violations.add(
            OrganizationViolation.of(
                OrganizationRule.UNIT_ALIVE,
                "unit " + unit.id() + " is not alive on " + date + ": its life is " + unit.life(),
                unit.id()));
      }
      if (byId.putIfAbsent(unit.id(), unit) != null) {
        violations.add(
            OrganizationViolation.of(
                OrganizationRule.ONE_LIFE_AT_A_TIME, "unit " + unit.id() + " is given twice for " + date, unit.id()));
      }
    }
    for (Unit unit : byId.values()) {
      Optional<UnitId> parentId = unit.parent();
      if (parentId.isEmpty()) {
        continue;
      }
      Unit parent = byId.get(parentId.get());
      if (parent == null) {
        violations.add(
            OrganizationViolation.of(
                OrganizationRule.PARENT_ALIVE,
                "unit " + unit.id() + " is under " + parentId.get() + ", which does not exist on " + date,
                unit.id(),
                parentId.get()));
      } else if (unit.level().isAbove(parent.level())) {
        violations.add(
            OrganizationViolation.of(
                OrganizationRule.LEVEL_NOT_ABOVE_PARENT,
                "unit "
                    + unit.id()
                    + " ("
                    + unit.level().englishName()
                    + ") cannot be under "
                    + parent.id()
                    + " ("
                    + parent.level().englishName()
                    + ")",
                unit.id(),
                parent.id()));
      }
    }
    violations.addAll(cycles(byId));
    if (!violations.isEmpty()) {
      throw new InvalidOrganizationException(violations);
    }
    return new UnitTree(date, null, new Contents(ImmutableMap.copyOf(byId)));
  }

  private static List<OrganizationViolation> cycles(Map<UnitId, Unit> byId) {
    List<OrganizationViolation> violations = new ArrayList<>();
    Set<UnitId> reported = new HashSet<>();
    for (UnitId start : byId.keySet()) {
      Set<UnitId> seen = new LinkedHashSet<>();
      @Nullable UnitId current = start;
      while (current != null && seen.add(current)) {
        Unit unit = byId.get(current);
        current = unit == null ? null : unit.parent().orElse(null);
      }
      if (current != null && current.equals(start) && reported.add(start)) {
        reported.addAll(seen);
        violations.add(
            OrganizationViolation.of(
                OrganizationRule.NO_CYCLE,
                "the parents of " + start + " lead back to it through " + seen,
                seen.toArray()));
      }
    }
    return violations;
  }

  /**
   * The day of this tree.
   *
   * @return the day, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns every unit alive on the day, in the order given.
   *
   * @return the units, not null
   */
  public ImmutableList<Unit> units() {
    return contents().units.values().asList();
  }

  /**
   * Returns the number of units.
   *
   * @return the number of units, zero or more
   */
  public int size() {
    return contents().units.size();
  }

  /**
   * Tells whether a unit with the identifier is alive on the day.
   *
   * @param id the identifier, not null
   * @return true if the tree holds the unit
   */
  public boolean contains(UnitId id) {
    return find(id).isPresent();
  }

  /**
   * Returns the unit with the identifier, if it is alive on the day.
   *
   * @param id the identifier, not null
   * @return the unit, or empty
   */
  public Optional<Unit> find(UnitId id) {
    requireNonNull(id, "id");
    Contents made = contents;
    if (made == null) {
      return requireNonNull(chart).unit(id, date);
    }
    return Optional.ofNullable(made.units.get(id));
  }

  /**
   * Returns the unit with the identifier.
   *
   * @param id the identifier, not null
   * @return the unit, not null
   * @throws InvalidOrganizationException for {@link OrganizationRule#KNOWN_UNIT} if no such unit is alive on the
   *     day
   */
  public Unit unit(UnitId id) {
    Optional<Unit> unit = find(id);
    if (unit.isEmpty()) {
      throw new InvalidOrganizationException(
          ImmutableList.of(
              OrganizationViolation.of(
                  OrganizationRule.KNOWN_UNIT, "no unit " + id + " exists on " + date, id)));
    }
    return unit.get();
  }

  /**
   * Returns the units without a parent.
   *
   * @return the top units, in the order given
   */
  public ImmutableList<Unit> roots() {
    return contents().roots;
  }

  /**
   * Returns the units directly under the given one.
   *
   * @param id the identifier of a unit of this tree, not null
   * @return the children, in the order given; empty for a leaf
   * @throws InvalidOrganizationException for {@link OrganizationRule#KNOWN_UNIT} if the unit is not in the tree
   */
  public ImmutableList<Unit> children(UnitId id) {
    unit(id);
    return childrenOf(id);
  }

  /** The children of a unit of the tree. */
  private ImmutableList<Unit> childrenOf(UnitId id) {
    Contents made = contents;
    if (made == null) {
      return requireNonNull(chart).childrenOn(id, date);
    }
    return made.children.get(id);
  }

  /**
   * Returns every unit under the given one, depth first, each before its own children; the unit itself is not
   * included.
   *
   * @param id the identifier of a unit of this tree, not null
   * @return the descendants, not null
   * @throws InvalidOrganizationException for {@link OrganizationRule#KNOWN_UNIT} if the unit is not in the tree
   */
  public ImmutableList<Unit> descendants(UnitId id) {
    ImmutableList.Builder<Unit> result = ImmutableList.builder();
    Deque<Unit> stack = new ArrayDeque<>(children(id));
    while (!stack.isEmpty()) {
      Unit unit = stack.pop();
      result.add(unit);
      childrenOf(unit.id()).reverse().forEach(stack::push);
    }
    return result.build();
  }

  /**
   * Returns the units above the given one, its parent first and the top unit last.
   *
   * @param id the identifier of a unit of this tree, not null
   * @return the ancestors; empty for a top unit
   * @throws InvalidOrganizationException for {@link OrganizationRule#KNOWN_UNIT} if the unit is not in the tree
   */
  public ImmutableList<Unit> ancestors(UnitId id) {
    ImmutableList.Builder<Unit> result = ImmutableList.builder();
    Optional<UnitId> parent = unit(id).parent();
    while (parent.isPresent()) {
      Unit unit = unit(parent.get());
      result.add(unit);
      parent = unit.parent();
    }
    return result.build();
  }

  /**
   * Returns the party committee a unit belongs to: the unit itself if it is a committee, else its nearest
   * ancestor that is one. The office of Huyện ủy Châu Thành belongs to Huyện ủy Châu Thành.
   *
   * @param id the identifier of a unit of this tree, not null
   * @return the committee, or empty if no unit on the way up is a party committee
   * @throws InvalidOrganizationException for {@link OrganizationRule#KNOWN_UNIT} if the unit is not in the tree
   */
  public Optional<Unit> committeeOf(UnitId id) {
    Unit unit = unit(id);
    if (unit.kind().isPartyCommittee()) {
      return Optional.of(unit);
    }
    return ancestors(id).stream().filter(u -> u.kind().isPartyCommittee()).findFirst();
  }

  /**
   * Returns the units of a kind.
   *
   * @param kind the kind, not null
   * @return the units of that kind, in the order given
   */
  public ImmutableList<Unit> unitsOfKind(UnitKind kind) {
    requireNonNull(kind, "kind");
    return contents().units.values().stream().filter(u -> u.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the units at a level.
   *
   * @param level the level, not null
   * @return the units at that level, in the order given
   */
  public ImmutableList<Unit> unitsAtLevel(Level level) {
    requireNonNull(level, "level");
    return contents().units.values().stream()
        .filter(u -> u.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnitTree unitTree
        && date.equals(unitTree.date)
        && contents().units.equals(unitTree.contents().units);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, contents().units);
  }

  /**
   * Returns the day and the number of units: "UnitTree[2016-03-01, 23 units]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "UnitTree[" + date + ", " + size() + " units]";
  }
}
