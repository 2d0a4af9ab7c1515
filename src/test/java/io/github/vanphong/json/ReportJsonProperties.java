package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.report.CutOffConventions;
import io.github.vanphong.report.DayOffPolicy;
import io.github.vanphong.report.DueRule;
import io.github.vanphong.report.ObligationRule;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.OfficeReportRollUp;
import io.github.vanphong.report.PeriodKind;
import io.github.vanphong.report.Recipient;
import io.github.vanphong.report.ReportCheck;
import io.github.vanphong.report.ReportFigure;
import io.github.vanphong.report.ReportStatus;
import io.github.vanphong.report.ReportingCompliance;
import io.github.vanphong.report.ReportingComplianceRollUp;
import io.github.vanphong.report.ReportingObligation;
import io.github.vanphong.report.ReportingObligations;
import io.github.vanphong.report.ReportingPeriod;
import io.github.vanphong.report.ReportingRegime;
import io.github.vanphong.report.ReportingRegimes;
import io.github.vanphong.report.ReportingRule;
import io.github.vanphong.report.Submission;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for periodic reporting ({@code io.github.vanphong.report}). */
class ReportJsonProperties {
  /** The public types of periodic reporting without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.<Class<?>, String>builder()
          .put(
              ReportCheck.class,
              "a judgement computed from an obligation, a period, the submissions and the working calendar; its"
                  + " figures travel as a ReportingCompliance (and the submissions as Submissions)")
          .put(
              ReportingComplianceRollUp.class,
              "a view computed from a ReportingCompliance and a chart's tree, with nothing of its own")
          .put(ReportingRegimes.class, "constants, not a type of values (report)")
          .put(CutOffConventions.class, "constants of CutOff, which has its own form (report)")
          // the office's periodic report
          .put(
              OfficeReportRollUp.class,
              "a view computed from the units' OfficeReports and a chart's tree, with nothing of its own")
          .buildOrThrow();

  @Property(tries = 20)
  void enumerationsObeyTheLaws(
      @ForAll PeriodKind kind, @ForAll ReportStatus status, @ForAll DayOffPolicy policy, @ForAll ReportingRule rule) {
    JsonLaws.assertLaws(kind, PeriodKind.class);
    JsonLaws.assertLaws(status, ReportStatus.class);
    JsonLaws.assertLaws(policy, DayOffPolicy.class);
    JsonLaws.assertLaws(rule, ReportingRule.class);
  }

  @Property(tries = 100)
  void periodsRulesAndRecipientsObeyTheLaws(
      @ForAll ReportingPeriod period, @ForAll DueRule due, @ForAll Recipient recipient) {
    JsonLaws.assertLaws(period, ReportingPeriod.class);
    JsonLaws.assertLaws(due, DueRule.class);
    JsonLaws.assertLaws(recipient, Recipient.class);
  }

  @Property(tries = 40)
  void regimesAndObligationsObeyTheLaws(
      @ForAll ReportingRegime regime, @ForAll ObligationRule rule, @ForAll ReportingObligation obligation) {
    JsonLaws.assertRoundTrip(regime, ReportingRegime.class);
    JsonLaws.assertRoundTrip(rule, ObligationRule.class);
    JsonLaws.assertRoundTrip(obligation, ReportingObligation.class);
  }

  @Property(tries = 20)
  void declarationsAndSubmissionsRoundTrip(@ForAll ReportingObligations obligations, @ForAll Submission submission) {
    JsonLaws.assertRoundTrip(obligations, ReportingObligations.class);
    JsonLaws.assertRoundTrip(submission, Submission.class);
  }

  @Property(tries = 100)
  void compliancesObeyTheLaws(@ForAll ReportingCompliance compliance) {
    JsonLaws.assertLaws(compliance, ReportingCompliance.class);
  }

  @Example
  void theLibrarysRegimesRoundTrip() {
    for (ReportingRegime regime : ReportingRegimes.all()) {
      JsonLaws.assertLaws(regime, ReportingRegime.class);
    }
  }

  @Example
  void aPeriodIsWrittenWithItsDaysAndCutOff() {
    ReportingPeriod march = ReportingPeriod.month(YearMonth.of(2026, 3), CutOff.onDay(14));
    String json = JsonLaws.write(march);
    assertThat(json).isEqualTo("{\"kind\":\"month\",\"first\":\"2026-02-15\",\"last\":\"2026-03-14\",\"cutOff\":{\"dayOfMonth\":14}}");
    JsonLaws.assertRefusedAt(json.replace("2026-02-15", "2026-02-16"), ReportingPeriod.class, "$.first");
    JsonLaws.assertRefusedAt(json.replace("2026-03-14", "2026-03-13"), ReportingPeriod.class, "$.last");
    JsonLaws.assertRefusedAt(json.replace("\"month\"", "\"special\""), ReportingPeriod.class, "$.kind");
    JsonLaws.assertRefusedAt(json.replace("\"month\"", "\"term\""), ReportingPeriod.class, "$.cutOff");
    JsonLaws.assertRefusedAt(
        "{\"kind\":\"year\",\"first\":\"2025-12-15\",\"last\":\"2026-12-14\"}", ReportingPeriod.class, "$");
  }

  @Example
  void aDueRuleIsOneOfItsTwoForms() {
    String json = JsonLaws.write(DueRule.workingDaysAfterCutOff(2, CutOffConventions.STATE_2019.basis().orElseThrow()));
    assertThat(json).startsWith("{\"workingDays\":2,\"basis\":{");
    JsonLaws.assertRefusedAt(json.replace("{\"workingDays\":2,", "{\"workingDays\":2,\"dayOfMonth\":3,"), DueRule.class, "$");
    JsonLaws.assertRefusedAt(json.replace("{\"workingDays\":2,", "{\"dayOfMonth\":3,"), DueRule.class, "$");
  }

  @Example
  void aRecipientIsAUnitOrAName() {
    assertThat(JsonLaws.write(Recipient.unit(UnitId.of("HG-TU")))).isEqualTo("{\"unit\":\"HG-TU\"}");
    JsonLaws.assertRefusedAt("{\"unit\":\"HG-TU\",\"name\":\"Ban\"}", Recipient.class, "$");
    JsonLaws.assertRefusedAt("{}", Recipient.class, "$");
  }

  @Example
  void aSummaryHasADayIfAndOnlyIfItHasALine() {
    assertThat(JsonLaws.write(ReportingCompliance.empty())).isEqualTo("{\"byUnit\":[]}");
    String json = JsonLaws.write(ReportingCompliance.of(LocalDate.of(2026, 4, 30), UnitId.of("HG-HU1"), 3, 1, 0, 0));
    assertThat(json)
        .isEqualTo(
            "{\"asOf\":\"2026-04-30\",\"byUnit\":[{\"unit\":\"HG-HU1\",\"onTime\":3,\"late\":1,\"missing\":0,"
                + "\"notYetDue\":0}]}");
    JsonLaws.assertRefusedAt("{\"asOf\":\"2026-04-30\",\"byUnit\":[]}", ReportingCompliance.class, "$");
  }

  // ---- the office's periodic report ---------------------------------------------------------------------------

  @Property(tries = 20)
  void reportFiguresObeyTheLaws(@ForAll ReportFigure figure) {
    JsonLaws.assertLaws(figure, ReportFigure.class);
  }

  /**
   * Every law holds, but for one field: the reception tally is counted under the period's own cut-off, so a cut-off's
   * basis taken out of one of the two leaves cut-offs that disagree, and the report is refused as a whole rather than
   * at the cut-off. That is checked by itself, in {@code OfficeReportJsonTest}.
   */
  @Property(tries = 60)
  void officeReportsObeyTheLaws(@ForAll OfficeReport report) {
    boolean twoCutOffsWithABasis =
        report.receptions().cutOff().flatMap(CutOff::basis).isPresent()
            && report.period().flatMap(ReportingPeriod::cutOff).isPresent();
    if (twoCutOffsWithABasis) {
      JsonLaws.assertRoundTrip(report, OfficeReport.class);
      JsonLaws.assertUnknownFieldsRefused(report, OfficeReport.class);
      JsonLaws.assertWrongTypesRefused(report, OfficeReport.class);
    } else {
      JsonLaws.assertLaws(report, OfficeReport.class);
    }
  }

  @Property(tries = 30)
  void theReportsOfARollUpRoundTrip(@ForAll OfficeReportRollUp rollUp) {
    for (OfficeReport report : rollUp.reports().values()) {
      JsonLaws.assertRoundTrip(report, OfficeReport.class);
    }
    JsonLaws.assertRoundTrip(rollUp.grandTotal(), OfficeReport.class);
  }

  // ---- end of the office's periodic report -----------------------------------------------------------------------
}
