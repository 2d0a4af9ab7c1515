package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemEvent;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Attendance;
import io.github.vanphong.meeting.AttendanceCount;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingId;
import io.github.vanphong.meeting.Conclusion;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.meeting.FollowUp;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.meeting.ProgressRollUp;
import io.github.vanphong.meeting.Recurrence;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class MeetingArbitraryProviderTest {

  private final MeetingArbitraryProvider provider = new MeetingArbitraryProvider();

  @Property(tries = 20)
  void everyMeetingValueResolvesThroughTheProvider(
      @ForAll BriefingId briefingId,
      @ForAll ActionItemId itemId,
      @ForAll AttendanceCount count,
      @ForAll Attendance attendance,
      @ForAll Conclusion conclusion,
      @ForAll Recurrence recurrence,
      @ForAll Briefing briefing) {
    assertThat(briefingId.value()).startsWith("B-");
    assertThat(itemId.value()).startsWith("A-");
    assertThat(count.number()).isBetween(0, 500);
    assertThat(attendance.present()).hasSizeLessThanOrEqualTo(3);
    assertThat(conclusion.number()).isBetween(1, 10);
    assertThat(recurrence.interval().isNegative()).isFalse();
    assertThat(briefing.conclusions()).hasSizeLessThanOrEqualTo(6);
  }

  @Property(tries = 20)
  void everyFollowUpValueResolvesThroughTheProvider(
      @ForAll ActionItemEvent event,
      @ForAll ActionItem item,
      @ForAll Progress progress,
      @ForAll ActionItemSummary summary,
      @ForAll ProgressRollUp rollUp,
      @ForAll FollowUp followUp,
      @ForAll ConclusionNotice notice) {
    assertThat(event.actor().value()).startsWith("P-");
    assertThat(item.history()).isNotEmpty();
    assertThat(progress.total()).isBetween(0, 10);
    assertThat(summary.total().total()).isBetween(0, 10);
    assertThat(rollUp.total().total()).isBetween(0, 10);
    assertThat(followUp.items()).hasSizeLessThanOrEqualTo(10);
    assertThat(notice.symbol().typeCode()).isEqualTo("TB");
  }

  @Test
  void theProviderProvidesOnlyTheMeetingTypes() {
    assertThat(provider.canProvideFor(TypeUsage.of(Briefing.class))).isTrue();
    assertThat(provider.provideFor(TypeUsage.of(ActionItem.class), t -> Set.of())).hasSize(1);
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> Set.of())).isEmpty();
  }

  @Test
  void theProviderIsRegisteredAsAService() {
    assertThat(
            java.util.ServiceLoader.load(net.jqwik.api.providers.ArbitraryProvider.class).stream()
                .map(java.util.ServiceLoader.Provider::type))
        .contains(MeetingArbitraryProvider.class);
  }
}
