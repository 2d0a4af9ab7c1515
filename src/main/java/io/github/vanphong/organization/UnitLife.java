package io.github.vanphong.organization;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One life of a unit identifier in an {@link OrgChart}: its days, and its names, kinds and parents by the day they
 * take effect, from its creation to the event that ends it, if any. For example Huyện ủy Long Mỹ from its creation to
 * the split of 2015-05-15 that ended it.
 *
 * <p>A life knows the event that created it ({@link #creation}: a creation, or the split whose part it is, with the
 * part's place) so that the lives of a chart keep one order, that of their creations as the chart replays them: by
 * day, the parts of splits before the units created alone, each in the order of {@link RestructuringOrder}. A unit's
 * lives do not overlap.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // ImmutableSortedMaps and events of immutable values
final class UnitLife {

  /** The order of lives: that of the events that created them, then of the parts of one split. */
  static final Comparator<UnitLife> ORDER =
      Comparator.<UnitLife, Restructuring>comparing(life -> life.creation, RestructuringOrder.ORDER)
          .thenComparingInt(life -> life.part);

  final UnitId id;
  final Level level;
  final LocalDate start;
  final Validity validity;
  final @Nullable Restructuring endedBy;
  /** The creation, or the split whose part created this life. */
  final Restructuring creation;
  /** The place of the part in its split, or 0 for a creation. */
  final int part;

  final ImmutableSortedMap<LocalDate, String> names;
  final ImmutableSortedMap<LocalDate, UnitKind> kinds;
  final ImmutableSortedMap<LocalDate, Optional<UnitId>> parents;

  UnitLife(
      UnitId id,
      Level level,
      LocalDate start,
      Validity validity,
      @Nullable Restructuring endedBy,
      Restructuring creation,
      int part,
      ImmutableSortedMap<LocalDate, String> names,
      ImmutableSortedMap<LocalDate, UnitKind> kinds,
      ImmutableSortedMap<LocalDate, Optional<UnitId>> parents) {
    this.id = id;
    this.level = level;
    this.start = start;
    this.validity = validity;
    this.endedBy = endedBy;
    this.creation = creation;
    this.part = part;
    this.names = names;
    this.kinds = kinds;
    this.parents = parents;
  }

  Validity validity() {
    return validity;
  }

  /** The last day of the life, or null if it has no end. */
  @Nullable LocalDate end() {
    return validity.end().orElse(null);
  }

  boolean contains(LocalDate day) {
    return validity.contains(day);
  }

  Optional<UnitId> parentOn(LocalDate day) {
    return requireNonNull(parents.floorEntry(day)).getValue();
  }

  /** Whether the life was ever under the unit. */
  boolean isEverUnder(UnitId parent) {
    for (Optional<UnitId> p : parents.values()) {
      if (p.isPresent() && p.get().equals(parent)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last day on which the parent that takes effect on a day of {@link #parents} holds: the day before the next
   * change of parent, or the end of the life.
   *
   * @return the day, or null if the parent holds to the end of an open life
   */
  @Nullable LocalDate segmentEnd(LocalDate from) {
    Map.Entry<LocalDate, Optional<UnitId>> next = parents.higherEntry(from);
    return next != null ? next.getKey().minusDays(1) : end();
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

  /** Whether the other life has the same days and level: what the checks of other units read of a life. */
  boolean sameBounds(UnitLife other) {
    return id.equals(other.id) && level == other.level && validity.equals(other.validity);
  }

  @Override
  public String toString() {
    return id + " " + validity;
  }
}
