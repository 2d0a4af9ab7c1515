package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMultiset;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Laws of merging dues ledgers: the empty ledger of the cell and book is the identity, the merge is associative,
 * commutative and idempotent, and the merge of parts of a ledger (each entry in one part or several) is the ledger,
 * owing and finding what it does.
 */
class DuesLedgerMergeProperties {

  private static final int PARTS = 3;

  /** Splits a ledger's entries among three parts, each entry into one part or more, by a seed. */
  private static List<DuesLedger> parts(DuesLedger whole, long seed) {
    Random random = new Random(seed);
    List<DuesLedger> parts = new ArrayList<>();
    for (int i = 0; i < PARTS; i++) {
      parts.add(DuesLedger.of(whole.cell(), whole.book()));
    }
    for (DuesAssessment a : whole.assessments()) {
      int mask = 1 + random.nextInt((1 << PARTS) - 1);
      for (int i = 0; i < PARTS; i++) {
        if ((mask & (1 << i)) != 0) {
          parts.set(i, parts.get(i).assess(a));
        }
      }
    }
    for (Map.Entry<PersonId, DuesRelief> r : whole.reliefs().entries()) {
      int mask = 1 + random.nextInt((1 << PARTS) - 1);
      for (int i = 0; i < PARTS; i++) {
        if ((mask & (1 << i)) != 0) {
          parts.set(i, parts.get(i).relieve(r.getKey(), r.getValue()));
        }
      }
    }
    for (Map.Entry<PersonId, YearMonth> m : whole.excusedMonths().entries()) {
      int mask = 1 + random.nextInt((1 << PARTS) - 1);
      for (int i = 0; i < PARTS; i++) {
        if ((mask & (1 << i)) != 0) {
          parts.set(i, parts.get(i).excuse(m.getKey(), m.getValue(), m.getValue()));
        }
      }
    }
    ImmutableMultiset<DuesPayment> payments = ImmutableMultiset.copyOf(whole.payments());
    for (DuesPayment p : payments.elementSet()) {
      int mask = 1 + random.nextInt((1 << PARTS) - 1);
      for (int i = 0; i < PARTS; i++) {
        if ((mask & (1 << i)) != 0) {
          for (int n = 0; n < payments.count(p); n++) {
            parts.set(i, parts.get(i).pay(p));
          }
        }
      }
    }
    return parts;
  }

  @Property(tries = 200)
  void theEmptyLedgerIsTheIdentityAndAMergeWithItselfChangesNothing(@ForAll DuesLedger a) {
    DuesLedger empty = DuesLedger.of(a.cell(), a.book());
    assertThat(a.merge(empty)).as("a + empty = a").isEqualTo(a);
    assertThat(empty.merge(a)).as("empty + a = a").isEqualTo(a);
    assertThat(a.merge(a)).as("a + a = a").isEqualTo(a);
  }

  @Property(tries = 200)
  void mergeIsCommutativeAndAssociative(@ForAll DuesLedger whole, @ForAll long seed) {
    List<DuesLedger> parts = parts(whole, seed);
    DuesLedger a = parts.get(0);
    DuesLedger b = parts.get(1);
    DuesLedger c = parts.get(2);
    assertThat(a.merge(b)).as("a + b = b + a").isEqualTo(b.merge(a));
    assertThat(a.merge(b).hashCode()).as("hash(a + b) = hash(b + a)").isEqualTo(b.merge(a).hashCode());
    assertThat(a.merge(b).merge(c)).as("(a + b) + c = a + (b + c)").isEqualTo(a.merge(b.merge(c)));
  }

  @Property(tries = 200)
  void theMergeOfTheLedgersPartsIsTheLedger(@ForAll DuesLedger whole, @ForAll long seed, @ForAll LocalDate asOf) {
    List<DuesLedger> parts = parts(whole, seed);
    DuesLedger merged = parts.get(0).merge(parts.get(1)).merge(parts.get(2));
    assertThat(merged).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(merged.members()).isEqualTo(whole.members());
    for (PersonId member : whole.members()) {
      assertThat(merged.owedAsOf(member, asOf)).as("owed by %s", member).isEqualTo(whole.owedAsOf(member, asOf));
      assertThat(merged.unpaidMonths(member, asOf)).isEqualTo(whole.unpaidMonths(member, asOf));
    }
    for (int year = 2026; year <= 2028; year++) {
      assertThat(merged.findings(year, asOf)).as("findings of %s", year).isEqualTo(whole.findings(year, asOf));
    }
    assertThat(merged.advanceFindings(asOf)).isEqualTo(whole.advanceFindings(asOf));
  }

  @Property(tries = 200)
  void aLedgerAssessingAMonthOtherwiseIsRefusedAndBothAreLeftAsTheyWere(@ForAll DuesLedger ledger) {
    if (ledger.assessments().isEmpty()) {
      return;
    }
    DuesAssessment known = ledger.assessments().get(0);
    DuesAssessment otherwise =
        DuesAssessment.of(known.member(), known.month(), known.category(), known.base().plus(Money.ofDong(1)));
    DuesLedger other = DuesLedger.of(ledger.cell(), ledger.book());
    DuesLedger conflicting;
    try {
      conflicting = other.assess(otherwise);
    } catch (IllegalArgumentException beyondTheBounds) {
      return;
    }
    DuesLedger before = ledger;
    assertThatThrownBy(() -> ledger.merge(conflicting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a member's month is assessed once");
    assertThatThrownBy(() -> conflicting.merge(ledger)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger).isEqualTo(before);
    assertThat(conflicting.assessments()).containsExactly(otherwise);
  }
}
