package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.report.DayOffPolicy;
import io.github.vanphong.report.DueRule;
import io.github.vanphong.report.ObligationRule;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.PeriodKind;
import io.github.vanphong.report.Recipient;
import io.github.vanphong.report.ReportFigure;
import io.github.vanphong.report.ReportStatus;
import io.github.vanphong.report.ReportingCompliance;
import io.github.vanphong.report.ReportingObligation;
import io.github.vanphong.report.ReportingObligations;
import io.github.vanphong.report.ReportingPeriod;
import io.github.vanphong.report.ReportingRegime;
import io.github.vanphong.report.ReportingRule;
import io.github.vanphong.report.Submission;
import io.github.vanphong.staffing.StaffingSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The JSON form of periodic reporting ({@code io.github.vanphong.report}): periods, due rules, regimes, recipients,
 * obligations and their rules, submissions and compliance summaries, and the office's periodic report with its
 * figures.
 */
final class ReportCodecs {
  private ReportCodecs() {}

  static final EnumCodec<PeriodKind> PERIOD_KIND =
      Codecs.codes(PeriodKind.class)
          .code(PeriodKind.MONTH, "month")
          .code(PeriodKind.FIRST_QUARTER, "first-quarter")
          .code(PeriodKind.SECOND_QUARTER, "second-quarter")
          .code(PeriodKind.THIRD_QUARTER, "third-quarter")
          .code(PeriodKind.FOURTH_QUARTER, "fourth-quarter")
          .code(PeriodKind.FIRST_SIX_MONTHS, "first-six-months")
          .code(PeriodKind.LAST_SIX_MONTHS, "last-six-months")
          .code(PeriodKind.NINE_MONTHS, "nine-months")
          .code(PeriodKind.YEAR, "year")
          .code(PeriodKind.TERM, "term")
          .code(PeriodKind.SPECIAL, "special")
          .code(PeriodKind.AD_HOC, "ad-hoc")
          .build();

  static final EnumCodec<ReportStatus> REPORT_STATUS =
      Codecs.codes(ReportStatus.class)
          .code(ReportStatus.ON_TIME, "on-time")
          .code(ReportStatus.LATE, "late")
          .code(ReportStatus.MISSING, "missing")
          .code(ReportStatus.NOT_YET_DUE, "not-yet-due")
          .build();

  static final EnumCodec<DayOffPolicy> DAY_OFF_POLICY =
      Codecs.codes(DayOffPolicy.class)
          .code(DayOffPolicy.NEXT_WORKING_DAY, "next-working-day")
          .code(DayOffPolicy.PREVIOUS_WORKING_DAY, "previous-working-day")
          .build();

  static final EnumCodec<ReportingRule> REPORTING_RULE =
      Codecs.codes(ReportingRule.class)
          .code(ReportingRule.MINIMUM_GAP, "minimum-gap")
          .code(ReportingRule.KIND_OF_REGIME, "kind-of-regime")
          .code(ReportingRule.CUT_OFF_GIVEN, "cut-off-given")
          .code(ReportingRule.DUE_RULE_GIVEN, "due-rule-given")
          .code(ReportingRule.PERIOD_OF_OBLIGATION, "period-of-obligation")
          .code(ReportingRule.FIGURES_OF_THE_PERIOD, "figures-of-the-period")
          .build();

