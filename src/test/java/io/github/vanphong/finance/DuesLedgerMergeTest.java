package io.github.vanphong.finance;

import static io.github.vanphong.finance.DuesLedgerTest.MEMBER;
import static io.github.vanphong.finance.DuesLedgerTest.SALARY;
import static io.github.vanphong.finance.DuesLedgerTest.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DuesLedgerMergeTest {

  private static final UnitId CELL = UnitId.of("HG-CB-VP");
  private static final DuesLedger EMPTY = DuesLedger.of(CELL, DuesRuleBook.standard());
  private static final DuesPayment PAID = DuesPayment.of(MEMBER, LocalDate.of(2026, 3, 10), Money.ofDong(93_600));

  private static DuesAssessment civilServant(int month) {
    return DuesAssessment.of(MEMBER, YearMonth.of(2026, month), MemberCategory.CIVIL_SERVANT, SALARY);
  }

  private static DuesAssessment student(int month) {
    return DuesAssessment.of(STUDENT, YearMonth.of(2026, month), MemberCategory.STUDENT, Money.ZERO);
  }

  /** One clerk keeps DV-07 from February to April, the other DV-08 and DV-07's May. */
  private static DuesLedger first() {
    return EMPTY.assess(civilServant(2)).assess(civilServant(3)).assess(civilServant(4)).pay(PAID);
  }

  private static DuesLedger second() {
    return EMPTY
        .assess(student(2))
        .assess(student(3))
        .assess(civilServant(5))
        .relieve(STUDENT, DuesRelief.hardship(Rate.percent("50"), YearMonth.of(2026, 3), YearMonth.of(2026, 3)))
        .excuse(MEMBER, YearMonth.of(2026, 4), YearMonth.of(2026, 5));
  }

  @Test
  void twoClerksLedgersMergeIntoTheLedgerOfAllTheirEntries() {
    DuesLedger merged = first().merge(second());
    DuesLedger inOneGo =
        EMPTY
            .assess(student(3))
            .assess(civilServant(5))
            .assess(civilServant(2))
            .assess(student(2))
            .excuse(MEMBER, YearMonth.of(2026, 4), YearMonth.of(2026, 5))
            .assess(civilServant(3))
            .relieve(STUDENT, DuesRelief.hardship(Rate.percent("50"), YearMonth.of(2026, 3), YearMonth.of(2026, 3)))
            .pay(PAID)
            .assess(civilServant(4));
    assertThat(merged).isEqualTo(inOneGo).hasSameHashCodeAs(inOneGo);
    assertThat(merged.assessments()).hasSize(6);
    assertThat(merged.reliefs().size()).isEqualTo(1);
    assertThat(merged.excusedMonths().size()).isEqualTo(2);
    assertThat(merged.payments()).containsExactly(PAID);
    assertThat(merged.duesOf(STUDENT, YearMonth.of(2026, 3))).contains(Money.ofDong(2_500));
    assertThat(merged.owedAsOf(MEMBER, LocalDate.of(2026, 5, 31))).isEqualTo(Money.ofDong(93_600));
    assertThat(merged.owedAsOf(STUDENT, LocalDate.of(2026, 5, 31))).isEqualTo(Money.ofDong(7_500));
    assertThat(merged.unpaidMonths(MEMBER, LocalDate.of(2026, 6, 1)))
        .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5));
    assertThat(merged.findings(2026, LocalDate.of(2026, 6, 1))).isEmpty();
    assertThat(second().merge(first())).isEqualTo(merged).hasSameHashCodeAs(merged);
  }

  @Test
  void theEmptyLedgerOfTheCellAndBookIsTheIdentity() {
    assertThat(EMPTY.merge(first())).isEqualTo(first());
    assertThat(first().merge(EMPTY)).isEqualTo(first());
    assertThat(EMPTY.merge(EMPTY)).isEqualTo(EMPTY);
    assertThat(first().merge(first())).isEqualTo(first());
  }

  @Test
  void anEntryInBothLedgersIsKeptOnce() {
    DuesLedger other = EMPTY.assess(civilServant(3)).pay(PAID).excuse(MEMBER, YearMonth.of(2026, 3), YearMonth.of(2026, 3));
    DuesLedger merged = first().merge(other);
    assertThat(merged.assessments()).containsExactly(civilServant(2), civilServant(3), civilServant(4));
    assertThat(merged.payments()).containsExactly(PAID);
    assertThat(merged.excusedMonths().get(MEMBER)).containsExactly(YearMonth.of(2026, 3));
    DuesRelief half = DuesRelief.hardship(Rate.percent("50"), YearMonth.of(2026, 3), YearMonth.of(2026, 3));
    assertThat(second().merge(EMPTY.relieve(STUDENT, half)).reliefs().get(STUDENT)).containsExactly(half);
  }

  @Test
  void aPaymentRecordedTwiceInOneLedgerIsKeptAsOftenAsTheLedgerThatRecordsItMost() {
    DuesLedger twice = EMPTY.pay(PAID).pay(PAID);
    assertThat(twice.merge(first()).payments()).containsExactly(PAID, PAID);
    assertThat(first().merge(twice).payments()).containsExactly(PAID, PAID);
    assertThat(twice.merge(twice).payments()).hasSize(2);
    assertThat(twice.merge(first()).owedAsOf(MEMBER, LocalDate.of(2026, 4, 1))).isEqualTo(Money.ofDong(-46_800));
    assertThat(twice).isNotEqualTo(EMPTY.pay(PAID));
  }

  @Test
  void equalLedgersHoldTheSameEntriesWhateverTheOrderRecorded() {
    DuesLedger one = EMPTY.assess(civilServant(2)).assess(student(2)).pay(PAID);
    DuesLedger other = EMPTY.pay(PAID).assess(student(2)).assess(civilServant(2));
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(other.assess(student(3)));
    assertThat(one).isNotEqualTo(other.pay(PAID));
    assertThat(one).isNotEqualTo(other.excuse(MEMBER, YearMonth.of(2026, 2), YearMonth.of(2026, 2)));
    assertThat(one)
        .isNotEqualTo(other.relieve(MEMBER, DuesRelief.exemption(ReliefGround.SOCIAL_PENSION, YearMonth.of(2026, 2))));
    assertThat(one).isNotEqualTo(DuesLedger.of(UnitId.of("HG-CB-KT"), DuesRuleBook.standard()).merge(
        DuesLedger.of(UnitId.of("HG-CB-KT"), DuesRuleBook.standard())));
    assertThat(one).isNotEqualTo(DuesLedger.of(CELL, DuesRuleBook.standard().without("STUDENT_2011")));
    assertThat(one).isNotEqualTo("HG-CB-VP");
  }

  @Test
  void aLedgerMergesOnlyWithOneOfItsCell() {
    DuesLedger elsewhere = DuesLedger.of(UnitId.of("HG-CB-KT"), DuesRuleBook.standard()).assess(student(2));
    DuesLedger before = first();
    assertThatThrownBy(() -> before.merge(elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ledger merges with one of its own cell; this one is HG-CB-VP's, the other HG-CB-KT's");
    assertThat(before).isEqualTo(first());
    assertThat(elsewhere.assessments()).containsExactly(student(2));
  }

  @Test
  void aLedgerMergesOnlyWithOneOfItsRuleBook() {
    DuesLedger own = DuesLedger.of(CELL, DuesRuleBook.standard().without("STUDENT_2026"));
    assertThatThrownBy(() -> first().merge(own))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ledger merges with one of its own rule book; HG-CB-VP's ledgers are under two books, of 15 rules and of 14");
    assertThat(first().merge(EMPTY)).isEqualTo(first());
  }

  @Test
  void twoLedgersAssessingAMembersMonthDifferentlyAreRefused() {
    DuesLedger other =
        EMPTY.assess(DuesAssessment.of(MEMBER, YearMonth.of(2026, 3), MemberCategory.CIVIL_SERVANT, Money.ofDong(5_000_000)));
    DuesLedger before = first();
    assertThatThrownBy(() -> before.merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a member's month is assessed once; the ledgers to merge assess DV-07 for 2026-03 as DV-07 2026-03"
                + " CIVIL_SERVANT on VND 4680000 and as DV-07 2026-03 CIVIL_SERVANT on VND 5000000");
    assertThatThrownBy(() -> other.merge(before)).isInstanceOf(IllegalArgumentException.class);
    assertThat(before).isEqualTo(first());
    assertThat(other.assessments()).hasSize(1);
  }

  @Test
  void twoLedgersWithOverlappingReliefsOfAMemberAreRefused() {
    DuesLedger other =
        EMPTY.relieve(STUDENT, DuesRelief.hardship(Rate.percent("30"), YearMonth.of(2026, 2), YearMonth.of(2026, 4)));
    DuesLedger before = second();
    assertThatThrownBy(() -> before.merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "one relief covers a member's month; DV-08 has HARDSHIP 50% 2026-03..2026-03 already, which HARDSHIP 30%"
                + " 2026-02..2026-04 overlaps");
    assertThat(before).isEqualTo(second());
    DuesLedger apart =
        EMPTY.relieve(STUDENT, DuesRelief.hardship(Rate.percent("30"), YearMonth.of(2026, 4), YearMonth.of(2026, 4)));
    assertThat(before.merge(apart).reliefs().get(STUDENT)).hasSize(2);
  }

  @Test
  void ledgersHoldingOtherEntriesHashOtherwise() {
    assertThat(first().hashCode()).isNotEqualTo(EMPTY.hashCode());
    assertThat(first().hashCode()).isNotEqualTo(second().hashCode());
    assertThat(first().merge(second()).hashCode()).isNotEqualTo(first().hashCode());
  }

  @Test
  void theEntriesAMergeRecordsAgainAreCheckedAtTheirBounds() {
    DuesLedger longest = EMPTY.excuse(MEMBER, YearMonth.of(2026, 2), YearMonth.of(2036, 1));
    assertThat(longest.excusedMonths().get(MEMBER)).hasSize(DuesLedger.LONGEST_EXCUSE_MONTHS);
    assertThatThrownBy(() -> EMPTY.excuse(MEMBER, YearMonth.of(2026, 2), YearMonth.of(2036, 2)))
        .isInstanceOf(IllegalArgumentException.class);
    DuesLedger later =
        EMPTY.relieve(STUDENT, DuesRelief.hardship(Rate.percent("30"), YearMonth.of(2026, 6), YearMonth.of(2026, 7)));
    DuesLedger earlier =
        EMPTY.relieve(STUDENT, DuesRelief.hardship(Rate.percent("50"), YearMonth.of(2026, 3), YearMonth.of(2026, 5)));
    assertThat(later.merge(earlier).reliefs().get(STUDENT)).hasSize(2);
    assertThat(earlier.merge(later).reliefs().get(STUDENT)).hasSize(2);
    assertThat(first().findings(1900, LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(first().findings(9999, LocalDate.of(2026, 12, 31))).isEmpty();
    assertThatThrownBy(() -> first().findings(10_000, LocalDate.of(2026, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a year of dues is from 1900 to 9999; it was 10000");
  }
}
