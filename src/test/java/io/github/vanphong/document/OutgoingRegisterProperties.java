package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.testing.DocumentArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

  // ---- against a naive model: the register as a list copied at every change, numbers found by scanning it ----

  /** The register kept as a plain list, every rule checked by scanning it: the oracle of the indexed register. */
  private static final class ListModel {
    final OutgoingRegister empty;
    final List<RegisterEntry> entries;

    ListModel(OutgoingRegister empty, List<RegisterEntry> entries) {
      this.empty = empty;
      this.entries = entries;
    }

    boolean sameSequence(DocumentType a, DocumentType b) {
      return !empty.policy().perType() || a.code().equals(b.code());
    }

    List<RegisterEntry> sequence(DocumentType type) {
      return entries.stream().filter(e -> sameSequence(e.type(), type)).collect(Collectors.toList());
    }

    Optional<RegisterEntry> entry(DocumentSymbol symbol) {
      return entries.stream().filter(e -> e.symbol().equals(symbol)).findFirst();
    }

    /** Issues as the rules say, or throws IllegalArgumentException. */
    ListModel issue(DocumentType type, LocalDate on, String summary, Secrecy secrecy) {
      if (type.system() != empty.policy().system() || !empty.covers().contains(on)) {
        throw new IllegalArgumentException("outside");
      }
      List<RegisterEntry> sequence = sequence(type);
      if (!sequence.isEmpty() && on.isBefore(sequence.get(sequence.size() - 1).issuedOn())) {
        throw new IllegalArgumentException("backwards");
      }
      int number = sequence.size() + 1;
      String issuer = empty.issuer().code();
      DocumentSymbol symbol =
          empty.policy().system() == DocumentSystem.PARTY
              ? DocumentSymbol.party(number, type.code(), issuer)
              : DocumentSymbol.state(number, type.code(), issuer);
      List<RegisterEntry> longer = new ArrayList<>(entries);
      longer.add(
          RegisterEntry.builder().symbol(symbol).type(type).issuedOn(on).summary(summary).secrecy(secrecy).build());
      return new ListModel(empty, longer);
    }

    ListModel voidNumber(DocumentSymbol symbol, LocalDate on, String reason) {
      Voiding voiding = Voiding.of(on, reason);
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).symbol().equals(symbol)) {
          List<RegisterEntry> changed = new ArrayList<>(entries);
          changed.set(i, entries.get(i).voided(voiding));
          return new ListModel(empty, changed);
        }
      }
      throw new IllegalArgumentException("not given");
    }
  }

  /** One command: issue (a type, days later, a secrecy) or void (an entry, or a symbol never given), from a version. */
  private static final class Command {
    final int kind;
    final int pick;
    final int daysLater;
    final int version;

    Command(int kind, int pick, int daysLater, int version) {
      this.kind = kind;
      this.pick = pick;
      this.daysLater = daysLater;
      this.version = version;
    }
  }

  @Provide
  Arbitrary<List<Command>> commands() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(-3, 4),
            Arbitraries.integers().between(0, 10_000))
        .as(Command::new)
        .list()
        .ofMaxSize(150);
  }

  /** An empty register and the types it will number. */
  private static final class Setup {
    final OutgoingRegister empty;
    final List<DocumentType> types;

    Setup(OutgoingRegister empty, List<DocumentType> types) {
      this.empty = empty;
      this.types = types;
    }

    @Override
    public String toString() {
      return empty + " " + types;
    }
  }

  @Provide
  Arbitrary<Setup> setups() {
    return DocumentArbitraries.outgoingRegisters()
        .flatMap(r -> DocumentArbitraries.documentTypes(r.policy().system()).list().ofMinSize(1).ofMaxSize(4)
            .map(types -> new Setup(OutgoingRegister.of(r.issuer(), r.policy(), r.covers()), types)));
  }

  @Property(tries = 300)
  void issuingAndVoidingAgreeWithARegisterKeptAsAPlainList(
      @ForAll("setups") Setup setup, @ForAll("commands") List<Command> commands) {
    OutgoingRegister empty = setup.empty;
    List<DocumentType> types = setup.types;
    List<OutgoingRegister> registers = new ArrayList<>(List.of(empty));
    List<ListModel> models = new ArrayList<>(List.of(new ListModel(empty, List.of())));
    LocalDate day = empty.covers().start();
    for (Command command : commands) {
      // mostly the latest version, sometimes an older one: a register is a value and may be branched
      int from = command.version % 5 == 0 ? command.version % registers.size() : registers.size() - 1;
      OutgoingRegister register = registers.get(from);
      ListModel model = models.get(from);
      day = day.plusDays(command.daysLater);
      LocalDate on = day;
      OutgoingRegister changed;
      ListModel expected;
      if (command.kind < 15 || model.entries.isEmpty()) {
        DocumentType type = types.get(command.pick % types.size());
        Secrecy secrecy = command.pick % 3 == 0 ? Secrecy.SECRET : Secrecy.NONE;
        String summary = "Trích yếu " + command.pick;
        try {
          expected = model.issue(type, on, summary, secrecy);
        } catch (IllegalArgumentException refused) {
          assertThatThrownBy(() -> register.issue(type, on, summary, secrecy))
              .isInstanceOf(IllegalArgumentException.class);
          continue;
        }
        Issued issued = register.issue(type, on, summary, secrecy);
        assertThat(issued.entry()).isEqualTo(expected.entries.get(expected.entries.size() - 1));
        changed = issued.register();
      } else {
        DocumentSymbol symbol =
            command.kind == 19
                ? DocumentSymbol.party(model.entries.size() + 1, types.get(0).code(), empty.issuer().code())
                : model.entries.get(command.pick % model.entries.size()).symbol();
        try {
          expected = model.voidNumber(symbol, on, "hủy số");
        } catch (IllegalArgumentException refused) {
          assertThatThrownBy(() -> register.voidNumber(symbol, on, "hủy số"))
              .isInstanceOf(IllegalArgumentException.class);
          continue;
        }
        changed = register.voidNumber(symbol, on, "hủy số");
      }
      registers.add(changed);
      models.add(expected);
    }
    for (int i = 0; i < registers.size(); i++) {
      assertAgree(registers.get(i), models.get(i), types);
    }
  }

  private static void assertAgree(OutgoingRegister register, ListModel model, List<DocumentType> types) {
    assertThat(register.entries()).containsExactlyElementsOf(model.entries);
    assertThat(register.voided())
        .containsExactlyElementsOf(model.entries.stream().filter(RegisterEntry::isVoid).collect(Collectors.toList()));
    for (DocumentType type : types) {
      List<RegisterEntry> sequence = model.sequence(type);
      assertThat(register.sequence(type)).containsExactlyElementsOf(sequence);
      assertThat(register.lastNumber(type)).isEqualTo(sequence.size());
      assertThat(register.nextNumber(type)).isEqualTo(sequence.size() + 1);
      DocumentSymbol next =
          register.policy().system() == DocumentSystem.PARTY
              ? DocumentSymbol.party(sequence.size() + 1, type.code(), register.issuer().code())
              : DocumentSymbol.state(sequence.size() + 1, type.code(), register.issuer().code());
      assertThat(register.entry(next)).isEmpty();
    }
    for (RegisterEntry entry : model.entries) {
      assertThat(register.entry(entry.symbol())).isEqualTo(model.entry(entry.symbol()));
      DocumentSymbol elsewhere = DocumentSymbol.party(entry.number(), entry.type().code(), "KHAC");
      assertThat(register.entry(elsewhere)).isEqualTo(model.entry(elsewhere));
    }
    assertThat(register)
        .isEqualTo(OutgoingRegister.restore(register.issuer(), register.policy(), register.covers(), model.entries));
    assertThat(register.toString())
        .endsWith(model.entries.size() + " entries, " + model.entries.stream().filter(RegisterEntry::isVoid).count()
            + " void]");
  }
}