  /**
   * A period: {@code {"kind": "first-quarter", "first": "2025-12-15", "last": "2026-03-14", "cutOff": {...}}}; a
   * term has no cut-off. The days are read back from the kind, the year of the last day and the cut-off, and must
   * agree.
   */
  static final Codec<ReportingPeriod> REPORTING_PERIOD =
      Codecs.object(
          ReportingPeriod.class,
          (out, p) ->
              out.put("kind", PERIOD_KIND, p.kind())
                  .put("first", Codecs.DATE, p.first())
                  .put("last", Codecs.DATE, p.last())
                  .optional("cutOff", ReceptionCodecs.CUT_OFF, p.cutOff()),
          in -> {
            PeriodKind kind = in.get("kind", PERIOD_KIND);
            LocalDate first = in.get("first", Codecs.DATE);
            LocalDate last = in.get("last", Codecs.DATE);
            Optional<CutOff> cutOff = in.optional("cutOff", ReceptionCodecs.CUT_OFF);
            if (kind == PeriodKind.TERM) {
              if (cutOff.isPresent()) {
                throw new ReadError(in.pathOf("cutOff"), "a term has no cut-off");
              }
              return ReportingPeriod.term(first, last);
            }
            if (cutOff.isEmpty()) {
              throw new ReadError(in.path(), "a period of a kind of fixed days has a \"cutOff\"");
            }
            if (!kind.hasFixedPeriod()) {
              throw new ReadError(in.pathOf("kind"), "a period is of a kind of fixed days or a term");
            }
            ReportingPeriod period =
                kind == PeriodKind.MONTH
                    ? ReportingPeriod.month(YearMonth.from(last), cutOff.get())
                    : ReportingPeriod.of(kind, last.getYear(), cutOff.get());
            if (!period.last().equals(last)) {
              throw new ReadError(in.pathOf("last"), "the period ends on " + period.last() + ", not " + last);
            }
            if (!period.first().equals(first)) {
              throw new ReadError(in.pathOf("first"), "the period begins on " + period.first() + ", not " + first);
            }
            return period;
          });

  /**
   * A due rule: {@code {"dayOfMonth": 25, "monthsAfter": 0, "basis": {...}}} or {@code {"workingDays": 2, "basis":
   * {...}}}.
   */
  static final Codec<DueRule> DUE_RULE =
      Codecs.object(
          DueRule.class,
          (out, d) -> {
            if (d.dayOfMonth().isPresent()) {
              out.integer("dayOfMonth", d.dayOfMonth().getAsInt()).integer("monthsAfter", d.monthsAfter().getAsInt());
            } else {
              out.integer("workingDays", d.workingDays().getAsInt());
            }
            out.put("basis", LawCodecs.LEGAL_BASIS, d.basis());
          },
          in -> {
            Optional<Integer> day = in.optional("dayOfMonth", Codecs.INTEGER);
            Optional<Integer> months = in.optional("monthsAfter", Codecs.INTEGER);
            Optional<Integer> workingDays = in.optional("workingDays", Codecs.INTEGER);
            if (workingDays.isPresent() == (day.isPresent() || months.isPresent())
                || day.isPresent() != months.isPresent()) {
              throw new ReadError(
                  in.path(), "a due rule has \"dayOfMonth\" and \"monthsAfter\", or \"workingDays\", not both");
            }
            return workingDays.isPresent()
                ? DueRule.workingDaysAfterCutOff(workingDays.get(), in.get("basis", LawCodecs.LEGAL_BASIS))
                : DueRule.dayOfMonth(months.orElseThrow(), day.orElseThrow(), in.get("basis", LawCodecs.LEGAL_BASIS));
          });

  private record KindCutOff(PeriodKind kind, CutOff cutOff) {}

  private static final Codec<KindCutOff> KIND_CUT_OFF =
      Codecs.object(
          KindCutOff.class,
          (out, k) -> out.put("kind", PERIOD_KIND, k.kind()).put("cutOff", ReceptionCodecs.CUT_OFF, k.cutOff()),
          in -> new KindCutOff(in.get("kind", PERIOD_KIND), in.get("cutOff", ReceptionCodecs.CUT_OFF)));

  private record KindDue(PeriodKind kind, DueRule due) {}

  private static final Codec<KindDue> KIND_DUE =
      Codecs.object(
          KindDue.class,
          (out, k) -> out.put("kind", PERIOD_KIND, k.kind()).put("due", DUE_RULE, k.due()),
          in -> new KindDue(in.get("kind", PERIOD_KIND), in.get("due", DUE_RULE)));

  private static Set<PeriodKind> kinds(Set<PeriodKind> kinds) {
    return kinds.isEmpty() ? EnumSet.noneOf(PeriodKind.class) : EnumSet.copyOf(kinds);
  }

