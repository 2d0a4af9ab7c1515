package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.chairsDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionComplianceTest {

  private static final ReportPeriod Q1 = ReportPeriod.quarter(2016, 1, CutOff.monthEnd());

  private static ReceptionCompliance chairsQuarter() {
    return ComplianceCheck.of(STANDARD, PROVINCE)
        .assess(
            HG_CHAIR,
            Q1,
            LocalDate.of(2016, 3, 31),
            List.of(
                chairsDay("S1", LocalDate.of(2016, 1, 15)),
                chairsDay("S2", LocalDate.of(2016, 2, 15)),
                chairsDay("S3", LocalDate.of(2016, 3, 15))),
            List.of());
  }

  @Test
  void theChairMetTheQuartersDuty() {
    ReceptionCompliance compliance = chairsQuarter();
    assertThat(compliance.status()).isEqualTo(ComplianceStatus.MET);
    assertThat(compliance)
        .hasToString(
            "Chair of HG-UBND, 2016-Q1 [2016-01-01..2016-03-31] (month end), as of 2016-03-31: MET, 3 required, 3"
                + " held, 0 short, 0 pending, ad hoc 0/0");
  }

  @Test
  void aComplianceIsConsistentOrItIsRefused() {
    ReceptionCompliance compliance = chairsQuarter();
    assertThatThrownBy(
            () -> ReceptionCompliance.builder().from(compliance).asOf(LocalDate.of(2015, 12, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on or after its first day");
    assertThatThrownBy(() -> ReceptionCompliance.builder().from(compliance).asOf(LocalDate.of(2016, 4, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is judged on 2016-04-01");
    AdHocCall call =
        AdHocCall.builder().day(LocalDate.of(2016, 2, 1)).post(HG_SECRETARY).ground(AdHocGround.SERIOUS_HARM).build();
    assertThatThrownBy(() -> ReceptionCompliance.builder().from(compliance).addAdHocCalls(call).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of another post");
    AdHocCall own = AdHocCall.builder().from(call).post(HG_CHAIR).build();
    assertThatThrownBy(() -> ReceptionCompliance.builder().from(compliance).addAnswered(own).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("among its calls");
  }
}
