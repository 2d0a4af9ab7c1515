package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.document.Arrival;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentForm;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.DocumentSystem;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.document.DocumentType;
import io.github.vanphong.document.Draft;
import io.github.vanphong.document.DraftEvent;
import io.github.vanphong.document.DraftId;
import io.github.vanphong.document.DraftIssued;
import io.github.vanphong.document.DraftRule;
import io.github.vanphong.document.DraftState;
import io.github.vanphong.document.FormatFinding;
import io.github.vanphong.document.FormatRule;
import io.github.vanphong.document.FormatRuleBook;
import io.github.vanphong.document.IncomingDocument;
import io.github.vanphong.document.IncomingRegister;
import io.github.vanphong.document.Issued;
import io.github.vanphong.document.Issuer;
import io.github.vanphong.document.NumberingPolicy;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.Received;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.document.RetentionPeriod;
import io.github.vanphong.document.RetentionRule;
import io.github.vanphong.document.RetentionSchedule;
import io.github.vanphong.document.Voiding;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/** The document arbitraries give valid values of every kind, and each document value type has one provider. */
class DocumentArbitrariesTest {

  private static final List<Class<?>> PROVIDED =
      List.of(DocumentSymbol.class, DocumentType.class, Issuer.class, DocumentCodeBook.class, OutgoingRegister.class,
          RegisterEntry.class, Issued.class, Voiding.class, IncomingDocument.class, IncomingRegister.class,
          Arrival.class, Received.class, DocumentForm.class, FormatFinding.class, FormatRule.class, FormatRuleBook.class, DraftId.class, Draft.class, DraftEvent.class,
          DraftIssued.class, RetentionPeriod.class, RetentionRule.class, RetentionSchedule.class, DocumentTally.class);

  private static List<ArbitraryProvider> libraryProviders() {
    return ServiceLoader.load(ArbitraryProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.getClass().getPackageName().equals("io.github.vanphong.testing"))
        .collect(Collectors.toList());
  }

  @Test
  void theDocumentProviderIsRegisteredAndEveryDocumentTypeHasExactlyOneProvider() {
    List<ArbitraryProvider> providers = libraryProviders();
    assertThat(providers).extracting(p -> p.getClass().getSimpleName()).contains("DocumentArbitraryProvider");
    for (Class<?> type : PROVIDED) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(providers.stream().filter(p -> p.canProvideFor(usage)).count()).as("%s", type).isEqualTo(1);
    }
    DocumentArbitraryProvider provider = new DocumentArbitraryProvider();
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> Set.of())).isEmpty();
    for (Class<?> type : PROVIDED) {
      assertThat(provider.provideFor(TypeUsage.of(type), t -> Set.of())).as("%s", type).hasSize(1);
    }
  }

  @Property(tries = 50)
  void everyDocumentTypeResolvesByType(
      @ForAll DocumentSymbol symbol, @ForAll DocumentType type, @ForAll Issuer issuer, @ForAll DocumentCodeBook book,
      @ForAll Voiding voiding, @ForAll IncomingDocument document, @ForAll RetentionPeriod period,
      @ForAll RetentionRule rule, @ForAll RetentionSchedule schedule) {
    assertThat(DocumentSymbol.parse(symbol.toString())).isEqualTo(symbol);
    assertThat(Normalizer.isNormalized(type.code(), Normalizer.Form.NFC)).isTrue();
    assertThat(DocumentSymbol.party(1, "BC", issuer.code()).issuerCode()).isEqualTo(issuer.code());
    book.types().forEach(t -> assertThat(book.type(t.system(), t.code())).isPresent());
    assertThat(voiding.reason()).isNotBlank();
    assertThat(document.sender()).isNotBlank();
    assertThat(period.isPermanent() || period.years().getAsInt() >= 1).isTrue();
    assertThat(rule.group()).isNotBlank();
    assertThat(schedule.rules().size()).isBetween(0, 8);
  }

  @Property(tries = 30)
  void registersAndTheirOutcomesResolveByType(
      @ForAll OutgoingRegister register, @ForAll RegisterEntry entry, @ForAll Issued issued,
      @ForAll IncomingRegister incoming, @ForAll Arrival arrival, @ForAll Received received,
      @ForAll DocumentTally tally) {
    assertThat(register.entries().size()).isBetween(0, 30);
    assertThat(entry.number()).isPositive();
    assertThat(issued.register().entries()).contains(issued.entry());
    assertThat(incoming.arrivals().size()).isBetween(0, 20);
    assertThat(arrival.number()).isPositive();
    assertThat(received.register().arrivals()).contains(received.arrival());
    assertThat(tally.totalIssued() + tally.totalVoided()).isBetween(0, 10);
  }

  @Property(tries = 30)
  void draftsAndFormsResolveByType(
      @ForAll DocumentForm form, @ForAll FormatFinding finding, @ForAll Draft draft, @ForAll DraftEvent event,
      @ForAll DraftIssued issued, @ForAll DraftId id, @ForAll DraftRule rule) {
    assertThat(id.value()).matches("D-\\d{1,2}");
    assertThat(draft.id().value()).matches("D-\\d{1,2}");
    assertThat(rule.citation()).isPresent();
    assertThat(finding.values()).isNotEmpty();
    assertThat(form.heading()).isNotNull();
    assertThat(finding.message()).isNotBlank();
    assertThat(draft.history()).isNotEmpty();
    assertThat(event.command()).isNotNull();
    assertThat(issued.draft().state()).isEqualTo(DraftState.ISSUED);
  }

  @Property(tries = 50)
  void formatRulesAndBooksResolveByType(@ForAll FormatRule rule, @ForAll FormatRuleBook book) {
    assertThat(rule.name()).isNotBlank();
    assertThat(rule.citation()).isPresent();
    assertThat(book.rules().size()).isBetween(FormatRuleBook.standard().rules().size() - 3,
        FormatRuleBook.standard().rules().size() + 1);
    assertThat(book.rulesOn(LocalDate.of(2016, 3, 4)))
        .extracting(FormatRule::formatCheck)
        .doesNotHaveDuplicates();
  }

  @Test
  void registersOfEveryPolicyAndDraftsOfEveryStateAreGenerated() {
    for (NumberingPolicy policy : NumberingPolicy.values()) {
      OutgoingRegister r = DocumentArbitraries.outgoingRegisters(policy).sample();
      assertThat(r.policy()).isEqualTo(policy);
      assertThat(r.issuer().system()).isEqualTo(policy.system());
    }
    Set<DraftState> states =
        DocumentArbitraries.drafts().sampleStream().limit(400).map(Draft::state).collect(Collectors.toSet());
    assertThat(states).containsExactlyInAnyOrder(DraftState.values());
    assertThat(DocumentArbitraries.draftRules().sampleStream().limit(20).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DraftRule.values());
    Set<DocumentSystem> systems =
        DocumentArbitraries.symbols().sampleStream().limit(100).map(DocumentSymbol::system).collect(Collectors.toSet());
    assertThat(systems).containsExactlyInAnyOrder(DocumentSystem.values());
    assertThat(DocumentArbitraries.outgoingRegisters().sampleStream().limit(100).anyMatch(r -> !r.voided().isEmpty()))
        .isTrue();
    assertThat(DocumentArbitraries.documentForms().sampleStream().limit(100).anyMatch(f ->
        f.symbolLine().startsWith("Số:"))).isTrue();
  }
}
