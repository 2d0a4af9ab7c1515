package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An item of a Party budget, an expenditure group the estimate is given by: a code and a name the application
 * supplies, for example {@code 6000} "Tiền lương" or {@code HD-DANG} "Chi hoạt động công tác đảng". The Party's own
 * list of items was not found (a gap), so items are data, not constants of the library.
 *
 * <p>A code is 1 to 20 letters, digits, dots and hyphens, and identifies the item within a budget and across the
 * budgets a {@link BudgetSummary} merges.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class BudgetItem {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]{1,20}");

  BudgetItem() {}

  /**
   * The code, for example {@code 6000}.
   *
   * @return the code, 1 to 20 letters, digits, dots and hyphens, not null
   */
  public abstract String code();

  /**
   * The name, for example "Tiền lương".
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * Returns an item.
   *
   * @param code the code, 1 to 20 letters, digits, dots and hyphens, not null
   * @param name the name, not blank, not null
   * @return the item, not null
   * @throws IllegalArgumentException if the code is not 1 to 20 letters, digits, dots and hyphens, or the name is
   *     blank
   */
  public static BudgetItem of(String code, String name) {
    return ImmutableBudgetItem.builder().code(code).name(name).build();
  }

  /**
   * Tells whether a text is a valid item code.
   *
   * @param code the text, not null
   * @return true if it is 1 to 20 letters, digits, dots and hyphens
   */
  static boolean isCode(String code) {
    return CODE.matcher(code).matches();
  }

  @Value.Check
  void check() {
    checkArgument(
        isCode(code()), "a budget item's code is 1 to 20 letters, digits, dots and hyphens: %s", Texts.quote(code()));
    checkArgument(!Texts.isBlank(name()), "a budget item has a name: %s is blank", Texts.quote(name()));
  }

  /**
   * Returns the code and the name, for example "6000 Tiền lương".
   *
   * @return the readable form, not null
   */
  @Override
  public String toString() {
    return code() + " " + name();
  }
}
