package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.asset.Asset;
import io.github.vanphong.asset.AssetEvent;
import io.github.vanphong.asset.AssetFigure;
import io.github.vanphong.asset.AssetId;
import io.github.vanphong.asset.AssetRegister;
import io.github.vanphong.asset.AssetRollUp;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.asset.FixedAssetRuleBook;
import io.github.vanphong.asset.FixedAssetThreshold;
import io.github.vanphong.asset.Inventory;
import io.github.vanphong.asset.InventoryDifference;
import io.github.vanphong.asset.WearPolicy;
import io.github.vanphong.asset.WearRates;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.LunarDate;
import io.github.vanphong.calendar.PublicHoliday;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.election.Ballot;
import io.github.vanphong.election.BallotValidity;
import io.github.vanphong.election.ByElection;
import io.github.vanphong.election.Candidate;
import io.github.vanphong.election.CandidateList;
import io.github.vanphong.election.CandidateOutcome;
import io.github.vanphong.election.CandidateViolation;
import io.github.vanphong.election.CongressCheck;
import io.github.vanphong.election.CongressRecord;
import io.github.vanphong.election.CongressRegister;
import io.github.vanphong.election.CongressRollUp;
import io.github.vanphong.election.CongressRuleBook;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.CongressTerm;
import io.github.vanphong.election.ConstituencyResult;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.ElectionRule;
import io.github.vanphong.election.ElectionRuleBook;
import io.github.vanphong.election.ElectionTimeline;
import io.github.vanphong.election.Milestone;
import io.github.vanphong.election.MilestoneCheck;
import io.github.vanphong.election.MilestoneRollUp;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.election.PartyCandidate;
import io.github.vanphong.election.PartyCandidateList;
import io.github.vanphong.election.PartyDelegateAllocation;
import io.github.vanphong.election.PartyElectionResult;
import io.github.vanphong.election.PartyElectionViolation;
import io.github.vanphong.election.PartyElectorate;
import io.github.vanphong.election.PartyOutcome;
import io.github.vanphong.election.PollingArea;
import io.github.vanphong.election.PollingAreaViolation;
import io.github.vanphong.election.ResultRollUp;
import io.github.vanphong.election.ResultSummary;
import io.github.vanphong.election.TallyRecord;
import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageTable;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemEvent;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Attendance;
import io.github.vanphong.meeting.AttendanceCount;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingId;
import io.github.vanphong.meeting.BriefingInconsistency;
import io.github.vanphong.meeting.Conclusion;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.meeting.FollowUp;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.meeting.ProgressRollUp;
import io.github.vanphong.meeting.Recurrence;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.Disclosure;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.Withdrawal;
import io.github.vanphong.staffing.Allocation;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorm;
import io.github.vanphong.staffing.StaffingSummary;
import io.github.vanphong.staffing.StaffingTransition;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/**
 * The providers of {@code io.github.vanphong.testing} are found as jqwik finds them, through the service loader, and
 * every value type they offer is provided by exactly one of them.
 */
class ArbitraryProvidersTest {

