package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.denunciation;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.petition.PetitionId;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceptionEntryTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 10);

  private static ReceptionEntry entry(LocalDate day, Matter... matters) {
    ReceptionSession session = session("TCD-" + day, HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, day);
    for (Matter matter : matters) {
      session = session.receive(matter, day, OFFICER);
    }
    return ReceptionRegister.of(HG_UBND).enter(session).entries().get(matters.length - 1);
  }

  @Test
  void anEntryOf2016IsPrintedOnForm06Tcd() {
    ReceptionEntry entry = entry(DAY, complaint("P-2016-0001"), denunciation("P-2016-0002"));
    assertThat(entry.number()).isEqualTo(2);
    assertThat(entry.year()).isEqualTo(Year.of(2016));
    assertThat(entry.position()).isEqualTo(2);
    assertThat(entry.petition()).isEqualTo(PetitionId.of("P-2016-0002"));
    assertThat(entry.intake().id()).isEqualTo(entry.petition());
    assertThat(entry.form()).contains(RegisterForm.FORM_06_TCD);
    assertThat(entry.cell(RegisterColumn.NUMBER)).isEqualTo("2");
    assertThat(entry.cell(RegisterColumn.DATE)).isEqualTo("2016-03-10");
    assertThat(entry.cell(RegisterColumn.NAME_AND_ADDRESS)).isEqualTo(ReceptionEntry.CONFIDENTIAL);
    assertThat(entry.cell(RegisterColumn.PEOPLE)).isEqualTo("1");
    assertThat(entry.cell(RegisterColumn.CONTENT)).isEqualTo("tố cáo đảng viên vi phạm quy định về kê khai tài sản");
    assertThat(entry.cell(RegisterColumn.REQUESTS)).isEmpty();
    assertThat(entry.cell(RegisterColumn.EARLIER_HANDLING)).isEmpty();
    assertThat(entry.cell(RegisterColumn.OUTCOME)).isEqualTo("Chuyển đơn đến cơ quan có thẩm quyền: HG-UBKT, 15/CV-BTCD");
    assertThatThrownBy(() -> entry.cell(RegisterColumn.KIND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FORM_06_TCD has no column KIND");
  }

  @Test
  void anEntryOfJuly2026FillsTheThirteenColumnsOfForm03Tcd() {
    LocalDate july = LocalDate.of(2026, 7, 15);
    Matter guided =
        Matter.builder()
            .from(denunciation("P-2026-0001"))
            .outcome(ReceptionOutcome.GUIDED)
            .handledBefore(io.github.vanphong.organization.UnitId.of("HG-PH-UBND"))
            .requests("đề nghị xử lý người vi phạm")
            .followUp("chờ kết quả xác minh")
            .notes("lần thứ hai")
            .build();
    ReceptionEntry entry = entry(july, guided);
    assertThat(entry.cell(RegisterColumn.IDENTITY_PAPERS)).isEqualTo(ReceptionEntry.CONFIDENTIAL);
    assertThat(entry.cell(RegisterColumn.KIND)).isEqualTo("Tố cáo");
    assertThat(entry.cell(RegisterColumn.EARLIER_HANDLING)).isEqualTo("HG-PH-UBND");
    assertThat(entry.cell(RegisterColumn.WITHIN_COMPETENCE)).isEmpty();
    assertThat(entry.cell(RegisterColumn.GUIDANCE)).isEqualTo("HG-UBKT, 15/CV-BTCD");
    assertThat(entry.cell(RegisterColumn.TRANSFER)).isEmpty();
    assertThat(entry.cell(RegisterColumn.FOLLOW_UP)).isEqualTo("chờ kết quả xác minh");
    assertThat(entry.cell(RegisterColumn.NOTES)).isEqualTo("lần thứ hai");
    assertThatThrownBy(() -> entry.cell(RegisterColumn.REQUESTS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEntryBeforeCircular06HasNoForm() {
    ReceptionEntry entry = entry(LocalDate.of(2014, 8, 1), complaint("P-2014-0001"));
    assertThat(entry.form()).isEmpty();
    assertThatThrownBy(() -> entry.cell(RegisterColumn.NUMBER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no prescribed form");
  }

  @Test
  void anEntryIsMadeUnderTheFormOfItsDayNumberedFromOne() {
    ReceptionEntry entry = entry(DAY, complaint("P-2016-0001"));
    assertThatThrownBy(() -> ReceptionEntry.builder().from(entry).form(RegisterForm.FORM_03_TCD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FORM_06_TCD");
    assertThatThrownBy(() -> ReceptionEntry.builder().from(entry).form(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReceptionEntry.builder().from(entry).number(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReceptionEntry.builder().from(entry).position(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReadableFormShowsNoIdentityAndTheRedactedCopyHoldsNone() {
    ReceptionEntry entry = entry(DAY, complaint("P-2016-0001"));
    assertThat(entry)
        .hasToString("1/2016 of 2016-03-10 (TCD-2016-03-10 #1): Matter[P-2016-0001 COMPLAINT by ONE_PERSON(1), ACCEPTED]");
    ReceptionEntry redacted = entry.redacted();
    assertThat(redacted.matter().petitioners().isRedacted()).isTrue();
    assertThat(redacted.redacted()).isSameAs(redacted);
    assertThat(redacted.number()).isEqualTo(entry.number());
  }
}