  /**
   * A regime: its name, basis, kinds, the cut-off and due rule of each kind that has them, and its policy for a due
   * day on a day off.
   */
  static final Codec<ReportingRegime> REPORTING_REGIME =
      Codecs.document(
          ReportingRegime.class,
          "vanphong.reporting-regime",
          1,
          (out, r) ->
              out.text("name", r.name())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis())
                  .list("kinds", PERIOD_KIND, r.kinds())
                  .list(
                      "cutOffs",
                      KIND_CUT_OFF,
                      r.kinds().stream()
                          .flatMap(k -> r.cutOff(k).map(c -> new KindCutOff(k, c)).stream())
                          .collect(ImmutableList.toImmutableList()))
                  .list(
                      "dues",
                      KIND_DUE,
                      r.kinds().stream()
                          .flatMap(k -> r.due(k).map(d -> new KindDue(k, d)).stream())
                          .collect(ImmutableList.toImmutableList()))
                  .put("dayOffPolicy", DAY_OFF_POLICY, r.dayOffPolicy()),
          in -> {
            ReportingRegime regime =
                ReportingRegime.of(
                    in.text("name"),
                    in.get("basis", LawCodecs.LEGAL_BASIS),
                    kinds(in.set("kinds", PERIOD_KIND)));
            for (KindCutOff cutOff : in.keyed("cutOffs", KIND_CUT_OFF, KindCutOff::kind).values()) {
              regime = regime.withCutOff(cutOff.kind(), cutOff.cutOff());
            }
            for (KindDue due : in.keyed("dues", KIND_DUE, KindDue::kind).values()) {
              regime = regime.withDue(due.kind(), due.due());
            }
            return regime.withDayOffPolicy(in.get("dayOffPolicy", DAY_OFF_POLICY));
          });

  /** A recipient: {@code {"unit": "HG-TU"}} or {@code {"name": "Thanh tra Chính phủ"}}. */
  static final Codec<Recipient> RECIPIENT =
      Codecs.object(
          Recipient.class,
          (out, r) -> out.optional("unit", OrganizationCodecs.UNIT_ID, r.unitId()).optional("name", Codecs.TEXT, r.name()),
          in -> {
            Optional<UnitId> unit = in.optional("unit", OrganizationCodecs.UNIT_ID);
            Optional<String> name = in.optional("name", Codecs.TEXT);
            if (unit.isPresent() == name.isPresent()) {
              throw new ReadError(in.path(), "a recipient is a \"unit\" or a \"name\", one of the two");
            }
            return unit.map(Recipient::unit).orElseGet(() -> Recipient.named(name.orElseThrow()));
          });

  /** A rule: the kind of unit, the regime, the kinds owed, and the recipient unless it is the parent. */
  static final Codec<ObligationRule> OBLIGATION_RULE =
      Codecs.object(
          ObligationRule.class,
          (out, r) ->
              out.put("unitKind", OrganizationCodecs.UNIT_KIND, r.unitKind())
                  .put("regime", REPORTING_REGIME, r.regime())
                  .list("kinds", PERIOD_KIND, r.kinds())
                  .optional("recipient", RECIPIENT, r.recipient()),
          in -> {
            var kind = in.get("unitKind", OrganizationCodecs.UNIT_KIND);
            ReportingRegime regime = in.get("regime", REPORTING_REGIME);
            Set<PeriodKind> kinds = kinds(in.set("kinds", PERIOD_KIND));
            return in.optional("recipient", RECIPIENT)
                .map(r -> ObligationRule.to(kind, regime, kinds, r))
                .orElseGet(() -> ObligationRule.toParent(kind, regime, kinds));
          });

  /** An application's declaration of obligations: its rules, in order. */
  static final Codec<ReportingObligations> REPORTING_OBLIGATIONS =
      Codecs.document(
          ReportingObligations.class,
          "vanphong.reporting-obligations",
          1,
          (out, o) -> out.list("rules", OBLIGATION_RULE, o.rules()),
          in -> ReportingObligations.of(in.set("rules", OBLIGATION_RULE).asList()));

  /** An obligation: the unit, the recipient, the regime and the kinds owed. */
  static final Codec<ReportingObligation> REPORTING_OBLIGATION =
      Codecs.object(
          ReportingObligation.class,
          (out, o) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, o.unit())
                  .put("recipient", RECIPIENT, o.recipient())
                  .put("regime", REPORTING_REGIME, o.regime())
                  .list("kinds", PERIOD_KIND, o.kinds()),
          in ->
              ReportingObligation.of(
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.get("recipient", RECIPIENT),
                  in.get("regime", REPORTING_REGIME),
                  kinds(in.set("kinds", PERIOD_KIND))));

  /** A submission: the obligation, the period and the day it was sent. */
  static final Codec<Submission> SUBMISSION =
      Codecs.object(
          Submission.class,
          (out, s) ->
              out.put("obligation", REPORTING_OBLIGATION, s.obligation())
                  .put("period", REPORTING_PERIOD, s.period())
                  .put("on", Codecs.DATE, s.on()),
          in ->
              Submission.of(
                  in.get("obligation", REPORTING_OBLIGATION),
                  in.get("period", REPORTING_PERIOD),
                  in.get("on", Codecs.DATE)));

  /** One unit's counts in a {@link #REPORTING_COMPLIANCE}. */
  private record UnitCounts(UnitId unit, int onTime, int late, int missing, int notYetDue) {}

  private static final Codec<UnitCounts> UNIT_COUNTS =
      Codecs.object(
          UnitCounts.class,
          (out, c) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, c.unit())
                  .integer("onTime", c.onTime())
                  .integer("late", c.late())
                  .integer("missing", c.missing())
                  .integer("notYetDue", c.notYetDue()),
          in ->
              new UnitCounts(
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.integer("onTime"),
                  in.integer("late"),
                  in.integer("missing"),
                  in.integer("notYetDue")));

  /**
   * A compliance summary: {@code {"asOf": "2026-04-30", "byUnit": [{"unit": "HG-HU1", "onTime": 3, "late": 1,
   * "missing": 0, "notYetDue": 0}]}}; the empty summary has no day and no line.
   */
  static final Codec<ReportingCompliance> REPORTING_COMPLIANCE =
      Codecs.object(
          ReportingCompliance.class,
          (out, s) ->
              out.optional("asOf", Codecs.DATE, s.asOf())
                  .list(
                      "byUnit",
                      UNIT_COUNTS,
                      s.units().stream()
                          .map(
                              unit -> {
                                ReportingCompliance line = s.forUnit(unit);
                                return new UnitCounts(
                                    unit, line.onTime(), line.late(), line.missing(), line.notYetDue());
                              })
                          .collect(ImmutableList.toImmutableList())),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            ImmutableList<UnitCounts> lines = in.keyed("byUnit", UNIT_COUNTS, UnitCounts::unit).values().asList();
            if (asOf.isEmpty() != lines.isEmpty()) {
              throw new ReadError(in.path(), "a summary has a day if and only if it has a line");
            }
            ReportingCompliance summary = ReportingCompliance.empty();
            for (UnitCounts c : lines) {
              summary =
                  summary.plus(
                      ReportingCompliance.of(asOf.orElseThrow(), c.unit(), c.onTime(), c.late(), c.missing(), c.notYetDue()));
            }
            return summary;
          });

  // ---- the office's periodic report ---------------------------------------------------------------------------

  /** A figure of the office's report, by a code made of its English name. */
  static final EnumCodec<ReportFigure> REPORT_FIGURE =
      Codecs.codes(ReportFigure.class)
          .code(ReportFigure.STAFFED_UNITS, "staffed-units")
          .code(ReportFigure.STAFF, "staff")
          .code(ReportFigure.UNITS_BELOW_NORM, "units-below-norm")
          .code(ReportFigure.PETITIONS, "petitions")
          .code(ReportFigure.PETITIONS_OPEN, "petitions-open")
          .code(ReportFigure.PETITION_DUTIES_OVERDUE, "petition-duties-overdue")
          .code(ReportFigure.RECEPTION_SESSIONS, "reception-sessions")
          .code(ReportFigure.RECEPTION_MATTERS, "reception-matters")
          .code(ReportFigure.CITIZENS_RECEIVED, "citizens-received")
          .code(ReportFigure.DOCUMENTS_ISSUED, "documents-issued")
          .code(ReportFigure.DOCUMENTS_VOIDED, "documents-voided")
          .code(ReportFigure.ACTION_ITEMS, "action-items")
          .code(ReportFigure.ACTION_ITEMS_DONE, "action-items-done")
          .code(ReportFigure.ACTION_ITEMS_OVERDUE, "action-items-overdue")
          .code(ReportFigure.PROGRAMME_ITEMS, "programme-items")
          .code(ReportFigure.PROGRAMME_CONCLUDED, "programme-concluded")
          .code(ReportFigure.PROGRAMME_LATE, "programme-late")
          .code(ReportFigure.ELECTION_MILESTONES, "election-milestones")
          .code(ReportFigure.ELECTION_MILESTONES_OVERDUE, "election-milestones-overdue")
          .code(ReportFigure.CONGRESSES, "congresses")
          .code(ReportFigure.CONGRESSES_OVERDUE, "congresses-overdue")
          .code(ReportFigure.DUES_COLLECTED, "dues-collected")
          .code(ReportFigure.DUES_KEPT, "dues-kept")
          .code(ReportFigure.DUES_SENT_UP, "dues-sent-up")
          .code(ReportFigure.ASSETS, "assets")
          .code(ReportFigure.ASSET_VALUE, "asset-value")
          .build();

  /**
   * One part of a report: its field, its codec, how the report gives it, its empty value, and how a builder takes
   * it. Every part is written, empty or not, in its own package's form.
   */
  private record Part<S>(
      String field,
      Codec<S> codec,
      Function<OfficeReport, S> of,
      S empty,
      BiConsumer<OfficeReport.Builder, S> into) {

    void write(Out out, OfficeReport report) {
      out.put(field, codec, of.apply(report));
    }

    /** Reads the part into a builder, or, with none, checks that it is empty as a report of no period's parts are. */
    void read(In in, Optional<OfficeReport.Builder> builder) {
      S part = in.get(field, codec);
      if (builder.isPresent()) {
        into.accept(builder.get(), part);
      } else if (!part.equals(empty)) {
        throw new ReadError(in.pathOf(field), "a report of no period has no figures, and this part has some");
      }
    }
  }

  private static final ImmutableList<Part<?>> PARTS =
      ImmutableList.of(
          new Part<>(
              "staffing",
              StaffingCodecs.STAFFING_SUMMARY,
              OfficeReport::staffing,
              StaffingSummary.empty(),
              OfficeReport.Builder::staffing),
          new Part<>(
              "petitions",
              PetitionCodecs.PETITION_TALLY,
              OfficeReport::petitions,
              PetitionTally.empty(),
              OfficeReport.Builder::petitions),
          new Part<>(
              "receptions",
              ReceptionCodecs.RECEPTION_TALLY,
              OfficeReport::receptions,
              ReceptionTally.empty(),
              OfficeReport.Builder::receptions),
          new Part<>(
              "documents",
              DocumentCodecs.DOCUMENT_TALLY,
              OfficeReport::documents,
              DocumentTally.empty(),
              OfficeReport.Builder::documents),
          new Part<>(
              "actionItems",
              MeetingCodecs.ACTION_ITEM_SUMMARY,
              OfficeReport::actionItems,
              ActionItemSummary.empty(),
              OfficeReport.Builder::actionItems),
          new Part<>(
              "programme",
              ProgrammeCodecs.PROGRAMME_SUMMARY,
              OfficeReport::programme,
              ProgrammeSummary.empty(),
              OfficeReport.Builder::programme),
          new Part<>(
              "elections",
              ElectionCodecs.MILESTONE_SUMMARY,
              OfficeReport::elections,
              MilestoneSummary.empty(),
              OfficeReport.Builder::elections),
          new Part<>(
              "congresses",
              ElectionCodecs.CONGRESS_SUMMARY,
              OfficeReport::congresses,
              CongressSummary.empty(),
              OfficeReport.Builder::congresses),
          new Part<>(
              "dues",
              FinanceCodecs.DUES_SUMMARY,
              OfficeReport::dues,
              DuesSummary.empty(),
              OfficeReport.Builder::dues),
          new Part<>(
              "assets",
              AssetRegisterCodecs.ASSET_SUMMARY,
              OfficeReport::assets,
              AssetSummary.empty(),
              OfficeReport.Builder::assets));

  /**
   * An office's report: {@code {"period": ReportingPeriod, "staffing": StaffingSummary, "petitions": PetitionTally,
   * "receptions": ReceptionTally, "documents": DocumentTally, "actionItems": ActionItemSummary, "programme":
   * ProgrammeSummary, "elections": MilestoneSummary, "congresses": CongressSummary, "dues": DuesSummary, "assets":
   * AssetSummary}}, every part written in its package's form, empty or not. The empty report has no period, and every
   * part of it is empty. Reading gives each part to the report's builder, which refuses a part of another day or
   * month than the period's.
   */
  static final Codec<OfficeReport> OFFICE_REPORT =
      Codecs.object(
          OfficeReport.class,
          (out, r) -> {
            out.optional("period", REPORTING_PERIOD, r.period());
            for (Part<?> part : PARTS) {
              part.write(out, r);
            }
          },
          in -> {
            Optional<OfficeReport.Builder> builder = in.optional("period", REPORTING_PERIOD).map(OfficeReport::builder);
            for (Part<?> part : PARTS) {
              part.read(in, builder);
            }
            return builder.map(OfficeReport.Builder::build).orElseGet(OfficeReport::empty);
          });

  private static ImmutableList<Codec<?>> officeReports() {
    return ImmutableList.of(REPORT_FIGURE, OFFICE_REPORT);
  }

  // ---- end of the office's periodic report -----------------------------------------------------------------------

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.<Codec<?>>builder()
        .add(
            PERIOD_KIND,
            REPORT_STATUS,
            DAY_OFF_POLICY,
            REPORTING_RULE,
            REPORTING_PERIOD,
            DUE_RULE,
            REPORTING_REGIME,
            RECIPIENT,
            OBLIGATION_RULE,
            REPORTING_OBLIGATIONS,
            REPORTING_OBLIGATION,
            SUBMISSION,
            REPORTING_COMPLIANCE)
        .addAll(officeReports())
        .build();
  }

  // ---- a programme item linked to the session that concluded it -------------------------------------------------

  static final EnumCodec<io.github.vanphong.report.ConclusionLinkRule> CONCLUSION_LINK_RULE =
      Codecs.codes(io.github.vanphong.report.ConclusionLinkRule.class)
          .code(io.github.vanphong.report.ConclusionLinkRule.ITEM_CONCLUDED, "item-concluded")
          .code(
              io.github.vanphong.report.ConclusionLinkRule.CONCLUDED_ON_THE_BRIEFING_DAY,
              "concluded-on-the-briefing-day")
          .code(io.github.vanphong.report.ConclusionLinkRule.CONCLUSION_OF_THE_BRIEFING, "conclusion-of-the-briefing")
          .code(
              io.github.vanphong.report.ConclusionLinkRule.ACTION_ITEM_OF_THE_CONCLUSION,
              "action-item-of-the-conclusion")
          .code(io.github.vanphong.report.ConclusionLinkRule.ACTION_ITEM_ONCE, "action-item-once")
          .build();

  /**
   * A concluded programme item linked to its session: {@code {"item": {...}, "briefing": {...}, "conclusion": 2,
   * "actionItems": [{...}]}}, the item, the briefing and each action item documents of their own; read back through
   * {@code ProgrammeConclusion.of}, so that a link its rules refuse is refused.
   */
  static final Codec<io.github.vanphong.report.ProgrammeConclusion> PROGRAMME_CONCLUSION =
      Codecs.object(
          io.github.vanphong.report.ProgrammeConclusion.class,
          (out, c) ->
              out.put("item", ProgrammeCodecs.PROGRAMME_ITEM, c.item())
                  .put("briefing", MeetingCodecs.BRIEFING, c.briefing())
                  .integer("conclusion", c.conclusionNumber())
                  .list("actionItems", MeetingCodecs.ACTION_ITEM, c.actionItems()),
          in ->
              io.github.vanphong.report.ProgrammeConclusion.of(
                  in.get("item", ProgrammeCodecs.PROGRAMME_ITEM),
                  in.get("briefing", MeetingCodecs.BRIEFING),
                  in.integer("conclusion"),
                  in.list("actionItems", MeetingCodecs.ACTION_ITEM)));

  /** The codecs of the link between a programme item and its session, registered apart from {@link #all()}. */
  static ImmutableList<Codec<?>> conclusionLinks() {
    return ImmutableList.of(CONCLUSION_LINK_RULE, PROGRAMME_CONCLUSION);
  }

  // ---- end of a programme item linked to the session that concluded it ------------------------------------------
}
