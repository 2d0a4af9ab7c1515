package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.document.Arrival;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentForm;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.document.DocumentType;
import io.github.vanphong.document.Draft;
import io.github.vanphong.document.DraftEvent;
import io.github.vanphong.document.DraftId;
import io.github.vanphong.document.DraftIssued;
import io.github.vanphong.document.FormatFinding;
import io.github.vanphong.document.FormatRule;
import io.github.vanphong.document.FormatRuleBook;
import io.github.vanphong.document.IncomingDocument;
import io.github.vanphong.document.IncomingRegister;
import io.github.vanphong.document.Issued;
import io.github.vanphong.document.Issuer;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.Received;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.document.RetentionPeriod;
import io.github.vanphong.document.RetentionRule;
import io.github.vanphong.document.RetentionSchedule;
import io.github.vanphong.document.Voiding;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider that makes {@code @ForAll DocumentSymbol symbol}, {@code @ForAll OutgoingRegister register} or
 * {@code @ForAll Draft draft} work in any property: it supplies the arbitraries of {@link DocumentArbitraries} for
 * every value type of {@code io.github.vanphong.document} (its enums are provided by jqwik itself). jqwik finds it
 * through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>The public no-argument constructor is for {@link java.util.ServiceLoader}; applications need not call it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class DocumentArbitraryProvider implements ArbitraryProvider {

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(DocumentSymbol.class, DocumentArbitraries::symbols)
          .put(DocumentType.class, DocumentArbitraries::documentTypes)
          .put(Issuer.class, DocumentArbitraries::issuers)
          .put(DocumentCodeBook.class, DocumentArbitraries::codeBooks)
          .put(OutgoingRegister.class, DocumentArbitraries::outgoingRegisters)
          .put(RegisterEntry.class, DocumentArbitraries::registerEntries)
          .put(Issued.class, DocumentArbitraries::issued)
          .put(Voiding.class, DocumentArbitraries::voidings)
          .put(IncomingDocument.class, DocumentArbitraries::incomingDocuments)
          .put(IncomingRegister.class, DocumentArbitraries::incomingRegisters)
          .put(Arrival.class, DocumentArbitraries::arrivals)
          .put(Received.class, DocumentArbitraries::received)
          .put(DocumentForm.class, DocumentArbitraries::documentForms)
          .put(FormatFinding.class, DocumentArbitraries::formatFindings)
          .put(FormatRule.class, DocumentArbitraries::formatRules)
          .put(FormatRuleBook.class, DocumentArbitraries::formatRuleBooks)
          .put(DraftId.class, DocumentArbitraries::draftIds)
          .put(Draft.class, DocumentArbitraries::drafts)
          .put(DraftEvent.class, DocumentArbitraries::draftEvents)
          .put(DraftIssued.class, DocumentArbitraries::draftsIssued)
          .put(RetentionPeriod.class, DocumentArbitraries::retentionPeriods)
          .put(RetentionRule.class, DocumentArbitraries::retentionRules)
          .put(RetentionSchedule.class, DocumentArbitraries::retentionSchedules)
          .put(DocumentTally.class, DocumentArbitraries::tallies)
          .build();

  /** Creates the provider; called by jqwik through {@link java.util.ServiceLoader}. */
  public DocumentArbitraryProvider() {}

  /**
   * Tells whether the target type is one of the document value types.
   *
   * @param targetType the type of the parameter, not null
   * @return true for the value types of {@code io.github.vanphong.document}, enums aside
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  /**
   * Returns the arbitrary of the target type.
   *
   * @param targetType the type of the parameter, not null
   * @param subtypeProvider jqwik's provider of type arguments, not null, unused
   * @return a set holding the arbitrary, or an empty set for another type, not null
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> entry : ARBITRARIES.entrySet()) {
      if (targetType.isOfType(entry.getKey())) {
        return Set.of(entry.getValue().get());
      }
    }
    return Set.of();
  }
}