  private static final List<Class<?>> PROVIDED =
      List.of(
          LegalBasis.class,
          Validity.class,
          LunarDate.class,
          TimeLimit.class,
          Extension.class,
          PublicHoliday.class,
          UnitId.class,
          Unit.class,
          UnitTree.class,
          OrgChart.class,
          PersonId.class,
          Person.class,
          StaffingNorm.class,
          StaffingTransition.class,
          Allocation.class,
          StaffAssignment.class,
          Headcount.class,
          QuotaCompliance.class,
          StaffingSummary.class,
          BriefingId.class,
          ActionItemId.class,
          AttendanceCount.class,
          Attendance.class,
          Conclusion.class,
          Recurrence.class,
          Briefing.class,
          BriefingInconsistency.class,
          ActionItemEvent.class,
          ActionItem.class,
          Progress.class,
          ActionItemSummary.class,
          ProgressRollUp.class,
          FollowUp.class,
          ConclusionNotice.class,
          PetitionId.class,
          Identity.class,
          Petitioners.class,
          Subject.class,
          Link.class,
          Intake.class,
          Classification.class,
          Withdrawal.class,
          PetitionEvent.class,
          Disclosure.class,
          Petition.class,
          ElectionRule.class,
          ElectionRuleBook.class,
          ElectionTimeline.class,
          Milestone.class,
          ElectionFollowUp.class,
          MilestoneCheck.class,
          MilestoneSummary.class,
          MilestoneRollUp.class,
          Candidate.class,
          CandidateList.class,
          CandidateViolation.class,
          PollingArea.class,
          PollingAreaViolation.class,
          Ballot.class,
          BallotValidity.class,
          TallyRecord.class,
          ConstituencyResult.class,
          CandidateOutcome.class,
          ByElection.class,
          ResultSummary.class,
          ResultRollUp.class,
          CongressTerm.class,
          CongressRuleBook.class,
          CongressRecord.class,
          CongressRegister.class,
          CongressCheck.class,
          CongressSummary.class,
          CongressRollUp.class,
          PartyCandidate.class,
          PartyCandidateList.class,
          PartyElectorate.class,
          PartyOutcome.class,
          PartyElectionResult.class,
          PartyDelegateAllocation.class,
          PartyElectionViolation.class,
          // Party assets: the office's rooms
          io.github.vanphong.asset.RoomId.class,
          io.github.vanphong.asset.BookingId.class,
          io.github.vanphong.asset.TimeSpan.class,
          io.github.vanphong.asset.Room.class,
          io.github.vanphong.asset.RoomBooking.class,
          io.github.vanphong.asset.RoomSchedule.class,
          io.github.vanphong.asset.RoomWeek.class,
          // Party finance: the budget calendar
          io.github.vanphong.finance.BudgetStep.class,
          io.github.vanphong.finance.BudgetCalendar.class,
          io.github.vanphong.finance.BudgetDeadline.class,
          io.github.vanphong.finance.BudgetFollowUp.class,
          // Party finance: a unit's budget of a year
          io.github.vanphong.finance.BudgetItem.class,
          io.github.vanphong.finance.BudgetEntry.class,
          io.github.vanphong.finance.BudgetSettlement.class,
          io.github.vanphong.finance.Budget.class,
          io.github.vanphong.finance.BudgetViolation.class,
          io.github.vanphong.finance.BudgetSummary.class,
          io.github.vanphong.finance.BudgetRollUp.class,
          // money and finance
          Money.class,
          Rate.class,
          Rounding.class,
          DuesRule.class,
          DuesRuleBook.class,
          MinimumWage.class,
          MinimumWageTable.class,
          DuesRelief.class,
          io.github.vanphong.finance.DuesAssessment.class,
          io.github.vanphong.finance.DuesPayment.class,
          io.github.vanphong.finance.DuesLedger.class,
          io.github.vanphong.finance.DuesViolation.class,
          // the split of dues up the hierarchy
          io.github.vanphong.finance.DuesSplitRule.class,
          io.github.vanphong.finance.DuesSplitRuleBook.class,
          io.github.vanphong.finance.DuesSummary.class,
          io.github.vanphong.finance.DuesRollUp.class,
          // payments in advance outside an excused period
          io.github.vanphong.finance.DuesAdvanceViolation.class,
          // assets
          AssetId.class,
          Asset.class,
          AssetEvent.class,
          AssetRegister.class,
          Inventory.class,
          InventoryDifference.class,
          FixedAssetThreshold.class,
          FixedAssetRuleBook.class,
          WearRates.class,
          WearPolicy.class,
          AssetFigure.class,
          AssetSummary.class,
          AssetRollUp.class,
          // cars
          io.github.vanphong.asset.VehicleId.class,
          io.github.vanphong.asset.Vehicle.class,
          io.github.vanphong.asset.ProvinceProfile.class,
          io.github.vanphong.asset.CarNormBook.class,
          io.github.vanphong.asset.FleetViolation.class,
          // reporting regimes
          io.github.vanphong.report.ReportingPeriod.class,
          io.github.vanphong.report.DueRule.class,
          io.github.vanphong.report.ReportingRegime.class,
          io.github.vanphong.report.Recipient.class,
          io.github.vanphong.report.ObligationRule.class,
          io.github.vanphong.report.ReportingObligations.class,
          io.github.vanphong.report.ReportingObligation.class,
          io.github.vanphong.report.Submission.class,
          io.github.vanphong.report.ReportCheck.class,
          io.github.vanphong.report.ReportingCompliance.class,
          io.github.vanphong.report.ReportingComplianceRollUp.class,
          // the archive
          io.github.vanphong.document.ArchiveFileId.class,
          io.github.vanphong.document.ArchiveFile.class,
          io.github.vanphong.document.ArchiveFileEvent.class,
          io.github.vanphong.document.HandOverRule.class,
          io.github.vanphong.document.HandOverRuleBook.class,
          io.github.vanphong.document.ArchiveViolation.class,
          io.github.vanphong.document.ArchiveRegister.class,
          io.github.vanphong.document.ArchiveSummary.class,
          // work programmes and the rhythm of meetings
          io.github.vanphong.programme.ProgrammeItemId.class,
          io.github.vanphong.programme.ProgrammePeriod.class,
          io.github.vanphong.programme.ProgrammeItemEvent.class,
          io.github.vanphong.programme.ProgrammeItem.class,
          io.github.vanphong.programme.WorkProgramme.class,
          io.github.vanphong.programme.ProgrammeSummary.class,
          io.github.vanphong.programme.ProgrammeRollUp.class,
          io.github.vanphong.programme.HeldMeeting.class,
          io.github.vanphong.programme.RegularMeetingRule.class,
          io.github.vanphong.programme.MeetingRhythmBook.class,
          io.github.vanphong.programme.RhythmReport.class,
          io.github.vanphong.programme.RhythmViolation.class,
          // the office's periodic report
          io.github.vanphong.report.OfficeReport.class,
          io.github.vanphong.report.OfficeReportRollUp.class,
          // a programme item linked to the session that concluded it
          io.github.vanphong.report.ProgrammeConclusion.class);

