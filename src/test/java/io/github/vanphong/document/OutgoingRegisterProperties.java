package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.testing.DocumentArbitraries;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class OutgoingRegisterProperties {

  private static Map<String, List<RegisterEntry>> sequences(OutgoingRegister register) {
    return register.entries().stream()
        .collect(Collectors.groupingBy(e -> register.policy().perType() ? e.type().code() : ""));
  }

  @Property
  void theNumbersOfEverySequenceAreOneToNWithoutGapOrReuse(@ForAll OutgoingRegister register) {
    for (List<RegisterEntry> sequence : sequences(register).values()) {
      assertThat(sequence)
          .extracting(RegisterEntry::number)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, sequence.size()).boxed().collect(Collectors.toList()));
      assertThat(register.sequence(sequence.get(0).type())).containsExactlyElementsOf(sequence);
      assertThat(register.lastNumber(sequence.get(0).type())).isEqualTo(sequence.size());
    }
    Set<DocumentSymbol> symbols = new HashSet<>();
    register.entries().forEach(e -> assertThat(symbols.add(e.symbol())).as("%s given twice", e.symbol()).isTrue());
  }

  @Property
  void everyEntryIsIssuedWithinThePeriodOnDaysThatDoNotGoBack(@ForAll OutgoingRegister register) {
    for (List<RegisterEntry> sequence : sequences(register).values()) {
      for (int i = 1; i < sequence.size(); i++) {
        assertThat(sequence.get(i).issuedOn()).isAfterOrEqualTo(sequence.get(i - 1).issuedOn());
      }
    }
    for (RegisterEntry e : register.entries()) {
      assertThat(register.covers().contains(e.issuedOn())).isTrue();
      assertThat(e.symbol().issuerCode()).isEqualTo(register.issuer().code());
      assertThat(e.symbol().system()).isEqualTo(register.policy().system());
      e.voiding().ifPresent(v -> assertThat(v.on()).isAfterOrEqualTo(e.issuedOn()));
    }
  }

  @Property
  void aVoidedNumberStaysAndIsNotGivenAgain(@ForAll OutgoingRegister register) {
    for (RegisterEntry entry : register.entries()) {
      if (entry.isVoid()) {
        continue;
      }
      LocalDate last = register.entries().get(register.entries().size() - 1).issuedOn();
      OutgoingRegister voided = register.voidNumber(entry.symbol(), last, "ban hành nhầm");
      assertThat(voided.entries()).hasSize(register.entries().size());
      assertThat(voided.entry(entry.symbol()).orElseThrow().isVoid()).isTrue();
      assertThat(voided.voided()).hasSize(register.voided().size() + 1);
      Issued next = voided.issue(entry.type(), last, "Văn bản thay thế");
      assertThat(next.symbol().number()).isEqualTo(register.lastNumber(entry.type()) + 1);
      assertThat(register.entry(entry.symbol()).orElseThrow().isVoid()).isFalse();
      return;
    }
  }

  @Property
  void aKeptRegisterIsRestoredToItself(@ForAll OutgoingRegister register) {
    assertThat(OutgoingRegister.restore(register.issuer(), register.policy(), register.covers(), register.entries()))
        .isEqualTo(register);
  }

  @Property
  void issuingLeavesTheRegisterItWasCalledOnAsItWas(@ForAll Issued issued) {
    OutgoingRegister after = issued.register();
    ImmutableList<RegisterEntry> entries = after.entries();
    OutgoingRegister before =
        OutgoingRegister.restore(after.issuer(), after.policy(), after.covers(), entries.subList(0, entries.size() - 1));
    OutgoingRegister copy =
        OutgoingRegister.restore(before.issuer(), before.policy(), before.covers(), before.entries());
    Issued again = before.issue(issued.entry().type(), issued.entry().issuedOn(), issued.entry().summary(),
        issued.entry().secrecy());
    assertThat(again).isEqualTo(issued);
    assertThat(before).isEqualTo(copy);
    assertThat(entries.get(entries.size() - 1)).isEqualTo(issued.entry());
  }

  @Property
  void refusedCommandsLeaveTheRegisterAsItWas(@ForAll OutgoingRegister register) {
    OutgoingRegister copy =
        OutgoingRegister.restore(register.issuer(), register.policy(), register.covers(), register.entries());
    DocumentType type =
        register.entries().isEmpty()
            ? DocumentArbitraries.documentTypes(register.policy().system()).sample()
            : register.entries().get(0).type();
    LocalDate beforeStart = register.covers().start().minusDays(1);
    assertThatThrownBy(() -> register.issue(type, beforeStart, "x")).isInstanceOf(IllegalArgumentException.class);
    register.covers().end().ifPresent(end ->
        assertThatThrownBy(() -> register.issue(type, end.plusDays(1), "x")).isInstanceOf(IllegalArgumentException.class));
    for (RegisterEntry e : register.entries()) {
      if (e.isVoid()) {
        assertThatThrownBy(() -> register.voidNumber(e.symbol(), e.voiding().orElseThrow().on(), "lần nữa"))
            .isInstanceOf(IllegalArgumentException.class);
      }
      if (e.issuedOn().isAfter(register.covers().start()) && register.lastNumber(e.type()) == e.number()) {
        assertThatThrownBy(() -> register.issue(e.type(), e.issuedOn().minusDays(1), "về trước"))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
    assertThatThrownBy(() -> register.voidNumber(DocumentSymbol.party(999_999_999, "Z", "Z"), LocalDate.MAX, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(register).isEqualTo(copy);
  }
}
