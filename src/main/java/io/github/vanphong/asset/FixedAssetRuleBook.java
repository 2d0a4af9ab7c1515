package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fixed-asset thresholds, each chosen by the day asked about: which assets of a register are fixed assets on a
 * day. For example on 2025-12-31 a computer of VND 18,500,000 expected to be used five years is a fixed asset, and a
 * printer of VND 6,000,000 is not.
 *
 * <p>The standard book ({@link #standard()}) holds {@link #THRESHOLD_2023}, from 2023-06-10. The threshold before
 * that day (under the circular that Thông tư 23/2023/TT-BTC replaced) was not read: the library has no rule for
 * those days, and an application that needs them puts its own in ({@link #with(FixedAssetThreshold) with}). Asking
 * about a day without a rule is refused, not answered with a guess.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FixedAssetRuleBook {

  /**
   * A fixed asset has a value in the books of at least VND 10,000,000 and at least one year of use (Thông tư
   * 23/2023/TT-BTC, Điều 3, khoản 2, verified).
   */
  public static final FixedAssetThreshold THRESHOLD_2023 =
      FixedAssetThreshold.builder()
          .name("THRESHOLD_2023")
          .minimumValue(Money.ofDong(10_000_000))
          .minimumYearsOfUse(1)
          .basis(
              LegalBasis.builder()
                  .instrument(Instruments.FIXED_ASSETS_CIRCULAR_2023)
                  .article("Điều 3, khoản 2")
                  .confirmation(Confirmation.VERIFIED)
                  .build())
          .build();

  private static final FixedAssetRuleBook STANDARD = new FixedAssetRuleBook(ImmutableList.of(THRESHOLD_2023));

  private final ImmutableList<FixedAssetThreshold> thresholds;

  private FixedAssetRuleBook(ImmutableList<FixedAssetThreshold> thresholds) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < thresholds.size(); i++) {
      FixedAssetThreshold threshold = thresholds.get(i);
      checkArgument(
          names.add(threshold.name()),
          "a rule book names each threshold once; %s is there twice",
          Texts.quote(threshold.name()));
      for (int j = 0; j < i; j++) {
        FixedAssetThreshold other = thresholds.get(j);
        checkArgument(
            !other.validity().overlaps(threshold.validity()),
            "one threshold is chosen for a day: %s and %s are both chosen for %s",
            other.name(),
            threshold.name(),
            other.validity().intersection(threshold.validity()).map(Object::toString).orElse(""));
      }
    }
    this.thresholds = thresholds;
  }

  /**
   * Returns the standard book: {@link #THRESHOLD_2023}.
   *
   * @return the book, not null
   */
  public static FixedAssetRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a book of an application's thresholds.
   *
   * @param thresholds the thresholds, not null, none null
   * @return the book, not null
   * @throws IllegalArgumentException if two thresholds have one name or are chosen for a same day
   */
  public static FixedAssetRuleBook of(List<FixedAssetThreshold> thresholds) {
    return new FixedAssetRuleBook(Arguments.list(thresholds, "thresholds"));
  }

  /**
   * Returns this book with a threshold in place of the one of its name, or added; this book is left as it was.
   *
   * @param threshold the threshold, not null
   * @return the new book, not null
   * @throws IllegalArgumentException if the threshold would be chosen for a day another is
   */
  public FixedAssetRuleBook with(FixedAssetThreshold threshold) {
    requireNonNull(threshold, "threshold");
    return new FixedAssetRuleBook(NamedLists.with(thresholds, threshold, FixedAssetThreshold::name));
  }

  /**
   * Returns this book without the threshold of a name; this book is left as it was.
   *
   * @param name the name, not null
   * @return the new book, not null
   */
  public FixedAssetRuleBook without(String name) {
    requireNonNull(name, "name");
    return new FixedAssetRuleBook(NamedLists.without(thresholds, name, FixedAssetThreshold::name));
  }

  /**
   * Returns the thresholds, in the order of the book.
   *
   * @return the thresholds, not null
   */
  public ImmutableList<FixedAssetThreshold> thresholds() {
    return thresholds;
  }

  /**
   * Returns the threshold chosen for a day.
   *
   * @param day the day, not null
   * @return the threshold, or empty if the book has none for the day
   */
  public Optional<FixedAssetThreshold> thresholdOn(LocalDate day) {
    requireNonNull(day, "day");
    return thresholds.stream().filter(t -> t.validity().contains(day)).findFirst();
  }

  /**
   * Tells whether an asset is a fixed asset on a day, by the threshold chosen for the day.
   *
   * @param asset the asset, not null
   * @param day the day, not null
   * @return true if it passes the threshold
   * @throws IllegalArgumentException if the book has no threshold for the day
   */
  public boolean isFixedAsset(Asset asset, LocalDate day) {
    requireNonNull(asset, "asset");
    return threshold(day).admits(asset);
  }

  /**
   * Returns the fixed assets of a register on a day: its assets in use that day, with their value of that day, that
   * pass the threshold chosen for the day.
   *
   * @param register the register, not null
   * @param day the day, not null
   * @return the fixed assets, in the order they were recorded, not null
   * @throws IllegalArgumentException if the book has no threshold for the day
   */
  public ImmutableList<Asset> fixedAssets(AssetRegister register, LocalDate day) {
    requireNonNull(register, "register");
    FixedAssetThreshold threshold = threshold(day);
    return register.assetsAsOf(day).stream().filter(threshold::admits).collect(ImmutableList.toImmutableList());
  }

  private FixedAssetThreshold threshold(LocalDate day) {
    requireNonNull(day, "day");
    Optional<FixedAssetThreshold> threshold = thresholdOn(day);
    checkArgument(
        threshold.isPresent(),
        "the fixed-asset rule book has no threshold for %s (the standard book starts with %s on %s; earlier days are"
            + " the application's to supply)",
        day,
        Instruments.FIXED_ASSETS_CIRCULAR_2023.name(),
        Instruments.FIXED_ASSETS_CIRCULAR_2023.inForceFrom());
    return threshold.get();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FixedAssetRuleBook other && thresholds.equals(other.thresholds);
  }

  @Override
  public int hashCode() {
    return thresholds.hashCode();
  }

  /**
   * Returns a readable form: "FixedAssetRuleBook[THRESHOLD_2023]".
   *
   * @return the names of the thresholds, not null
   */
  @Override
  public String toString() {
    return "FixedAssetRuleBook" + thresholds.stream().map(FixedAssetThreshold::name).toList();
  }
}
