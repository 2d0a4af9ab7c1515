package io.github.vanphong.organization;

import static java.util.Comparator.comparing;

import com.google.common.collect.Comparators;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The order in which an {@link OrgChart} keeps and replays its {@link Restructuring} events: by the day they take
 * effect; on one day, by kind of change, in the order {@link #rank ranked} below; then by the unit the change is
 * about; then by the rest of what the change says, field by field, and last by the decision it cites. For example on
 * 2025-07-01 the merger of Hậu Giang's committee into Cần Thơ's comes before the creation of a commune committee,
 * which comes before the renaming of a ward.
 *
 * <p>The kinds come in the order the replay needs them: first the changes that end units (mergers, splits,
 * dissolutions), since a unit that ends with effect from a day is gone that day; then the creations, so that an
 * identifier freed by an ending can be created again the same day; then the changes to living units (renamings,
 * changes of kind, moves), which see the day's new units. The order compares every field of the events, so two events
 * compare as equal only if they are equal: the same events give the same chart in whatever order they are given.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RestructuringOrder {

  /** Instruments by name, days in force, confirmation, amendments and replacement. */
  private static final Comparator<Instrument> INSTRUMENT = instrumentOrder();

  /** Bases by instrument, article, days in force, amendments cited and confirmation. */
  private static final Comparator<LegalBasis> BASIS =
      comparing(LegalBasis::instrument, INSTRUMENT)
          .thenComparing(LegalBasis::article)
          .thenComparing(LegalBasis::inForceFrom)
          .thenComparing(LegalBasis::inForceUntil, Comparators.emptiesFirst(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(LegalBasis::asAmendedBy, Comparators.lexicographical(INSTRUMENT))
          .thenComparing(basis -> basis.confirmation().name());

  private static final Comparator<Optional<UnitId>> OPTIONAL_UNIT =
      Comparators.emptiesFirst(Comparator.<UnitId>naturalOrder());

  private static final Comparator<Restructuring.Create> CREATE =
      comparing(Restructuring.Create::id)
          .thenComparing(Restructuring.Create::name)
          .thenComparing(create -> create.kind().name())
          .thenComparing(create -> create.level().name())
          .thenComparing(Restructuring.Create::parent, OPTIONAL_UNIT)
          .thenComparing(Restructuring::basis, Comparators.emptiesFirst(BASIS));

  /** The order of events: day, kind of change, unit, the rest of the change, the decision cited. */
  static final Comparator<Restructuring> ORDER =
      comparing(Restructuring::effectiveOn)
          .thenComparingInt(RestructuringOrder::rank)
          .thenComparing(RestructuringOrder::unit)
          .thenComparing(RestructuringOrder::sameKindAndUnit)
          .thenComparing(Restructuring::basis, Comparators.emptiesFirst(BASIS));

  private RestructuringOrder() {}

  /**
   * Ranks a kind of change within a day: 0 a merger, 1 a split, 2 a dissolution (the endings); 3 a creation; 4 a
   * renaming, 5 a change of kind, 6 a move (the changes to living units).
   */
  static int rank(Restructuring event) {
    if (event instanceof Restructuring.Merge) {
      return 0;
    }
    if (event instanceof Restructuring.Split) {
      return 1;
    }
    if (event instanceof Restructuring.Dissolve) {
      return 2;
    }
    if (event instanceof Restructuring.Create) {
      return 3;
    }
    if (event instanceof Restructuring.Rename) {
      return 4;
    }
    if (event instanceof Restructuring.ChangeKind) {
      return 5;
    }
    return 6;
  }

  /**
   * The unit a change is about: the unit merged into, split, dissolved, created, renamed, changed or moved.
   */
  static UnitId unit(Restructuring event) {
    if (event instanceof Restructuring.Merge merge) {
      return merge.into();
    }
    if (event instanceof Restructuring.Split split) {
      return split.source();
    }
    if (event instanceof Restructuring.Dissolve dissolve) {
      return dissolve.id();
    }
    if (event instanceof Restructuring.Create create) {
      return create.id();
    }
    if (event instanceof Restructuring.Rename rename) {
      return rename.id();
    }
    if (event instanceof Restructuring.ChangeKind changeKind) {
      return changeKind.id();
    }
    return ((Restructuring.Reattach) event).id();
  }

  /**
   * Compares the rest of two changes of the same day, kind and unit: the units merged; the parts and the carrier of
   * a split; the successor of a dissolution; the name, kind, level and parent of a creation; the new name, kind or
   * parent.
   */
  private static int sameKindAndUnit(Restructuring a, Restructuring b) {
    if (a instanceof Restructuring.Merge merge) {
      return Comparators.lexicographical(Comparator.<UnitId>naturalOrder())
          .compare(merge.merged(), ((Restructuring.Merge) b).merged());
    }
    if (a instanceof Restructuring.Split x) {
      Restructuring.Split y = (Restructuring.Split) b;
      int parts = Comparators.lexicographical(CREATE).compare(x.parts(), y.parts());
      return parts != 0 ? parts : x.carrier().compareTo(y.carrier());
    }
    if (a instanceof Restructuring.Dissolve dissolve) {
      return OPTIONAL_UNIT.compare(dissolve.successor(), ((Restructuring.Dissolve) b).successor());
    }
    if (a instanceof Restructuring.Create create) {
      return CREATE.compare(create, (Restructuring.Create) b);
    }
    if (a instanceof Restructuring.Rename rename) {
      return rename.name().compareTo(((Restructuring.Rename) b).name());
    }
    if (a instanceof Restructuring.ChangeKind changeKind) {
      return changeKind.kind().name().compareTo(((Restructuring.ChangeKind) b).kind().name());
    }
    return ((Restructuring.Reattach) a).parent().compareTo(((Restructuring.Reattach) b).parent());
  }

  private static Comparator<Instrument> instrumentOrder() {
    Comparator<Instrument> shallow =
        comparing(Instrument::name)
            .thenComparing(Instrument::inForceFrom)
            .thenComparing(Instrument::inForceUntil, Comparators.emptiesFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(instrument -> instrument.confirmation().name());
    return new Comparator<>() {
      @Override
      public int compare(Instrument a, Instrument b) {
        int order = shallow.compare(a, b);
        if (order != 0) {
          return order;
        }
        order = Comparators.lexicographical(this).compare(a.amendedBy(), b.amendedBy());
        return order != 0 ? order : Comparators.emptiesFirst(this).compare(a.replacedBy(), b.replacedBy());
      }
    };
  }
}
