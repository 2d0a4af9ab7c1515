package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProcedureRequirementTest {

  @Test
  void onlyTheDeputiesNoticesCountDaysAhead() {
    assertThat(Arrays.stream(ProcedureRequirement.values()).filter(ProcedureRequirement::countsDaysAhead))
        .containsExactly(ProcedureRequirement.SCHEDULE_NOTIFIED_AHEAD, ProcedureRequirement.ABSENCE_NOTIFIED_AHEAD);
    assertThat(ProcedureRequirement.CONCLUSION_NOTICE.vietnameseName()).contains("kết luận");
  }
}
