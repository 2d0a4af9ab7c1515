package io.github.vanphong;

import io.github.vanphong.calendar.Extension;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentForm;
import io.github.vanphong.document.Draft;
import io.github.vanphong.document.DraftId;
import io.github.vanphong.example.HauGiang2016;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionStage;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One more event on a history of 4,000 or 40,000 events: a draft returned and revised again, an action item extended
 * again, a petition's receipt notice sent again. Target (issue 10): about the same time at both
 * lengths; before the persistent vector each of them copied the whole history.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HistoryBenchmark {

  @Param({"4000", "40000"})
  public int events;

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final PersonId CLERK = PersonId.of("HG-CB-001");

  private Draft draft;
  private DocumentForm form;
  private ActionItem item;
  private Extension oneDay;
  private Petition petition;

  @Setup
  public void setUp() {
    form =
        DocumentForm.template(DocumentCodeBook.REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)
            .superiorBody("TỈNH ỦY HẬU GIANG")
            .place("Vị Thanh")
            .summary("Kết quả giao ban công tác văn phòng cấp ủy")
            .signingAuthority("K/T CHÁNH VĂN PHÒNG")
            .signerTitle("PHÓ CHÁNH VĂN PHÒNG")
            .signerName("Nguyễn Văn A")
            .addRecipients("Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy")
            .build();
    Draft d =
        Draft.start(
            DraftId.of("VPTU-DT-2026-001"), DocumentCodeBook.REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
            form, DAY, CLERK);
    // the history of d has 1 + 3k events; history() would make a list of it at every turn
    for (int length = 1; length + 3 <= events; length += 3) {
      d = d.submit(DAY, CLERK).returnWithFindings("sửa thể thức", DAY, CLERK).revise(form, DAY, CLERK);
    }
    draft = d.submit(DAY, CLERK).returnWithFindings("sửa thể thức", DAY, CLERK);

    ConclusionNotice notice = HauGiang2016.conclusionNotice();
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    oneDay = Extension.of(1, notice.basisOf(1));
    ActionItem a =
        notice.assign(
            1, ActionItemId.of("HG-GB-1-VP"), UnitId.of("HG-VPTU"), notice.deadline(1, 60, DayCount.WORKING_DAYS,
                calendar), CLERK)
            .start(HauGiang2016.NOTICE_DAY, CLERK);
    LocalDate on = HauGiang2016.NOTICE_DAY;
    for (int i = 2; i < events; i++) {
      a = a.extend(oneDay, on, CLERK);
    }
    item = a;

    Intake intake =
        Intake.builder()
            .id(PetitionId.of("HG-2026-0000001"))
            .received(DAY)
            .channel(Channel.values()[0])
            .kind(PetitionKind.RECOMMENDATION)
            .petitioners(Petitioners.anonymous())
            .subject(Subject.of(SubjectKind.values()[0], "nội dung"))
            .summary("kiến nghị sửa chữa tuyến kênh thủy lợi nội đồng")
            .receivingUnit(UnitId.of("HG-VPTU"))
            .build();
    Petition p = Petition.receive(intake, CLERK);
    for (int length = 1; length < events; length++) {
      p = p.notify(PetitionStage.RECEIPT_NOTICE, DAY, CLERK);
    }
    petition = p;
  }

  @Benchmark
  public Draft draftRevise() {
    return draft.revise(form, DAY, CLERK);
  }

  @Benchmark
  public ActionItem actionItemExtend() {
    return item.extend(oneDay, HauGiang2016.NOTICE_DAY, CLERK);
  }

  @Benchmark
  public Petition petitionNotify() {
    return petition.notify(PetitionStage.RECEIPT_NOTICE, DAY, CLERK);
  }
}
