package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The search for cycles of parents ({@link OrganizationRule#NO_CYCLE}) over a unit moved several times: the parent a
 * walk reads on a day is the one of the segment in force that day, not the first nor the last; a cycle is reported
 * once, on the day it forms, from the unit of the earliest life on it.
 */
class ChartReplayCyclesTest {

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final LocalDate TO_P = LocalDate.of(2011, 1, 1);
  private static final LocalDate TO_Q = LocalDate.of(2012, 1, 1);
  private static final UnitId A = UnitId.of("A");
  private static final UnitId B = UnitId.of("B");
  private static final UnitId P = UnitId.of("P");
  private static final UnitId Q = UnitId.of("Q");
  private static final UnitId R = UnitId.of("R");

  /** R at the top, P and Q beside it, A under R then P then Q, B under A. */
  private static List<Restructuring> threeParentsOfA() {
    List<Restructuring> events = new ArrayList<>();
    events.add(create(R, Optional.empty()));
    events.add(create(P, Optional.empty()));
    events.add(create(Q, Optional.empty()));
    events.add(create(A, Optional.of(R)));
    events.add(create(B, Optional.of(A)));
    events.add(Restructuring.reattach(TO_P, A, P));
    events.add(Restructuring.reattach(TO_Q, A, Q));
    return events;
  }

  private static Restructuring create(UnitId id, Optional<UnitId> parent) {
    return Restructuring.create(FIRST, id, "Đơn vị " + id, UnitKind.OFFICE, Level.DISTRICT, parent);
  }

  private static List<OrganizationViolation> violations(List<Restructuring> events) {
    return catchThrowableOfType(InvalidOrganizationException.class, () -> OrgChart.of(events)).violations();
  }

  @Test
  void aWalkReadsTheParentInForceOnItsDay() {
    OrgChart chart = OrgChart.of(threeParentsOfA());
    assertThat(chart.unit(A, TO_P.minusDays(1)).orElseThrow().parent()).contains(R);
    assertThat(chart.unit(A, TO_P).orElseThrow().parent()).contains(P);
    assertThat(chart.unit(A, TO_Q).orElseThrow().parent()).contains(Q);
    // Q under B while A is under P: no cycle, and none after A moves on either
    List<Restructuring> early = threeParentsOfA();
    early.remove(early.size() - 1);
    early.add(Restructuring.reattach(TO_P.plusDays(1), Q, B));
    assertThat(OrgChart.of(early).unit(Q, TO_Q).orElseThrow().parent()).contains(B);
  }

  @Test
  void aCycleThroughTheLastParentIsFoundOnTheDayItForms() {
    List<Restructuring> events = threeParentsOfA();
    LocalDate closed = TO_Q.plusYears(1);
    events.add(Restructuring.reattach(closed, Q, B));
    assertThat(violations(events))
        .containsExactly(
            OrganizationViolation.of(
                OrganizationRule.NO_CYCLE,
                "on 2013-01-01 the parents of A lead back to it through [A, Q, B]",
                A,
                Q,
                B));
  }

  @Test
  void aMoveOntoTheDayOfAChangeOfParentClosesTheCycleThatDay() {
    List<Restructuring> events = threeParentsOfA();
    // Q under B from the day after A went under P: the cycle forms when A goes under Q
    events.add(Restructuring.reattach(TO_P.plusDays(1), Q, B));
    assertThat(violations(events))
        .containsExactly(
            OrganizationViolation.of(
                OrganizationRule.NO_CYCLE,
                "on 2012-01-01 the parents of A lead back to it through [A, Q, B]",
                A,
                Q,
                B));
  }

  @Test
  void aUnitMovedUnderItsChildMakesACycleOfTwo() {
    List<Restructuring> events = threeParentsOfA();
    events.add(Restructuring.reattach(TO_Q.plusDays(3), A, B));
    assertThat(violations(events))
        .containsExactly(
            OrganizationViolation.of(
                OrganizationRule.NO_CYCLE,
                "on 2012-01-04 the parents of A lead back to it through [A, B]",
                A,
                B));
  }
}
