package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Percentages;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The totals of a set of {@link QuotaCompliance}s: staff counted by level and by kind, the units below their norm,
 * the units above their norm within its transition ({@link QuotaStatus#ABOVE_IN_TRANSITION}), and the share of staff
 * with a university degree or higher. For example the eight district offices of Hậu Giang
 * in 2016: nearly 80 staff, one office below its norm.
 *
 * <p>Summaries merge: {@link #plus(StaffingSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector()} collects sequentially or in parallel alike, as the fold of {@link #of} with
 * {@link #plus}. A staffing summary depends on no day of its own: each compliance is counted on its own day. A summary adds the counts of its
 * compliances: a person counted in two of them (a committee's and its office's, or a concurrent post where the
 * {@link CountingRule} counts it) counts in both.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class StaffingSummary implements Summary<StaffingSummary> {

  private static final StaffingSummary EMPTY =
      new StaffingSummary(
          0, ImmutableSortedMap.of(), ImmutableSortedMap.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of(), 0);

  private final int units;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<Level, Integer> staffByLevel;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitKind, Integer> staffByKind;

  @SuppressWarnings("Immutable") // ImmutableSortedSet of immutable values
  private final ImmutableSortedSet<UnitId> unitsBelowNorm;

  @SuppressWarnings("Immutable") // ImmutableSortedSet of immutable values
  private final ImmutableSortedSet<UnitId> unitsInTransition;

  private final int staffWithUniversityDegree;

  private StaffingSummary(
      int units,
      ImmutableSortedMap<Level, Integer> staffByLevel,
      ImmutableSortedMap<UnitKind, Integer> staffByKind,
      ImmutableSortedSet<UnitId> unitsBelowNorm,
      ImmutableSortedSet<UnitId> unitsInTransition,
      int staffWithUniversityDegree) {
    this.units = units;
    this.staffByLevel = staffByLevel;
    this.staffByKind = staffByKind;
    this.unitsBelowNorm = unitsBelowNorm;
    this.unitsInTransition = unitsInTransition;
    this.staffWithUniversityDegree = staffWithUniversityDegree;
  }

  /**
   * Returns the summary of nothing: no unit, no staff.
   *
   * @return the empty summary, the identity of {@link #plus(StaffingSummary) plus}, not null
   */
  public static StaffingSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the summary of one compliance: its staff counted at its unit's level and kind, its unit if below its
   * norm or above it within the norm's transition.
   *
   * @param compliance the compliance, not null
   * @return the summary of one unit, not null
   */
  public static StaffingSummary of(QuotaCompliance compliance) {
    requireNonNull(compliance, "compliance");
    int counted = compliance.counted();
    QuotaStatus status = compliance.status();
    return new StaffingSummary(
        1,
        counted == 0 ? ImmutableSortedMap.of() : ImmutableSortedMap.of(compliance.unit().level(), counted),
        counted == 0 ? ImmutableSortedMap.of() : ImmutableSortedMap.of(compliance.unit().kind(), counted),
        status == QuotaStatus.BELOW ? ImmutableSortedSet.of(compliance.unit().id()) : ImmutableSortedSet.of(),
        status == QuotaStatus.ABOVE_IN_TRANSITION
            ? ImmutableSortedSet.of(compliance.unit().id())
            : ImmutableSortedSet.of(),
        compliance.countedWithUniversityDegree());
  }

  /**
   * Returns the summary with the given figures, for a summary exchanged between offices and read back: for example
   * {@code StaffingSummary.of(9, Map.of(Level.DISTRICT, 80), Map.of(UnitKind.OFFICE, 80),
   * Set.of(UnitId.of("HG-CT-VP")), Set.of(), 60)}. The figures are those of a sum of compliances, so they must agree
   * as such a sum's do: the same staff counted by level and by kind, levels and kinds with none left out, some of
   * them with a university degree, and no more units below or above their norm than units summed. A summary of no
   * unit is {@link #empty()}.
   *
   * @param units the number of compliances summed, zero or more
   * @param staffByLevel the staff counted at each level, each count positive, not null
   * @param staffByKind the staff counted of each kind of unit, each count positive, with the same total as {@code
   *     staffByLevel}, not null
   * @param unitsBelowNorm the units below their norm, not null
   * @param unitsAboveNormInTransition the units above their norm within its transition (a unit summed on two days
   *     may be in both sets), not null
   * @param staffWithUniversityDegree of the staff counted, those with a university degree, from zero to the total
   * @return the summary, not null
   * @throws IllegalArgumentException naming the figure, if a figure is negative, a count is zero, the totals by
   *     level and by kind differ, the staff with a degree exceed the staff, or more units are listed below or above
   *     their norm than were summed
   * @throws ArithmeticException if a total passes {@link Integer#MAX_VALUE}
   */
  public static StaffingSummary of(
      int units,
      Map<Level, Integer> staffByLevel,
      Map<UnitKind, Integer> staffByKind,
      Set<UnitId> unitsBelowNorm,
      Set<UnitId> unitsAboveNormInTransition,
      int staffWithUniversityDegree) {
    Arguments.entries(staffByLevel, "staffByLevel");
    Arguments.entries(staffByKind, "staffByKind");
    Arguments.elements(unitsBelowNorm, "unitsBelowNorm");
    Arguments.elements(unitsAboveNormInTransition, "unitsAboveNormInTransition");
    checkArgument(units >= 0, "units must not be negative: %s", units);
    int byLevel = positiveTotal("staffByLevel", staffByLevel);
    int byKind = positiveTotal("staffByKind", staffByKind);
    checkArgument(
        byLevel == byKind,
        "staffByLevel and staffByKind count the same staff, so their totals agree: %s by level, %s by kind",
        byLevel,
        byKind);
    checkArgument(
        staffWithUniversityDegree >= 0 && staffWithUniversityDegree <= byLevel,
        "staffWithUniversityDegree are some of the staff counted: %s of %s",
        staffWithUniversityDegree,
        byLevel);
    ImmutableSortedSet<UnitId> below = ImmutableSortedSet.copyOf(unitsBelowNorm);
    ImmutableSortedSet<UnitId> inTransition = ImmutableSortedSet.copyOf(unitsAboveNormInTransition);
    checkArgument(
        (long) below.size() + inTransition.size() <= units,
        "each unit below or above its norm is one of the units summed: %s below and %s above in transition, of"
            + " %s units",
        below.size(),
        inTransition.size(),
        units);
    checkArgument(units > 0 || byLevel == 0, "a summary of no unit counts no staff: %s staff of 0 units", byLevel);
    return units == 0
        ? EMPTY
        : new StaffingSummary(
            units,
            ImmutableSortedMap.copyOf(staffByLevel),
            ImmutableSortedMap.copyOf(staffByKind),
            below,
            inTransition,
            staffWithUniversityDegree);
  }

  private static int positiveTotal(String figure, Map<?, Integer> counts) {
    int total = 0;
    for (Map.Entry<?, Integer> count : counts.entrySet()) {
      checkArgument(
          count.getValue() > 0,
          "%s leaves out what counts none, so each count is positive: %s=%s",
          figure,
          count.getKey(),
          count.getValue());
      total = Math.addExact(total, count.getValue());
    }
    return total;
  }

  /**
   * Returns a collector of compliances into their summary, for sequential and parallel streams alike: {@code
   * report.compliances().stream().collect(StaffingSummary.collector())}. The order of the compliances does not
   * matter; collecting none gives {@link #empty()}.
   *
   * <p>The collector adds each compliance to running totals of its own and makes the summary once, at the end:
   * collecting {@code n} compliances costs about {@code n log n}, where adding summaries one by one would copy the
   * units below their norm and in transition for each compliance.
   *
   * @return the collector, not null
   */
  public static Collector<QuotaCompliance, ?, StaffingSummary> collector() {
    return Collector.of(
        Totals::new, Totals::add, Totals::addAll, Totals::summary, Collector.Characteristics.UNORDERED);
  }

  /** The running totals of a collection of compliances. */
  private static final class Totals {
    int units;
    final Map<Level, Integer> staffByLevel = new TreeMap<>();
    final Map<UnitKind, Integer> staffByKind = new TreeMap<>();
    final ImmutableSortedSet.Builder<UnitId> unitsBelowNorm = ImmutableSortedSet.naturalOrder();
    final ImmutableSortedSet.Builder<UnitId> unitsInTransition = ImmutableSortedSet.naturalOrder();
    int staffWithUniversityDegree;

    void add(QuotaCompliance compliance) {
      units = Math.addExact(units, 1);
      int counted = compliance.counted();
      if (counted != 0) {
        staffByLevel.merge(compliance.unit().level(), counted, Math::addExact);
        staffByKind.merge(compliance.unit().kind(), counted, Math::addExact);
      }
      if (compliance.status() == QuotaStatus.BELOW) {
        unitsBelowNorm.add(compliance.unit().id());
      } else if (compliance.status() == QuotaStatus.ABOVE_IN_TRANSITION) {
        unitsInTransition.add(compliance.unit().id());
      }
      staffWithUniversityDegree = Math.addExact(staffWithUniversityDegree, compliance.countedWithUniversityDegree());
    }

    Totals addAll(Totals other) {
      units = Math.addExact(units, other.units);
      other.staffByLevel.forEach((level, n) -> staffByLevel.merge(level, n, Math::addExact));
      other.staffByKind.forEach((kind, n) -> staffByKind.merge(kind, n, Math::addExact));
      unitsBelowNorm.addAll(other.unitsBelowNorm.build());
      unitsInTransition.addAll(other.unitsInTransition.build());
      staffWithUniversityDegree = Math.addExact(staffWithUniversityDegree, other.staffWithUniversityDegree);
      return this;
    }

    StaffingSummary summary() {
      return units == 0
          ? EMPTY
          : new StaffingSummary(
              units,
              ImmutableSortedMap.copyOf(staffByLevel),
              ImmutableSortedMap.copyOf(staffByKind),
              unitsBelowNorm.build(),
              unitsInTransition.build(),
              staffWithUniversityDegree);
    }
  }

  /**
   * Returns the sum of this summary and another: the units, staff, units below norm and units in transition of
   * both.
   *
   * @param other the other summary, not null
   * @return the sum, not null
   * @throws ArithmeticException if a total passes {@link Integer#MAX_VALUE}
   */
  @Override
  public StaffingSummary plus(StaffingSummary other) {
    requireNonNull(other, "other");
    return new StaffingSummary(
        Math.addExact(units, other.units),
        ImmutableSortedMap.copyOf(sum(staffByLevel, other.staffByLevel)),
        ImmutableSortedMap.copyOf(sum(staffByKind, other.staffByKind)),
        ImmutableSortedSet.<UnitId>naturalOrder().addAll(unitsBelowNorm).addAll(other.unitsBelowNorm).build(),
        ImmutableSortedSet.<UnitId>naturalOrder().addAll(unitsInTransition).addAll(other.unitsInTransition).build(),
        Math.addExact(staffWithUniversityDegree, other.staffWithUniversityDegree));
  }

  private static <K> Map<K, Integer> sum(Map<K, Integer> a, Map<K, Integer> b) {
    Map<K, Integer> result = new TreeMap<>(a);
    b.forEach((k, v) -> result.merge(k, v, Math::addExact));
    return result;
  }

  /**
   * Returns the number of compliances summed.
   *
   * @return the number of units, zero or more
   */
  public int units() {
    return units;
  }

  /**
   * Returns the staff counted at each level, levels with none left out.
   *
   * @return the staff by level, not null
   */
  public ImmutableSortedMap<Level, Integer> staffByLevel() {
    return staffByLevel;
  }

  /**
   * Returns the staff counted in units of each kind, kinds with none left out.
   *
   * @return the staff by kind, not null
   */
  public ImmutableSortedMap<UnitKind, Integer> staffByKind() {
    return staffByKind;
  }

  /**
   * Returns the staff counted at a level.
   *
   * @param level the level, not null
   * @return the staff, zero or more
   */
  public int staffAt(Level level) {
    requireNonNull(level, "level");
    return staffByLevel.getOrDefault(level, 0);
  }

  /**
   * Returns the staff counted in units of a kind.
   *
   * @param kind the kind, not null
   * @return the staff, zero or more
   */
  public int staffOf(UnitKind kind) {
    requireNonNull(kind, "kind");
    return staffByKind.getOrDefault(kind, 0);
  }

  /**
   * Returns the units below their norm.
   *
   * @return the units, sorted by identifier, not null
   */
  public ImmutableSortedSet<UnitId> unitsBelowNorm() {
    return unitsBelowNorm;
  }

  /**
   * Returns the units above their norm within the norm's transition ({@link QuotaStatus#ABOVE_IN_TRANSITION}): not
   * in breach, but to be brought within the norm before the transition ends.
   *
   * @return the units, sorted by identifier, not null
   */
  public ImmutableSortedSet<UnitId> unitsAboveNormInTransition() {
    return unitsInTransition;
  }

  /**
   * Returns the staff counted in all units.
   *
   * @return the total, zero or more
   */
  public int totalStaff() {
    return staffByLevel.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the staff counted with a university degree or higher.
   *
   * @return the number, from zero to {@link #totalStaff()}
   */
  public int staffWithUniversityDegree() {
    return staffWithUniversityDegree;
  }

  /**
   * Returns the share of staff counted with a university degree or higher, as a fraction between 0 and 1: 0.75
   * for 60 of 80. The exact ratio is {@link #staffWithUniversityDegree()} over {@link #totalStaff()}.
   *
   * @return the share; 0.0 when no staff is counted
   */
  public double universityShare() {
    int total = totalStaff();
    return total == 0 ? 0.0 : (double) staffWithUniversityDegree / total;
  }

  /**
   * Returns the share of staff counted with a university degree or higher as a percentage, rounded as asked: 75.00
   * for 60 of 80 at scale 2.
   *
   * @param scale the number of decimal places, from 0 to 20
   * @param rounding how to round, not null; {@link RoundingMode#UNNECESSARY} refuses to round
   * @return the percentage; zero when no staff is counted
   * @throws IllegalArgumentException if the scale is outside 0 to 20
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@link RoundingMode#UNNECESSARY}
   */
  public BigDecimal universityPercent(int scale, RoundingMode rounding) {
    Percentages.checkScale(scale);
    requireNonNull(rounding, "rounding");
    int total = totalStaff();
    if (total == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return Percentages.of(staffWithUniversityDegree, total, scale, rounding);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StaffingSummary other
        && units == other.units
        && staffByLevel.equals(other.staffByLevel)
        && staffByKind.equals(other.staffByKind)
        && unitsBelowNorm.equals(other.unitsBelowNorm)
        && unitsInTransition.equals(other.unitsInTransition)
        && staffWithUniversityDegree == other.staffWithUniversityDegree;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        units, staffByLevel, staffByKind, unitsBelowNorm, unitsInTransition, staffWithUniversityDegree);
  }

  /**
   * Returns a readable form: "StaffingSummary[9 units, 80 staff {DISTRICT=80}, 60 with a university degree, below
   * norm [HG-CT-VP]]", with ", above norm in transition [...]" when there are such units.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "StaffingSummary["
        + units
        + " units, "
        + totalStaff()
        + " staff "
        + staffByLevel
        + ", "
        + staffWithUniversityDegree
        + " with a university degree, below norm "
        + unitsBelowNorm
        + (unitsInTransition.isEmpty() ? "" : ", above norm in transition " + unitsInTransition)
        + "]";
  }
}
