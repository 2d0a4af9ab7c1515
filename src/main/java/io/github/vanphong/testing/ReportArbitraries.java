package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.DocumentSystem;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.MilestoneStatus;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.ComplaintRound;
import io.github.vanphong.petition.OverdueDuty;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionStage;
import io.github.vanphong.petition.PetitionState;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.programme.ProgrammeItemState;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionOutcome;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.reception.RefusalGround;
import io.github.vanphong.reception.SessionKind;
import io.github.vanphong.report.CutOffConventions;
import io.github.vanphong.report.DayOffPolicy;
import io.github.vanphong.report.DueRule;
import io.github.vanphong.report.ObligationRule;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.OfficeReportRollUp;
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
import io.github.vanphong.staffing.StaffingSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for periodic reporting ({@code io.github.vanphong.report}): periods of every kind from 2010 to
 * 2030 under the library's and generated cut-offs, due rules, complete regimes (a cut-off and a due rule for every
 * kind of fixed days), recipients, obligation rules and obligations, submissions around the due day, judgements, and
 * compliance summaries with their roll-ups over generated trees, and the office's reports of generated periods with
 * their roll-ups. For example {@code
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

  // ---- the office's periodic report ---------------------------------------------------------------------------

  /**
   * Returns the reports of generated periods: each of a {@linkplain #officeReportsOf(ReportingPeriod) generated
   * report of its period}, and sometimes the empty report.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<OfficeReport> officeReports() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OfficeReport.empty())), Tuple.of(8, reportingPeriods().flatMap(ReportArbitraries::officeReportsOf)));
  }

  /**
   * Returns a unit's reports of a period, each part empty about one time in four and otherwise generated as of the
   * period's last day or within its months: staffing from {@link StaffingArbitraries#staffingSummaries()}, up to four
   * petitions received in the period's months, up to three reception sessions of its report months (calendar months
   * for a term) with their matters and refusals, documents of its months, up to five action items and programme
   * items, the milestones of up to four units, the congress checks of its last day ({@link
   * ElectionArbitraries#congressChecksOn(LocalDate)}), dues of its months and the figures of up to four assets.
   *
   * @param period the period, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<OfficeReport> officeReportsOf(ReportingPeriod period) {
    LocalDate last = period.last();
    List<YearMonth> months = monthsBetween(YearMonth.from(period.first()), period.lastMonth());
    CutOff cutOff = period.cutOff().orElseGet(CutOff::monthEnd);
    List<YearMonth> reportMonths =
        monthsBetween(cutOff.reportMonthOf(period.first()), cutOff.reportMonthOf(last));
    Arbitrary<StaffingSummary> staffing = orEmpty(StaffingArbitraries.staffingSummaries(), StaffingSummary.empty());
    Arbitrary<PetitionTally> petitions =
        orEmpty(summed(petitionsOf(last, months), 4, PetitionTally.empty(), PetitionTally::plus), PetitionTally.empty());
    Arbitrary<ReceptionTally> receptions =
        orEmpty(
            summed(sessionsOf(cutOff, reportMonths), 3, ReceptionTally.empty(), ReceptionTally::plus),
            ReceptionTally.empty());
    Arbitrary<DocumentTally> documents =
        orEmpty(summed(documentsOf(months), 4, DocumentTally.empty(), DocumentTally::plus), DocumentTally.empty());
    Arbitrary<ActionItemSummary> actionItems =
        orEmpty(
            summed(actionItemsOf(last), 5, ActionItemSummary.empty(), ActionItemSummary::plus),
            ActionItemSummary.empty());
    Arbitrary<ProgrammeSummary> programme =
        orEmpty(summed(programmeItemsOf(last), 5, ProgrammeSummary.empty(), ProgrammeSummary::plus), ProgrammeSummary.empty());
    Arbitrary<MilestoneSummary> elections =
        orEmpty(summed(milestonesOf(last), 4, MilestoneSummary.empty(), MilestoneSummary::plus), MilestoneSummary.empty());
    Arbitrary<CongressSummary> congresses =
        orEmpty(
            ElectionArbitraries.congressChecksOn(last)
                .list()
                .ofMaxSize(4)
                .map(checks -> checks.stream().collect(CongressSummary.collector())),
            CongressSummary.empty());
    Arbitrary<DuesSummary> dues =
        orEmpty(summed(duesOf(months), 4, DuesSummary.empty(), DuesSummary::plus), DuesSummary.empty());
    Arbitrary<AssetSummary> assets =
        orEmpty(summed(assetsOf(last), 4, AssetSummary.empty(), AssetSummary::plus), AssetSummary.empty());
    Arbitrary<FirstParts> first =
        Combinators.combine(staffing, petitions, receptions, documents, actionItems).as(FirstParts::new);
    Arbitrary<LastParts> rest = Combinators.combine(programme, elections, congresses, dues, assets).as(LastParts::new);
    return Combinators.combine(first, rest)
        .as(
            (a, b) ->
                OfficeReport.builder(period)
                    .staffing(a.staffing())
                    .petitions(a.petitions())
                    .receptions(a.receptions())
                    .documents(a.documents())
                    .actionItems(a.actionItems())
                    .programme(b.programme())
                    .elections(b.elections())
                    .congresses(b.congresses())
                    .dues(b.dues())
                    .assets(b.assets())
                    .build());
  }

  /** The first five parts of a report, in the order it reads. */
  private record FirstParts(
      StaffingSummary staffing,
      PetitionTally petitions,
      ReceptionTally receptions,
      DocumentTally documents,
      ActionItemSummary actionItems) {}

  /** The last five parts of a report. */
  private record LastParts(
      ProgrammeSummary programme,
      MilestoneSummary elections,
      CongressSummary congresses,
      DuesSummary dues,
      AssetSummary assets) {}

  /**
   * Returns roll-ups of the reports of one generated period over generated trees: reports of some of a tree's units,
   * and sometimes of units the tree does not hold.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<OfficeReportRollUp> officeReportRollUps() {
    return Combinators.combine(OrganizationArbitraries.unitTrees(), reportingPeriods())
        .flatAs(
            (tree, period) -> {
              Arbitrary<UnitId> units =
                  tree.units().isEmpty()
                      ? GenericArbitraries.unitIds()
                      : Arbitraries.frequencyOf(
                          Tuple.of(4, Arbitraries.of(tree.units()).map(Unit::id)), Tuple.of(1, GenericArbitraries.unitIds()));
              return Arbitraries.maps(units, officeReportsOf(period))
                  .ofMaxSize(4)
                  .map(reports -> OfficeReportRollUp.of(reports, tree));
            });
  }

  private static List<YearMonth> monthsBetween(YearMonth first, YearMonth last) {
    ImmutableList.Builder<YearMonth> months = ImmutableList.builder();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months.build();
  }

  private static <S> Arbitrary<S> orEmpty(Arbitrary<S> generated, S empty) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(empty)), Tuple.of(3, generated));
  }

  private static <S> Arbitrary<S> summed(Arbitrary<S> one, int most, S empty, BinaryOperator<S> plus) {
    return one.list().ofMinSize(1).ofMaxSize(most).map(all -> all.stream().reduce(empty, plus));
  }

  /** A petition received: its kind, receiving unit, state, channel and month. */
  private record PetitionFacts(PetitionKind kind, UnitId unit, PetitionState state, Channel channel, YearMonth month) {}

  /** The status of a petition's duty, and what an overdue one was: the petition, the stage, the days it is late. */
  private record DutyFacts(DeadlineStatus status, PetitionId petition, PetitionStage stage, int daysLate) {}

  /** One petition received in one of the months, and its duty, which may be overdue, as of the day. */
  private static Arbitrary<PetitionTally> petitionsOf(LocalDate asOf, List<YearMonth> months) {
    Arbitrary<PetitionFacts> petition =
        Combinators.combine(
                Arbitraries.of(PetitionKind.class),
                GenericArbitraries.unitIds(),
                Arbitraries.of(PetitionState.class),
                Arbitraries.of(Channel.class),
                Arbitraries.of(months))
            .as(PetitionFacts::new);
    Arbitrary<DutyFacts> duty =
        Combinators.combine(
                Arbitraries.of(DeadlineStatus.class),
                PetitionArbitraries.petitionIds(),
                Arbitraries.of(PetitionStage.class),
                Arbitraries.integers().between(1, 60))
            .as(DutyFacts::new);
    return Combinators.combine(petition, duty.optional(0.7))
        .as(
            (p, d) ->
                PetitionTally.of(
                    asOf,
                    Map.of(p.kind(), 1),
                    Map.of(p.unit(), Map.of(p.state(), 1)),
                    Map.of(p.channel(), 1),
                    Map.of(p.month(), 1),
                    d.map(f -> Map.of(f.status(), 1)).orElse(Map.of()),
                    d.filter(f -> f.status() == DeadlineStatus.OVERDUE)
                        .map(
                            f ->
                                Set.of(
                                    OverdueDuty.of(
                                        f.petition(),
                                        p.unit(),
                                        f.stage(),
                                        ComplaintRound.FIRST,
                                        asOf.minusDays(f.daysLate()))))
                        .orElse(Set.of())));
  }

  /** One matter received at a session: its kind, the level and post of the receiver, its outcome. */
  private record MatterFacts(PetitionKind kind, Level level, PostKind post, ReceptionOutcome outcome) {}

  /**
   * One session held in one of the report months, with up to three matters, one of them perhaps a delegation's, and
   * perhaps a refusal.
   */
  private static Arbitrary<ReceptionTally> sessionsOf(CutOff cutOff, List<YearMonth> months) {
    Arbitrary<MatterFacts> matter =
        Combinators.combine(
                Arbitraries.of(PetitionKind.class),
                Arbitraries.of(Level.class),
                Arbitraries.of(PostKind.class),
                Arbitraries.of(ReceptionOutcome.class))
            .as(MatterFacts::new);
    return Combinators.combine(
            Arbitraries.of(SessionKind.class),
            GenericArbitraries.unitIds(),
            Arbitraries.of(months),
            matter.list().ofMaxSize(3),
            Arbitraries.integers().between(1, 30).optional(0.3),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(RefusalGround.class).optional(0.2),
            Arbitraries.integers().between(0, 2))
        .as(
            (kind, unit, month, matters, headcount, companions, refusal, refusedCompanions) -> {
              Optional<Integer> delegation = matters.isEmpty() ? Optional.empty() : headcount;
              int others = matters.size() - (delegation.isPresent() ? 1 : 0);
              int citizens = delegation.orElse(0) + others + (others > 0 ? companions : 0);
              return ReceptionTally.of(
                  cutOff,
                  Map.of(kind, 1),
                  Map.of(unit, Map.of(month, 1)),
                  counts(matters, MatterFacts::kind),
                  counts(matters, MatterFacts::level),
                  counts(matters, MatterFacts::post),
                  counts(matters, MatterFacts::outcome),
                  matters.isEmpty() ? Map.of() : Map.of(unit, Map.of(month, matters.size())),
                  citizens,
                  delegation.map(size -> Map.of(size, 1)).orElse(Map.of()),
                  refusal.map(ground -> Map.of(ground, 1)).orElse(Map.of()),
                  refusal.isPresent() ? 1 + refusedCompanions : 0);
            });
  }

  private static <K> Map<K, Integer> counts(List<MatterFacts> matters, Function<MatterFacts, K> key) {
    Map<K, Integer> counts = new HashMap<>();
    for (MatterFacts matter : matters) {
      counts.merge(key.apply(matter), 1, Integer::sum);
    }
    return counts;
  }

  /** The documents of one type issued and voided in one of the months. */
  private static Arbitrary<DocumentTally> documentsOf(List<YearMonth> months) {
    return Combinators.combine(
            Arbitraries.of(DocumentSystem.class),
            DocumentArbitraries.typeCodes(),
            Arbitraries.of(months),
            Arbitraries.integers().between(0, 300),
            Arbitraries.integers().between(0, 5))
        .as(DocumentTally::of);
  }

  /** One action item of a unit as of the day: its state, and whether it is overdue or was done late. */
  private static Arbitrary<ActionItemSummary> actionItemsOf(LocalDate asOf) {
    return Combinators.combine(
            GenericArbitraries.unitIds(), Arbitraries.of(ActionItemState.class), Arbitraries.integers().between(0, 1))
        .as(
            (unit, state, late) -> {
              Progress one = Progress.of(asOf, Map.of(state, 1), 0, 0);
              Progress item =
                  Progress.of(asOf, Map.of(state, 1), Math.min(late, one.open()), Math.min(late, one.done()));
              return ActionItemSummary.of(Map.of(unit, item));
            });
  }

  /** One programme item as of the day: its state, and whether it is late if open. */
  private static Arbitrary<ProgrammeSummary> programmeItemsOf(LocalDate asOf) {
    return Combinators.combine(Arbitraries.of(ProgrammeItemState.class), Arbitraries.integers().between(0, 1))
        .as(
            (state, late) ->
                ProgrammeSummary.of(
                    asOf, Map.of(state, 1), Math.min(late, ProgrammeSummary.of(asOf, Map.of(state, 1), 0).open())));
  }

  /** The milestones of one unit in one status as of the day. */
  private static Arbitrary<MilestoneSummary> milestonesOf(LocalDate asOf) {
    return Combinators.combine(
            GenericArbitraries.unitIds(), Arbitraries.of(MilestoneStatus.class), Arbitraries.integers().between(1, 12))
        .as((unit, status, n) -> MilestoneSummary.of(asOf, Map.of(unit, Map.of(status, n))));
  }

  /** A unit's dues of one of the months, up to VND 50 million, the kept part within what is held. */
  private static Arbitrary<DuesSummary> duesOf(List<YearMonth> months) {
    return Combinators.combine(
            GenericArbitraries.unitIds(),
            Arbitraries.of(months),
            Arbitraries.longs().between(0, 50_000_000),
            Arbitraries.longs().between(0, 50_000_000),
            Arbitraries.integers().between(0, 100))
        .as(
            (unit, month, collected, received, percent) ->
                DuesSummary.of(
                    unit,
                    month,
                    Money.ofDong(collected),
                    Money.ofDong(received),
                    Money.ofDong((collected + received) / 100 * percent)));
  }

  /** A unit's line of asset figures as of the day ({@link AssetRegisterArbitraries#assetFigures()}). */
  private static Arbitrary<AssetSummary> assetsOf(LocalDate asOf) {
    return Combinators.combine(GenericArbitraries.unitIds(), AssetRegisterArbitraries.assetFigures())
        .as((unit, figure) -> AssetSummary.of(asOf, Map.of(unit, List.of(figure))));
  }

  // ---- end of the office's periodic report -----------------------------------------------------------------------

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
          Map.entry(ReportingComplianceRollUp.class, ReportArbitraries::rollUps),
          // the office's periodic report
          Map.entry(OfficeReport.class, ReportArbitraries::officeReports),
          Map.entry(OfficeReportRollUp.class, ReportArbitraries::officeReportRollUps));

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
