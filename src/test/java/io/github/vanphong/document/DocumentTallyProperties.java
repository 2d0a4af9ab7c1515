package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.testing.DocumentArbitraries;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DocumentTallyProperties {

  @Provide
  Arbitrary<List<RegisterEntry>> entries() {
    return DocumentArbitraries.registerEntries().list().ofMaxSize(30);
  }

  @Property
  void talliesMergeWithAnIdentityAssociativelyAndCommutatively(
      @ForAll DocumentTally a, @ForAll DocumentTally b, @ForAll DocumentTally c) {
    SummaryLaws.mergeLaws(DocumentTally.empty(), a, b, c);
    assertThat(a.plus(b).toString()).isEqualTo(b.plus(a).toString());
  }

  @Property(tries = 300)
  void theCollectorGivesThePlusOfTheSingleTalliesInAnyOrderAndSplit(
      @ForAll("entries") List<RegisterEntry> list, @ForAll @IntRange(max = 30) int at) {
    SummaryLaws.collectorLaws(list, at, DocumentTally.collector(), DocumentTally::of, DocumentTally.empty());
  }

  @Property
  void theCountsAgreeWithTheEntries(@ForAll("entries") List<RegisterEntry> list) {
    DocumentTally t = list.stream().collect(DocumentTally.collector());
    assertThat(t.totalIssued() + t.totalVoided()).isEqualTo(list.size());
    assertThat(t.totalVoided()).isEqualTo((int) list.stream().filter(RegisterEntry::isVoid).count());
    for (RegisterEntry e : list) {
      YearMonth month = YearMonth.from(e.issuedOn());
      long same = list.stream().filter(x -> !x.isVoid() && YearMonth.from(x.issuedOn()).equals(month)
          && x.type().system() == e.type().system() && x.type().code().equals(e.type().code())).count();
      assertThat(t.issued(e.type(), month)).isEqualTo((int) same);
      assertThat(t.months()).contains(month);
    }
    int byMonth = t.months().stream().mapToInt(t::issued).sum();
    assertThat(byMonth).isEqualTo(t.totalIssued());
    int byType = 0;
    for (DocumentSystem system : DocumentSystem.values()) {
      byType += t.byTypeAndMonth(system).values().stream()
          .flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
    assertThat(byType).isEqualTo(t.totalIssued());
  }

  @Property(tries = 50)
  void theTallyOfARegisterCountsEachOfItsEntries(@ForAll OutgoingRegister register) {
    DocumentTally t = DocumentTally.of(register);
    assertThat(t.totalIssued() + t.totalVoided()).isEqualTo(register.entries().size());
    assertThat(t.totalVoided()).isEqualTo(register.voided().size());
  }

  @Property
  void aTallyMadeFromTheCountsOfACollectedOneEqualsIt(@ForAll("entries") List<RegisterEntry> list) {
    DocumentTally collected = list.stream().collect(DocumentTally.collector());
    DocumentTally made = DocumentTally.empty();
    for (DocumentSystem system : DocumentSystem.values()) {
      for (var type : collected.byTypeAndMonth(system).entrySet()) {
        for (var month : type.getValue().entrySet()) {
          made = made.plus(DocumentTally.of(system, type.getKey(), month.getKey(), month.getValue(), 0));
        }
      }
      for (var type : collected.voidedByTypeAndMonth(system).entrySet()) {
        for (var month : type.getValue().entrySet()) {
          made = made.plus(DocumentTally.of(system, type.getKey(), month.getKey(), 0, month.getValue()));
        }
      }
    }
    assertThat(made).isEqualTo(collected);
    assertThat(made.totalVoided()).isEqualTo((int) list.stream().filter(RegisterEntry::isVoid).count());
  }
}
