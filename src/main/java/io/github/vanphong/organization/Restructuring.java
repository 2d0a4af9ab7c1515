package io.github.vanphong.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One dated change to the organisation: a unit is created, renamed, changes kind, moves under another parent, is
 * merged into another unit, is split into parts, or is dissolved. For example "2025-07-01 merge HG-TU, ST-TU into
 * CT-TU": the committees of Hậu Giang and Sóc Trăng end on 2025-06-30 and that of Cần Thơ carries their history.
 *
 * <p>An event is not a unit's state; {@link OrgChart} replays its events in date order to know the state on any
 * day. Every event has the day it takes effect, {@link #effectiveOn()}: the first day on which the change holds. A
 * unit that ends with effect from 2025-07-01 is alive on 2025-06-30 and not on 2025-07-01. An event may cite the
 * decision it rests on, {@link #basis()}.
 *
 * <p>The factories ({@link #create}, {@link #rename}, {@link #changeKind}, {@link #reattach}, {@link #merge},
 * {@link #split}, {@link #dissolve}) read as the change they make; {@link #withBasis(LegalBasis) withBasis} adds the decision.
 * {@code toString()} reads like the event, for example "2006-01-01 rename HG-NB to 'Thị ủy Ngã Bảy'".
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Restructuring
    permits Restructuring.Create,
        Restructuring.Rename,
        Restructuring.ChangeKind,
        Restructuring.Reattach,
        Restructuring.Merge,
        Restructuring.Split,
        Restructuring.Dissolve {

  /**
   * The first day on which the change holds.
   *
   * @return the day, not null
   */
  LocalDate effectiveOn();

  /**
   * The decision the change rests on, if cited, for example "Nghị quyết 202/2025/QH15, Điều 1".
   *
   * @return the legal basis, or empty if none is cited
   */
  Optional<LegalBasis> basis();

  /**
   * Returns this event with the decision it rests on.
   *
   * @param basis the legal basis, not null
   * @return an equal event that cites {@code basis}, not null
   */
  Restructuring withBasis(LegalBasis basis);

  /**
   * Returns the units whose life or history this event changes: the unit created, renamed, changed or moved; the
   * units merged and the one they merge into; the source and parts of a split; the unit dissolved and its
   * successor. A parent named by a creation or a move is not among them.
   *
   * @return the identifiers, not empty
   */
  ImmutableSet<UnitId> subjects();

  /**
   * Returns the creation of a unit, with effect from the given day.
   *
   * @param on the first day of the unit's life, not null
   * @param id the identifier, not null
   * @param name the Vietnamese name, not blank, for example "Thị ủy Long Mỹ"
   * @param kind the kind, not null
   * @param level the level, not null
   * @param parent the parent unit, or empty for a top unit; not null
   * @return the event, not null
   * @throws IllegalArgumentException if the name is blank or the unit would be its own parent
   */
  static Create create(
      LocalDate on, UnitId id, String name, UnitKind kind, Level level, Optional<UnitId> parent) {
    requireNonNull(parent, "parent");
    return ImmutableCreate.builder()
        .effectiveOn(on)
        .id(id)
        .name(name)
        .kind(kind)
        .level(level)
        .parent(parent)
        .build();
  }

  /**
   * Returns the renaming of a unit, with effect from the given day.
   *
   * @param on the first day of the new name, not null
   * @param id the unit, not null
   * @param name the new Vietnamese name, not blank
   * @return the event, not null
   * @throws IllegalArgumentException if the name is blank
   */
  static Rename rename(LocalDate on, UnitId id, String name) {
    return ImmutableRename.builder().effectiveOn(on).id(id).name(name).build();
  }

  /**
   * Returns the change of a unit's kind, with effect from the given day: Ngã Bảy's Thị ủy becoming a Thành ủy.
   *
   * @param on the first day of the new kind, not null
   * @param id the unit, not null
   * @param kind the new kind, not null
   * @return the event, not null
   */
  static ChangeKind changeKind(LocalDate on, UnitId id, UnitKind kind) {
    return ImmutableChangeKind.builder().effectiveOn(on).id(id).kind(kind).build();
  }

  /**
   * Returns the move of a unit under another parent, with effect from the given day.
   *
   * @param on the first day under the new parent, not null
   * @param id the unit that moves, not null
   * @param parent the new parent, not null, not {@code id}
   * @return the event, not null
   * @throws IllegalArgumentException if the unit would be its own parent
   */
  static Reattach reattach(LocalDate on, UnitId id, UnitId parent) {
    return ImmutableReattach.builder().effectiveOn(on).id(id).parent(parent).build();
  }

  /**
   * Returns the merger of units into another, with effect from the given day: the merged units end the day before,
   * and {@code into} carries their history.
   *
   * @param on the first day after the merger, not null
   * @param merged the units merged, not empty, distinct, not containing {@code into}
   * @param into the unit that receives them, not null
   * @return the event, not null
   * @throws IllegalArgumentException if no unit is merged, a unit repeats, or a unit is merged into itself
   */
  static Merge merge(LocalDate on, Iterable<UnitId> merged, UnitId into) {
    return ImmutableMerge.builder().effectiveOn(on).merged(Arguments.list(merged, "merged")).into(into).build();
  }

  /**
   * Returns the split of a unit into new parts, with effect from the given day: the source ends the day before,
   * each part is created that day, and one part carries the source's history.
   *
   * @param on the first day of the parts, not null
   * @param source the unit split, not null
   * @param parts the creations of the parts, not empty, each effective on {@code on}, with distinct identifiers
   *     other than {@code source}
   * @param carrier the part that carries the source's history, one of the parts' identifiers
   * @return the event, not null
   * @throws IllegalArgumentException if there is no part, a part takes effect on another day, a part repeats an
   *     identifier or takes the source's, or the carrier is not a part
   */
  static Split split(LocalDate on, UnitId source, Iterable<Create> parts, UnitId carrier) {
    return ImmutableSplit.builder()
        .effectiveOn(on)
        .source(source)
        .parts(Arguments.list(parts, "parts"))
        .carrier(carrier)
        .build();
  }

  /**
   * Returns the dissolution of a unit, with effect from the given day: the unit ends the day before, and no unit
   * carries its history.
   *
   * @param on the first day without the unit, not null
   * @param id the unit dissolved, not null
   * @return the event, not null
   */
  static Dissolve dissolve(LocalDate on, UnitId id) {
    return ImmutableDissolve.builder().effectiveOn(on).id(id).build();
  }

  /**
   * Returns the dissolution of a unit whose history another unit carries, with effect from the given day: a
   * district committee dissolved on 2025-07-01 whose files go to a new commune committee.
   *
   * @param on the first day without the unit, not null
   * @param id the unit dissolved, not null
   * @param successor the unit that carries its history, not null, not {@code id}
   * @return the event, not null
   * @throws IllegalArgumentException if the unit would succeed itself
   */
  static Dissolve dissolve(LocalDate on, UnitId id, UnitId successor) {
    return ImmutableDissolve.builder().effectiveOn(on).id(id).successor(successor).build();
  }

  private static String suffix(Optional<LegalBasis> basis) {
    return basis.map(b -> ", under " + b.citation()).orElse("");
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The creation of a unit: "2015-05-15 create HG-LMTX 'Thị ủy Long Mỹ' (Town Party Committee, District) under
   * HG-TU". The unit's life starts on {@link #effectiveOn()}. The name is kept in Unicode NFC.
   *
   * <p>This class is immutable and thread-safe.
   */
  @ValueType
  abstract non-sealed class Create implements Restructuring {

    Create() {}

    /**
     * Returns this event with the decision it rests on.
     *
     * @param basis the legal basis, not null
     * @return an equal event that cites {@code basis}, not null
     */
    @Override
    public abstract Create withBasis(LegalBasis basis);

    /**
     * The identifier of the new unit.
     *
     * @return the identifier, not null
     */
    public abstract UnitId id();

    /**
     * The Vietnamese name, in NFC.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The kind.
     *
     * @return the kind, not null
     */
    public abstract UnitKind kind();

    /**
     * The level, which the unit keeps all its life.
     *
     * @return the level, not null
     */
    public abstract Level level();

    /**
     * The parent, if any.
     *
     * @return the parent's identifier, or empty for a top unit
     */
    public abstract Optional<UnitId> parent();

    @Override
    public ImmutableSet<UnitId> subjects() {
      return ImmutableSet.of(id());
    }

    @Value.Check
    Create normalize() {
      checkArgument(!Texts.isBlank(name()), "a created unit needs a name: unit %s", id());
      checkArgument(
          !parent().filter(id()::equals).isPresent(), "a unit cannot be its own parent: unit %s", id());
      String nfc = nfc(name());
      return nfc.equals(name()) ? this : ImmutableCreate.builder().from(this).name(nfc).build();
    }

    @Override
    public String toString() {
      return effectiveOn()
          + " create "
          + id()
          + " '"
          + name()
          + "' ("
          + kind().englishName()
          + ", "
          + level().englishName()
          + ")"
          + parent().map(p -> " under " + p).orElse("")
          + suffix(basis());
    }
  }

  /**
   * The renaming of a unit: "2006-01-01 rename HG-NB to 'Thị ủy Ngã Bảy'". The name is kept in Unicode NFC.
   *
   * <p>This class is immutable and thread-safe.
   */
  @ValueType
  abstract non-sealed class Rename implements Restructuring {

    Rename() {}

    /**
     * Returns this event with the decision it rests on.
     *
     * @param basis the legal basis, not null
     * @return an equal event that cites {@code basis}, not null
     */
    @Override
    public abstract Rename withBasis(LegalBasis basis);

    /**
     * The unit renamed.
     *
     * @return the identifier, not null
     */
    public abstract UnitId id();

    /**
     * The new Vietnamese name, in NFC.
     *
     * @return the name, not blank
     */
    public abstract String name();

    @Override
    public ImmutableSet<UnitId> subjects() {
      return ImmutableSet.of(id());
    }

    @Value.Check
    Rename normalize() {
      checkArgument(!Texts.isBlank(name()), "a renamed unit needs a name: unit %s", id());
      String nfc = nfc(name());
      return nfc.equals(name()) ? this : ImmutableRename.builder().from(this).name(nfc).build();
    }

    @Override
    public String toString() {
      return effectiveOn() + " rename " + id() + " to '" + name() + "'" + suffix(basis());
    }
  }

  /**
   * The change of a unit's kind: "2020-01-01 change HG-NB to City Party Committee".
   *
   * <p>This class is immutable and thread-safe.
   */
  @ValueType
  abstract non-sealed class ChangeKind implements Restructuring {

    ChangeKind() {}

    /**
     * Returns this event with the decision it rests on.
     *
     * @param basis the legal basis, not null
     * @return an equal event that cites {@code basis}, not null
     */
    @Override
    public abstract ChangeKind withBasis(LegalBasis basis);

    /**
     * The unit that changes kind.
     *
     * @return the identifier, not null
     */
    public abstract UnitId id();

    /**
     * The new kind.
     *
     * @return the kind, not null
     */
    public abstract UnitKind kind();

    @Override
    public ImmutableSet<UnitId> subjects() {
      return ImmutableSet.of(id());
    }

    @Override
    public String toString() {
      return effectiveOn() + " change " + id() + " to " + kind().englishName() + suffix(basis());
    }
  }

  /**
   * The move of a unit under another parent: "2010-01-01 move HG-VPTU under HG-TU".
   *
   * <p>This class is immutable and thread-safe.
   */
  @ValueType
  abstract non-sealed class Reattach implements Restructuring {

    Reattach() {}

    /**
     * Returns this event with the decision it rests on.
     *
     * @param basis the legal basis, not null
     * @return an equal event that cites {@code basis}, not null
     */
    @Override
    public abstract Reattach withBasis(LegalBasis basis);

    /**
     * The unit that moves.
     *
     * @return the identifier, not null
     */
    public abstract UnitId id();

    /**
     * The new parent.
     *
     * @return the identifier, not null
     */
    public abstract UnitId parent();

    @Override
    public ImmutableSet<UnitId> subjects() {
      return ImmutableSet.of(id());
    }

    @Value.Check
    void check() {
      checkArgument(!parent().equals(id()), "a unit cannot be its own parent: unit %s", id());
    }

    @Override
    public String toString() {
      return effectiveOn() + " move " + id() + " under " + parent() + suffix(basis());
    }
  }

  /**
   * The merger of units into another: "2025-07-01 merge HG-TU, ST-TU into CT-TU". The merged units end on the day
   * before {@link #effectiveOn()}; {@link #into()} is alive on that day and carries their history.
   *
   * <p>This class is immutable and thread-safe.
   */
  @ValueType
  abstract non-sealed class Merge implements Restructuring {

    Merge() {}

    /**
     * Returns this event with the decision it rests on.
     *
     * @param basis the legal basis, not null
     * @return an equal event that cites {@code basis}, not null
     */
    @Override
    public abstract Merge withBasis(LegalBasis basis);

    /**
     * The units merged, which end.
     *
     * @return the identifiers, not empty, distinct
     */
    public abstract ImmutableList<UnitId> merged();

    /**
     * The unit that receives the merged units and carries their history.
     *
     * @return the identifier, not null
     */
    public abstract UnitId into();

    @Override
    public ImmutableSet<UnitId> subjects() {
      return ImmutableSet.<UnitId>builder().addAll(merged()).add(into()).build();
    }

    @Value.Check
    void check() {
      checkArgument(!merged().isEmpty(), "a merger merges at least one unit: none into %s", into());
      checkArgument(
          ImmutableSet.copyOf(merged()).size() == merged().size(),
          "a merger names each merged unit once: %s",
          merged());
      checkArgument(
          !merged().contains(into()), "a unit cannot be merged into itself: %s into %s", merged(), into());
    }

    @Override
    public String toString() {
      return effectiveOn()
          + " merge "
          + merged().stream().map(UnitId::toString).collect(Collectors.joining(", "))
          + " into "
          + into()
          + suffix(basis());
    }
  }

  /**
   * The split of a unit into new parts: "2015-05-15 split HG-LM into HG-LMTX, HG-LMH; HG-LMH carries its
   * history". The source ends on the day before {@link #effectiveOn()}; each part is created on that day.
   *
   * <p>This class is immutable and thread-safe.
   */
  @ValueType
  abstract non-sealed class Split implements Restructuring {

    Split() {}

    /**
     * Returns this event with the decision it rests on.
     *
     * @param basis the legal basis, not null
     * @return an equal event that cites {@code basis}, not null
     */
    @Override
    public abstract Split withBasis(LegalBasis basis);

    /**
     * The unit split, which ends.
     *
     * @return the identifier, not null
     */
    public abstract UnitId source();

    /**
     * The creations of the parts, each effective on the day of the split.
     *
     * @return the parts, not empty
     */
    public abstract ImmutableList<Create> parts();

    /**
     * The part that carries the source's history.
     *
     * @return the identifier of one of the parts, not null
     */
    public abstract UnitId carrier();

    @Override
    public ImmutableSet<UnitId> subjects() {
      return ImmutableSet.<UnitId>builder().add(source()).addAll(partIds()).build();
    }

    /**
     * Returns the identifiers of the parts, in order.
     *
     * @return the identifiers, not empty
     */
    public ImmutableList<UnitId> partIds() {
      return parts().stream().map(Create::id).collect(ImmutableList.toImmutableList());
    }

    @Value.Check
    void check() {
      checkArgument(!parts().isEmpty(), "a split has at least one part: unit %s", source());
      for (Create part : parts()) {
        checkArgument(
            part.effectiveOn().equals(effectiveOn()),
            "the parts of a split are created on the day of the split, %s: %s",
            effectiveOn(),
            part);
      }
      ImmutableList<UnitId> ids = partIds();
      checkArgument(
          ImmutableSet.copyOf(ids).size() == ids.size(), "the parts of a split have distinct ids: %s", ids);
      checkArgument(!ids.contains(source()), "the parts of a split are new units: %s is split into %s", source(), ids);
      checkArgument(
          ids.contains(carrier()), "the carrier of a split is one of its parts: %s is not among %s", carrier(), ids);
    }

    @Override
    public String toString() {
      return effectiveOn()
          + " split "
          + source()
          + " into "
          + partIds().stream().map(UnitId::toString).collect(Collectors.joining(", "))
          + "; "
          + carrier()
          + " carries its history"
          + suffix(basis());
    }
  }

  /**
   * The dissolution of a unit: "2025-07-01 dissolve HG-CT; successor HG-XCT". The unit ends on the day before
   * {@link #effectiveOn()}; its successor, if any, is alive on that day and carries its history.
   *
   * <p>This class is immutable and thread-safe.
   */
  @ValueType
  abstract non-sealed class Dissolve implements Restructuring {

    Dissolve() {}

    /**
     * Returns this event with the decision it rests on.
     *
     * @param basis the legal basis, not null
     * @return an equal event that cites {@code basis}, not null
     */
    @Override
    public abstract Dissolve withBasis(LegalBasis basis);

    /**
     * The unit dissolved, which ends.
     *
     * @return the identifier, not null
     */
    public abstract UnitId id();

    /**
     * The unit that carries the dissolved unit's history, if any.
     *
     * @return the successor's identifier, or empty if none carries the history
     */
    public abstract Optional<UnitId> successor();

    @Override
    public ImmutableSet<UnitId> subjects() {
      ImmutableSet.Builder<UnitId> subjects = ImmutableSet.<UnitId>builder().add(id());
      successor().ifPresent(subjects::add);
      return subjects.build();
    }

    @Value.Check
    void check() {
      checkArgument(
          !successor().filter(id()::equals).isPresent(), "a unit cannot succeed itself: unit %s", id());
    }

    @Override
    public String toString() {
      return effectiveOn()
          + " dissolve "
          + id()
          + successor().map(s -> "; successor " + s).orElse("")
          + suffix(basis());
    }
  }
}
