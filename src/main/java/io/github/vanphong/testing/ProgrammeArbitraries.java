package io.github.vanphong.testing;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.programme.HeldMeeting;
import io.github.vanphong.programme.MeetingBody;
import io.github.vanphong.programme.MeetingRegime;
import io.github.vanphong.programme.MeetingRhythmBook;
import io.github.vanphong.programme.ProgrammeBody;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemCommand;
import io.github.vanphong.programme.ProgrammeItemEvent;
import io.github.vanphong.programme.ProgrammeItemId;
import io.github.vanphong.programme.ProgrammePeriod;
import io.github.vanphong.programme.ProgrammeRollUp;
import io.github.vanphong.programme.ProgrammeScope;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.programme.RegularMeetingRule;
import io.github.vanphong.programme.RhythmReport;
import io.github.vanphong.programme.RhythmViolation;
import io.github.vanphong.programme.WorkProgramme;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for work programmes and the rhythm of meetings: for example {@code
 * ProgrammeArbitraries.items()} gives programme items walked through the commands their state allows, and {@code
 * ProgrammeArbitraries.rhythmReports()} the reports of checks of generated meetings.
 *
 * <p>The same arbitraries are available by type ({@code @ForAll WorkProgramme}, {@code @ForAll RhythmViolation},
 * ...) through {@link ProgrammeArbitraryProvider}. Periods run from 2010 to 2030; items are named {@code CT-0} to
 * {@code CT-39}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ProgrammeArbitraries {

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);

  private ProgrammeArbitraries() {}

  /**
   * Returns item identifiers from a pool of forty, {@code CT-0} to {@code CT-39}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammeItemId> itemIds() {
    return Arbitraries.integers().between(0, 39).map(i -> ProgrammeItemId.of("CT-" + i));
  }

  /**
   * Returns periods of every span from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammePeriod> periods() {
    return Arbitraries.of(ProgrammeScope.class).flatMap(ProgrammeArbitraries::periods);
  }

  /**
   * Returns periods of one span from 2010 to 2030.
   *
   * @param scope the span, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammePeriod> periods(ProgrammeScope scope) {
    Arbitrary<Integer> years = Arbitraries.integers().between(2010, 2030);
    return switch (scope) {
      case TERM ->
          Combinators.combine(Arbitraries.integers().between(0, 5_000), Arbitraries.integers().between(1_400, 2_000))
              .as((start, length) -> ProgrammePeriod.term(FIRST.plusDays(start), FIRST.plusDays(start + length)));
      case YEAR -> years.map(ProgrammePeriod::year);
      case QUARTER ->
          Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(ProgrammePeriod::quarter);
      case MONTH ->
          Combinators.combine(years, Arbitraries.integers().between(1, 12))
              .as((y, m) -> ProgrammePeriod.month(YearMonth.of(y, m)));
      case WEEK ->
          Arbitraries.integers()
              .between(0, 1_000)
              .map(w -> ProgrammePeriod.week(LocalDate.of(2010, 1, 4).plusWeeks(w)));
    };
  }

  /**
   * Returns items due in months from 2010 to 2030, walked through up to six commands their state allows.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammeItem> items() {
    return periods().flatMap(p -> items(p, itemIds()));
  }

  /**
   * Returns items due within a period, walked through up to six commands their state allows; a carry-over keeps
   * the month due, so the item stays due within the period.
   *
   * @param period the period, not null
   * @param ids the identifiers, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammeItem> items(ProgrammePeriod period, Arbitrary<ProgrammeItemId> ids) {
    YearMonth firstMonth = YearMonth.from(period.start());
    int months = (int) firstMonth.until(YearMonth.from(period.end()), java.time.temporal.ChronoUnit.MONTHS) + 1;
    return Combinators.combine(
            ids,
            Arbitraries.of("Sơ kết 6 tháng", "Công tác cán bộ", "Kiểm tra, giám sát", "Chương trình năm sau"),
            GenericArbitraries.unitIds(),
            Arbitraries.integers().between(0, months - 1),
            GenericArbitraries.personIds(),
            Arbitraries.integers().between(0, 30),
            Arbitraries.longs())
        .as(
            (id, matter, unit, month, actor, before, seed) ->
                walk(
                    ProgrammeItem.plan(
                        id, matter, unit, firstMonth.plusMonths(month), period.start().minusDays(before), actor),
                    actor,
                    seed));
  }

  private static ProgrammeItem walk(ProgrammeItem planned, PersonId actor, long seed) {
    Random random = new Random(seed);
    ProgrammeItem item = planned;
    int steps = random.nextInt(7);
    LocalDate day = item.plannedOn();
    for (int i = 0; i < steps && !item.allowedCommands().isEmpty(); i++) {
      List<ProgrammeItemCommand> allowed = new ArrayList<>(item.allowedCommands());
      ProgrammeItemCommand command = allowed.get(random.nextInt(allowed.size()));
      day = day.plusDays(random.nextInt(10));
      ProgrammeItemEvent event =
          switch (command) {
            case CARRY_OVER -> ProgrammeItemEvent.scheduling(command, item.due(), day, actor);
            case POSTPONE, DROP -> ProgrammeItemEvent.noted(command, "Chưa đủ điều kiện", day, actor);
            default -> ProgrammeItemEvent.of(command, day, actor);
          };
      item = item.apply(event);
    }
    return item;
  }

  /**
   * Returns events of every command, as an item's history holds them.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammeItemEvent> events() {
    return items().flatMap(i -> Arbitraries.of(i.history()));
  }

  /**
   * Returns programmes of every body, for a span it draws up, with up to eight items of distinct identifiers.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<WorkProgramme> programmes() {
    return programmes(GenericArbitraries.unitIds());
  }

  /**
   * Returns programmes of the given committees.
   *
   * @param committees the committees, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<WorkProgramme> programmes(Arbitrary<UnitId> committees) {
    return Arbitraries.of(ProgrammeBody.class)
        .flatMap(
            body ->
                Arbitraries.of(body.scopes())
                    .flatMap(ProgrammeArbitraries::periods)
                    .flatMap(
                        period ->
                            Combinators.combine(
                                    committees,
                                    items(period, itemIds()).list().ofMaxSize(8).uniqueElements(ProgrammeItem::id))
                                .as((committee, items) -> WorkProgramme.of(committee, body, period, items))));
  }

  /**
   * Returns the figures of generated programmes on a day within their period.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammeSummary> summaries() {
    return programmes()
        .flatMap(
            p ->
                GenericArbitraries.days(p.period().start().minusDays(10), p.period().end().plusDays(40))
                    .map(p::summary));
  }

  /**
   * Returns roll-ups of generated programmes over generated trees, most committees in the tree, some not.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgrammeRollUp> rollUps() {
    return OrganizationArbitraries.unitTrees()
        .flatMap(
            tree -> {
              Arbitrary<UnitId> committees =
                  tree.units().isEmpty()
                      ? GenericArbitraries.unitIds()
                      : Arbitraries.frequencyOf(
                          net.jqwik.api.Tuple.of(4, Arbitraries.of(tree.units()).map(Unit::id)),
                          net.jqwik.api.Tuple.of(1, GenericArbitraries.unitIds()));
              return Combinators.combine(programmes(committees).list().ofMaxSize(5), GenericArbitraries.days())
                  .as((programmes, day) -> ProgrammeRollUp.of(programmes, day, tree));
            });
  }

  /**
   * Returns meetings of both regimes, on days from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<HeldMeeting> meetings() {
    return Combinators.combine(GenericArbitraries.days(), Arbitraries.of(MeetingRegime.class)).as(HeldMeeting::of);
  }

  /**
   * Returns rules of every body, monthly, every two, three, four, six or twelve months, or weekly.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RegularMeetingRule> rules() {
    return Combinators.combine(
            Arbitraries.of(MeetingBody.class),
            Arbitraries.of(
                Period.ofMonths(1),
                Period.ofMonths(2),
                Period.ofMonths(3),
                Period.ofMonths(4),
                Period.ofMonths(6),
                Period.ofMonths(12),
                Period.ofDays(7)),
            LawArbitraries.legalBases())
        .as(RegularMeetingRule::of);
  }

  /**
   * Returns rhythm books: the standard one, with some rules replaced, added or removed.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<MeetingRhythmBook> books() {
    return Combinators.combine(
            rules().list().ofMaxSize(3), Arbitraries.of(MeetingBody.class).optional(0.3))
        .as(
            (added, removed) -> {
              MeetingRhythmBook book = MeetingRhythmBook.standard();
              for (RegularMeetingRule rule : added) {
                book = book.with(rule);
              }
              return removed.map(book::without).orElse(book);
            });
  }

  /**
   * Returns reports of checks of generated meetings against generated rules, over up to two years.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RhythmReport> rhythmReports() {
    return Combinators.combine(
            rules(),
            GenericArbitraries.unitIds(),
            GenericArbitraries.days(LocalDate.of(2012, 1, 1), LocalDate.of(2028, 12, 31)),
            Arbitraries.integers().between(0, 730),
            Arbitraries.integers().between(0, 40))
        .flatAs(
            (rule, unit, from, length, count) ->
                meetings(from, from.plusDays(length)).list().ofSize(count)
                    .map(
                        held ->
                            MeetingRhythmBook.of(List.of(rule))
                                .check(unit, rule.body(), held, from, from.plusDays(length))));
  }

  private static Arbitrary<HeldMeeting> meetings(LocalDate from, LocalDate to) {
    return Combinators.combine(GenericArbitraries.days(from, to), Arbitraries.of(MeetingRegime.class))
        .as(HeldMeeting::of);
  }

  /**
   * Returns periods with no regular meeting, of generated rules and units.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RhythmViolation> violations() {
    return Combinators.combine(rules(), GenericArbitraries.unitIds(), GenericArbitraries.days())
        .as(
            (rule, unit, day) -> {
              LocalDate start = rule.periodStart(day);
              LocalDate end =
                  rule.isWeekly()
                      ? start.plusDays(6)
                      : YearMonth.from(start).plusMonths(rule.interval().toTotalMonths() - 1).atEndOfMonth();
              return RhythmViolation.missing(rule, unit, start, end);
            });
  }
}
