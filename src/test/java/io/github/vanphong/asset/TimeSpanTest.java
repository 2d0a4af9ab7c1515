package io.github.vanphong.asset;

import static io.github.vanphong.asset.RoomFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

  @Test
  void aSpanIsWrittenAndParsedInItsCanonicalForm() {
    TimeSpan morning = span("07:30", "11:30");
    assertThat(morning).hasToString("07:30-11:30");
    assertThat(TimeSpan.parse("07:30-11:30")).isEqualTo(morning);
    assertThat(morning.start()).isEqualTo(LocalTime.of(7, 30));
    assertThat(morning.end()).isEqualTo(LocalTime.of(11, 30));
  }

  @Test
  void aSpanEndsAfterItStarts() {
    assertThatThrownBy(() -> span("09:00", "09:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a time span ends after it starts: 09:00 to 09:00");
    assertThatThrownBy(() -> span("10:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpanIsCountedInWholeMinutes() {
    assertThatThrownBy(() -> TimeSpan.of(LocalTime.of(9, 0, 30), LocalTime.of(10, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a time span is counted in whole minutes");
    assertThatThrownBy(() -> TimeSpan.of(LocalTime.of(9, 0), LocalTime.of(10, 0, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpanThatIsNotOfTheFormIsRefused() {
    for (String text : new String[] {"", "07:30 11:30", "7:30-11:30", "07:30-24:00", "0a:30-11:30", "07:30-11:3x"}) {
      assertThatThrownBy(() -> TimeSpan.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HH:mm");
    }
  }

  @Test
  void spansOverlapWhenOneStartsBeforeTheOtherEnds() {
    assertThat(span("07:30", "11:30").overlaps(span("11:00", "12:00"))).isTrue();
    assertThat(span("11:00", "12:00").overlaps(span("07:30", "11:30"))).isTrue();
    assertThat(span("08:00", "09:00").overlaps(span("07:00", "10:00"))).isTrue();
    assertThat(span("07:30", "09:00").overlaps(span("09:00", "10:00"))).isFalse();
    assertThat(span("09:00", "10:00").overlaps(span("07:30", "09:00"))).isFalse();
  }

  @Test
  void spansOrderByStartThenEnd() {
    assertThat(span("07:00", "08:00")).isLessThan(span("07:00", "09:00")).isLessThan(span("07:30", "08:00"));
    assertThat(span("07:00", "08:00").compareTo(span("07:00", "08:00"))).isZero();
  }

  @Test
  void spansAreValues() {
    new EqualsTester()
        .addEqualityGroup(span("07:00", "08:00"), TimeSpan.parse("07:00-08:00"))
        .addEqualityGroup(span("07:00", "09:00"))
        .addEqualityGroup(span("06:00", "08:00"))
        .testEquals();
  }
}
