package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.CHIEF;
import static io.github.vanphong.meeting.MeetingFixtures.NOTICE_BASIS;
import static io.github.vanphong.meeting.MeetingFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.calendar.Extension;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ActionItemEventTest {

  private static final Extension TEN_DAYS = Extension.of(10, NOTICE_BASIS);

  @Test
  void anEventRecordsTheCommandDayAndActor() {
    ActionItemEvent start = ActionItemEvent.of(ActionItemCommand.START, day(3, 7), CHIEF);
    assertThat(start.command()).isEqualTo(ActionItemCommand.START);
    assertThat(start.date()).isEqualTo(day(3, 7));
    assertThat(start.actor()).isEqualTo(CHIEF);
    assertThat(start.extension()).isEmpty();
    assertThat(start.note()).isEmpty();
    assertThat(start).hasToString("2016-03-07 START by HG-P-CVP");
  }

  @Test
  void anExtensionCarriesItsDaysAndNoOtherEventDoes() {
    ActionItemEvent extension = ActionItemEvent.extension(TEN_DAYS, day(3, 28), CHIEF);
    assertThat(extension.extension()).contains(TEN_DAYS);
    assertThat(extension)
        .hasToString("2016-03-28 EXTEND +10 days (Thông báo kết luận hội nghị giao ban 01/3/2016, mục 4) by HG-P-CVP");
    assertThatThrownBy(() -> ActionItemEvent.of(ActionItemCommand.EXTEND, day(3, 28), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an extension event carries the days granted, and no other event does: EXTEND on 2016-03-28 with"
                + " Optional.empty");
    assertThatThrownBy(
            () ->
                ActionItemEvent.builder()
                    .command(ActionItemCommand.START)
                    .date(day(3, 28))
                    .actor(CHIEF)
                    .extension(TEN_DAYS)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCancellationRecordsItsReason() {
    ActionItemEvent cancel = ActionItemEvent.cancellation("Trùng nhiệm vụ", day(4, 1), CHIEF);
    assertThat(cancel.note()).contains("Trùng nhiệm vụ");
    assertThat(cancel).hasToString("2016-04-01 CANCEL by HG-P-CVP: Trùng nhiệm vụ");
    assertThatThrownBy(() -> ActionItemEvent.of(ActionItemCommand.CANCEL, day(4, 1), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a cancellation records its reason: CANCEL on 2016-04-01 by HG-P-CVP has none");
    assertThatThrownBy(() -> ActionItemEvent.cancellation("", day(4, 1), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a note is not blank: '' on CANCEL 2016-04-01");
  }

  @Test
  void aNoteIsKeptInNfc() {
    ActionItemEvent done =
        ActionItemEvent.builder()
            .command(ActionItemCommand.REPORT_DONE)
            .date(day(4, 1))
            .actor(CHIEF)
            .note(Normalizer.normalize("Đã báo cáo bằng văn bản", Normalizer.Form.NFD))
            .build();
    assertThat(done.note()).contains("Đã báo cáo bằng văn bản");
    assertThat(ActionItemEvent.cancellation("Hủy", day(4, 1), CHIEF).note()).contains("Hủy");
  }

  @Test
  void eventsAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            ActionItemEvent.of(ActionItemCommand.START, day(3, 7), CHIEF),
            ActionItemEvent.builder().command(ActionItemCommand.START).date(day(3, 7)).actor(CHIEF).build())
        .addEqualityGroup(ActionItemEvent.of(ActionItemCommand.START, day(3, 8), CHIEF))
        .addEqualityGroup(ActionItemEvent.of(ActionItemCommand.REPORT_DONE, day(3, 7), CHIEF))
        .testEquals();
  }
}
