package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.asset.Asset;
import io.github.vanphong.asset.AssetEvent;
import io.github.vanphong.asset.AssetFigure;
import io.github.vanphong.asset.AssetId;
import io.github.vanphong.asset.AssetRegister;
import io.github.vanphong.asset.AssetRollUp;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.asset.FixedAssetRuleBook;
import io.github.vanphong.asset.FixedAssetThreshold;
import io.github.vanphong.asset.Inventory;
import io.github.vanphong.asset.InventoryDifference;
import io.github.vanphong.asset.WearPolicy;
import io.github.vanphong.asset.WearRates;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@link AssetRegisterArbitraries} by type, so that {@code @ForAll AssetRegister register}, {@code @ForAll
 * Asset asset}, {@code @ForAll WearPolicy policy} and the others work in any jqwik property. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class AssetRegisterArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(AssetId.class, AssetRegisterArbitraries::assetIds)
          .put(Asset.class, AssetRegisterArbitraries::assets)
          .put(AssetEvent.class, AssetRegisterArbitraries::assetEvents)
          .put(AssetRegister.class, AssetRegisterArbitraries::assetRegisters)
          .put(Inventory.class, AssetRegisterArbitraries::inventories)
          .put(InventoryDifference.class, AssetRegisterArbitraries::inventoryDifferences)
          .put(FixedAssetThreshold.class, AssetRegisterArbitraries::fixedAssetThresholds)
          .put(FixedAssetRuleBook.class, AssetRegisterArbitraries::fixedAssetRuleBooks)
          .put(WearRates.class, AssetRegisterArbitraries::wearRates)
          .put(WearPolicy.class, AssetRegisterArbitraries::wearPolicies)
          .put(AssetFigure.class, AssetRegisterArbitraries::assetFigures)
          .put(AssetSummary.class, AssetRegisterArbitraries::assetSummaries)
          .put(AssetRollUp.class, AssetRegisterArbitraries::assetRollUps)
          .build();

  /** Creates the provider; jqwik calls this through the service loader. */
  public AssetRegisterArbitraryProvider() {}

  /**
   * Tells whether the type is one of the asset register's types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for every public value type of the asset register
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
