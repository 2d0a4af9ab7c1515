package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.document.ArchiveFile;
import io.github.vanphong.document.ArchiveFileEvent;
import io.github.vanphong.document.ArchiveFileId;
import io.github.vanphong.document.ArchiveRegister;
import io.github.vanphong.document.ArchiveSummary;
import io.github.vanphong.document.ArchiveViolation;
import io.github.vanphong.document.HandOverRule;
import io.github.vanphong.document.HandOverRuleBook;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@link ArchiveArbitraries} by type, so that {@code @ForAll ArchiveFile file}, {@code @ForAll ArchiveRegister register} and the
 * others work in any jqwik property. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ArchiveArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(ArchiveFileId.class, ArchiveArbitraries::archiveFileIds)
          .put(ArchiveFile.class, ArchiveArbitraries::archiveFiles)
          .put(ArchiveFileEvent.class, ArchiveArbitraries::archiveFileEvents)
          .put(HandOverRule.class, ArchiveArbitraries::handOverRules)
          .put(HandOverRuleBook.class, ArchiveArbitraries::handOverRuleBooks)
          .put(ArchiveViolation.class, ArchiveArbitraries::archiveViolations)
          .put(ArchiveRegister.class, ArchiveArbitraries::archiveRegisters)
          .put(ArchiveSummary.class, ArchiveArbitraries::archiveSummaries)
          .build();

  /** Creates the provider; jqwik calls this through the service loader. */
  public ArchiveArbitraryProvider() {}

  /**
   * Tells whether the type is one of the archive' types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for every public value type of the archive
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  /**
   * Returns the arbitrary for the type.
   *
   * @param targetType the type of a {@code @ForAll} parameter, one this provider {@linkplain
   *     #canProvideFor(TypeUsage) can provide for}
   * @param subtypeProvider not used: these types have no type parameters
   * @return one arbitrary, or none for another type
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ARBITRARIES.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(Map.Entry::getValue)
        .map(Supplier::get)
        .collect(ImmutableSet.toImmutableSet());
  }
}
