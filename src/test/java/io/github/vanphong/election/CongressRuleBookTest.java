package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CongressRuleBookTest {

  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId OFFICE = UnitId.of("HG-VPTU");
  static final UnitId AGENCIES = UnitId.of("HG-DUK");
  static final UnitId CELL = UnitId.of("HG-CB-VP");
  static final UnitId COMMUNE = UnitId.of("HG-X1");
  static final UnitId COMMUNE_CELL = UnitId.of("HG-X1-CB");
  static final UnitId DIRECT_CELL = UnitId.of("HG-CB-CS");

  private static final CongressRuleBook BOOK = CongressRuleBook.standard();

  static UnitTree tree(LocalDate day) {
    return UnitTree.of(
        day,
        List.of(
            unit(PROVINCE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, null),
            unit(OFFICE, "Văn phòng Tỉnh ủy", UnitKind.OFFICE, Level.PROVINCIAL, PROVINCE),
            unit(AGENCIES, "Đảng ủy Khối Cơ quan", UnitKind.GRASSROOTS_COMMITTEE, Level.GRASSROOTS, PROVINCE),
            unit(CELL, "Chi bộ Văn phòng", UnitKind.PARTY_CELL, Level.GRASSROOTS, AGENCIES),
            unit(COMMUNE, "Đảng ủy xã Vị Đông", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, PROVINCE),
            unit(COMMUNE_CELL, "Chi bộ ấp 1", UnitKind.PARTY_CELL, Level.GRASSROOTS, COMMUNE),
            unit(DIRECT_CELL, "Chi bộ cơ sở Báo Hậu Giang", UnitKind.PARTY_CELL, Level.GRASSROOTS, PROVINCE)));
  }

  private static Unit unit(UnitId id, String name, UnitKind kind, Level level, UnitId parent) {
    Unit.Builder unit =
        Unit.builder().id(id).name(name).kind(kind).level(level).life(Validity.from(LocalDate.of(2004, 1, 1)));
    Optional.ofNullable(parent).ifPresent(unit::parent);
    return unit.build();
  }

  @Test
  void NATIONAL_TERM_2011() {
    CongressTerm term = BOOK.termFor(CongressTier.NATIONAL, LocalDate.of(2021, 1, 25)).orElseThrow();
    assertThat(term).isEqualTo(CongressRuleBook.NATIONAL_TERM_2011);
    assertThat(term.months()).isEqualTo(60);
    assertThat(term.maximumShiftMonths()).isEqualTo(12);
    assertThat(term.basis().instrument()).isEqualTo(Instruments.PARTY_STATUTE_2011);
    assertThat(term.citation()).contains("Điều lệ Đảng Cộng sản Việt Nam 2011, Điều 15, khoản 1");
    assertThat(term.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(term.dueAfter(LocalDate.of(2021, 1, 25))).isEqualTo(LocalDate.of(2026, 1, 25));
  }

  @Test
  void PROVINCIAL_TERM_2011() {
    assertThat(BOOK.termFor(CongressTier.PROVINCIAL, LocalDate.of(2020, 10, 14)))
        .contains(CongressRuleBook.PROVINCIAL_TERM_2011);
    assertThat(CongressRuleBook.PROVINCIAL_TERM_2011.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void DISTRICT_TERM_2011() {
    assertThat(BOOK.termFor(CongressTier.DISTRICT, LocalDate.of(2020, 7, 1)))
        .contains(CongressRuleBook.DISTRICT_TERM_2011);
    assertThat(BOOK.termFor(CongressTier.DISTRICT, LocalDate.of(2025, 7, 1))).isEmpty();
  }

  @Test
  void GRASSROOTS_TERM_2011() {
    assertThat(BOOK.termFor(CongressTier.GRASSROOTS, LocalDate.of(2020, 5, 1)))
        .contains(CongressRuleBook.GRASSROOTS_TERM_2011);
    assertThat(CongressRuleBook.GRASSROOTS_TERM_2011.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void CELL_TERM_2011() {
    CongressTerm term = BOOK.termFor(CongressTier.CELL, LocalDate.of(2020, 6, 15)).orElseThrow();
    assertThat(term).isEqualTo(CongressRuleBook.CELL_TERM_2011);
    assertThat(term.dueAfter(LocalDate.of(2020, 6, 15))).isEqualTo(LocalDate.of(2022, 12, 15));
    assertThat(term.maximumShiftMonths()).isEqualTo(6);
    assertThat(term.citation()).contains("Điều lệ Đảng Cộng sản Việt Nam 2011, Điều 24, khoản 3");
  }

  @Test
  void CELL_PILOT_TERM_2025IsPutInByTheApplicationInPlaceOfTheStatutesTermForTheDaysItCovers() {
    assertThat(BOOK.terms()).doesNotContain(CongressRuleBook.CELL_PILOT_TERM_2025);
    assertThatThrownBy(() -> BOOK.with(CongressRuleBook.CELL_PILOT_TERM_2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CELL_TERM_2011")
        .hasMessageContaining("CELL_PILOT_TERM_2025");
    CongressRuleBook pilot =
        BOOK.with(
                CongressTerm.builder()
                    .from(CongressRuleBook.CELL_TERM_2011)
                    .validity(Validity.between(LocalDate.of(2011, 1, 19), LocalDate.of(2025, 6, 30)))
                    .build())
            .with(CongressRuleBook.CELL_PILOT_TERM_2025);
    assertThat(pilot.termFor(CongressTier.CELL, LocalDate.of(2025, 9, 1)))
        .contains(CongressRuleBook.CELL_PILOT_TERM_2025);
    assertThat(pilot.termFor(CongressTier.CELL, LocalDate.of(2023, 1, 1)).map(CongressTerm::months)).contains(30);
    assertThat(BOOK.termFor(CongressTier.CELL, LocalDate.of(2025, 9, 1))).contains(CongressRuleBook.CELL_TERM_2011);
  }

  @Test
  void aBookNamesATermOnceAndIsChangedOnlyIntoANewBook() {
    assertThatThrownBy(() -> CongressRuleBook.of(List.of(CongressRuleBook.CELL_TERM_2011, CongressRuleBook.CELL_TERM_2011)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    CongressRuleBook without = BOOK.without("CELL_TERM_2011");
    assertThat(without.termFor(CongressTier.CELL, LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(BOOK.terms()).hasSize(5);
    assertThat(CongressRuleBook.of(BOOK.terms())).isEqualTo(BOOK).hasSameHashCodeAs(BOOK);
    assertThat(BOOK.toString()).startsWith("CongressRuleBook[NATIONAL_TERM_2011");
    assertThat(BOOK.termFor(CongressTier.PROVINCIAL, LocalDate.of(2010, 1, 1))).isEmpty();
  }

  @Test
  void theTierOfAUnitFollowsItsKindItsLevelAndForACellItsParent() {
    UnitTree tree = tree(LocalDate.of(2024, 1, 1));
    assertThat(CongressTier.of(tree, PROVINCE)).contains(CongressTier.PROVINCIAL);
    assertThat(CongressTier.of(tree, OFFICE)).isEmpty();
    assertThat(CongressTier.of(tree, AGENCIES)).contains(CongressTier.GRASSROOTS);
    assertThat(CongressTier.of(tree, CELL)).contains(CongressTier.CELL);
    assertThat(CongressTier.of(tree, COMMUNE)).contains(CongressTier.GRASSROOTS);
    assertThat(CongressTier.of(tree, COMMUNE_CELL)).contains(CongressTier.CELL);
    assertThat(CongressTier.of(tree, DIRECT_CELL)).contains(CongressTier.GRASSROOTS);
    assertThat(CongressTier.of(tree, UnitId.of("NOWHERE"))).isEmpty();
  }

  @Test
  void everyPartyOrganisationOfTheTreeIsCheckedOnItsDay() {
    CongressRegister register =
        CongressRegister.of(
            List.of(
                CongressRecord.of(PROVINCE, LocalDate.of(2020, 10, 14)),
                CongressRecord.of(CELL, LocalDate.of(2020, 6, 15)),
                CongressRecord.of(CELL, LocalDate.of(2017, 12, 1)),
                CongressRecord.of(AGENCIES, LocalDate.of(2020, 7, 20)),
                CongressRecord.of(COMMUNE, LocalDate.of(2024, 2, 1))));
    LocalDate on = LocalDate.of(2023, 6, 16);
    List<CongressCheck> checks = BOOK.check(tree(on), register);
    assertThat(checks).extracting(CongressCheck::unit).doesNotContain(OFFICE).hasSize(6);
    assertThat(status(checks, PROVINCE)).isEqualTo(CongressStatus.IN_TERM);
    assertThat(status(checks, CELL)).isEqualTo(CongressStatus.OVERDUE);
    assertThat(status(checks, AGENCIES)).isEqualTo(CongressStatus.IN_TERM);
    assertThat(status(checks, COMMUNE)).isEqualTo(CongressStatus.NOT_RECORDED);
    assertThat(status(checks, COMMUNE_CELL)).isEqualTo(CongressStatus.NOT_RECORDED);
    CongressSummary summary = checks.stream().collect(CongressSummary.collector());
    assertThat(summary.count(CongressStatus.OVERDUE)).isEqualTo(1);
    assertThat(summary.count(CongressStatus.NOT_RECORDED)).isEqualTo(3);
    assertThat(summary.total()).isEqualTo(6);
    CongressRollUp rollUp = CongressRollUp.of(summary, tree(on));
    assertThat(rollUp.summaryOf(PROVINCE).total()).isEqualTo(6);
    assertThat(rollUp.summaryOf(AGENCIES).total()).isEqualTo(2);
    assertThat(rollUp.summaryOf(AGENCIES).count(CongressStatus.OVERDUE)).isEqualTo(1);
  }

  private static CongressStatus status(List<CongressCheck> checks, UnitId unit) {
    return checks.stream().filter(c -> c.unit().equals(unit)).findFirst().orElseThrow().status();
  }
}
