package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * A surplus or a shortfall found at a year-end inventory, with its cause as the counting board wrote it: for example
 * the shortfall of {@code HG-VPTU-TS-2019-004}, "máy in hỏng, đã chờ thanh lý từ tháng 10". The cause is required
 * (Luật 15/2017/QH14, Điều 38, khoản 3: the surpluses and shortfalls are found with their causes).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class InventoryDifference {

  InventoryDifference() {}

  /**
   * The asset that differs: one the register holds that was not found, or one found with the id the board gave it.
   *
   * @return the id, not null
   */
  public abstract AssetId asset();

  /**
   * Surplus or shortfall.
   *
   * @return the kind, not null
   */
  public abstract InventoryDifferenceKind kind();

  /**
   * Why the count differs from the register.
   *
   * @return the cause, not blank, at most 2,000 characters, in NFC
   */
  public abstract String cause();

  /**
   * Returns a difference.
   *
   * @param asset the asset, not null
   * @param kind surplus or shortfall, not null
   * @param cause the cause, not blank, at most 2,000 characters
   * @return the difference, not null
   * @throws IllegalArgumentException if the cause is blank or too long
   */
  public static InventoryDifference of(AssetId asset, InventoryDifferenceKind kind, String cause) {
    return ImmutableInventoryDifference.builder().asset(asset).kind(kind).cause(cause).build();
  }

  @Value.Check
  InventoryDifference normalize() {
    checkArgument(
        !Texts.isBlank(cause()) && cause().length() <= 2_000,
        "%s: each surplus and shortfall has its cause, 1 to 2,000 characters; %s of %s has %s",
        AssetRule.YEAR_END_INVENTORY.cite(),
        kind(),
        asset(),
        Texts.quote(cause()));
    String cause = Normalizer.normalize(cause(), Normalizer.Form.NFC);
    return cause.equals(cause()) ? this : ImmutableInventoryDifference.builder().from(this).cause(cause).build();
  }
}
