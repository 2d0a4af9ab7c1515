package io.github.vanphong.staffing;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountingRuleTest {

  private static final StaffAssignment OFFICIAL = StaffingFixtures.official("CB-1", CHAU_THANH_OFFICE);
  private static final StaffAssignment CONTRACT =
      StaffAssignment.builder().from(OFFICIAL).employment(Employment.CONTRACT).build();
  private static final StaffAssignment CONCURRENT = StaffAssignment.builder().from(OFFICIAL).concurrent(true).build();
  private static final StaffAssignment CONCURRENT_CONTRACT =
      StaffAssignment.builder().from(CONTRACT).concurrent(true).build();

  @Test
  void byDefaultOnlyOfficialsAtTheirMainPostCount() {
    CountingRule rule = CountingRule.officialsOnly();
    assertThat(rule.countsContractStaff()).isFalse();
    assertThat(rule.countsConcurrentPosts()).isFalse();
    assertThat(rule.counts(OFFICIAL)).isTrue();
    assertThat(rule.counts(CONTRACT)).isFalse();
    assertThat(rule.counts(CONCURRENT)).isFalse();
    assertThat(rule.counts(CONCURRENT_CONTRACT)).isFalse();
  }

  @Test
  void theDefaultConventionIsUnconfirmed() {
    assertThat(CountingRule.officialsOnly().basis()).isEqualTo(CountingRule.CONVENTION);
    assertThat(CountingRule.CONVENTION.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void anApplicationMayCountContractStaff() {
    CountingRule rule = CountingRule.builder().countsContractStaff(true).build();
    assertThat(rule.counts(OFFICIAL)).isTrue();
    assertThat(rule.counts(CONTRACT)).isTrue();
    assertThat(rule.counts(CONCURRENT)).isFalse();
    assertThat(rule.counts(CONCURRENT_CONTRACT)).isFalse();
  }

  @Test
  void anApplicationMayCountConcurrentPosts() {
    CountingRule rule = CountingRule.builder().countsConcurrentPosts(true).build();
    assertThat(rule.counts(OFFICIAL)).isTrue();
    assertThat(rule.counts(CONTRACT)).isFalse();
    assertThat(rule.counts(CONCURRENT)).isTrue();
    assertThat(rule.counts(CONCURRENT_CONTRACT)).isFalse();
    CountingRule both = CountingRule.builder().countsConcurrentPosts(true).countsContractStaff(true).build();
    assertThat(both.counts(CONCURRENT_CONTRACT)).isTrue();
  }

  @Test
  void anApplicationRuleCitesItsOwnBasis() {
    LegalBasis own = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 9");
    assertThat(CountingRule.builder().basis(own).build().basis()).isEqualTo(own);
  }

  @Test
  void toStringSaysWhatCounts() {
    assertThat(CountingRule.officialsOnly().toString())
        .startsWith("CountingRule[officials, main posts only; basis Quy ước tính biên chế")
        .endsWith("(unconfirmed)]");
    assertThat(CountingRule.builder().countsContractStaff(true).countsConcurrentPosts(true).build().toString())
        .startsWith("CountingRule[officials and contract staff, concurrent posts too; basis ");
  }
}
