package io.github.vanphong.programme;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How far the work programmes are carried out, rolled up the hierarchy as of a day: each committee's figures include
 * those of every committee under it. For example, on 2016-09-30, Tỉnh ủy Hậu Giang's figures hold the items of its
 * own standing committee's programmes and of the district committees' programmes.
 *
 * <p>A programme counts with its committee ({@link WorkProgramme#committee()}); the figures of a committee not in
 * the tree are kept apart as {@linkplain #unplaced() unplaced}, never dropped. A roll-up is a view of {@link
 * ProgrammeSummary} figures over a tree, not a summary itself.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ProgrammeRollUp {

  private final LocalDate date;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ProgrammeSummary> own;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ProgrammeSummary> rolledUp;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ProgrammeSummary> unplaced;

  private ProgrammeRollUp(
      LocalDate date,
      ImmutableSortedMap<UnitId, ProgrammeSummary> own,
      ImmutableSortedMap<UnitId, ProgrammeSummary> rolledUp,
      ImmutableSortedMap<UnitId, ProgrammeSummary> unplaced) {
    this.date = date;
    this.own = own;
    this.rolledUp = rolledUp;
    this.unplaced = unplaced;
  }

  /**
   * Rolls the figures of programmes up a tree as of a day: each programme's figures on the day count with its
   * committee and with every unit above it.
   *
   * @param programmes the programmes, none null
   * @param asOf the day of the figures, not null
   * @param tree the units, not null
   * @return the roll-up, dated as the figures, not null
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static ProgrammeRollUp of(Iterable<WorkProgramme> programmes, LocalDate asOf, UnitTree tree) {
    requireNonNull(asOf, "asOf");
    requireNonNull(tree, "tree");
    Map<UnitId, ProgrammeSummary> byUnit = new TreeMap<>();
    for (WorkProgramme programme : Arguments.list(programmes, "programmes")) {
      byUnit.merge(programme.committee(), programme.summary(asOf), ProgrammeSummary::plus);
    }
    return place(asOf, byUnit, tree);
  }

  /**
   * Rolls figures given by unit up a tree: a unit's figures are its own plus those of every unit under it.
   *
   * @param byUnit each unit's own figures, all of one day or empty, not null
   * @param tree the units, not null
   * @return the roll-up, dated as the tree, not null
   * @throws IllegalArgumentException if figures of different days are given
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static ProgrammeRollUp of(Map<UnitId, ProgrammeSummary> byUnit, UnitTree tree) {
    Arguments.entries(byUnit, "byUnit");
    requireNonNull(tree, "tree");
    ProgrammeSummary all = ProgrammeSummary.empty();
    for (ProgrammeSummary figures : byUnit.values()) {
      all = all.plus(figures);
    }
    return place(tree.date(), byUnit, tree);
  }

  private static ProgrammeRollUp place(LocalDate date, Map<UnitId, ProgrammeSummary> byUnit, UnitTree tree) {
    Map<UnitId, ProgrammeSummary> own = new TreeMap<>();
    Map<UnitId, ProgrammeSummary> rolledUp = new TreeMap<>();
    Map<UnitId, ProgrammeSummary> unplaced = new TreeMap<>();
    byUnit.forEach(
        (unit, figures) -> {
          if (figures.isEmpty()) {
            return;
          }
          if (!tree.contains(unit)) {
            unplaced.merge(unit, figures, ProgrammeSummary::plus);
            return;
          }
          own.merge(unit, figures, ProgrammeSummary::plus);
          rolledUp.merge(unit, figures, ProgrammeSummary::plus);
          for (Unit above : tree.ancestors(unit)) {
            rolledUp.merge(above.id(), figures, ProgrammeSummary::plus);
          }
        });
    return new ProgrammeRollUp(
        date,
        ImmutableSortedMap.copyOf(own),
        ImmutableSortedMap.copyOf(rolledUp),
        ImmutableSortedMap.copyOf(unplaced));
  }

  /**
   * Returns the day of the roll-up.
   *
   * @return the day, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns a unit's figures with those of every unit under it.
   *
   * @param unit the unit, not null
   * @return the figures, {@link ProgrammeSummary#empty()} if neither it nor a unit under it has programme items
   */
  public ProgrammeSummary summaryOf(UnitId unit) {
    requireNonNull(unit, "unit");
    return rolledUp.getOrDefault(unit, ProgrammeSummary.empty());
  }

  /**
   * Returns the figures of a unit's own programmes.
   *
   * @param unit the unit, not null
   * @return the figures, {@link ProgrammeSummary#empty()} if it has none
   */
  public ProgrammeSummary ownSummaryOf(UnitId unit) {
    requireNonNull(unit, "unit");
    return own.getOrDefault(unit, ProgrammeSummary.empty());
  }

  /**
   * Returns the figures of every unit that has programme items itself or under it.
   *
   * @return the rolled-up figures by unit, sorted by identifier, not null
   */
  public ImmutableSortedMap<UnitId, ProgrammeSummary> rolledUp() {
    return rolledUp;
  }

  /**
   * Returns the figures of committees not in the tree, by committee.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, ProgrammeSummary> unplaced() {
    return unplaced;
  }

  /**
   * Returns the figures of every item, placed or not.
   *
   * @return the figures, not null
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public ProgrammeSummary total() {
    ProgrammeSummary total = ProgrammeSummary.empty();
    for (ProgrammeSummary s : own.values()) {
      total = total.plus(s);
    }
    for (ProgrammeSummary s : unplaced.values()) {
      total = total.plus(s);
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgrammeRollUp other
        && date.equals(other.date)
        && own.equals(other.own)
        && rolledUp.equals(other.rolledUp)
        && unplaced.equals(other.unplaced);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, own, rolledUp, unplaced);
  }

  /**
   * Returns the day and the total: "ProgrammeRollUp[as of 2016-09-30: ProgrammeSummary[…], 3 units, unplaced
   * none]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ProgrammeRollUp[as of "
        + date
        + ": "
        + total()
        + ", "
        + rolledUp.size()
        + " units, unplaced "
        + (unplaced.isEmpty() ? "none" : unplaced.keySet().toString())
        + "]";
  }
}
