package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A polling area (khu vực bỏ phiếu) as the commune's People's Committee draws it: a name, what it serves and its
 * voters. For example {@code PollingArea.of("Khu vực bỏ phiếu số 3", PollingAreaKind.ORDINARY, 1_250)}. An area of
 * the National Assembly election is also the area of the People's Councils' (Luật 85/2015/QH13, Điều 11, khoản 1), so
 * an area carries no election level.
 *
 * <p>{@link #findings()} checks the size the law allows it (Điều 11, khoản 2 and 3; {@link PollingAreaRule}):
 *
 * <ul>
 *   <li>every area has at most {@value #MOST_VOTERS} voters;
 *   <li>an {@link PollingAreaKind#ORDINARY ordinary} area has at least {@value #FEWEST_VOTERS}; a {@link
 *       PollingAreaKind#SPARSE sparse} one may have fewer;
 *   <li>the separate area of a {@link PollingAreaKind#CARE_FACILITY hospital or care home} has at least {@value
 *       #FEWEST_VOTERS_OF_A_CARE_FACILITY}; armed units and closed facilities have no lower bound.
 * </ul>
 *
 * <p>A finding is not a refusal: the area is made as counted, and {@link #findings(Iterable)} reports every area's
 * findings at once. Only what no count can be (no voters, a blank name) is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class PollingArea {

  /** The most voters of a polling area: 4,000 (Điều 11, khoản 2). */
  public static final int MOST_VOTERS = 4_000;

  /** The fewest voters of a polling area of residents, outside sparse places: 300 (Điều 11, khoản 2). */
  public static final int FEWEST_VOTERS = 300;

  /** The fewest voters of the separate area of a hospital or care home: 50 (Điều 11, khoản 3). */
  public static final int FEWEST_VOTERS_OF_A_CARE_FACILITY = 50;

  PollingArea() {}

  /**
   * The area's name, for example "Khu vực bỏ phiếu số 3".
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * What the area serves.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract PollingAreaKind kind();

  /**
   * The voters of the area.
   *
   * @return the voters, at least 1
   */
  @Value.Parameter
  public abstract int voters();

  /**
   * Returns a polling area.
   *
   * @param name the area's name, not blank
   * @param kind what the area serves, not null
   * @param voters the voters, at least 1
   * @return the area, not null
   * @throws IllegalArgumentException if the name is blank or there are no voters
   */
  public static PollingArea of(String name, PollingAreaKind kind, int voters) {
    return ImmutablePollingArea.of(requireNonNull(name, "name"), requireNonNull(kind, "kind"), voters);
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a polling area has a name; %s is blank", Texts.quote(name()));
    checkArgument(voters() >= 1, "a polling area has voters; %s has %s", Texts.quote(name()), voters());
  }

  /**
   * Returns what the area breaks of the size the law allows it, at most one finding.
   *
   * @return the findings, possibly empty, not null
   */
  public ImmutableList<PollingAreaViolation> findings() {
    if (voters() > MOST_VOTERS) {
      return ImmutableList.of(
          PollingAreaViolation.of(
              PollingAreaRule.VOTERS_PER_AREA,
              String.format(
                  Locale.ROOT,
                  "a polling area has at most %,d voters; %s has %,d", MOST_VOTERS, Texts.quote(name()), voters()),
              this,
              MOST_VOTERS));
    }
    if (kind() == PollingAreaKind.ORDINARY && voters() < FEWEST_VOTERS) {
      return ImmutableList.of(
          PollingAreaViolation.of(
              PollingAreaRule.VOTERS_PER_AREA,
              String.format(
                  Locale.ROOT,
                  "a polling area outside mountain, island and sparse places has at least %d voters; %s has %d",
                  FEWEST_VOTERS, Texts.quote(name()), voters()),
              this,
              FEWEST_VOTERS));
    }
    if (kind() == PollingAreaKind.CARE_FACILITY && voters() < FEWEST_VOTERS_OF_A_CARE_FACILITY) {
      return ImmutableList.of(
          PollingAreaViolation.of(
              PollingAreaRule.CARE_FACILITY_AREA,
              String.format(
                  Locale.ROOT,
                  "a hospital or care home has a separate polling area with at least %d voters; %s has %d",
                  FEWEST_VOTERS_OF_A_CARE_FACILITY, Texts.quote(name()), voters()),
              this,
              FEWEST_VOTERS_OF_A_CARE_FACILITY));
    }
    return ImmutableList.of();
  }

  /**
   * Returns the findings of every area, in the order given: all of them at once.
   *
   * @param areas the areas, not null, none null
   * @return the findings, possibly empty, not null
   */
  public static ImmutableList<PollingAreaViolation> findings(Iterable<PollingArea> areas) {
    ImmutableList.Builder<PollingAreaViolation> found = ImmutableList.builder();
    for (PollingArea area : Arguments.list(areas, "areas")) {
      found.addAll(area.findings());
    }
    return found.build();
  }

  /**
   * Returns the readable form, for example "Khu vực bỏ phiếu số 3 (ORDINARY, 1,250 voters)".
   *
   * @return the name, kind and voters, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s, %,d voters)", name(), kind(), voters());
  }
}