  private static List<ArbitraryProvider> libraryProviders() {
    return ServiceLoader.load(ArbitraryProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.getClass().getPackageName().equals("io.github.vanphong.testing"))
        .collect(Collectors.toList());
  }

  @Test
  void everyProviderOfThePackageIsRegistered() {
    assertThat(libraryProviders())
        .extracting(p -> p.getClass().getSimpleName())
        .contains(
            "LawArbitraryProvider",
            "CalendarArbitraryProvider",
            "WorkingCalendarArbitraryProvider",
            "OrganizationArbitraryProvider",
            "StaffingArbitraryProvider",
            "PetitionRuleArbitraryProvider",
            "ClassificationArbitraryProvider",
            "DocumentArbitraryProvider",
            "MeetingArbitraryProvider",
            "PetitionArbitraryProvider",
            "ElectionArbitraryProvider",
            "AssetArbitraryProvider",
            "BudgetArbitraryProvider",
            // money and finance
            "MoneyArbitraryProvider",
            "FinanceArbitraryProvider",
            // assets
            "AssetRegisterArbitraryProvider",
            // cars
            "VehicleArbitraryProvider",
            // reporting regimes
            "ReportArbitraryProvider",
            // the archive
            "ArchiveArbitraryProvider",
            // work programmes and the rhythm of meetings
            "ProgrammeArbitraryProvider");
  }

  @Test
  void everyValueTypeIsProvidedByExactlyOneProvider() {
    List<ArbitraryProvider> providers = libraryProviders();
    for (Class<?> type : PROVIDED) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(providers.stream().filter(p -> p.canProvideFor(usage)).count()).as("%s", type).isEqualTo(1);
    }
  }

  @Property(tries = 20)
  void theLawTypesResolveByType(@ForAll LegalBasis basis, @ForAll Validity validity) {
    assertThat(basis.inForceUntil().map(end -> !end.isBefore(basis.inForceFrom())).orElse(true)).isTrue();
    assertThat(validity.contains(validity.start())).isTrue();
    assertThat(LawArbitraries.legalBases(LawArbitraries.days()).sample().inForceUntil()).isEmpty();
  }
}
