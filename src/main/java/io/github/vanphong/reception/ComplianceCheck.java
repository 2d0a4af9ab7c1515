package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Measures posts against their duty to receive: a rule book, the dated organisation and the acting designations, from
 * which a post's {@link ReceptionCompliance} over a report period follows. For example {@code ComplianceCheck.of(book,
 * chart).assess(chairPost, ReportPeriod.quarter(2016, 1, CutOff.monthEnd()), day, sessions, calls)}.
 *
 * <p><b>The duty follows the post.</b> For each month (or week) whose first day lies in the period, the duty is the
 * one the book has in force that day for the post's unit as the chart has it ({@link ReceptionRuleBook#dutyOf}); a
 * month whose first day no duty binds, or on which the unit does not exist, requires nothing. A head's periodic session
 * of the post counts on its day if the receiver held the post that day in the chart ({@link OrgChart#holdersOf}) or
 * acted in it ({@link Acting}), whoever it was; a session held by a deputy on the head's behalf counts if the deputy
 * held his own post and a rule in force lets a deputy stand in for the post ({@link
 * ProcedureRequirement#DEPUTY_STANDS_IN}). Several sessions on one day count one day. The sessions of other posts are
 * ignored.
 *
 * <p><b>Ad-hoc cases.</b> The calls of the post in the period, by the day asked about, are counted; one is answered if
 * the session it names is among those given, is the head's ad-hoc session of the post, qualifies as a periodic session
 * would, and was held on or after the call and by the day asked about.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplianceCheck {

  private final ReceptionRuleBook book;
  private final OrgChart chart;
  private final ImmutableList<Acting> acting;

  private ComplianceCheck(ReceptionRuleBook book, OrgChart chart, ImmutableList<Acting> acting) {
    this.book = book;
    this.chart = chart;
    this.acting = acting;
  }

  /**
   * Returns the check of a rule book over an org chart, with no acting designation.
   *
   * @param book the rule book, not null
   * @param chart the org chart, with the posts' appointments, not null
   * @return the check, not null
   */
  public static ComplianceCheck of(ReceptionRuleBook book, OrgChart chart) {
    return new ComplianceCheck(requireNonNull(book, "book"), requireNonNull(chart, "chart"), ImmutableList.of());
  }

  /**
   * Returns this check with one more acting designation.
   *
   * @param designation the designation, not null
   * @return the new check, not null
   */
  public ComplianceCheck withActing(Acting designation) {
    requireNonNull(designation, "designation");
    return new ComplianceCheck(
        book, chart, ImmutableList.<Acting>builder().addAll(acting).add(designation).build());
  }

  /**
   * Returns the rule book.
   *
   * @return the book, not null
   */
  public ReceptionRuleBook ruleBook() {
    return book;
  }

  /**
   * Returns the org chart.
   *
   * @return the chart, not null
   */
  public OrgChart chart() {
    return chart;
  }

  /**
   * Returns the acting designations, in the order given.
   *
   * @return the designations, not null
   */
  public ImmutableList<Acting> acting() {
    return acting;
  }

  /**
   * Tells whether a person holds a post on a day, appointed in the chart or acting in it.
   *
   * @param person the person, not null
   * @param post the post, not null
   * @param day the day, not null
   * @return true if the person holds or acts in the post that day
   */
  public boolean holdsOrActs(PersonId person, Post post, LocalDate day) {
    requireNonNull(person, "person");
    return chart.holdersOf(post, day).stream().anyMatch(p -> p.id().equals(person))
        || acting.stream().anyMatch(a -> a.person().equals(person) && a.post().equals(post) && a.isActingOn(day));
  }

  /**
   * Returns how a post kept its duty over a report period, as of a day.
   *
   * @param post the post, not null
   * @param period the report period, not null
   * @param asOf the day judged on, on or after the period's first day, not null
   * @param sessions the sessions held, of any post, none null
   * @param calls the ad-hoc cases, of any post, none null
   * @return the compliance, not null
   * @throws IllegalArgumentException if the day is before the period's first day
   */
  public ReceptionCompliance assess(
      Post post,
      ReportPeriod period,
      LocalDate asOf,
      Iterable<ReceptionSession> sessions,
      Iterable<AdHocCall> calls) {
    requireNonNull(post, "post");
    requireNonNull(period, "period");
    requireNonNull(asOf, "asOf");
    checkArgument(
        !asOf.isBefore(period.first()),
        "the compliance of %s over %s is judged on or after its first day, not on %s",
        post,
        period,
        asOf);
    Map<SessionId, ReceptionSession> byId = new HashMap<>();
    List<ReceptionSession> periodic = new ArrayList<>();
    for (ReceptionSession session : sessions) {
      requireNonNull(session, "session");
      byId.put(session.id(), session);
      if (session.kind() == SessionKind.HEAD_PERIODIC
          && session.opening().dutyPost().equals(post)
          && !session.day().isAfter(asOf)) {
        periodic.add(session);
      }
    }
    List<DutyPeriod> periods = dutyPeriods(post, period);
    ImmutableList.Builder<SessionId> counted = ImmutableList.builder();
    ImmutableList.Builder<SessionId> notCounted = ImmutableList.builder();
    List<DutyPeriod> judged = new ArrayList<>();
    for (DutyPeriod duty : periods) {
      TreeSet<LocalDate> held = new TreeSet<>();
      for (ReceptionSession session : periodic) {
        LocalDate day = session.day();
        if (day.isBefore(duty.first()) || day.isAfter(duty.last())) {
          continue;
        }
        if (qualifies(session, post)) {
          held.add(day);
          counted.add(session.id());
        } else {
          notCounted.add(session.id());
        }
      }
      judged.add(
          DutyPeriod.builder().from(duty).held(held).asOf(asOf).build());
    }
    ImmutableList.Builder<AdHocCall> postCalls = ImmutableList.builder();
    ImmutableList.Builder<AdHocCall> answered = ImmutableList.builder();
    LocalDate lastCallDay = period.last().isBefore(asOf) ? period.last() : asOf;
    for (AdHocCall call : calls) {
      requireNonNull(call, "call");
      if (!call.post().equals(post) || call.day().isBefore(period.first()) || call.day().isAfter(lastCallDay)) {
        continue;
      }
      postCalls.add(call);
      Optional<ReceptionSession> answer = call.answeredBy().map(byId::get);
      if (answer.isPresent() && answers(answer.get(), call, asOf)) {
        answered.add(call);
      }
    }
    return ReceptionCompliance.builder()
        .post(post)
        .period(period)
        .asOf(asOf)
        .dutyPeriods(judged)
        .counted(counted.build())
        .notCounted(notCounted.build())
        .adHocCalls(postCalls.build())
        .answered(answered.build())
        .build();
  }

  /** The months and weeks of the post's duty whose first day lies in the period, with nothing held yet. */
  private List<DutyPeriod> dutyPeriods(Post post, ReportPeriod period) {
    List<DutyPeriod> periods = new ArrayList<>();
    for (LocalDate first = period.first().with(TemporalAdjusters.firstDayOfMonth());
        !first.isAfter(period.last());
        first = first.plusMonths(1)) {
      if (period.contains(first)) {
        addIf(periods, post, first, Cadence.MONTH);
      }
    }
    for (LocalDate monday = period.first().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        !monday.isAfter(period.last());
        monday = monday.plusWeeks(1)) {
      addIf(periods, post, monday, Cadence.WEEK);
    }
    periods.sort((a, b) -> a.first().compareTo(b.first()));
    return periods;
  }

  private void addIf(List<DutyPeriod> periods, Post post, LocalDate first, Cadence cadence) {
    book.dutyOf(post, chart, first)
        .filter(duty -> duty.cadence() == cadence)
        .ifPresent(
            duty ->
                periods.add(
                    DutyPeriod.builder()
                        .duty(duty)
                        .first(first)
                        .last(cadence.lastDayOf(first))
                        .asOf(first)
                        .build()));
  }

  /** Whether a session of the head's kind, of the post, counts for the post on its day. */
  private boolean qualifies(ReceptionSession session, Post post) {
    LocalDate day = session.day();
    Optional<Post> onBehalfOf = session.opening().onBehalfOf();
    if (onBehalfOf.isEmpty()) {
      return holdsOrActs(session.receiver(), post, day);
    }
    return holdsOrActs(session.receiver(), session.post(), day)
        && book.procedure(ProcedureRequirement.DEPUTY_STANDS_IN, post.kind(), day).isPresent();
  }

  private boolean answers(ReceptionSession session, AdHocCall call, LocalDate asOf) {
    return session.kind() == SessionKind.HEAD_AD_HOC
        && session.opening().dutyPost().equals(call.post())
        && !session.day().isBefore(call.day())
        && !session.day().isAfter(asOf)
        && qualifies(session, call.post());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ComplianceCheck other
        && book.equals(other.book)
        && chart.equals(other.chart)
        && acting.equals(other.acting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(book, chart, acting);
  }

  /**
   * Returns the book, the chart and the number of acting designations, for example "ComplianceCheck[ReceptionRuleBook[53
   * rules], OrgChart[30 events, 4 persons, 6 appointments], 1 acting]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ComplianceCheck[" + book + ", " + chart + ", " + acting.size() + " acting]";
  }
}
