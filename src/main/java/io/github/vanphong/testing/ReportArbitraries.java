package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.report.CutOffConventions;
import io.github.vanphong.report.DayOffPolicy;
import io.github.vanphong.report.DueRule;
import io.github.vanphong.report.ObligationRule;
import io.github.vanphong.report.PeriodKind;
import io.github.vanphong.report.Recipient;
import io.github.vanphong.report.ReportCheck;
import io.github.vanphong.report.ReportingCompliance;
import io.github.vanphong.report.ReportingComplianceRollUp;
import io.github.vanphong.report.ReportingObligation;
import io.github.vanphong.report.ReportingObligations;
import io.github.vanphong.report.ReportingPeriod;
import io.github.vanphong.report.ReportingRegime;
import io.github.vanphong.report.ReportingRegimes;
import io.github.vanphong.report.Submission;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for periodic reporting ({@code io.github.vanphong.report}): periods of every kind from 2010 to
 * 2030 under the library's and generated cut-offs, due rules, complete regimes (a cut-off and a due rule for every
 * kind of fixed days), recipients, obligation rules and obligations, submissions around the due day, judgements, and
 * compliance summaries with their roll-ups over generated trees. For example {@code
 * ReportArbitraries.reportChecks()} gives judgements on days from 40 days before to 40 days after the due day.
 *
 * <p>The same arbitraries are available by type, {@code @ForAll ReportCheck check}, through {@link
 * ReportArbitraryProvider}. Enums such as {@code PeriodKind} need no provider: jqwik generates every enum.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ReportArbitraries {

  private static final ImmutableList<PeriodKind> FIXED =
      ImmutableList.of(
          PeriodKind.MONTH,
          PeriodKind.FIRST_QUARTER,
          PeriodKind.SECOND_QUARTER,
          PeriodKind.THIRD_QUARTER,
          PeriodKind.FOURTH_QUARTER,
          PeriodKind.FIRST_SIX_MONTHS,
          PeriodKind.LAST_SIX_MONTHS,
          PeriodKind.NINE_MONTHS,
          PeriodKind.YEAR);

  private static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "Chế độ báo cáo công tác tiếp công dân của tỉnh",
          "Báo cáo công tác văn phòng",
          "Chế độ báo cáo thống kê");

  private static final ImmutableList<String> BODIES =
      ImmutableList.of("Thanh tra Chính phủ", "Ban Nội chính Trung ương", "Văn phòng Trung ương Đảng");

  private ReportArbitraries() {}

  /**
   * Returns the kinds of period with fixed days: a month, the quarters, the halves, nine months and the year.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PeriodKind> fixedKinds() {
    return Arbitraries.of(FIXED);
  }

  /**
   * Returns cut-offs: the library's conventions, the month's end, the 14th, or any day from 1 to 28.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CutOff> cutOffs() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(CutOffConventions.STATE_2019, CutOffConventions.CALENDAR_MONTH)),
        Tuple.of(2, ReceptionArbitraries.cutOffs()));
  }

  /**
   * Returns periods of every kind with fixed days, of years from 2010 to 2030, under generated cut-offs, and a few
   * terms.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportingPeriod> reportingPeriods() {
    Arbitrary<LocalDate> days = GenericArbitraries.days();
    return Arbitraries.frequencyOf(
        Tuple.of(
            6,
            Combinators.combine(fixedKinds(), Arbitraries.integers().between(2010, 2030), cutOffs())
                .flatAs((kind, year, cutOff) -> period(kind, year, cutOff))),
        Tuple.of(
            1,
            Combinators.combine(days, Arbitraries.integers().between(0, 2000))
                .as((first, length) -> ReportingPeriod.term(first, first.plusDays(length)))));
  }

  private static Arbitrary<ReportingPeriod> period(PeriodKind kind, int year, CutOff cutOff) {
    if (kind == PeriodKind.MONTH) {
      return Arbitraries.integers().between(1, 12).map(m -> ReportingPeriod.month(YearMonth.of(year, m), cutOff));
    }
    return Arbitraries.just(ReportingPeriod.of(kind, year, cutOff));
  }

  /**
   * Returns due rules: a fixed day of the period's last month or of one of the two after it, or 1 to 10 working days
   * after the cut-off.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DueRule> dueRules() {
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 28), LawArbitraries.legalBases())
            .as(DueRule::dayOfMonth),
        Combinators.combine(Arbitraries.integers().between(1, 10), LawArbitraries.legalBases())
            .as(DueRule::workingDaysAfterCutOff));
  }

  /**
   * Returns due rules that leave a working day after a cut-off: a fixed day after the cut-off day, a day of the month
   * after, or working days.
   *
   * @param cutOff the cut-off, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<DueRule> dueRulesAfter(CutOff cutOff) {
    return dueRules().filter(rule -> rule.leavesAGapAfter(cutOff));
  }

  /**
   * Returns complete regimes: the State's of 2019, or one of generated kinds of fixed days, each with a cut-off and
   * a due rule, under either policy for a due day on a day off.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportingRegime> reportingRegimes() {
    Arbitrary<ReportingRegime> generated =
        Combinators.combine(
                Arbitraries.of(NAMES),
                LawArbitraries.legalBases(),
                fixedKinds().set().ofMinSize(1).ofMaxSize(4),
                cutOffs(),
                Arbitraries.of(DayOffPolicy.class))
            .flatAs(
                (name, basis, kinds, cutOff, policy) ->
                    dueRulesAfter(cutOff)
                        .list()
                        .ofSize(kinds.size())
                        .map(dues -> complete(name, basis, kinds, cutOff, dues, policy)));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(ReportingRegimes.STATE_2019)), Tuple.of(4, generated));
  }

  private static ReportingRegime complete(
      String name, io.github.vanphong.law.LegalBasis basis, Set<PeriodKind> kinds, CutOff cutOff, List<DueRule> dues,
      DayOffPolicy policy) {
    ReportingRegime regime = ReportingRegime.of(name, basis, EnumSet.copyOf(kinds)).withDayOffPolicy(policy);
    int i = 0;
    for (PeriodKind kind : regime.kinds()) {
      regime = regime.withCutOff(kind, cutOff).withDue(kind, dues.get(i++));
    }
    return regime;
  }

  /**
   * Returns recipients: a unit, or a named body.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Recipient> recipients() {
    return Arbitraries.oneOf(
        GenericArbitraries.unitIds().map(Recipient::unit), Arbitraries.of(BODIES).map(Recipient::named));
  }

  /**
   * Returns obligation rules of any kind of unit, some of the kinds of a complete regime, to the parent or a
   * recipient.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ObligationRule> obligationRules() {
    return Combinators.combine(
            OrganizationArbitraries.unitKinds(), reportingRegimes(), recipients().optional(0.3))
        .flatAs(
            (kind, regime, recipient) ->
                Arbitraries.of(fixedOf(regime))
                    .set()
                    .ofMinSize(1)
                    .map(
                        kinds ->
                            recipient
                                .map(r -> ObligationRule.to(kind, regime, kinds, r))
                                .orElseGet(() -> ObligationRule.toParent(kind, regime, kinds))));
  }

  private static List<PeriodKind> fixedOf(ReportingRegime regime) {
    return regime.kinds().stream().filter(PeriodKind::hasFixedPeriod).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns declarations of up to four rules.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportingObligations> reportingObligationSets() {
    return obligationRules().list().ofMaxSize(4).map(ReportingObligations::of);
  }

  /**
   * Returns obligations of a unit to a recipient other than itself, under a complete regime.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportingObligation> reportingObligations() {
    return Combinators.combine(GenericArbitraries.unitIds(), recipients(), reportingRegimes())
        .filter((unit, recipient, regime) -> !recipient.unitId().equals(Optional.of(unit)))
        .flatAs(
            (unit, recipient, regime) ->
                Arbitraries.of(fixedOf(regime))
                    .set()
                    .ofMinSize(1)
                    .map(kinds -> ReportingObligation.of(unit, recipient, regime, kinds)));
  }

  /**
   * Returns periods, from 2010 to 2030, of the kinds an obligation owes, counted with its regime's cut-offs.
   *
   * @param obligation the obligation, of a complete regime, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportingPeriod> periodsOf(ReportingObligation obligation) {
    ReportingRegime regime = obligation.regime();
    return Combinators.combine(Arbitraries.of(obligation.kinds().asList()), Arbitraries.integers().between(2010, 2030))
        .flatAs(
            (kind, year) ->
                kind == PeriodKind.MONTH
                    ? Arbitraries.integers().between(1, 12).map(m -> regime.month(YearMonth.of(year, m)))
                    : Arbitraries.just(regime.period(kind, year)));
  }

  /**
   * Returns submissions of generated obligations and periods, sent from 30 days before to 30 days after the period's
   * last day plus 20.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Submission> submissions() {
    return reportingObligations()
        .flatMap(
            obligation ->
                periodsOf(obligation)
                    .flatMap(
                        period ->
                            Arbitraries.integers()
                                .between(-10, 50)
                                .map(shift -> Submission.of(obligation, period, period.last().plusDays(shift)))));
  }

  /**
   * Returns judgements of generated obligations and periods, on days from 40 days before to 40 days after the due
   * day, with up to two submissions around it.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportCheck> reportChecks() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    return reportingObligations()
        .flatMap(
            obligation ->
                periodsOf(obligation)
                    .flatMap(
                        period -> {
                          LocalDate due = obligation.dueDate(period, calendar);
                          Arbitrary<Submission> sent =
                              Arbitraries.integers()
                                  .between(-10, 10)
                                  .map(shift -> Submission.of(obligation, period, due.plusDays(shift)));
                          return Combinators.combine(Arbitraries.integers().between(-40, 40), sent.list().ofMaxSize(2))
                              .as(
                                  (shift, submissions) ->
                                      ReportCheck.of(obligation, period, due.plusDays(shift), calendar, submissions));
                        }));
  }

  /**
   * Returns compliance summaries of one day of 2010 to 2030: empty, or lines of up to five units with counts from 0
   * to 20.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportingCompliance> reportingCompliances() {
    return GenericArbitraries.days().flatMap(day -> compliancesOf(GenericArbitraries.unitIds(), day));
  }

  private static Arbitrary<ReportingCompliance> compliancesOf(Arbitrary<UnitId> units, LocalDate day) {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 20);
    Arbitrary<ReportingCompliance> line =
        Combinators.combine(units, count, count, count, count)
            .filter((unit, a, b, c, d) -> a + b + c + d > 0)
            .as((unit, a, b, c, d) -> ReportingCompliance.of(day, unit, a, b, c, d));
    return line.list().ofMaxSize(5).map(lines -> lines.stream().collect(ReportingCompliance.collector()));
  }

  /**
   * Returns roll-ups of generated trees, with lines for some of their units and sometimes one outside.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportingComplianceRollUp> rollUps() {
    return OrganizationArbitraries.unitTrees()
        .flatMap(
            tree -> {
              Arbitrary<UnitId> units =
                  tree.units().isEmpty()
                      ? GenericArbitraries.unitIds()
                      : Arbitraries.oneOf(
                          Arbitraries.of(tree.units()).map(Unit::id), GenericArbitraries.unitIds());
              return compliancesOf(units, tree.date()).map(summary -> rollUp(summary, tree));
            });
  }

  private static ReportingComplianceRollUp rollUp(ReportingCompliance summary, UnitTree tree) {
    return ReportingComplianceRollUp.of(summary, tree);
  }

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      Map.ofEntries(
          Map.entry(ReportingPeriod.class, ReportArbitraries::reportingPeriods),
          Map.entry(DueRule.class, ReportArbitraries::dueRules),
          Map.entry(ReportingRegime.class, ReportArbitraries::reportingRegimes),
          Map.entry(Recipient.class, ReportArbitraries::recipients),
          Map.entry(ObligationRule.class, ReportArbitraries::obligationRules),
          Map.entry(ReportingObligations.class, ReportArbitraries::reportingObligationSets),
          Map.entry(ReportingObligation.class, ReportArbitraries::reportingObligations),
          Map.entry(Submission.class, ReportArbitraries::submissions),
          Map.entry(ReportCheck.class, ReportArbitraries::reportChecks),
          Map.entry(ReportingCompliance.class, ReportArbitraries::reportingCompliances),
          Map.entry(ReportingComplianceRollUp.class, ReportArbitraries::rollUps));

  static Optional<Arbitrary<?>> forType(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type))
        .or(() -> Optional.ofNullable(LINKS_BY_TYPE.get(type)))
        .map(Supplier::get);
  }

  // ---- a programme item linked to the session that concluded it -------------------------------------------------

  /**
   * Returns links of a concluded programme item to a generated briefing with one to six conclusions: the item
   * planned 0 to 60 days before the briefing, due in its month, prepared and submitted on the way and concluded on
   * the day of the briefing; one of the briefing's conclusions; and up to five action items assigned from it 0 to 10
   * days after the briefing, with a deadline of a generated time limit from the briefing, each then given up to five
   * commands its state allows, 0 to 30 days apart, a cancellation less often than the others so that the work of
   * some links is all done. Only valid links are generated.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<io.github.vanphong.report.ProgrammeConclusion> programmeConclusions() {
    Arbitrary<LinkedWork> work =
        Combinators.combine(
                GenericArbitraries.unitIds(),
                WorkingCalendarArbitraries.timeLimits(),
                WorkingCalendarArbitraries.extensions(),
                Arbitraries.integers().between(0, 10),
                Arbitraries.longs())
            .as(LinkedWork::new);
    return MeetingArbitraries.briefings()
        .filter(b -> !b.conclusions().isEmpty())
        .flatMap(
            briefing ->
                Combinators.combine(
                        ProgrammeArbitraries.itemIds(),
                        GenericArbitraries.unitIds(),
                        GenericArbitraries.personIds(),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(1, briefing.conclusions().size()),
                        work.list().ofMaxSize(5))
                    .as(
                        (id, preparedBy, actor, before, number, assigned) ->
                            link(briefing, id, preparedBy, actor, before, number, assigned)));
  }

  private static io.github.vanphong.report.ProgrammeConclusion link(
      io.github.vanphong.meeting.Briefing briefing,
      io.github.vanphong.programme.ProgrammeItemId id,
      UnitId preparedBy,
      io.github.vanphong.organization.PersonId actor,
      int before,
      int number,
      List<LinkedWork> assigned) {
    LocalDate day = briefing.date();
    LocalDate planned = day.minusDays(before);
    io.github.vanphong.programme.ProgrammeItem item =
        io.github.vanphong.programme.ProgrammeItem.plan(
                id, "Sơ kết 6 tháng", preparedBy, YearMonth.from(day), planned, actor)
            .prepare(planned.plusDays(before / 3), actor)
            .submit(planned.plusDays(2 * before / 3), actor)
            .conclude(Optional.empty(), day, actor);
    List<io.github.vanphong.meeting.ActionItem> actionItems = new java.util.ArrayList<>();
    for (int i = 0; i < assigned.size(); i++) {
      LinkedWork w = assigned.get(i);
      io.github.vanphong.meeting.ActionItem actionItem =
          briefing.assign(
              number,
              io.github.vanphong.meeting.ActionItemId.of("A-" + i),
              w.owner(),
              w.limit().from("phiên họp kết luận", day, WorkingCalendar.vietnam()),
              day.plusDays(w.after()),
              actor);
      actionItems.add(walked(actionItem, w, actor));
    }
    return io.github.vanphong.report.ProgrammeConclusion.of(item, briefing, number, actionItems);
  }

  private static io.github.vanphong.meeting.ActionItem walked(
      io.github.vanphong.meeting.ActionItem assigned, LinkedWork w, io.github.vanphong.organization.PersonId actor) {
    java.util.Random random = new java.util.Random(w.seed());
    io.github.vanphong.meeting.ActionItem item = assigned;
    LocalDate day = item.assignedOn();
    int steps = random.nextInt(6);
    for (int i = 0; i < steps && !item.allowedCommands().isEmpty(); i++) {
      List<io.github.vanphong.meeting.ActionItemCommand> allowed = new java.util.ArrayList<>(item.allowedCommands());
      if (allowed.size() > 1 && random.nextInt(4) > 0) {
        allowed.remove(io.github.vanphong.meeting.ActionItemCommand.CANCEL);
      }
      io.github.vanphong.meeting.ActionItemCommand command = allowed.get(random.nextInt(allowed.size()));
      day = day.plusDays(random.nextInt(31));
      item =
          item.apply(
              switch (command) {
                case EXTEND -> io.github.vanphong.meeting.ActionItemEvent.extension(w.extension(), day, actor);
                case CANCEL ->
                    io.github.vanphong.meeting.ActionItemEvent.cancellation("Không còn phù hợp", day, actor);
                default -> io.github.vanphong.meeting.ActionItemEvent.of(command, day, actor);
              });
    }
    return item;
  }

  /** The work given to one unit from a generated conclusion: who, the time allowed, and how its walk goes. */
  private record LinkedWork(
      UnitId owner,
      io.github.vanphong.calendar.TimeLimit limit,
      io.github.vanphong.calendar.Extension extension,
      int after,
      long seed) {}

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> LINKS_BY_TYPE =
      Map.of(io.github.vanphong.report.ProgrammeConclusion.class, ReportArbitraries::programmeConclusions);

  // ---- end of a programme item linked to the session that concluded it ------------------------------------------
}
