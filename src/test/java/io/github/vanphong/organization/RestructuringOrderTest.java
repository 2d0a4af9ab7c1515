package io.github.vanphong.organization;

import static io.github.vanphong.organization.Restructuring.changeKind;
import static io.github.vanphong.organization.Restructuring.create;
import static io.github.vanphong.organization.Restructuring.dissolve;
import static io.github.vanphong.organization.Restructuring.merge;
import static io.github.vanphong.organization.Restructuring.reattach;
import static io.github.vanphong.organization.Restructuring.rename;
import static io.github.vanphong.organization.Restructuring.split;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestructuringOrderTest {

  private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
  private static final UnitId A = UnitId.of("A");
  private static final UnitId B = UnitId.of("B");

  private static Restructuring.Create created(UnitId id, String name) {
    return create(DAY, id, name, UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.empty());
  }

  private static int order(Restructuring x, Restructuring y) {
    return Integer.signum(RestructuringOrder.ORDER.compare(x, y));
  }

  @Test
  void anEarlierDayComesFirstWhateverTheKindOfChange() {
    assertThat(order(rename(DAY.minusDays(1), B, "x"), merge(DAY, List.of(A), B))).isNegative();
  }

  @Test
  void onOneDayEndingsComeBeforeCreationsAndCreationsBeforeChangesToLivingUnits() {
    List<Restructuring> ranked =
        List.of(
            merge(DAY, List.of(B), A),
            split(DAY, B, List.of(created(UnitId.of("B1"), "x")), UnitId.of("B1")),
            dissolve(DAY, B),
            created(B, "x"),
            rename(DAY, B, "x"),
            changeKind(DAY, B, UnitKind.OFFICE),
            reattach(DAY, B, A));
    for (int i = 0; i < ranked.size(); i++) {
      assertThat(RestructuringOrder.rank(ranked.get(i))).isEqualTo(i);
      for (int j = i + 1; j < ranked.size(); j++) {
        assertThat(order(ranked.get(i), ranked.get(j))).as("%s before %s", ranked.get(i), ranked.get(j)).isNegative();
        assertThat(order(ranked.get(j), ranked.get(i))).isPositive();
      }
    }
  }

  @Test
  void changesOfOneKindAreOrderedByTheUnitTheyAreAbout() {
    assertThat(order(rename(DAY, A, "z"), rename(DAY, B, "a"))).isNegative();
    assertThat(order(merge(DAY, List.of(B), A), merge(DAY, List.of(A), B))).isNegative();
    assertThat(RestructuringOrder.unit(merge(DAY, List.of(B), A))).isEqualTo(A);
    assertThat(RestructuringOrder.unit(split(DAY, B, List.of(created(A, "x")), A))).isEqualTo(B);
    assertThat(RestructuringOrder.unit(reattach(DAY, B, A))).isEqualTo(B);
  }

  @Test
  void changesOfOneKindAndUnitAreOrderedByWhatTheySay() {
    assertThat(order(merge(DAY, List.of(UnitId.of("C")), A), merge(DAY, List.of(UnitId.of("D")), A))).isNegative();
    assertThat(order(dissolve(DAY, A), dissolve(DAY, A, B))).isNegative();
    assertThat(order(created(A, "a"), created(A, "b"))).isNegative();
    assertThat(order(rename(DAY, A, "a"), rename(DAY, A, "b"))).isNegative();
    assertThat(order(changeKind(DAY, A, UnitKind.CITY_COMMITTEE), changeKind(DAY, A, UnitKind.OFFICE)))
        .isNegative();
    assertThat(order(reattach(DAY, A, B), reattach(DAY, A, UnitId.of("C")))).isNegative();
    Restructuring.Create part1 = created(UnitId.of("P1"), "x");
    Restructuring.Create part2 = created(UnitId.of("P2"), "x");
    assertThat(order(split(DAY, A, List.of(part1, part2), part1.id()), split(DAY, A, List.of(part1, part2), part2.id())))
        .isNegative();
    assertThat(order(split(DAY, A, List.of(part1), part1.id()), split(DAY, A, List.of(part2), part2.id())))
        .isNegative();
  }

  @Test
  void eventsThatDifferOnlyInTheDecisionTheyCiteAreOrderedByIt() {
    Instrument decision = Instrument.of("Quyết định 1", LocalDate.of(2025, 6, 1));
    LegalBasis article1 = LegalBasis.of(decision, "Điều 1");
    LegalBasis article2 = LegalBasis.of(decision, "Điều 2");
    LegalBasis reported = LegalBasis.builder().from(article1).confirmation(Confirmation.REPORTED).build();
    LegalBasis amended =
        LegalBasis.of(
            Instrument.builder().from(decision).addAmendedBy(Instrument.of("Quyết định 2", DAY)).build(), "Điều 1");
    LegalBasis replaced =
        LegalBasis.of(
            Instrument.builder().from(decision).replacedBy(Instrument.of("Quyết định 3", DAY)).build(), "Điều 1");
    Restructuring bare = rename(DAY, A, "x");
    List<Restructuring> all =
        new ArrayList<>(
            List.of(
                bare,
                bare.withBasis(article1),
                bare.withBasis(article2),
                bare.withBasis(reported),
                bare.withBasis(amended),
                bare.withBasis(replaced)));
    for (Restructuring x : all) {
      for (Restructuring y : all) {
        assertThat(order(x, y) == 0).as("%s vs %s", x, y).isEqualTo(x.equals(y));
        assertThat(order(x, y)).isEqualTo(-order(y, x));
      }
    }
    assertThat(order(bare, bare.withBasis(article1))).as("no decision first").isNegative();
    assertThat(order(bare.withBasis(article1), bare.withBasis(article2))).isNegative();
    List<Restructuring> sorted = new ArrayList<>(all);
    sorted.sort(RestructuringOrder.ORDER);
    List<Restructuring> reversed = new ArrayList<>(ImmutableList.copyOf(all).reverse());
    reversed.sort(RestructuringOrder.ORDER);
    assertThat(reversed).isEqualTo(sorted);
  }
}
