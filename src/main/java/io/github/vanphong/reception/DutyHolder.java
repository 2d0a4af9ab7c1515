package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The posts a duty to receive binds: kinds of post in units of some kinds, or in named units, at some levels. For
 * example {@code DutyHolder.partyHead(Level.PROVINCIAL)} is the secretary of any provincial party committee (Tỉnh ủy,
 * or the Thành ủy of a centrally run city); {@code DutyHolder.chairOf(UnitKind.PEOPLES_COMMITTEE, Level.COMMUNE)} the
 * chair of a commune People's Committee.
 *
 * <p>A holder is not a person: a duty binds the post, and so whoever holds it on the day, an acting holder included
 * ({@link ComplianceCheck}). The kinds of unit the library knows do not name every State agency (a provincial
 * department, say); an application names its own units with {@link #ofUnits}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DutyHolder {

  private static final ImmutableSet<UnitKind> PARTY_COMMITTEES =
      Arrays.stream(UnitKind.values())
          .filter(UnitKind::isPartyCommittee)
          .collect(ImmutableSet.toImmutableSet());

  DutyHolder() {}

  /**
   * The kinds of post bound, for example {@link PostKind#SECRETARY}.
   *
   * @return the kinds, not empty
   */
  public abstract ImmutableSet<PostKind> postKinds();

  /**
   * The kinds of unit whose posts are bound, for example every kind of party committee.
   *
   * @return the kinds, possibly empty when units are named, not null
   */
  public abstract ImmutableSet<UnitKind> unitKinds();

  /**
   * The units whose posts are bound, named by the application, for example a provincial department.
   *
   * @return the units, possibly empty when kinds of unit are given, not null
   */
  public abstract ImmutableSet<UnitId> units();

  /**
   * The levels of the units bound; every level when empty.
   *
   * @return the levels, possibly empty, not null
   */
  public abstract ImmutableSet<Level> levels();

  /**
   * Returns the head of a party committee at a level: the secretary (Bí thư) of a unit of any party-committee kind.
   *
   * @param level the level, not null
   * @return the holder, not null
   */
  public static DutyHolder partyHead(Level level) {
    return ImmutableDutyHolder.builder()
        .addPostKinds(PostKind.SECRETARY)
        .unitKinds(PARTY_COMMITTEES)
        .addLevels(requireNonNull(level, "level"))
        .build();
  }

  /**
   * Returns the chair (Chủ tịch) of units of a kind at a level, for example of a provincial People's Committee.
   *
   * @param kind the kind of unit, not null
   * @param level the level, not null
   * @return the holder, not null
   */
  public static DutyHolder chairOf(UnitKind kind, Level level) {
    return of(
        Set.of(PostKind.CHAIR), Set.of(requireNonNull(kind, "kind")), Set.of(requireNonNull(level, "level")));
  }

  /**
   * Returns the posts of some kinds in units of some kinds at some levels.
   *
   * @param postKinds the kinds of post, not empty, not null
   * @param unitKinds the kinds of unit, not empty, not null
   * @param levels the levels, every level if empty, not null
   * @return the holder, not null
   * @throws IllegalArgumentException if no kind of post or of unit is given
   */
  public static DutyHolder of(Set<PostKind> postKinds, Set<UnitKind> unitKinds, Set<Level> levels) {
    Arguments.elements(postKinds, "postKinds");
    Arguments.elements(unitKinds, "unitKinds");
    Arguments.elements(levels, "levels");
    checkArgument(!unitKinds.isEmpty(), "a duty holder names kinds of unit, or the units themselves; none given");
    return ImmutableDutyHolder.builder().postKinds(postKinds).unitKinds(unitKinds).levels(levels).build();
  }

  /**
   * Returns the posts of some kinds in the named units, at whatever level: an application's own agencies.
   *
   * @param postKinds the kinds of post, not empty, not null
   * @param units the units, not empty, not null
   * @return the holder, not null
   * @throws IllegalArgumentException if no kind of post or no unit is given
   */
  public static DutyHolder ofUnits(Set<PostKind> postKinds, Set<UnitId> units) {
    Arguments.elements(postKinds, "postKinds");
    Arguments.elements(units, "units");
    checkArgument(!units.isEmpty(), "a duty holder names kinds of unit, or the units themselves; none given");
    return ImmutableDutyHolder.builder().postKinds(postKinds).units(units).build();
  }

  /**
   * Tells whether the holder binds a post of a unit.
   *
   * @param post the post, not null
   * @param unit the post's unit as it stands on the day, whose identifier is the post's, not null
   * @return true if the post's kind and the unit's kind or identifier and level are the holder's
   * @throws IllegalArgumentException if the unit is not the post's
   */
  public boolean binds(Post post, Unit unit) {
    requireNonNull(post, "post");
    requireNonNull(unit, "unit");
    checkArgument(
        post.unit().equals(unit.id()), "the unit %s given for the post %s is not the post's", unit.id(), post);
    return postKinds().contains(post.kind())
        && (unitKinds().contains(unit.kind()) || units().contains(unit.id()))
        && (levels().isEmpty() || levels().contains(unit.level()));
  }

  @Value.Check
  void check() {
    checkArgument(!postKinds().isEmpty(), "a duty holder names one or more kinds of post; none given");
    checkArgument(
        !unitKinds().isEmpty() || !units().isEmpty(),
        "a duty holder names kinds of unit, or the units themselves; none given");
  }

  /**
   * Returns the posts, units and levels, for example "[SECRETARY] of party committees at [PROVINCIAL]" or "[HEAD] of
   * [HG-SOTNMT]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(postKinds()).append(" of ");
    if (unitKinds().equals(PARTY_COMMITTEES)) {
      text.append("party committees");
    } else if (!unitKinds().isEmpty()) {
      text.append(EnumSet.copyOf(unitKinds()));
    }
    if (!units().isEmpty()) {
      text.append(unitKinds().isEmpty() ? "" : " or ")
          .append(units().stream().map(UnitId::value).sorted().collect(Collectors.joining(", ", "[", "]")));
    }
    if (!levels().isEmpty()) {
      text.append(" at ").append(EnumSet.copyOf(levels()));
    }
    return text.toString();
  }
}
