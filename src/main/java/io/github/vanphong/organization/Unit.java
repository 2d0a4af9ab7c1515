package io.github.vanphong.organization;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Validity;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit of the organisation as it stands on a day: its identifier, Vietnamese name, kind, level, parent and the
 * days of its life. For example on 2016-03-01 the unit {@code HG-NB} is "Thị ủy Ngã Bảy", a {@link
 * UnitKind#TOWN_COMMITTEE} at {@link Level#DISTRICT}, under {@code HG-TU}, alive from 2005 to 2025-06-30.
 *
 * <p>A {@code Unit} is a snapshot, not the unit's history: the name and kind are those in effect on the day the
 * snapshot was taken. {@link OrgChart#asOf(LocalDate) OrgChart.asOf} gives the snapshots of every unit on a day.
 *
 * <p>The name is kept in Unicode NFC, whatever form it was given in.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Unit {

  Unit() {}

  /**
   * The identifier, stable across renamings.
   *
   * @return the identifier, not null
   */
  public abstract UnitId id();

  /**
   * The Vietnamese name in effect, in NFC, for example "Văn phòng Tỉnh ủy Hậu Giang".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The kind in effect.
   *
   * @return the kind, not null
   */
  public abstract UnitKind kind();

  /**
   * The level.
   *
   * @return the level, not null
   */
  public abstract Level level();

  /**
   * The parent unit in effect, if any; the top units of a chart have none.
   *
   * @return the parent's identifier, or empty for a top unit
   */
  public abstract Optional<UnitId> parent();

  /**
   * The days of the unit's life, from its creation to its end (dissolution or merger), if it has ended.
   *
   * @return the life, not null
   */
  public abstract Validity life();

  /**
   * Returns a builder. The identifier, name, kind, level and life are required; the parent is optional.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Unit}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }

  /**
   * Tells whether the unit is alive on the given day.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #life()}
   */
  public boolean isAliveOn(LocalDate day) {
    return life().contains(day);
  }

  @Value.Check
  Unit normalize() {
    checkArgument(!Texts.isBlank(name()), "a unit needs a name: unit %s", id());
    checkArgument(
        !parent().filter(id()::equals).isPresent(), "a unit cannot be its own parent: unit %s", id());
    String nfc = Normalizer.normalize(name(), Normalizer.Form.NFC);
    return nfc.equals(name()) ? this : builder().from(this).name(nfc).build();
  }

  /**
   * Returns a short readable form: "HG-VPTU Văn phòng Tỉnh ủy Hậu Giang (Office, Provincial)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return id() + " " + name() + " (" + kind().englishName() + ", " + level().englishName() + ")";
  }
}
