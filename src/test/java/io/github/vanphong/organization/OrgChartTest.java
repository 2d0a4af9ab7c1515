package io.github.vanphong.organization;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.organization.Fixtures.BRIEFING;
import static io.github.vanphong.organization.Fixtures.CHUNG;
import static io.github.vanphong.organization.Fixtures.CT;
import static io.github.vanphong.organization.Fixtures.CTA;
import static io.github.vanphong.organization.Fixtures.CT_TU;
import static io.github.vanphong.organization.Fixtures.CT_VPTU;
import static io.github.vanphong.organization.Fixtures.FOUNDED;
import static io.github.vanphong.organization.Fixtures.HDND;
import static io.github.vanphong.organization.Fixtures.LAST_DISTRICT_DAY;
import static io.github.vanphong.organization.Fixtures.LM;
import static io.github.vanphong.organization.Fixtures.LMH;
import static io.github.vanphong.organization.Fixtures.LMTX;
import static io.github.vanphong.organization.Fixtures.NB;
import static io.github.vanphong.organization.Fixtures.PH;
import static io.github.vanphong.organization.Fixtures.TAO;
import static io.github.vanphong.organization.Fixtures.TU;
import static io.github.vanphong.organization.Fixtures.TWO_TIER;
import static io.github.vanphong.organization.Fixtures.VPTU;
import static io.github.vanphong.organization.Fixtures.VT;
import static io.github.vanphong.organization.Fixtures.XCT;
import static io.github.vanphong.organization.Restructuring.changeKind;
import static io.github.vanphong.organization.Restructuring.create;
import static io.github.vanphong.organization.Restructuring.dissolve;
import static io.github.vanphong.organization.Restructuring.merge;
import static io.github.vanphong.organization.Restructuring.reattach;
import static io.github.vanphong.organization.Restructuring.rename;
import static io.github.vanphong.organization.Restructuring.split;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OrgChartTest {

  private static final OrgChart HG2016 = Fixtures.hauGiang2016();
  private static final OrgChart HG2026 = Fixtures.hauGiangTo2026();
  private static final UnitId X = UnitId.of("X");
  private static final UnitId Y = UnitId.of("Y");

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Restructuring.Create top(LocalDate on, UnitId id, Level level) {
    return create(on, id, "Đơn vị " + id, UnitKind.PROVINCIAL_COMMITTEE, level, Optional.empty());
  }

  private static Restructuring.Create child(LocalDate on, UnitId id, Level level, UnitId parent) {
    return create(on, id, "Đơn vị " + id, UnitKind.OFFICE, level, Optional.of(parent));
  }

  private static List<OrganizationViolation> violations(ThrowingCallable change) {
    try {
      change.call();
    } catch (InvalidOrganizationException e) {
      return e.violations();
    } catch (Throwable t) {
      throw new AssertionError("expected an InvalidOrganizationException", t);
    }
    throw new AssertionError("expected an InvalidOrganizationException, but the change was accepted");
  }

  private static OrganizationViolation only(ThrowingCallable change) {
    List<OrganizationViolation> violations = violations(change);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  // ------------------------------------------------------------------ the chart as of a day

  @Test
  void ngaBayIsATownIn2016AndACityLater() {
    Unit in2016 = HG2026.unit(NB, BRIEFING).orElseThrow();
    assertThat(in2016.name()).isEqualTo("Thị ủy Ngã Bảy");
    assertThat(in2016.kind()).isEqualTo(UnitKind.TOWN_COMMITTEE);
    Unit in2020 = HG2026.unit(NB, day(2020, 1, 1)).orElseThrow();
    assertThat(in2020.name()).isEqualTo("Thành ủy Ngã Bảy");
    assertThat(in2020.kind()).isEqualTo(UnitKind.CITY_COMMITTEE);
    assertThat(HG2026.unit(NB, day(2019, 12, 31)).orElseThrow().kind()).isEqualTo(UnitKind.TOWN_COMMITTEE);
  }

  @Test
  void aNameHoldsFromTheDayOfTheRenaming() {
    assertThat(HG2016.unit(NB, day(2005, 12, 31)).orElseThrow().name()).isEqualTo("Thị ủy Tân Hiệp");
    assertThat(HG2016.unit(NB, day(2006, 1, 1)).orElseThrow().name()).isEqualTo("Thị ủy Ngã Bảy");
  }

  @Test
  void hauGiangHadEightDistrictLevelCommitteesIn2016() {
    UnitTree tree = HG2016.asOf(BRIEFING);
    assertThat(tree.date()).isEqualTo(BRIEFING);
    assertThat(tree.unitsAtLevel(Level.DISTRICT)).extracting(Unit::id)
        .containsExactly(CT, CTA, PH, VT, UnitId.of("HG-VTH"), NB, LMTX, LMH);
    assertThat(tree.unitsOfKind(UnitKind.TOWN_COMMITTEE)).extracting(Unit::name)
        .containsExactly("Thị ủy Ngã Bảy", "Thị ủy Long Mỹ");
    assertThat(tree.unitsOfKind(UnitKind.CITY_COMMITTEE)).extracting(Unit::name)
        .containsExactly("Thành ủy Cần Thơ", "Thành ủy Vị Thanh");
    assertThat(tree.children(TU)).hasSize(9);
    assertThat(tree.roots()).extracting(Unit::id).containsExactly(CT_TU, HDND, TU);
  }

  @Test
  void aSnapshotCarriesTheUnitsWholeLife() {
    Unit office = HG2026.unit(VPTU, BRIEFING).orElseThrow();
    assertThat(office.life()).isEqualTo(Validity.between(FOUNDED, LAST_DISTRICT_DAY));
    assertThat(office.parent()).contains(TU);
    assertThat(office.level()).isEqualTo(Level.PROVINCIAL);
    assertThat(HG2016.unit(VPTU, BRIEFING).orElseThrow().life()).isEqualTo(Validity.from(FOUNDED));
  }

  @Test
  void nothingIsAliveBeforeTheFirstCreation() {
    assertThat(HG2016.asOf(day(2003, 12, 31)).size()).isZero();
    assertThat(OrgChart.empty().asOf(BRIEFING).units()).isEmpty();
    assertThat(HG2016.unit(TU, day(2003, 12, 31))).isEmpty();
    assertThat(HG2016.unit(TU, FOUNDED)).isPresent();
    assertThat(HG2016.unit(UnitId.of("NONE"), BRIEFING)).isEmpty();
  }

  @Test
  void aSplitEndsTheSourceTheDayBeforeAndCreatesItsParts() {
    assertThat(HG2016.unit(LM, day(2015, 5, 14))).isPresent();
    assertThat(HG2016.unit(LM, day(2015, 5, 15))).isEmpty();
    assertThat(HG2016.unit(LMTX, day(2015, 5, 14))).isEmpty();
    assertThat(HG2016.unit(LMTX, day(2015, 5, 15)).orElseThrow().parent()).contains(TU);
    assertThat(HG2016.lives(LM)).containsExactly(Validity.between(FOUNDED, day(2015, 5, 14)));
    assertThat(HG2016.lives(LMH)).containsExactly(Validity.from(day(2015, 5, 15)));
    assertThat(HG2016.lives(UnitId.of("NONE"))).isEmpty();
  }

  @Test
  void theDistrictLevelEndsOnTheLastDayOfJune2025() {
    assertThat(HG2026.asOf(LAST_DISTRICT_DAY).unitsAtLevel(Level.DISTRICT)).hasSize(8);
    assertThat(HG2026.asOf(TWO_TIER).unitsAtLevel(Level.DISTRICT)).isEmpty();
    assertThat(HG2026.asOf(TWO_TIER).units()).extracting(Unit::id).containsExactly(CT_TU, CT_VPTU, XCT);
  }

  @Test
  void aChartBuiltTo2016KeepsItsDistrictUnitsOpenEnded() {
    assertThat(HG2016.unit(CT, day(2030, 1, 1)).orElseThrow().life()).isEqualTo(Validity.from(FOUNDED));
  }

  // ------------------------------------------------------------------ history and successors

  @Test
  void hauGiangDistrictCommitteesCarryTheirHistoryToTheirSuccessor() {
    LocalDate in2026 = day(2026, 1, 1);
    assertThat(HG2026.historyCarrier(CT, in2026)).contains(XCT);
    assertThat(HG2026.historyCarrier(CT, LAST_DISTRICT_DAY)).contains(CT);
    assertThat(HG2026.historyCarrier(CT, TWO_TIER)).contains(XCT);
    assertThat(HG2026.historyCarrier(TU, in2026)).contains(CT_TU);
    assertThat(HG2026.historyCarrier(VPTU, in2026)).contains(CT_VPTU);
    assertThat(HG2026.historyCarrier(VT, in2026)).isEmpty();
  }

  @Test
  void theHistoryCarrierIsFollowedThroughEverySuccession() {
    assertThat(HG2026.historyCarrier(LM, BRIEFING)).contains(LMH);
    assertThat(HG2026.historyCarrier(LM, day(2015, 5, 14))).contains(LM);
    assertThat(HG2026.historyCarrier(LM, day(2026, 1, 1))).isEmpty();
    OrgChart chain =
        OrgChart.of(
            ImmutableList.of(
                top(day(2000, 1, 1), X, Level.PROVINCIAL),
                top(day(2000, 1, 1), Y, Level.PROVINCIAL),
                top(day(2000, 1, 1), TU, Level.PROVINCIAL),
                merge(day(2001, 1, 1), ImmutableList.of(X), Y),
                dissolve(day(2002, 1, 1), Y, TU)));
    assertThat(chain.historyCarrier(X, day(2000, 12, 31))).contains(X);
    assertThat(chain.historyCarrier(X, day(2001, 1, 1))).contains(Y);
    assertThat(chain.historyCarrier(X, day(2001, 12, 31))).contains(Y);
    assertThat(chain.historyCarrier(X, day(2002, 1, 1))).contains(TU);
  }

  @Test
  void theCarriersOfManyUnitsAreThoseOfEachUnit() {
    LocalDate in2026 = day(2026, 1, 1);
    UnitId none = UnitId.of("NONE");
    OrgChart chart = Fixtures.hauGiangTo2026();
    List<UnitId> all = Lists.newArrayList(CT, TU, VPTU, VT, LM, LMH, XCT, none, CT, LMTX);
    assertThat(chart.historyCarriers(all, in2026))
        .containsExactly(
            Map.entry(CT, XCT),
            Map.entry(TU, CT_TU),
            Map.entry(VPTU, CT_VPTU),
            Map.entry(XCT, XCT));
    for (LocalDate on : List.of(day(2004, 1, 1), BRIEFING, day(2015, 5, 14), LAST_DISTRICT_DAY, TWO_TIER, in2026)) {
      Map<UnitId, UnitId> expected = new LinkedHashMap<>();
      all.forEach(id -> chart.historyCarrier(id, on).ifPresent(c -> expected.putIfAbsent(id, c)));
      assertThat(chart.historyCarriers(all, on)).containsExactlyEntriesOf(expected);
      // and again, read from the carriers the chart kept for the day
      assertThat(chart.historyCarriers(all, on)).containsExactlyEntriesOf(expected);
      // a unit given twice appears once, an unknown unit not at all
      assertThat(chart.historyCarriers(List.of(CT, none, CT), on))
          .containsExactlyEntriesOf(
              chart.historyCarrier(CT, on).map(c -> Map.of(CT, c)).orElse(Map.of()));
      assertThat(Fixtures.hauGiangTo2026().historyCarriers(List.of(CT, none, CT), on))
          .isEqualTo(chart.historyCarriers(List.of(CT, none), on));
    }
    assertThat(chart.historyCarriers(List.of(), in2026)).isEmpty();
  }

  @Test
  void theCarriersOfManyUnitsFollowEverySuccession() {
    OrgChart chain =
        OrgChart.of(
            ImmutableList.of(
                top(day(2000, 1, 1), X, Level.PROVINCIAL),
                top(day(2000, 1, 1), Y, Level.PROVINCIAL),
                top(day(2000, 1, 1), TU, Level.PROVINCIAL),
                top(day(2000, 1, 1), VT, Level.PROVINCIAL),
                merge(day(2001, 1, 1), ImmutableList.of(X), Y),
                dissolve(day(2002, 1, 1), Y, TU),
                dissolve(day(2003, 1, 1), VT)));
    List<UnitId> units = List.of(X, Y, TU, VT);
    assertThat(chain.historyCarriers(units, day(2000, 12, 31))).containsExactly(
        Map.entry(X, X), Map.entry(Y, Y), Map.entry(TU, TU), Map.entry(VT, VT));
    assertThat(chain.historyCarriers(units, day(2001, 6, 1))).containsExactly(
        Map.entry(X, Y), Map.entry(Y, Y), Map.entry(TU, TU), Map.entry(VT, VT));
    assertThat(chain.historyCarriers(units, day(2003, 1, 1)))
        .containsExactly(Map.entry(X, TU), Map.entry(Y, TU), Map.entry(TU, TU));
    assertThat(chain.historyCarriers(units, day(1999, 12, 31))).isEmpty();
  }

  @Test
  void theCarriersOfAFewUnitsOfALargeChartAreThoseOfEachUnit() {
    List<Restructuring> events = new ArrayList<>();
    events.add(top(day(2000, 1, 1), TU, Level.PROVINCIAL));
    List<UnitId> cells = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      UnitId cell = UnitId.of("CELL-" + i);
      cells.add(cell);
      events.add(child(day(2000, 1, 1), cell, Level.GRASSROOTS, TU));
    }
    events.add(merge(day(2001, 1, 1), cells.subList(0, 20), cells.get(20)));
    events.add(dissolve(day(2002, 1, 1), cells.get(21)));
    OrgChart chart = OrgChart.of(events);
    LocalDate on = day(2003, 1, 1);
    // a unit given twice appears once, a unit dissolved with no successor not at all
    assertThat(chart.historyCarriers(List.of(cells.get(0), cells.get(21), cells.get(0), cells.get(30)), on))
        .containsExactly(
            Map.entry(cells.get(0), cells.get(20)), Map.entry(cells.get(30), cells.get(30)));
    // every unit, the same as one by one
    Map<UnitId, UnitId> expected = new LinkedHashMap<>();
    cells.forEach(id -> chart.historyCarrier(id, on).ifPresent(c -> expected.put(id, c)));
    assertThat(chart.historyCarriers(cells, on)).containsExactlyEntriesOf(expected).hasSize(39);
    // units found before are read from the carriers the chart keeps for the day
    assertThat(chart.historyCarriers(List.of(cells.get(5), cells.get(21)), on))
        .containsExactly(Map.entry(cells.get(5), cells.get(20)));
    // another day is looked up again
    assertThat(chart.historyCarriers(cells, day(2000, 6, 1))).hasSize(40).containsEntry(cells.get(0), cells.get(0));
  }

  @Test
  void theCarriersOfManyUnitsRefuseANullUnit() {
    List<UnitId> withNull = new ArrayList<>(List.of(CT, TU));
    withNull.add(null);
    assertThatThrownBy(() -> HG2026.historyCarriers(withNull, BRIEFING))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ids");
    assertThatThrownBy(() -> HG2026.historyCarriers(List.of(CT), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aUnitHasNoHistoryCarrierBeforeItIsCreatedOrIfUnknown() {
    assertThat(HG2016.historyCarrier(LMTX, day(2015, 5, 14))).isEmpty();
    assertThat(HG2016.historyCarrier(UnitId.of("NONE"), BRIEFING)).isEmpty();
    assertThat(HG2016.historyCarrier(TU, BRIEFING)).contains(TU);
  }

  @Test
  void aRecreatedUnitIsItsOwnCarrierInItsNewLife() {
    OrgChart chart =
        OrgChart.of(
            ImmutableList.of(
                top(day(2000, 1, 1), X, Level.PROVINCIAL),
                dissolve(day(2010, 1, 1), X),
                top(day(2012, 1, 1), X, Level.PROVINCIAL)));
    assertThat(chart.lives(X))
        .containsExactly(Validity.between(day(2000, 1, 1), day(2009, 12, 31)), Validity.from(day(2012, 1, 1)));
    assertThat(chart.historyCarrier(X, day(2011, 1, 1))).isEmpty();
    assertThat(chart.historyCarrier(X, day(2012, 1, 1))).contains(X);
    assertThat(chart.unit(X, day(2011, 1, 1))).isEmpty();
    assertThat(chart.unit(X, day(2012, 1, 1)).orElseThrow().life()).isEqualTo(Validity.from(day(2012, 1, 1)));
  }

  @Test
  void aUnitCanBeCreatedAgainOnTheDayItsEarlierLifeEnds() {
    OrgChart chart =
        OrgChart.of(
            ImmutableList.of(
                top(day(2000, 1, 1), X, Level.PROVINCIAL),
                top(day(2010, 1, 1), X, Level.PROVINCIAL),
                dissolve(day(2010, 1, 1), X)));
    assertThat(chart.lives(X)).hasSize(2);
  }

  @Test
  void successorsAreTheDirectOnes() {
    assertThat(HG2026.successors(LM)).containsExactly(LMTX, LMH);
    assertThat(HG2026.successors(TU)).containsExactly(CT_TU);
    assertThat(HG2026.successors(CT)).containsExactly(XCT);
    assertThat(HG2026.successors(VT)).isEmpty();
    assertThat(HG2026.successors(CT_TU)).isEmpty();
    assertThat(HG2026.successors(XCT)).isEmpty();
    assertThat(HG2026.successors(UnitId.of("NONE"))).isEmpty();
  }

  @Test
  void theHistoryOfAUnitListsTheEventsThatTouchedIt() {
    assertThat(HG2026.history(NB))
        .extracting(Object::toString)
        .containsExactly(
            "2005-01-01 create HG-NB 'Thị ủy Tân Hiệp' (Town Party Committee, District) under HG-TU",
            "2006-01-01 rename HG-NB to 'Thị ủy Ngã Bảy'",
            "2020-01-01 rename HG-NB to 'Thành ủy Ngã Bảy'",
            "2020-01-01 change HG-NB to City Party Committee",
            "2025-07-01 dissolve HG-NB");
    assertThat(HG2026.history(XCT))
        .extracting(Object::toString)
        .containsExactly(
            "2025-07-01 dissolve HG-CT; successor CT-XCT",
            "2025-07-01 create CT-XCT 'Đảng ủy xã Châu Thành' (Commune Party Committee, Commune) under CT-TU");
    assertThat(HG2026.history(UnitId.of("NONE"))).isEmpty();
  }

  // ------------------------------------------------------------------ order of events

  @Test
  void anEarlierEventIsInsertedAtItsDay() {
    Restructuring renaming = rename(day(2008, 1, 1), CT, "Huyện ủy Châu Thành (mới)");
    OrgChart chart = HG2016.apply(renaming);
    assertThat(chart.events()).hasSize(HG2016.events().size() + 1);
    assertThat(chart.events().indexOf(renaming)).isEqualTo(13);
    assertThat(chart.unit(CT, day(2007, 12, 31)).orElseThrow().name()).isEqualTo("Huyện ủy Châu Thành");
    assertThat(chart.unit(CT, day(2008, 1, 1)).orElseThrow().name()).isEqualTo("Huyện ủy Châu Thành (mới)");
  }

  @Test
  void eventsGivenInAnyOrderMakeTheSameChart() {
    OrgChart reversed = OrgChart.of(Lists.reverse(Fixtures.hauGiangTo2016()));
    assertThat(reversed).isEqualTo(HG2016);
    assertThat(reversed.events()).isEqualTo(HG2016.events());
  }

  @Test
  void endingsComeBeforeCreationsAndCreationsBeforeChangesOnOneDay() {
    OrgChart chart =
        OrgChart.empty()
            .applyAll(
                ImmutableList.of(
                    rename(day(2001, 1, 1), X, "Tên mới"),
                    top(day(2001, 1, 1), X, Level.PROVINCIAL),
                    top(day(2000, 1, 1), X, Level.PROVINCIAL),
                    dissolve(day(2001, 1, 1), X)));
    assertThat(chart.events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("ImmutableCreate", "ImmutableDissolve", "ImmutableCreate", "ImmutableRename");
    assertThat(chart.unit(X, day(2001, 1, 1)).orElseThrow().name()).isEqualTo("Tên mới");
  }

  @Test
  void eventsOfOneDayAreOrderedByKindOfChangeThenByTheUnitTheyAreAbout() {
    LocalDate start = day(2000, 1, 1);
    LocalDate day = day(2001, 1, 1);
    UnitId a = UnitId.of("A");
    UnitId b = UnitId.of("B");
    UnitId d = UnitId.of("D");
    UnitId e = UnitId.of("E");
    UnitId f = UnitId.of("F");
    UnitId g = UnitId.of("G");
    OrgChart before =
        OrgChart.of(
            ImmutableList.of(
                top(start, a, Level.PROVINCIAL), top(start, b, Level.PROVINCIAL), top(start, d, Level.PROVINCIAL),
                top(start, e, Level.PROVINCIAL), top(start, f, Level.PROVINCIAL), top(start, g, Level.PROVINCIAL)));
    Restructuring mergeEIntoF = merge(day, ImmutableList.of(e), f);
    Restructuring splitG = split(day, g, ImmutableList.of(top(day, UnitId.of("G1"), Level.PROVINCIAL),
        top(day, UnitId.of("G2"), Level.PROVINCIAL)), UnitId.of("G2"));
    Restructuring dissolveD = dissolve(day, d);
    Restructuring createC = top(day, UnitId.of("C"), Level.PROVINCIAL);
    Restructuring renameA = rename(day, a, "Tên A");
    Restructuring renameB = rename(day, b, "Tên B");
    Restructuring changeA = changeKind(day, a, UnitKind.CITY_COMMITTEE);
    Restructuring moveA = reattach(day, a, b);
    List<Restructuring> expected =
        List.of(mergeEIntoF, splitG, dissolveD, createC, renameA, renameB, changeA, moveA);
    for (List<Restructuring> given : List.of(expected, Lists.reverse(expected),
        List.of(renameB, moveA, createC, changeA, dissolveD, renameA, splitG, mergeEIntoF))) {
      OrgChart chart = before.applyAll(given);
      assertThat(chart.events().subList(before.events().size(), chart.events().size()))
          .as("given %s", given)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void twoRenamingsOfAUnitOnOneDayAreOrderedByTheNewNameWhateverOrderTheyAreGivenIn() {
    Restructuring toA = rename(BRIEFING, CT, "Huyện ủy A");
    Restructuring toB = rename(BRIEFING, CT, "Huyện ủy B");
    OrgChart one = HG2016.applyAll(ImmutableList.of(toB, toA));
    OrgChart other = HG2016.applyAll(ImmutableList.of(toA, toB));
    assertThat(one).isEqualTo(other);
    assertThat(one.events()).containsSubsequence(toA, toB);
    assertThat(one.unit(CT, BRIEFING).orElseThrow().name()).isEqualTo("Huyện ủy B");
  }

  @Test
  void eventsThatDifferOnlyInTheirBasisKeepAFixedOrder() {
    LegalBasis a = LegalBasis.of(Instrument.of("Quyết định 1", day(2000, 1, 1)), "Điều 1");
    LegalBasis b = LegalBasis.of(Instrument.of("Quyết định 1", day(1999, 1, 1)), "Điều 1");
    Restructuring first = rename(day(2005, 1, 1), TU, "A").withBasis(b);
    Restructuring second = rename(day(2005, 1, 1), TU, "A").withBasis(a);
    assertThat(HG2016.apply(second).apply(first).events()).isEqualTo(HG2016.apply(first).apply(second).events());
    assertThat(HG2016.apply(second).apply(first).events()).containsSubsequence(first, second);
  }

  // ------------------------------------------------------------------ refusals

  @Test
  void aRefusedChangeLeavesTheChartAsItWas() {
    OrgChart before = Fixtures.hauGiang2016();
    ImmutableList<Restructuring> events = before.events();
    UnitTree tree = before.asOf(BRIEFING);
    assertThatThrownBy(() -> before.apply(dissolve(day(2010, 1, 1), TU)))
        .isInstanceOf(InvalidOrganizationException.class);
    assertThat(before).isEqualTo(HG2016);
    assertThat(before.events()).isEqualTo(events);
    assertThat(before.asOf(BRIEFING)).isEqualTo(tree);
  }

  @Test
  void anUnknownUnitIsRefused() {
    assertThat(only(() -> HG2016.apply(rename(BRIEFING, X, "Tên"))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.KNOWN_UNIT,
                "2016-03-01 rename X to 'Tên': the chart has no unit X",
                rename(BRIEFING, X, "Tên"),
                X));
    assertThat(only(() -> HG2016.apply(child(BRIEFING, Y, Level.COMMUNE, X))).units()).containsExactly(X);
    assertThat(only(() -> HG2016.apply(child(BRIEFING, Y, Level.COMMUNE, X))).events())
        .containsExactly(child(BRIEFING, Y, Level.COMMUNE, X));
    assertThat(only(() -> HG2016.apply(child(BRIEFING, Y, Level.COMMUNE, X))).message())
        .isEqualTo(
            "2016-03-01 create Y 'Đơn vị Y' (Office, Commune) under X: the chart has no unit X");
    assertThat(only(() -> HG2016.apply(reattach(BRIEFING, CT, X))).message())
        .isEqualTo("2016-03-01 move HG-CT under X: the chart has no unit X");
    assertThat(only(() -> HG2016.apply(merge(BRIEFING, ImmutableList.of(CT), X))).message())
        .isEqualTo("2016-03-01 merge HG-CT into X: the chart has no unit X");
    assertThat(only(() -> HG2016.apply(merge(BRIEFING, ImmutableList.of(X), CT))).message())
        .isEqualTo("2016-03-01 merge X into HG-CT: the chart has no unit X");
    assertThat(only(() -> HG2016.apply(dissolve(BRIEFING, CT, X))).message())
        .isEqualTo("2016-03-01 dissolve HG-CT; successor X: the chart has no unit X");
    assertThat(only(() -> HG2016.apply(dissolve(BRIEFING, X))).rule()).isEqualTo(OrganizationRule.KNOWN_UNIT);
  }

  @Test
  void anIdCannotBeCreatedWhileItsEarlierLifeLasts() {
    assertThat(only(() -> HG2016.apply(top(BRIEFING, TU, Level.PROVINCIAL))))
        .hasToString(
            "The lives of one unit identifier never overlap: 2016-03-01 create HG-TU 'Đơn vị HG-TU' (Provincial"
                + " Party Committee, Provincial): unit HG-TU is already alive on 2016-03-01, since 2004-01-01");
    assertThat(only(() -> HG2016.apply(top(FOUNDED.minusDays(1), TU, Level.PROVINCIAL))).rule())
        .isEqualTo(OrganizationRule.ONE_LIFE_AT_A_TIME);
    OrgChart ended = HG2026;
    assertThat(only(() -> ended.apply(top(LAST_DISTRICT_DAY, TU, Level.PROVINCIAL))).message())
        .endsWith("unit HG-TU is already alive on 2025-06-30, since 2004-01-01");
    assertThat(ended.apply(top(TWO_TIER, TU, Level.PROVINCIAL)).lives(TU)).hasSize(2);
  }

  @Test
  void aChangeOutsideTheUnitsLifeIsRefused() {
    assertThat(only(() -> HG2016.apply(rename(day(2003, 12, 31), TU, "Tên"))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.UNIT_ALIVE,
                "2003-12-31 rename HG-TU to 'Tên': unit HG-TU is not alive on 2003-12-31",
                rename(day(2003, 12, 31), TU, "Tên"),
                TU));
    assertThat(HG2016.apply(rename(FOUNDED, TU, "Tên")).unit(TU, FOUNDED).orElseThrow().name()).isEqualTo("Tên");
    assertThat(only(() -> HG2016.apply(changeKind(day(2015, 5, 15), LM, UnitKind.TOWN_COMMITTEE))).message())
        .isEqualTo("2015-05-15 change HG-LM to Town Party Committee: unit HG-LM is not alive on 2015-05-15");
    assertThat(HG2016.apply(changeKind(day(2015, 5, 14), LM, UnitKind.TOWN_COMMITTEE))
            .unit(LM, day(2015, 5, 14)).orElseThrow().kind())
        .isEqualTo(UnitKind.TOWN_COMMITTEE);
    assertThat(only(() -> HG2016.apply(reattach(day(2015, 6, 1), LM, CT))).message())
        .isEqualTo("2015-06-01 move HG-LM under HG-CT: unit HG-LM is not alive on 2015-06-01");
  }

  @Test
  void aUnitEndsWithinItsLifeAndOnlyOnce() {
    assertThat(only(() -> HG2016.apply(dissolve(FOUNDED, CT))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.UNIT_ALIVE,
                "2004-01-01 dissolve HG-CT: unit HG-CT is not alive on 2003-12-31",
                dissolve(FOUNDED, CT),
                CT));
    assertThat(HG2016.apply(dissolve(FOUNDED.plusDays(1), CT)).lives(CT))
        .containsExactly(Validity.between(FOUNDED, FOUNDED));
    assertThat(only(() -> HG2016.apply(dissolve(day(2015, 5, 16), LM))).message())
        .isEqualTo("2015-05-16 dissolve HG-LM: unit HG-LM is not alive on 2015-05-15");
    assertThat(only(() -> HG2016.apply(merge(day(2015, 5, 15), ImmutableList.of(LM), CT))).message())
        .isEqualTo("2015-05-15 split HG-LM into HG-LMTX, HG-LMH; HG-LMH carries its history: unit HG-LM already ends on"
                + " 2015-05-14");
    assertThat(only(() -> HG2016.apply(dissolve(BRIEFING, CT)).apply(dissolve(BRIEFING.plusDays(1), CT))).message())
        .isEqualTo("2016-03-02 dissolve HG-CT: unit HG-CT is not alive on 2016-03-01");
  }

  @Test
  void aMergerNeedsItsTargetAliveOnItsDay() {
    OrgChart chart = OrgChart.of(ImmutableList.of(top(day(2000, 1, 1), X, Level.PROVINCIAL)));
    assertThat(only(() -> chart.applyAll(ImmutableList.of(
            top(day(2001, 1, 2), Y, Level.PROVINCIAL), merge(day(2001, 1, 1), ImmutableList.of(X), Y)))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.UNIT_ALIVE,
                "2001-01-01 merge X into Y: unit Y is not alive on 2001-01-01",
                merge(day(2001, 1, 1), ImmutableList.of(X), Y),
                Y));
    OrgChart merged = chart.applyAll(ImmutableList.of(
        top(day(2001, 1, 1), Y, Level.PROVINCIAL), merge(day(2001, 1, 1), ImmutableList.of(X), Y)));
    assertThat(merged.historyCarrier(X, day(2001, 1, 1))).contains(Y);
    assertThat(only(() -> chart.applyAll(ImmutableList.of(
            top(day(2000, 1, 1), Y, Level.PROVINCIAL), dissolve(day(2001, 1, 1), Y),
            dissolve(day(2001, 1, 1), X, Y)))).message())
        .isEqualTo("2001-01-01 dissolve X; successor Y: unit Y is not alive on 2001-01-01");
  }

  @Test
  void aParentMustBeAliveOnEveryDayItsChildIsUnderIt() {
    assertThat(only(() -> HG2016.apply(dissolve(day(2011, 1, 1), VT).withBasis(basis()))
            .apply(child(day(2009, 1, 1), X, Level.DISTRICT, VT))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.PARENT_ALIVE,
                "unit X is under HG-VT on 2011-01-01, when HG-VT is not alive",
                X,
                VT));
    assertThat(HG2016.apply(child(day(2009, 1, 1), X, Level.DISTRICT, VT))
            .applyAll(ImmutableList.of(dissolve(day(2011, 1, 1), VT), dissolve(day(2011, 1, 1), X)))
            .lives(X))
        .containsExactly(Validity.between(day(2009, 1, 1), day(2010, 12, 31)));
    assertThat(only(() -> HG2016.apply(child(day(2003, 1, 1), X, Level.DISTRICT, TU))).message())
        .isEqualTo("unit X is under HG-TU on 2003-01-01, when HG-TU is not alive");
    assertThat(only(() -> HG2016.apply(reattach(BRIEFING, CT, LM))).message())
        .isEqualTo("unit HG-CT is under HG-LM on 2016-03-01, when HG-LM is not alive");
  }

  @Test
  void aParentCannotEndWhileItsChildrenRemainUnderIt() {
    List<OrganizationViolation> violations = violations(() -> HG2016.apply(dissolve(day(2020, 1, 1), TU)));
    assertThat(violations).hasSize(9).allMatch(v -> v.rule() == OrganizationRule.PARENT_ALIVE);
    assertThat(violations.get(0).message()).isEqualTo("unit HG-CT is under HG-TU on 2020-01-01, when HG-TU is not alive");
    assertThat(violations)
        .extracting(OrganizationViolation::message)
        .contains("unit HG-VPTU is under HG-TU on 2020-01-01, when HG-TU is not alive");
  }

  @Test
  void aMoveThatMakesACycleIsRefused() {
    assertThat(only(() -> HG2016.apply(reattach(BRIEFING, TU, VPTU))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.NO_CYCLE,
                "on 2016-03-01 the parents of HG-TU lead back to it through [HG-TU, HG-VPTU]",
                TU,
                VPTU));
    OrgChart moved = HG2016.apply(reattach(BRIEFING, VPTU, CT_TU));
    assertThat(moved.unit(VPTU, BRIEFING).orElseThrow().parent()).contains(CT_TU);
    assertThat(moved.unit(VPTU, BRIEFING.minusDays(1)).orElseThrow().parent()).contains(TU);
  }

  @Test
  void aUnitCannotBeAboveItsParentsLevel() {
    assertThat(only(() -> HG2016.apply(child(BRIEFING, X, Level.PROVINCIAL, CT))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.LEVEL_NOT_ABOVE_PARENT,
                "unit X (Provincial) cannot be under HG-CT (District), as it is on 2016-03-01",
                X,
                CT));
    assertThat(only(() -> HG2016.apply(reattach(BRIEFING, VPTU, CT))).message())
        .isEqualTo("unit HG-VPTU (Provincial) cannot be under HG-CT (District), as it is on 2016-03-01");
    assertThat(HG2016.apply(child(BRIEFING, X, Level.DISTRICT, CT)).unit(X, BRIEFING)).isPresent();
  }

  @Test
  void aDistrictLevelUnitCannotBeCreatedAfterJune2025() {
    assertThat(only(() -> HG2016.apply(Fixtures.district(TWO_TIER, X, "Huyện ủy X", UnitKind.DISTRICT_COMMITTEE))))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.DISTRICT_LEVEL_ENDED,
                "2025-07-01 create X 'Huyện ủy X' (District Party Committee, District) under HG-TU: unit X is at"
                    + " the District level, which has no units after 2025-06-30",
                Fixtures.district(TWO_TIER, X, "Huyện ủy X", UnitKind.DISTRICT_COMMITTEE),
                X));
    assertThat(HG2016.apply(Fixtures.district(LAST_DISTRICT_DAY, X, "Huyện ủy X", UnitKind.DISTRICT_COMMITTEE))
            .unit(X, LAST_DISTRICT_DAY))
        .isPresent();
    assertThat(HG2016.apply(child(TWO_TIER, X, Level.COMMUNE, TU)).unit(X, TWO_TIER)).isPresent();
  }

  @Test
  void aDistrictLevelUnitCannotChangeAfterJune2025() {
    assertThat(only(() -> HG2016.apply(rename(TWO_TIER, CT, "Tên"))).message())
        .isEqualTo(
            "2025-07-01 rename HG-CT to 'Tên': unit HG-CT is at the District level, which has no units after"
                + " 2025-06-30");
    assertThat(HG2016.apply(rename(LAST_DISTRICT_DAY, CT, "Tên")).unit(CT, LAST_DISTRICT_DAY).orElseThrow().name())
        .isEqualTo("Tên");
    assertThat(only(() -> HG2016.apply(dissolve(TWO_TIER.plusDays(1), CT))).message())
        .isEqualTo(
            "2025-07-02 dissolve HG-CT: unit HG-CT is at the District level, which has no units after 2025-06-30");
    assertThat(HG2016.apply(dissolve(TWO_TIER, CT)).lives(CT))
        .containsExactly(Validity.between(FOUNDED, LAST_DISTRICT_DAY));
    assertThat(HG2016.apply(rename(TWO_TIER, TU, "Tên")).unit(TU, TWO_TIER)).isPresent();
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    InvalidOrganizationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidOrganizationException.class,
            () -> HG2016.applyAll(ImmutableList.of(
                rename(BRIEFING, X, "Tên"),
                top(BRIEFING, TU, Level.PROVINCIAL),
                reattach(BRIEFING, TU, VPTU))));
    assertThat(e.violations())
        .extracting(OrganizationViolation::rule)
        .containsExactly(
            OrganizationRule.ONE_LIFE_AT_A_TIME,
            OrganizationRule.KNOWN_UNIT,
            OrganizationRule.NO_CYCLE);
  }

  // ------------------------------------------------------------------ people and appointments

  @Test
  void huynhThanhTaoHeldTwoPostsAtOnce() {
    OrgChart chart = Fixtures.withTao(HG2016);
    Person tao = chart.person(TAO).orElseThrow();
    assertThat(tao.fullName()).isEqualTo("Huỳnh Thanh Tạo");
    assertThat(chart.postsOf(TAO, BRIEFING))
        .containsExactly(Post.of(TU, PostKind.STANDING_DEPUTY_SECRETARY), Post.of(HDND, PostKind.CHAIR));
    assertThat(chart.postsOf(TAO, day(2015, 12, 1))).containsExactly(Post.of(TU, PostKind.STANDING_DEPUTY_SECRETARY));
    assertThat(chart.postsOf(TAO, day(2020, 11, 10))).containsExactly(Post.of(HDND, PostKind.CHAIR));
    assertThat(chart.postsOf(TAO, day(2020, 11, 11))).isEmpty();
    assertThat(chart.postsOf(CHUNG, BRIEFING)).isEmpty();
    assertThat(chart.holdersOf(Post.of(HDND, PostKind.CHAIR), day(2015, 12, 2))).containsExactly(tao);
    assertThat(chart.holdersOf(Post.of(HDND, PostKind.CHAIR), day(2015, 12, 1))).isEmpty();
    assertThat(chart.holdersOf(Post.of(TU, PostKind.SECRETARY), BRIEFING)).isEmpty();
    assertThat(chart.persons()).containsExactly(tao);
    assertThat(chart.appointments()).hasSize(2);
    assertThat(chart.person(CHUNG)).isEmpty();
  }

  @Test
  void aSingleHolderPostHasOneHolderAtATime() {
    OrgChart chart = Fixtures.withTao(HG2016).withPerson(Person.of(CHUNG, "Đinh Văn Chung"));
    Post chair = Post.of(HDND, PostKind.CHAIR);
    Appointment tao = chart.appointments().stream().filter(a -> a.post().equals(chair)).findFirst().orElseThrow();
    Appointment chung = Appointment.of(CHUNG, chair, Validity.between(day(2011, 1, 1), day(2015, 12, 2)));
    assertThat(only(() -> chart.appoint(chung)))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.ONE_HOLDER_AT_A_TIME,
                "Chair of HG-HDND has one holder at a time: HG-HTTAO [2015-12-02..2020-11-10] and HG-DVCHUNG"
                    + " [2011-01-01..2015-12-02] overlap",
                tao,
                chung));
    OrgChart both = chart.appoint(Appointment.of(CHUNG, chair, Validity.between(day(2011, 1, 1), day(2015, 12, 1))));
    assertThat(both.holdersOf(chair, day(2015, 12, 1))).extracting(Person::id).containsExactly(CHUNG);
    assertThat(both.holdersOf(chair, day(2015, 12, 2))).extracting(Person::id).containsExactly(TAO);
  }

  @Test
  void aPostWithSeveralHoldersAcceptsOverlappingTerms() {
    OrgChart chart = Fixtures.withTao(HG2016).withPerson(Person.of(CHUNG, "Đinh Văn Chung"));
    Post member = Post.of(TU, PostKind.STANDING_COMMITTEE_MEMBER);
    OrgChart both = chart
        .appoint(Appointment.of(TAO, member, Validity.from(day(2015, 10, 1))))
        .appoint(Appointment.of(CHUNG, member, Validity.from(day(2015, 10, 1))));
    assertThat(both.holdersOf(member, BRIEFING)).extracting(Person::id).containsExactly(TAO, CHUNG);
  }

  @Test
  void anAppointmentFallsWithinItsUnitsLife() {
    OrgChart chart = Fixtures.withTao(HG2016);
    Appointment secretary =
        Appointment.of(TAO, Post.of(LM, PostKind.SECRETARY), Validity.between(day(2015, 1, 1), day(2015, 5, 15)));
    assertThat(only(() -> chart.appoint(secretary)))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.APPOINTMENT_WITHIN_UNIT_LIFE,
                "HG-HTTAO as Secretary of HG-LM [2015-01-01..2015-05-15]: the term is not within a life of HG-LM,"
                    + " [[2004-01-01..2015-05-14]]",
                secretary,
                LM));
    assertThat(only(() -> chart.appoint(secretary)).appointments()).containsExactly(secretary);
    assertThat(chart.appoint(Appointment.of(TAO, Post.of(LM, PostKind.SECRETARY), Validity.between(FOUNDED, day(2015, 5, 14))))
            .holdersOf(Post.of(LM, PostKind.SECRETARY), FOUNDED))
        .hasSize(1);
  }

  @Test
  void endingAUnitRevalidatesItsAppointments() {
    OrgChart chart = Fixtures.withTao(HG2016);
    assertThat(only(() -> chart.apply(dissolve(day(2020, 1, 1), HDND))).message())
        .isEqualTo(
            "HG-HTTAO as Chair of HG-HDND [2015-12-02..2020-11-10]: the term is not within a life of HG-HDND,"
                + " [[2004-01-01..2019-12-31]]");
    assertThat(chart.apply(dissolve(day(2020, 11, 11), HDND)).appointments()).hasSize(2);
  }

  @Test
  void anAppointmentNamesAKnownPersonAndUnit() {
    Appointment unknownPerson = Appointment.of(CHUNG, Post.of(TU, PostKind.SECRETARY), Validity.from(BRIEFING));
    assertThat(only(() -> HG2016.appoint(unknownPerson)))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.KNOWN_PERSON,
                "HG-DVCHUNG as Secretary of HG-TU [2016-03-01..): the chart has no person HG-DVCHUNG",
                unknownPerson,
                CHUNG));
    OrgChart chart = HG2016.withPerson(Person.of(CHUNG, "Đinh Văn Chung"));
    Appointment unknownUnit = Appointment.of(CHUNG, Post.of(X, PostKind.SECRETARY), Validity.from(BRIEFING));
    assertThat(only(() -> chart.appoint(unknownUnit)))
        .isEqualTo(
            OrganizationViolation.of(
                OrganizationRule.KNOWN_UNIT,
                "HG-DVCHUNG as Secretary of X [2016-03-01..): the chart has no unit X",
                unknownUnit,
                X));
  }

  @Test
  void withPersonReplacesThePersonWithTheSameId() {
    OrgChart chart = HG2016.withPerson(Person.of(TAO, "Huynh Thanh Tao")).withPerson(Person.of(CHUNG, "Đinh Văn Chung"))
        .withPerson(Person.of(TAO, "Huỳnh Thanh Tạo"));
    assertThat(chart.persons()).extracting(Person::fullName).containsExactly("Huỳnh Thanh Tạo", "Đinh Văn Chung");
    assertThat(chart.events()).isEqualTo(HG2016.events());
    assertThat(chart.asOf(BRIEFING)).isEqualTo(HG2016.asOf(BRIEFING));
  }

  // ------------------------------------------------------------------ value

  @Test
  void chartsAreEqualWhenTheirEventsPersonsAndAppointmentsAre() {
    new EqualsTester()
        .addEqualityGroup(OrgChart.empty(), OrgChart.of(ImmutableList.of()))
        .addEqualityGroup(HG2016, Fixtures.hauGiang2016())
        .addEqualityGroup(HG2016.withPerson(Person.of(TAO, "Huỳnh Thanh Tạo")))
        .addEqualityGroup(Fixtures.withTao(HG2016), Fixtures.withTao(Fixtures.hauGiang2016()))
        .addEqualityGroup(HG2026)
        .testEquals();
  }

  @Test
  void differentChartsHaveDifferentHashCodes() {
    assertThat(HG2016.hashCode()).isNotEqualTo(HG2026.hashCode());
    assertThat(HG2016.hashCode()).isNotEqualTo(HG2016.withPerson(Person.of(TAO, "Huỳnh Thanh Tạo")).hashCode());
    assertThat(Fixtures.withTao(HG2016).hashCode())
        .isNotEqualTo(HG2016.withPerson(Person.of(TAO, "Huỳnh Thanh Tạo")).hashCode());
  }

  @Test
  void allEndingsOfADayComeBeforeItsCreationsEvenAcrossSplits() {
    UnitId a = UnitId.of("A");
    LocalDate on = day(2001, 1, 1);
    OrgChart chart =
        OrgChart.of(
            ImmutableList.of(
                top(day(2000, 1, 1), a, Level.PROVINCIAL),
                top(day(2000, 1, 1), X, Level.PROVINCIAL),
                split(on, a, ImmutableList.of(top(on, X, Level.PROVINCIAL), top(on, Y, Level.PROVINCIAL)), Y),
                split(on, X, ImmutableList.of(top(on, UnitId.of("X1"), Level.PROVINCIAL)), UnitId.of("X1"))));
    assertThat(chart.lives(X))
        .containsExactly(Validity.between(day(2000, 1, 1), day(2000, 12, 31)), Validity.from(on));
    assertThat(chart.historyCarrier(a, on)).contains(Y);
    assertThat(chart.historyCarrier(X, day(2000, 12, 31))).contains(X);
  }

  @Test
  void toStringCountsEventsPersonsAndAppointments() {
    assertThat(OrgChart.empty()).hasToString("OrgChart[0 events, 0 persons, 0 appointments]");
    assertThat(Fixtures.withTao(HG2016)).hasToString("OrgChart[16 events, 1 persons, 2 appointments]");
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(UnitId.class, TU)
        .setDefault(PersonId.class, TAO)
        .setDefault(LocalDate.class, BRIEFING)
        .setDefault(Restructuring.class, rename(BRIEFING, TU, "Tên"))
        .setDefault(Person.class, Person.of(TAO, "Huỳnh Thanh Tạo"))
        .setDefault(Post.class, Post.of(TU, PostKind.SECRETARY))
        .setDefault(Appointment.class, Appointment.of(TAO, Post.of(TU, PostKind.SECRETARY), Validity.from(BRIEFING)));
    tester.testAllPublicStaticMethods(OrgChart.class);
    tester.testAllPublicInstanceMethods(HG2016.withPerson(Person.of(TAO, "Huỳnh Thanh Tạo")));
  }

  private static LegalBasis basis() {
    return LegalBasis.of(Instrument.of("Quyết định 1", day(2009, 1, 1)), "Điều 1");
  }

  @Test
  void theUnitsHashedByIdentifierAreTheUnitsInOrderWhicheverWayTheChartWasMade() {
    UnitId added = UnitId.of("HG-NEW");
    OrgChart stepwise =
        HG2016
            .apply(Fixtures.hauGiangAfter2016().get(0))
            .apply(Fixtures.hauGiangAfter2016().get(1))
            .apply(create(day(2021, 1, 1), added, "Đảng ủy mới", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.of(TU)))
            .apply(dissolve(day(2022, 1, 1), added));
    assertThat(stepwise.lives(added)).hasSize(1);
    // made by replaying every event, one event at a time, with appointments, and with nothing
    List<OrgChart> charts =
        List.of(HG2016, HG2026, stepwise, Fixtures.withTao(HG2016), Fixtures.withTao(stepwise), OrgChart.empty());
    for (OrgChart chart : charts) {
      assertUnitIndexesAgree(chart);
    }
    assertThat(HG2026.unitsById().size()).isEqualTo(HG2026.unitsInOrder().size()).isPositive();
    assertThat(OrgChart.empty().unitsById().isEmpty()).isTrue();
  }

  /** The hash index of a chart's units holds the same records as its sorted index, the very same objects. */
  static void assertUnitIndexesAgree(OrgChart chart) {
    PersistentSortedMap<UnitId, ?> inOrder = chart.unitsInOrder();
    PersistentHashMap<UnitId, ?> byId = chart.unitsById();
    assertThat(byId.size()).isEqualTo(inOrder.size());
    inOrder.forEach((id, record) -> assertThat(byId.get(id)).as("record of %s", id).isSameAs(record));
    List<UnitId> hashed = new ArrayList<>();
    byId.forEach((id, record) -> hashed.add(id));
    assertThat(hashed).containsExactlyInAnyOrderElementsOf(inOrder.keys());
  }
}
