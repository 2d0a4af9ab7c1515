package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.Unit;
import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A duty to receive citizens in person on a number of days in each month or week, binding posts of the dated
 * organisation: for example {@link ReceptionRuleBook#PARTY_HEAD_COMMUNE}, the secretary of a commune party committee
 * receives citizens at least 2 days a month (Quy định 11-QĐi/TW, Điều 4, khoản 1, as amended by Kết luận 215-KL/TW,
 * reported); {@link ReceptionRuleBook#COMMUNE_CHAIR}, the chair of a commune People's Committee at least 1 day a week
 * (Luật Tiếp công dân 42/2013/QH13, Điều 15, khoản 2, điểm d, verified).
 *
 * <p>The duty binds a post ({@link DutyHolder}), not a person: whoever holds the post on the day receives, an acting
 * holder included. It counts the months or weeks ({@link #cadence()}) whose first day it is in force on, and is met in
 * one by the head's periodic sessions held on that many distinct days ({@link ComplianceCheck}). It is not a
 * schedule: the days are the head's to fix and post ({@link ReceptionSchedule}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class ReceptionDuty implements ReceptionRule {

  ReceptionDuty() {}

  /**
   * The name, for example "PROVINCIAL_CHAIR", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The posts the duty binds.
   *
   * @return the holder, not null
   */
  public abstract DutyHolder holder();

  /**
   * The days of reception required in each period, at least.
   *
   * @return the days, 1 or more
   */
  public abstract int days();

  /**
   * The period the days are counted in.
   *
   * @return the cadence, not null
   */
  public abstract Cadence cadence();

  /**
   * Where the reception is held.
   *
   * @return the place, not null
   */
  public abstract ReceptionPlace place();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  @Override
  public abstract LegalBasis basis();

  /**
   * The days the duty is in force, as first days of its periods; those of its basis unless set.
   *
   * @return the days, not null
   */
  @Override
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The name, holder, days, cadence, place and basis are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReceptionDuty}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableReceptionDuty.Builder {
    Builder() {}
  }

  /**
   * Tells whether the duty binds a post on a day: it is in force that day and its holder binds the post.
   *
   * @param post the post, not null
   * @param unit the post's unit as it stands on the day, not null
   * @param day the day, not null
   * @return true if the duty binds the post that day
   * @throws IllegalArgumentException if the unit is not the post's
   */
  public boolean binds(Post post, Unit unit, LocalDate day) {
    requireNonNull(day, "day");
    return holder().binds(post, unit) && isInForceOn(day);
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a duty to receive needs a name: %s", Texts.quote(name()));
    checkArgument(
        days() >= 1, "%s: a duty to receive requires 1 or more days a %s; %s were given", name(), cadence(), days());
  }

  /**
   * Returns the readable form, for example "COMMUNE_CHAIR: 1 day a week, [CHAIR] of [PEOPLES_COMMITTEE] at [COMMUNE],
   * at the seat of the unit, Luật Tiếp công dân 42/2013/QH13, Điều 15, khoản 2, điểm d [2014-07-01..2026-06-30]"; a
   * basis not verified is marked.
   *
   * @return the name, the requirement, the holder, the place, the basis and the days, not null
   */
  @Override
  public String toString() {
    return name()
        + ": "
        + days()
        + (days() == 1 ? " day a " : " days a ")
        + cadence().englishName()
        + ", "
        + holder()
        + ", at the "
        + place().englishName().toLowerCase(Locale.ROOT)
        + ", "
        + basis().citation()
        + " "
        + validity()
        + (basis().confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + basis().confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
