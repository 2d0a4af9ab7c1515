package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The list of a Party election (danh sách bầu cử): the day of the election, what it elects, the places to fill, how
 * many members or delegates were present when the list was settled, and the candidates in the order listed. For
 * example the list for the provincial committee of 2025-10-14, 53 places, 58 candidates, 350 delegates present.
 *
 * <p>{@link #findings()} reports every breach at once, each a {@link PartyElectionViolation} whose basis is chosen by
 * the election's day ({@link PartyElectionRule#basisOn(LocalDate) basisOn}): a person listed twice; for a committee or
 * standing committee, no surplus, a surplus over 30% of the places, or a convening committee's list whose surplus is
 * not 10% to 15% of the places (Quy định 190-QĐ/TW, Điều 14, khoản 1); a nomination from the floor or a
 * self-nomination with no more than 30% of those present agreeing (Điều 14, khoản 2 and 3).
 *
 * <p>The rules read state the percentages, not how a fraction of a person rounds: the checks take the widest reading,
 * a surplus of at most 30% of the places rounded down (the law's "không quá"), and a convening surplus from 10% of the
 * places rounded down to 15% rounded up, so that a committee of 5 may have a surplus of 1. The surplus rules apply to
 * committees and standing committees, the only bodies the excerpt read names; an application checks other lists
 * itself.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class PartyCandidateList {

  PartyCandidateList() {}

  /**
   * The day of the election, which chooses the rules' basis.
   *
   * @return the day, not null
   */
  @Value.Parameter
  public abstract LocalDate electionDay();

  /**
   * What the list elects.
   *
   * @return the body, not null
   */
  @Value.Parameter
  public abstract PartyElectedBody body();

  /**
   * The places to fill (số lượng cần bầu).
   *
   * @return the places, 1 or more
   */
  @Value.Parameter
  public abstract int places();

  /**
   * The members or delegates present when the list was settled, the base of the agreement to a nomination from the
   * floor.
   *
   * @return the number present, 1 or more
   */
  @Value.Parameter
  public abstract int present();

  /**
   * The candidates in the order listed.
   *
   * @return the candidates, possibly empty, not null
   */
  @Value.Parameter
  public abstract ImmutableList<PartyCandidate> candidates();

  /**
   * Returns a list.
   *
   * @param electionDay the day of the election, not null
   * @param body what the list elects, not null
   * @param places the places to fill, 1 or more
   * @param present the members or delegates present, 1 or more, at least the agreement of every candidate
   * @param candidates the candidates in the order listed, not null, none null
   * @return the list, not null
   * @throws IllegalArgumentException if the places or those present are fewer than 1, or a candidate's agreement is
   *     more than those present
   */
  public static PartyCandidateList of(
      LocalDate electionDay, PartyElectedBody body, int places, int present, List<PartyCandidate> candidates) {
    return ImmutablePartyCandidateList.of(
        electionDay, body, places, present, Arguments.list(candidates, "candidates"));
  }

  @Value.Check
  void check() {
    checkArgument(places() >= 1 && places() <= 100_000, "a list fills 1 to 100000 places; it has %s", places());
    checkArgument(
        present() >= 1 && present() <= 10_000_000, "1 to 10000000 are present when a list is settled; %s were", present());
    for (PartyCandidate c : candidates()) {
      checkArgument(
          c.agreed() <= present(), "%s: %s agreed, more than the %s present", c.id(), c.agreed(), present());
    }
  }

  /**
   * Returns the number of people on the list, each counted once.
   *
   * @return the people, 0 or more
   */
  public int people() {
    return (int) candidates().stream().map(PartyCandidate::id).distinct().count();
  }

  /**
   * Tells whether the list has more people than places (danh sách có số dư).
   *
   * @return true if it has a surplus
   */
  public boolean hasSurplus() {
    return people() > places();
  }

  /**
   * Returns the most people the list may have: the places plus 30% of them, rounded down.
   *
   * @return the most, at least the places
   */
  public int maximumPeople() {
    return places() + places() * 3 / 10;
  }

  /**
   * Returns the columns of the ballot: number, name, agree and disagree for a list with no surplus; number and name
   * for a list with one, where a name is struck through to reject it.
   *
   * @return the columns, in order, not null
   */
  public ImmutableList<PartyBallotColumn> ballotColumns() {
    return hasSurplus()
        ? ImmutableList.of(PartyBallotColumn.NUMBER, PartyBallotColumn.NAME)
        : ImmutableList.copyOf(PartyBallotColumn.values());
  }

  /**
   * Returns every breach of the list.
   *
   * @return the findings, in the order: people listed twice, surplus, convening surplus, nominations from the floor;
   *     empty if none
   */
  public ImmutableList<PartyElectionViolation> findings() {
    List<PartyElectionViolation> found = new ArrayList<>();
    LocalDate day = electionDay();
    Set<PersonId> seen = new HashSet<>();
    Set<PersonId> twice = new LinkedHashSet<>();
    for (PartyCandidate c : candidates()) {
      if (!seen.add(c.id())) {
        twice.add(c.id());
      }
    }
    for (PersonId id : twice) {
      PartyCandidate first = candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
      found.add(
          PartyElectionViolation.of(
              PartyElectionRule.ONE_ENTRY_PER_PERSON, day, "a person is on the list once; " + id + " is there twice", first));
    }
    int people = people();
    if (body() == PartyElectedBody.COMMITTEE || body() == PartyElectedBody.STANDING_COMMITTEE) {
      if (people <= places()) {
        found.add(
            PartyElectionViolation.of(
                PartyElectionRule.SURPLUS_REQUIRED,
                day,
                "a committee's list has more candidates than places: more than " + places() + "; it has " + people,
                places(),
                people));
      } else if (people > maximumPeople()) {
        found.add(
            PartyElectionViolation.of(
                PartyElectionRule.SURPLUS_AT_MOST_30_PERCENT,
                day,
                "the list has at most 30% more candidates than places: at most "
                    + maximumPeople()
                    + " for "
                    + places()
                    + " places; it has "
                    + people,
                places(),
                people));
      }
      int proposed =
          (int)
              candidates().stream()
                  .filter(c -> c.nomination() == PartyNomination.CONVENING_COMMITTEE)
                  .map(PartyCandidate::id)
                  .distinct()
                  .count();
      int least = places() + places() / 10;
      int most = places() + (places() * 15 + 99) / 100;
      if (proposed < least || proposed > most) {
        found.add(
            PartyElectionViolation.of(
                PartyElectionRule.CONVENING_SURPLUS_10_TO_15_PERCENT,
                day,
                "the convening committee proposes 10% to 15% more candidates than places: "
                    + least
                    + " to "
                    + most
                    + " for "
                    + places()
                    + " places; it proposes "
                    + proposed,
                places(),
                proposed));
      }
    }
    for (PartyCandidate c : candidates()) {
      if (c.nomination() != PartyNomination.CONVENING_COMMITTEE && !agreementEnough(c.agreed(), present())) {
        found.add(
            PartyElectionViolation.of(
                PartyElectionRule.FLOOR_NOMINATION_AGREEMENT,
                day,
                "a nomination from the floor enters the list with more than 30% of those present agreeing: "
                    + c.id()
                    + " had "
                    + c.agreed()
                    + " of "
                    + present(),
                c,
                c.agreed(),
                present()));
      }
    }
    return ImmutableList.copyOf(found);
  }

  /** More than 30% of those present: agreed / present > 3 / 10. */
  static boolean agreementEnough(int agreed, int present) {
    return (long) agreed * 10 > (long) present * 3;
  }

  /**
   * Returns the readable form, for example "PartyCandidateList[2025-10-14 COMMITTEE, 53 places, 58 candidates, 350
   * present]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "PartyCandidateList["
        + electionDay()
        + " "
        + body()
        + ", "
        + places()
        + " places, "
        + candidates().size()
        + " candidates, "
        + present()
        + " present]";
  }
}
