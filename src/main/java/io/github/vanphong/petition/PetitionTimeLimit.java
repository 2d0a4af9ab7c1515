package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A rule that gives a step of a petition its time limit: the stage, the kinds of petition and the circumstances it
 * covers, the {@link TimeLimit} with its legal basis, the days of receipt on which it is in force, and the
 * extensions it allows. For example {@link PetitionRuleBook#DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX}: an
 * especially complex denunciation received from 2019-01-01 is resolved within 30 days of acceptance, extended at
 * most twice by at most 30 days each time (Luật Tố cáo 25/2018/QH14, Điều 30).
 *
 * <p>A rule is chosen by the day the petition was received ({@link #validity()}, {@link #chosenBy()}) unless it says
 * otherwise, not by the day its time starts: a complaint received on 2026-06-30 keeps the limits of that day. The conditions (rounds, complexities, areas and
 * levels) are sets; a set left empty in the builder means every value. The time counts from the day after the
 * stage's {@linkplain PetitionStage#startEvent() start event}, as {@link Deadline} counts it; an extension adds days
 * counted the way the limit counts them.
 *
 * <p>A rule is not a decision: whether a case is complex, or an area remote, is for the resolver to decide and the
 * application to record. Rules are chosen by a {@link PetitionRuleBook}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class PetitionTimeLimit implements PetitionRule {

  PetitionTimeLimit() {}

  /**
   * The name of the rule, for example "DENUNCIATION_RESOLUTION", used in messages and logs, unique within a rule
   * book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The stage the rule gives a time to.
   *
   * @return the stage, not null
   */
  public abstract PetitionStage stage();

  /**
   * The kinds of petition the rule covers, each one for which the stage exists.
   *
   * @return the kinds, not empty
   */
  public abstract ImmutableSet<PetitionKind> kinds();

  /**
   * The rounds of a complaint the rule covers; every round unless set.
   *
   * @return the rounds, not empty
   */
  public abstract ImmutableSet<ComplaintRound> rounds();

  /**
   * The complexities the rule covers; every complexity unless set.
   *
   * @return the complexities, not empty
   */
  public abstract ImmutableSet<Complexity> complexities();

  /**
   * The areas the rule covers; every area unless set.
   *
   * @return the areas, not empty
   */
  public abstract ImmutableSet<AreaType> areas();

  /**
   * The levels of the resolving body the rule covers; every level unless set. A rule that covers only some levels
   * applies only to {@link Circumstances} whose level is given.
   *
   * @return the levels, not empty
   */
  public abstract ImmutableSet<Level> levels();

  /**
   * The time limit, with its legal basis, for example 30 calendar days (Luật Tố cáo 25/2018/QH14, Điều 30).
   *
   * @return the time limit, not null
   */
  public abstract TimeLimit limit();

  /**
   * The days on which the rule is in force, as days of the kind {@link #chosenBy()} names, for example the days
   * received {@code [2019-01-01..2026-06-30]}.
   *
   * @return the days in force, not null
   */
  @Override
  public abstract Validity validity();

  /**
   * The day of a petition that chooses the rule; the day received unless set.
   *
   * @return the day, not null
   */
  @Override
  @Value.Default
  public RuleDay chosenBy() {
    return RuleDay.RECEIVED;
  }

  /**
   * How many times the limit may be extended; none unless set.
   *
   * @return the number of extensions allowed, 0 or more
   */
  @Value.Default
  public int maxExtensions() {
    return 0;
  }

  /**
   * The longest one extension may be, in the days the limit counts; 0 unless set, and more than 0 exactly when
   * {@link #maxExtensions()} is.
   *
   * @return the days of the longest extension, 0 or more
   */
  @Value.Default
  public int maxExtensionDays() {
    return 0;
  }

  /**
   * Whether the limit binds the office only where the petitioner asked for what it gives: a result is relayed to a
   * citizen "trong trường hợp người đó đã có yêu cầu trước đó" (Luật Tiếp công dân 42/2013/QH13, Điều 28, khoản 2),
   * so {@link PetitionRuleBook#RESULT_RELAY} gives no deadline unless {@link Intake#resultRequested()}. False unless
   * set.
   *
   * @return true if the limit arises only on the petitioner's request
   */
  @Value.Default
  public boolean onRequestOnly() {
    return false;
  }

  /**
   * Returns a builder. The name, stage, kinds, time limit and validity are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PetitionTimeLimit}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePetitionTimeLimit.Builder {
    Builder() {}
  }

  /**
   * Returns the legal basis of the rule, that of its {@link #limit()}, with its confirmation.
   *
   * @return the basis, not null
   */
  @Override
  public LegalBasis basis() {
    return limit().basis();
  }

  /**
   * Tells whether the rule covers a stage of a kind of petition in the given circumstances, whatever the day.
   *
   * @param stage the stage, not null
   * @param kind the kind of petition, not null
   * @param circumstances the facts of the case, not null
   * @return true if the stage is the rule's and every fact lies within the rule's conditions
   */
  public boolean appliesTo(PetitionStage stage, PetitionKind kind, Circumstances circumstances) {
    requireNonNull(stage, "stage");
    requireNonNull(kind, "kind");
    requireNonNull(circumstances, "circumstances");
    return stage == stage()
        && kinds().contains(kind)
        && rounds().contains(circumstances.round())
        && complexities().contains(circumstances.complexity())
        && areas().contains(circumstances.area())
        && circumstances.level().map(levels()::contains).orElse(levels().size() == Level.values().length);
  }

  /**
   * Tells whether this rule and another cover some case in common on some day of receipt: the same stage, and
   * kinds, conditions and validities that overlap. Of two such rules in a {@link PetitionRuleBook}, the later one
   * wins where they overlap.
   *
   * @param other the other rule, not null
   * @return true if some case and day are covered by both
   */
  public boolean overlaps(PetitionTimeLimit other) {
    requireNonNull(other, "other");
    return stage() == other.stage()
        && intersect(kinds(), other.kinds())
        && intersect(rounds(), other.rounds())
        && intersect(complexities(), other.complexities())
        && intersect(areas(), other.areas())
        && intersect(levels(), other.levels())
        && validity().overlaps(other.validity());
  }

  private static <T> boolean intersect(Set<T> a, Set<T> b) {
    return !Sets.intersection(a, b).isEmpty();
  }

  /**
   * Returns the deadline of this rule for an event, with no extension.
   *
   * @param eventDay the day of the stage's start event, from 2006-01-01 to 2199-12-31, not null
   * @param calendar the calendar whose working days count, not null
   * @return the deadline, not null
   * @throws java.time.DateTimeException if a day falls outside the calendar's range
   */
  public Deadline deadline(LocalDate eventDay, WorkingCalendar calendar) {
    return limit().from(stage().startEvent(), eventDay, calendar);
  }

  /**
   * Returns the deadline of this rule for an event, extended by the given days, one extension each.
   *
   * @param eventDay the day of the stage's start event, from 2006-01-01 to 2199-12-31, not null
   * @param calendar the calendar whose working days count, not null
   * @param extensionDays the days of each extension granted, in order, at most {@link #maxExtensions()} of them,
   *     each from 1 to {@link #maxExtensionDays()}; not null
   * @return the extended deadline, not null
   * @throws IllegalArgumentException if there are more extensions than the rule allows, if one is longer than it
   *     allows or shorter than 1 day
   * @throws java.time.DateTimeException if a day falls outside the calendar's range
   */
  public Deadline deadline(LocalDate eventDay, WorkingCalendar calendar, List<Integer> extensionDays) {
    requireNonNull(eventDay, "eventDay");
    requireNonNull(calendar, "calendar");
    Arguments.elements(extensionDays, "extensionDays");
    checkArgument(
        extensionDays.size() <= maxExtensions(),
        "%s allows %s (%s); %s were asked for",
        name(),
        describeExtensions(),
        basis().citation(),
        extensionDays.size());
    Deadline deadline = deadline(eventDay, calendar);
    for (int days : extensionDays) {
      deadline = extend(deadline, days);
    }
    return deadline;
  }

  /**
   * Returns the latest deadline this rule can give for an event: every extension it allows granted at its longest.
   *
   * @param eventDay the day of the stage's start event, from 2006-01-01 to 2199-12-31, not null
   * @param calendar the calendar whose working days count, not null
   * @return the deadline with every extension, not null
   * @throws java.time.DateTimeException if a day falls outside the calendar's range
   */
  public Deadline outerDeadline(LocalDate eventDay, WorkingCalendar calendar) {
    Deadline deadline = deadline(eventDay, calendar);
    for (int i = 0; i < maxExtensions(); i++) {
      deadline = deadline.extendedBy(Extension.of(maxExtensionDays(), basis()));
    }
    return deadline;
  }

  /**
   * Returns a deadline of this rule extended once more: for example the second 30 days of an especially complex
   * denunciation. The deadline given is left as it was.
   *
   * @param deadline a deadline of this rule's time limit, not null
   * @param days the days of the extension, from 1 to {@link #maxExtensionDays()}
   * @return the extended deadline, not null
   * @throws IllegalArgumentException if the deadline was not set by this rule's time limit
   * @throws IllegalArgumentException if the deadline already has {@link #maxExtensions()} extensions
   * @throws IllegalArgumentException if {@code days} is less than 1 or more than {@link #maxExtensionDays()}
   * @throws java.time.DateTimeException if the new due date falls outside the calendar's range
   */
  public Deadline extend(Deadline deadline, int days) {
    requireNonNull(deadline, "deadline");
    checkArgument(
        deadline.timeLimit().equals(limit()),
        "%s extends only its own time limit, %s; the deadline counts %s",
        name(),
        limit(),
        deadline.timeLimit());
    checkArgument(
        deadline.extensions().size() < maxExtensions(),
        "%s allows %s (%s); the deadline due %s already has %s",
        name(),
        describeExtensions(),
        basis().citation(),
        deadline.dueDate(),
        deadline.extensions().size());
    checkArgument(
        days >= 1 && days <= maxExtensionDays(),
        "%s allows an extension of 1 to %s %s (%s); %s were asked for",
        name(),
        maxExtensionDays(),
        limit().count().englishName(),
        basis().citation(),
        days);
    return deadline.extendedBy(Extension.of(days, basis()));
  }

  private String describeExtensions() {
    if (maxExtensions() == 0) {
      return "no extension";
    }
    return (maxExtensions() == 1 ? "1 extension" : maxExtensions() + " extensions")
        + " of at most "
        + maxExtensionDays()
        + " "
        + limit().count().englishName();
  }

  @Value.Check
  PetitionTimeLimit normalize() {
    checkArgument(!Texts.isBlank(name()), "a petition time limit needs a name: %s", Texts.quote(name()));
    checkArgument(!kinds().isEmpty(), "%s needs at least one kind of petition", name());
    for (PetitionKind kind : kinds()) {
      checkArgument(
          stage().appliesTo(kind),
          "%s: the stage %s exists for %s, not for %s",
          name(),
          stage(),
          stage().kinds(),
          kind);
    }
    checkArgument(
        maxExtensions() >= 0 && maxExtensionDays() >= 0,
        "%s: extensions are counted from 0; %s extensions of %s days",
        name(),
        maxExtensions(),
        maxExtensionDays());
    checkArgument(
        (maxExtensions() == 0) == (maxExtensionDays() == 0),
        "%s: a rule that allows extensions allows them some days, and one that allows none allows no days;"
            + " %s extensions of %s days",
        name(),
        maxExtensions(),
        maxExtensionDays());
    if (!rounds().isEmpty() && !complexities().isEmpty() && !areas().isEmpty() && !levels().isEmpty()) {
      return this;
    }
    return builder()
        .from(this)
        .rounds(rounds().isEmpty() ? EnumSet.allOf(ComplaintRound.class) : rounds())
        .complexities(complexities().isEmpty() ? EnumSet.allOf(Complexity.class) : complexities())
        .areas(areas().isEmpty() ? EnumSet.allOf(AreaType.class) : areas())
        .levels(levels().isEmpty() ? EnumSet.allOf(Level.class) : levels())
        .build();
  }

  /**
   * Returns the readable form, for example "DENUNCIATION_RESOLUTION: RESOLUTION of [DENUNCIATION] [NORMAL], 30
   * calendar days (Luật Tố cáo 25/2018/QH14, Điều 30), no extension, received [2019-01-01..2026-06-30]". Conditions
   * that cover every value are left out; a basis not verified is marked.
   *
   * @return the name, stage, kinds, conditions, limit, extensions and validity, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(name()).append(": ").append(stage()).append(" of ").append(kinds());
    appendIfRestricted(text, rounds(), ComplaintRound.values().length);
    appendIfRestricted(text, complexities(), Complexity.values().length);
    appendIfRestricted(text, areas(), AreaType.values().length);
    appendIfRestricted(text, levels(), Level.values().length);
    text.append(", ").append(limit()).append(", ").append(describeExtensions());
    if (onRequestOnly()) {
      text.append(", on request only");
    }
    text.append(", ").append(chosenBy() == RuleDay.RECEIVED ? "received" : chosenBy().englishName().toLowerCase(Locale.ROOT));
    text.append(' ').append(validity());
    if (basis().confirmation() != Confirmation.VERIFIED) {
      text.append(" (").append(basis().confirmation().englishName().toLowerCase(Locale.ROOT)).append(')');
    }
    return text.toString();
  }

  private static void appendIfRestricted(StringBuilder text, Set<?> values, int all) {
    if (values.size() < all) {
      text.append(' ').append(values);
    }
  }
}
