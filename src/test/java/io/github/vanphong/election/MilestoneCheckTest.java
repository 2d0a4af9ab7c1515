package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MilestoneCheckTest {

  private static final Milestone LISTS =
      Milestone.of(ElectionRuleBook.VOTER_LISTS_POSTED_2015, LocalDate.of(2016, 4, 12));

  private static MilestoneCheck check(Optional<LocalDate> doneOn, LocalDate asOf) {
    return MilestoneCheck.of(LISTS, doneOn, asOf);
  }

  @Test
  void aMilestoneNotDoneIsDueToItsDateAndOverdueAfter() {
    assertThat(check(Optional.empty(), LocalDate.of(2016, 4, 10)).status()).isEqualTo(MilestoneStatus.DUE);
    assertThat(check(Optional.empty(), LocalDate.of(2016, 4, 10)).daysLeft()).isEqualTo(2);
    assertThat(check(Optional.empty(), LocalDate.of(2016, 4, 12)).status()).isEqualTo(MilestoneStatus.DUE);
    assertThat(check(Optional.empty(), LocalDate.of(2016, 4, 12)).daysLeft()).isZero();
    assertThat(check(Optional.empty(), LocalDate.of(2016, 4, 13)).status()).isEqualTo(MilestoneStatus.OVERDUE);
    assertThat(check(Optional.empty(), LocalDate.of(2016, 4, 13)).daysLeft()).isEqualTo(-1);
  }

  @Test
  void aMilestoneDoneByItsDateIsDoneAndAfterItDoneLate() {
    assertThat(check(Optional.of(LocalDate.of(2016, 4, 12)), LocalDate.of(2016, 5, 1)).status())
        .isEqualTo(MilestoneStatus.DONE);
    assertThat(check(Optional.of(LocalDate.of(2016, 4, 13)), LocalDate.of(2016, 5, 1)).status())
        .isEqualTo(MilestoneStatus.DONE_LATE);
    assertThat(check(Optional.of(LocalDate.of(2016, 4, 13)), LocalDate.of(2016, 5, 1)).doneOn())
        .contains(LocalDate.of(2016, 4, 13));
  }

  @Test
  void aRecordAfterTheDayAskedDoesNotCountAndIsNotKept() {
    MilestoneCheck check = check(Optional.of(LocalDate.of(2016, 4, 11)), LocalDate.of(2016, 4, 10));
    assertThat(check.status()).isEqualTo(MilestoneStatus.DUE);
    assertThat(check.doneOn()).isEmpty();
    assertThat(check).isEqualTo(check(Optional.empty(), LocalDate.of(2016, 4, 10)));
    assertThat(check.asOf()).isEqualTo(LocalDate.of(2016, 4, 10));
    assertThat(check.milestone()).isEqualTo(LISTS);
  }

  @Test
  void checksAreValuesThatReadAsTheirStatus() {
    new EqualsTester()
        .addEqualityGroup(check(Optional.empty(), LocalDate.of(2016, 4, 10)), check(Optional.empty(), LocalDate.of(2016, 4, 10)))
        .addEqualityGroup(check(Optional.empty(), LocalDate.of(2016, 4, 11)))
        .addEqualityGroup(check(Optional.of(LocalDate.of(2016, 4, 11)), LocalDate.of(2016, 4, 11)))
        .addEqualityGroup(
            MilestoneCheck.of(
                Milestone.of(ElectionRuleBook.VOTER_LISTS_POSTED_2015, LocalDate.of(2016, 4, 13)),
                Optional.empty(),
                LocalDate.of(2016, 4, 10)))
        .testEquals();
    assertThat(check(Optional.empty(), LocalDate.of(2016, 4, 10)))
        .hasToString("VOTER_LISTS_POSTED_2015 2016-04-12 as of 2016-04-10: DUE, 2 days left");
    assertThat(check(Optional.of(LocalDate.of(2016, 4, 11)), LocalDate.of(2016, 4, 13)))
        .hasToString("VOTER_LISTS_POSTED_2015 2016-04-12 as of 2016-04-13: DONE on 2016-04-11");
  }
}
