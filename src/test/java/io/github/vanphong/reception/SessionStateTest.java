package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SessionStateTest {

  @Test
  void anOpenSessionReceivesRefusesAndEnds() {
    assertThat(SessionState.OPEN.allowedCommands())
        .containsExactlyInAnyOrder(SessionCommand.RECEIVE, SessionCommand.REFUSE, SessionCommand.END);
  }

  @Test
  void anEndedSessionIssuesItsNoticesOnly() {
    assertThat(SessionState.ENDED.allowedCommands())
        .containsExactlyInAnyOrder(SessionCommand.ISSUE_CONCLUSION_NOTICE, SessionCommand.NOTIFY_REFUSAL);
    assertThat(SessionState.CONCLUDED.allowedCommands()).containsExactly(SessionCommand.NOTIFY_REFUSAL);
  }

  @Test
  void noStateAllowsOpeningAgain() {
    assertThat(Arrays.stream(SessionState.values())).noneMatch(s -> s.allowedCommands().contains(SessionCommand.OPEN));
  }
}
