package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The timeline of an election: every milestone the rules of a book chosen for its election day give, in the order of
 * their dates. For example {@code ElectionTimeline.of(LocalDate.of(2016, 5, 22), ElectionRuleBook.standard())} runs
 * from the announcement of election day by 2016-01-28 (115 days before) to the last day to complain about the
 * National Assembly's results, 2016-06-16; the voter lists are posted by 2016-04-12 and the candidate lists by
 * 2016-05-02.
 *
 * <p><b>Counting.</b> "Chậm nhất là N ngày trước ngày bầu cử" is the date N calendar days before election day, {@code
 * electionDay.minusDays(N)}: day 0 is election day and the N-th day before it is the deadline itself. No date is moved
 * off a weekend or a public holiday, as the law's text moves none and the published timelines of 2016, 2021 and 2026
 * keep them (the candidate files of 2026 closed on Sunday 2026-02-01; the deadlines of 2026-02-20 and 2026-02-22,
 * within the Tết break, stood). "N ngày sau ngày bầu cử" is {@code electionDay.plusDays(N)}. The last day to complain
 * about the results, "trong thời hạn N ngày kể từ ngày công bố kết quả", is counted from the latest day the results of
 * the same election are announced (of the latest, if several rules announce them): it is the latest such day, and
 * an earlier announcement closes it earlier. The end
 * of campaigning, 24 hours before voting opens at 07:00, is dated the day before election day. See {@link
 * DayCounting}.
 *
 * <p><b>Election day</b> is a Sunday, announced at least 115 days ahead (Luật 85/2015/QH13, Điều 5): {@link #of}
 * refuses another day, and {@link #checkAnnouncement} an announcement too late.
 *
 * <p>Two milestones of one date keep the order of the book. Two timelines are equal when their election days and
 * milestones are.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ElectionTimeline {

  private static final Comparator<Milestone> BY_DATE = Comparator.comparing(Milestone::date);

  private final LocalDate electionDay;

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<Milestone> milestones;

  private ElectionTimeline(LocalDate electionDay, ImmutableList<Milestone> milestones) {
    this.electionDay = electionDay;
    this.milestones = milestones;
  }

  /**
   * Returns the timeline of an election held on a day, by the rules of a book chosen for it.
   *
   * @param electionDay the election day, a Sunday, not null
   * @param book the rule book, not null
   * @return the timeline, with no milestone if no rule is chosen for the day, not null
   * @throws IllegalArgumentException if the day is not a Sunday, or if a rule counted from the results has no rule of
   *     the book announcing the results of all its elections
   */
  public static ElectionTimeline of(LocalDate electionDay, ElectionRuleBook book) {
    requireNonNull(electionDay, "electionDay");
    requireNonNull(book, "book");
    checkArgument(
        electionDay.getDayOfWeek() == DayOfWeek.SUNDAY,
        "ELECTION_DAY_IS_SUNDAY: election day is a Sunday (%s); electionDay %s is a %s",
        ElectionRuleBook.ELECTION_DAY_IS_SUNDAY.citation(),
        electionDay,
        electionDay.getDayOfWeek());
    ImmutableList<ElectionRule> chosen = book.rulesFor(electionDay);
    List<Milestone> milestones = new ArrayList<>(chosen.size());
    for (ElectionRule rule : chosen) {
      milestones.add(Milestone.of(rule, dateOf(rule, electionDay, chosen)));
    }
    milestones.sort(BY_DATE); // stable: one date keeps the order of the book
    return new ElectionTimeline(electionDay, ImmutableList.copyOf(milestones));
  }

  /**
   * Returns the timeline of an election held on a day, by the {@linkplain ElectionRuleBook#standard() standard} rules.
   *
   * @param electionDay the election day, a Sunday, not null
   * @return the timeline, not null
   * @throws IllegalArgumentException if the day is not a Sunday
   */
  public static ElectionTimeline of(LocalDate electionDay) {
    return of(electionDay, ElectionRuleBook.standard());
  }

  private static LocalDate dateOf(ElectionRule rule, LocalDate electionDay, List<ElectionRule> chosen) {
    return switch (rule.counting()) {
      case BEFORE_ELECTION_DAY -> electionDay.minusDays(rule.days());
      case AFTER_ELECTION_DAY -> electionDay.plusDays(rule.days());
      case AFTER_RESULTS ->
          chosen.stream()
              .filter(r -> r.step() == ElectionStep.RESULTS_ANNOUNCED && r.levels().containsAll(rule.levels()))
              .map(results -> dateOf(results, electionDay, chosen))
              .max(Comparator.naturalOrder())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          rule.name()
                              + ": a time counted from the announcement of the results needs a rule announcing the"
                              + " results of "
                              + rule.levels()
                              + "; the book chosen for "
                              + electionDay
                              + " has none"))
              .plusDays(rule.days());
    };
  }

  /**
   * Checks that election day was announced in time: at the latest on the date of the milestone {@link
   * ElectionStep#ELECTION_DAY_ANNOUNCED}, 115 days before election day under the standard rules. For example the
   * election of 2026-03-15, announced on 2025-05-21 (Nghị quyết 199/2025/QH15), passes; the election of 2016-05-22
   * announced on 2016-02-01, 111 days ahead, is refused. A timeline whose book has no such rule checks nothing.
   *
   * @param announcedOn the day election day was announced, not null
   * @return this timeline, not null
   * @throws IllegalArgumentException naming the rule, the days it requires and those given, if the announcement came
   *     after the milestone's date
   */
  public ElectionTimeline checkAnnouncement(LocalDate announcedOn) {
    requireNonNull(announcedOn, "announcedOn");
    for (Milestone m : milestones) {
      if (m.step() == ElectionStep.ELECTION_DAY_ANNOUNCED) {
        checkArgument(
            !announcedOn.isAfter(m.date()),
            "%s: election day is announced at least %s days ahead, by %s (%s); announcedOn %s is %s days before"
                + " election day %s",
            m.name(),
            m.rule().days(),
            m.date(),
            m.rule().basis().citation(),
            announcedOn,
            ChronoUnit.DAYS.between(announcedOn, electionDay),
            electionDay);
      }
    }
    return this;
  }

  /**
   * Returns the election day.
   *
   * @return the day, a Sunday, not null
   */
  public LocalDate electionDay() {
    return electionDay;
  }

  /**
   * Returns the milestones, in the order of their dates.
   *
   * @return the milestones, not null
   */
  public ImmutableList<Milestone> milestones() {
    return milestones;
  }

  /**
   * Returns the milestone of a name.
   *
   * @param name the name of its rule, for example "VOTER_LISTS_POSTED_2015", not null
   * @return the milestone, or empty if the timeline has none of that name
   */
  public Optional<Milestone> milestone(String name) {
    requireNonNull(name, "name");
    return milestones.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * Returns the timeline of one election: the milestones whose rule names it. For example the timeline of 2026 for
   * the commune People's Councils has no second adjustment, which is the National Assembly's alone.
   *
   * @param level the election, not null
   * @return the timeline of the same day with those milestones only, not null
   */
  public ElectionTimeline forLevel(ElectionLevel level) {
    requireNonNull(level, "level");
    return new ElectionTimeline(
        electionDay,
        milestones.stream().filter(m -> m.rule().appliesTo(level)).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the first day of the timeline: the date of its first milestone, or election day if it has none or all
   * fall after it (a book of the steps after the election only), so that the timeline's days always hold election
   * day, as {@link #end()} does from the other side.
   *
   * @return the day, not null
   */
  public LocalDate start() {
    LocalDate first = milestones.isEmpty() ? electionDay : milestones.get(0).date();
    return first.isAfter(electionDay) ? electionDay : first;
  }

  /**
   * Returns the last day of the timeline: the date of its last milestone, or election day if it has none or all fall
   * before it.
   *
   * @return the day, not null
   */
  public LocalDate end() {
    LocalDate last = milestones.isEmpty() ? electionDay : milestones.get(milestones.size() - 1).date();
    return last.isBefore(electionDay) ? electionDay : last;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ElectionTimeline other
        && electionDay.equals(other.electionDay)
        && milestones.equals(other.milestones);
  }

  @Override
  public int hashCode() {
    return 31 * electionDay.hashCode() + milestones.hashCode();
  }

  /**
   * Returns a readable form, for example "ElectionTimeline[2016-05-22, 37 milestones, 2016-01-28..2016-06-16]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ElectionTimeline[" + electionDay + ", " + milestones.size() + " milestones, " + start() + ".." + end() + "]";
  }
}
