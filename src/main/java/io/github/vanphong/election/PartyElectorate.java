package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The base of the winning threshold of a Party election: the official members or delegates called to the congress,
 * less those the rules exclude ({@link PartyExclusion}). For example a congress of members with 120 official members
 * called, 3 in temporary activity elsewhere and 2 absent with leave, has a base of 115: a candidate wins with 58 votes
 * or more, more than half of 115 (Quy định 190-QĐ/TW, Điều 30, khoản 2).
 *
 * <p>Those called who are excluded for a reason the rules read do not list are the application's to judge: it counts
 * them in {@link #called()} or not.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class PartyElectorate {

  PartyElectorate() {}

  /**
   * The form of the congress: of members or of delegates.
   *
   * @return the form, not null
   */
  public abstract PartyCongressKind kind();

  /**
   * The official members or delegates called (được triệu tập).
   *
   * @return the number called, 1 or more
   */
  public abstract int called();

  /**
   * Those called who do not count in the base, by reason in the order of {@link PartyExclusion}, reasons with none
   * left out.
   *
   * @return the exclusions, each positive, not null
   */
  public abstract ImmutableMap<PartyExclusion, Integer> exclusions();

  /**
   * Returns a base.
   *
   * @param kind the form of the congress, not null
   * @param called the official members or delegates called, 1 or more
   * @param exclusions those excluded by reason, each 0 or more and of a reason of the form; zero counts left out
   * @return the base, not null
   * @throws IllegalArgumentException if a reason is of the other form, a count negative, or the exclusions leave no one
   */
  public static PartyElectorate of(PartyCongressKind kind, int called, Map<PartyExclusion, Integer> exclusions) {
    Map<PartyExclusion, Integer> kept = new EnumMap<>(PartyExclusion.class);
    Arguments.entries(exclusions, "exclusions")
        .forEach(
            (reason, n) -> {
              checkArgument(n >= 0, "an exclusion counts 0 or more; %s was %s", reason, n);
              if (n > 0) {
                kept.put(reason, n);
              }
            });
    return ImmutablePartyElectorate.builder()
        .kind(kind)
        .called(called)
        .exclusions(Maps.immutableEnumMap(kept))
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(called() >= 1 && called() <= 10_000_000, "1 to 10000000 are called; %s were", called());
    long excluded = 0;
    for (Map.Entry<PartyExclusion, Integer> e : exclusions().entrySet()) {
      checkArgument(
          e.getKey().kind() == kind(), "%s excludes at a congress of %s, not of %s", e.getKey(), e.getKey().kind(), kind());
      checkArgument(e.getValue() > 0, "zero exclusions are left out; %s was %s", e.getKey(), e.getValue());
      excluded += e.getValue();
    }
    checkArgument(excluded < called(), "the exclusions (%s) leave none of the %s called", excluded, called());
  }

  /**
   * Returns the base: those called, less those excluded.
   *
   * @return the base, 1 or more
   */
  public int base() {
    return called() - exclusions().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the fewest votes that win: more than half of the base.
   *
   * @return the votes, 1 or more
   */
  public int threshold() {
    return base() / 2 + 1;
  }

  /**
   * Returns the rule of the threshold for the form of the congress.
   *
   * @return {@link PartyElectionRule#WINNING_THRESHOLD_MEMBERS} or {@link PartyElectionRule#WINNING_THRESHOLD_DELEGATES}
   */
  public PartyElectionRule thresholdRule() {
    return kind() == PartyCongressKind.MEMBERS
        ? PartyElectionRule.WINNING_THRESHOLD_MEMBERS
        : PartyElectionRule.WINNING_THRESHOLD_DELEGATES;
  }

  /**
   * Returns the readable form, for example "PartyElectorate[MEMBERS, 120 called, base 115]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "PartyElectorate[" + kind() + ", " + called() + " called, base " + base() + "]";
  }
}
