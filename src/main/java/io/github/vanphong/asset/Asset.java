package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.text.Normalizer;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An asset of a Party body as its register holds it on a day: its id, name, class, source, value in the books
 * (nguyên giá), the years it is expected to be used, the day it was recorded and the unit that holds it. For example
 * a desktop computer {@code HG-VPTU-TS-2024-017} of class {@link AssetClass#MACHINERY}, bought with the State budget
 * for VND 18,500,000 on 2024-03-15, expected to be used for five years, held by the provincial office.
 *
 * <p>The value in the books is the original value as recorded, or the value of the asset's last revaluation ({@link
 * AssetRegister#revalue}); the holder is the unit it was last transferred to. It is not the asset's wear nor its
 * residual value, which {@link WearPolicy} computes from the register's history.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Asset {

  Asset() {}

  /**
   * The asset's id in the register.
   *
   * @return the id, not null
   */
  public abstract AssetId id();

  /**
   * The name on the asset's card, for example "Máy vi tính để bàn".
   *
   * @return the name, not blank, at most 500 characters, in NFC
   */
  public abstract String name();

  /**
   * The class of Thông tư 23/2023/TT-BTC, Điều 4.
   *
   * @return the class, not null
   */
  public abstract AssetClass assetClass();

  /**
   * Where the asset came from (Nghị định 165/2017/NĐ-CP, Điều 3).
   *
   * @return the source, not null
   */
  public abstract AssetSource source();

  /**
   * The value in the books (nguyên giá): as recorded, or as last revalued.
   *
   * @return the value, 0 đồng or more
   */
  public abstract Money originalValue();

  /**
   * The years the asset is expected to be used (thời gian sử dụng), 0 for less than a year.
   *
   * @return the years, from 0 to 200
   */
  public abstract int yearsOfUse();

  /**
   * The day the asset was recorded in the register.
   *
   * @return the day, not null
   */
  public abstract LocalDate recordedOn();

  /**
   * The unit that holds and uses the asset.
   *
   * @return the unit, not null
   */
  public abstract UnitId holder();

  /**
   * Returns a builder. Every attribute is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Asset}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAsset.Builder {
    Builder() {}
  }

  /** This asset held by another unit. */
  Asset heldBy(UnitId unit) {
    return builder().from(this).holder(unit).build();
  }

  /** This asset with another value in the books. */
  Asset valuedAt(Money value) {
    return builder().from(this).originalValue(value).build();
  }

  @Value.Check
  Asset normalize() {
    checkArgument(
        !Texts.isBlank(name()) && name().length() <= 500,
        "an asset needs a name of 1 to 500 characters: %s",
        Texts.quote(name()));
    checkArgument(
        !originalValue().isNegative(),
        "an asset's value in the books is 0 đồng or more; %s has %s",
        id(),
        originalValue());
    checkArgument(
        yearsOfUse() >= 0 && yearsOfUse() <= 200,
        "an asset is used for 0 to 200 years; %s has %s",
        id(),
        yearsOfUse());
    String name = Normalizer.normalize(name(), Normalizer.Form.NFC);
    return name.equals(name()) ? this : builder().from(this).name(name).build();
  }
}
