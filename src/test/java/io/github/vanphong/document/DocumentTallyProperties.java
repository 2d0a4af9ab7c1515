package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

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
  void plusIsAssociative(@ForAll DocumentTally a, @ForAll DocumentTally b, @ForAll DocumentTally c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plusIsCommutative(@ForAll DocumentTally a, @ForAll DocumentTally b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).hashCode()).isEqualTo(b.plus(a).hashCode());
    assertThat(a.plus(b).toString()).isEqualTo(b.plus(a).toString());
  }

  @Property
  void emptyIsTheIdentity(@ForAll DocumentTally a) {
    assertThat(a.plus(DocumentTally.empty())).isEqualTo(a);
    assertThat(DocumentTally.empty().plus(a)).isEqualTo(a);
  }

  @Property
  void theTallyOfAListIsThePlusOfTheTalliesOfAnySplit(
      @ForAll("entries") List<RegisterEntry> list, @ForAll @IntRange(max = 30) int at) {
    int split = Math.min(at, list.size());
    DocumentTally whole = list.stream().collect(DocumentTally.toTally());
    DocumentTally left = list.subList(0, split).stream().collect(DocumentTally.toTally());
    DocumentTally right = list.subList(split, list.size()).stream().collect(DocumentTally.toTally());
    assertThat(left.plus(right)).isEqualTo(whole);
  }

  @Property(tries = 100)
  void aParallelStreamGivesTheSequentialResult(@ForAll("entries") List<RegisterEntry> list) {
    assertThat(list.parallelStream().collect(DocumentTally.toTally()))
        .isEqualTo(list.stream().collect(DocumentTally.toTally()));
  }

  @Property
  void theCountsAgreeWithTheEntries(@ForAll("entries") List<RegisterEntry> list) {
    DocumentTally t = list.stream().collect(DocumentTally.toTally());
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
}
