package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which regular meetings each body must hold, and how often: for example a Party cell every month, the Central
 * Committee every six months. One {@link RegularMeetingRule} per {@link MeetingBody}, each with its basis.
 *
 * <p>The {@linkplain #standard() standard} book holds:
 *
 * <ul>
 *   <li>{@link #CELL_MONTHLY} and {@link #CELL_COMMITTEE_MONTHLY}: a cell and its committee meet every month, Điều
 *       lệ Đảng 2011, Điều 24, khoản 2, as reported by a secondary source;
 *   <li>{@link #GRASSROOTS_COMMITTEE_MONTHLY}: a grassroots committee meets every month, Điều lệ Đảng 2011, Điều 22,
 *       from a quiz that cites it: unconfirmed, data an application replaces;
 *   <li>{@link #CENTRAL_COMMITTEE_SIX_MONTHLY}: the Central Committee meets every six months, Điều lệ Đảng 2011,
 *       Chương III and its working rules, as reported (the article's number was not read);
 *   <li>{@link #PROVINCIAL_COMMITTEE_QUARTERLY}: a provincial executive committee meets every three months, Điều lệ
 *       Đảng 2011, Chương IV: unconfirmed (practice fits it, the text was not read), data an application replaces.
 * </ul>
 *
 * <p>How often a standing committee and the standing members meet is not set by the Statute but by each committee's
 * working rules (quy chế làm việc), which were not read: the standard book has no rule for them, and the
 * application adds its own with {@link #with}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class MeetingRhythmBook {

  /** A Party cell meets every month: Điều lệ Đảng 2011, Điều 24, khoản 2 (reported). */
  public static final RegularMeetingRule CELL_MONTHLY =
      RegularMeetingRule.of(
          MeetingBody.CELL, Period.ofMonths(1), LegalBasis.of(Instruments.PARTY_STATUTE_2011, "Điều 24, khoản 2"));

  /** A cell's committee meets every month: Điều lệ Đảng 2011, Điều 24, khoản 2 (reported). */
  public static final RegularMeetingRule CELL_COMMITTEE_MONTHLY =
      RegularMeetingRule.of(
          MeetingBody.CELL_COMMITTEE,
          Period.ofMonths(1),
          LegalBasis.of(Instruments.PARTY_STATUTE_2011, "Điều 24, khoản 2"));

  /**
   * A grassroots committee meets every month: Điều lệ Đảng 2011, Điều 22; unconfirmed (a quiz cites it), data an
   * application replaces with {@link #with}.
   */
  public static final RegularMeetingRule GRASSROOTS_COMMITTEE_MONTHLY =
      RegularMeetingRule.of(
          MeetingBody.GRASSROOTS_COMMITTEE,
          Period.ofMonths(1),
          LegalBasis.builder()
              .instrument(Instruments.PARTY_STATUTE_2011)
              .article("Điều 22")
              .confirmation(Confirmation.UNCONFIRMED)
              .build());

  /**
   * The Central Committee meets every six months: Điều lệ Đảng 2011, Chương III, and the Central Committee's
   * working rules (reported; the article's number was not read).
   */
  public static final RegularMeetingRule CENTRAL_COMMITTEE_SIX_MONTHLY =
      RegularMeetingRule.of(
          MeetingBody.CENTRAL_COMMITTEE,
          Period.ofMonths(6),
          LegalBasis.of(Instruments.PARTY_STATUTE_2011, "Chương III"));

  /**
   * A provincial executive committee meets every three months: Điều lệ Đảng 2011, Chương IV; unconfirmed (the text
   * was not read, practice fits it), data an application replaces with {@link #with}.
   */
  public static final RegularMeetingRule PROVINCIAL_COMMITTEE_QUARTERLY =
      RegularMeetingRule.of(
          MeetingBody.PROVINCIAL_COMMITTEE,
          Period.ofMonths(3),
          LegalBasis.builder()
              .instrument(Instruments.PARTY_STATUTE_2011)
              .article("Chương IV")
              .confirmation(Confirmation.UNCONFIRMED)
              .build());

  private static final MeetingRhythmBook STANDARD =
      new MeetingRhythmBook(
          ImmutableSortedMap.of(
              MeetingBody.CELL, CELL_MONTHLY,
              MeetingBody.CELL_COMMITTEE, CELL_COMMITTEE_MONTHLY,
              MeetingBody.GRASSROOTS_COMMITTEE, GRASSROOTS_COMMITTEE_MONTHLY,
              MeetingBody.CENTRAL_COMMITTEE, CENTRAL_COMMITTEE_SIX_MONTHLY,
              MeetingBody.PROVINCIAL_COMMITTEE, PROVINCIAL_COMMITTEE_QUARTERLY));

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<MeetingBody, RegularMeetingRule> rules;

  private MeetingRhythmBook(ImmutableSortedMap<MeetingBody, RegularMeetingRule> rules) {
    this.rules = rules;
  }

  /**
   * Returns the book of the rules read so far: cells, cell committees, grassroots committees, the Central Committee
   * and provincial committees; none for standing committees and standing members.
   *
   * @return the standard book, not null
   */
  public static MeetingRhythmBook standard() {
    return STANDARD;
  }

  /**
   * Returns a book of the given rules, one per body.
   *
   * @param rules the rules, none null, no two of one body
   * @return the book, not null
   * @throws IllegalArgumentException if two rules are of one body
   */
  public static MeetingRhythmBook of(Iterable<RegularMeetingRule> rules) {
    Map<MeetingBody, RegularMeetingRule> byBody = new TreeMap<>();
    for (RegularMeetingRule rule : Arguments.list(rules, "rules")) {
      checkArgument(
          byBody.put(rule.body(), rule) == null, "a rhythm book has one rule per body: %s twice", rule.body());
    }
    return new MeetingRhythmBook(ImmutableSortedMap.copyOf(byBody));
  }

  /**
   * Returns this book with a rule added, or put in place of the rule of its body: an application's figure for an
   * unconfirmed rule, or the rule its committee's working rules set for a standing committee.
   *
   * @param rule the rule, not null
   * @return the book, not null
   */
  public MeetingRhythmBook with(RegularMeetingRule rule) {
    requireNonNull(rule, "rule");
    Map<MeetingBody, RegularMeetingRule> next = new TreeMap<>(rules);
    next.put(rule.body(), rule);
    return new MeetingRhythmBook(ImmutableSortedMap.copyOf(next));
  }

  /**
   * Returns this book without the rule of a body.
   *
   * @param body the body, not null
   * @return the book, not null
   */
  public MeetingRhythmBook without(MeetingBody body) {
    requireNonNull(body, "body");
    Map<MeetingBody, RegularMeetingRule> next = new TreeMap<>(rules);
    next.remove(body);
    return new MeetingRhythmBook(ImmutableSortedMap.copyOf(next));
  }

  /**
   * Returns the rule of a body.
   *
   * @param body the body, not null
   * @return the rule, or empty if the book has none for it
   */
  public Optional<RegularMeetingRule> rule(MeetingBody body) {
    requireNonNull(body, "body");
    return Optional.ofNullable(rules.get(body));
  }

  /**
   * Returns every rule, in the order of the bodies.
   *
   * @return the rules, not null
   */
  public ImmutableList<RegularMeetingRule> rules() {
    return rules.values().asList();
  }

  /**
   * Checks a body's meetings over some days: every period of its rhythm that lies wholly within the days, and from
   * the day its rule is in force, must hold a regular meeting. Returns every period without one, and lists the
   * extraordinary meetings, which do not stand in for a regular one.
   *
   * @param unit the unit whose body met, not null
   * @param body the body, one the book has a rule for, not null
   * @param meetings the meetings held, in any order, none null
   * @param from the first day to check, from 1930-02-03, not null
   * @param to the last day to check, on or after {@code from}, up to 2199-12-31, not null
   * @return the report, not null
   * @throws IllegalArgumentException if the book has no rule for the body, the last day is before the first, or the
   *     days are out of range
   */
  public RhythmReport check(
      UnitId unit, MeetingBody body, Iterable<HeldMeeting> meetings, LocalDate from, LocalDate to) {
    requireNonNull(unit, "unit");
    requireNonNull(body, "body");
    ImmutableList<HeldMeeting> held = Arguments.list(meetings, "meetings");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    RegularMeetingRule rule =
        rule(body)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the rhythm book has no rule for a "
                            + body
                            + ": the committee's working rules set it; add it with with(...)"));
    checkArgument(!to.isBefore(from), "a check runs from a day to a later one: from %s, to %s", from, to);
    checkArgument(
        !from.isBefore(ProgrammePeriod.EARLIEST) && !to.isAfter(ProgrammePeriod.LATEST),
        "a check of meetings lies between %s and %s: %s..%s",
        ProgrammePeriod.EARLIEST,
        ProgrammePeriod.LATEST,
        from,
        to);
    NavigableSet<LocalDate> regular = new TreeSet<>();
    List<HeldMeeting> extraordinary = new ArrayList<>();
    int regularHeld = 0;
    for (HeldMeeting meeting : held) {
      if (meeting.date().isBefore(from) || meeting.date().isAfter(to)) {
        continue;
      }
      if (meeting.regime() == MeetingRegime.REGULAR) {
        regular.add(meeting.date());
        regularHeld++;
      } else {
        extraordinary.add(meeting);
      }
    }
    extraordinary.sort(null);
    LocalDate first = from.isBefore(rule.basis().inForceFrom()) ? rule.basis().inForceFrom() : from;
    LocalDate last = rule.basis().inForceUntil().filter(to::isAfter).orElse(to);
    List<RhythmViolation> missing = new ArrayList<>();
    LocalDate start = rule.periodStart(first);
    if (start.isBefore(first)) {
      start = rule.periodEnd(start).plusDays(1);
    }
    while (!start.isAfter(last)) {
      LocalDate end = rule.periodEnd(start);
      if (end.isAfter(last)) {
        break;
      }
      @Nullable LocalDate met = regular.ceiling(start);
      if (met == null || met.isAfter(end)) {
        missing.add(RhythmViolation.missing(rule, unit, start, end));
      }
      start = end.plusDays(1);
    }
    return new RhythmReport(
        unit, rule, from, to, ImmutableList.copyOf(missing), ImmutableList.copyOf(extraordinary), regularHeld);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MeetingRhythmBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules);
  }

  /**
   * Returns the rules: "MeetingRhythmBook[REGULAR_MEETING_CENTRAL_COMMITTEE every P6M (…), …]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "MeetingRhythmBook" + rules.values();
  }
}
