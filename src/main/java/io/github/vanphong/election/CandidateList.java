package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The candidate list (danh sách người ứng cử) of one constituency (đơn vị bầu cử): the constituency's name, the
 * election it belongs to, the seats it elects and its candidates in the order listed. For example the list of "Đơn vị
 * bầu cử số 2" of a provincial People's Council, 4 seats, 7 candidates.
 *
 * <p>{@link #findings()} reports every breach of the Election Law at once, each a {@link CandidateViolation} naming its
 * {@link CandidateRule}: more seats than the law allows for the level (at most 3 for the National Assembly, 5 for a
 * People's Council); too few candidates for the seats (the surplus, số dư: at least 2 more for the National Assembly;
 * for a People's Council at least 1 more, 2 more for 3 seats, 3 more for 4 or more); a person listed twice; names out
 * of Vietnamese alphabetical order ({@link VietnameseCollation}). {@link #oneConstituencyFindings} checks the lists of
 * an election together: a person is on the list of one constituency only. Candidates are counted as people, by
 * identifier, so a person listed twice counts once towards the surplus.
 *
 * <p>The law lets the National Election Council decide when candidates drop out for force majeure (Điều 57, khoản 6;
 * Điều 58, khoản 3): a list short of its surplus on election day may be lawful by its decision, which this check does
 * not know.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class CandidateList {

  /** The most seats a National Assembly constituency elects (Điều 10, khoản 4). */
  public static final int NATIONAL_ASSEMBLY_MAX_SEATS = 3;

  /** The most seats a People's Council constituency elects (Điều 10, khoản 4). */
  public static final int COUNCIL_MAX_SEATS = 5;

  CandidateList() {}

  /**
   * The name of the constituency, for example "Đơn vị bầu cử số 2"; lists of one election are told apart by it.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String constituency();

  /**
   * The election the constituency belongs to: the National Assembly's or a People's Council's.
   *
   * @return the level, not null
   */
  @Value.Parameter
  public abstract ElectionLevel level();

  /**
   * The number of deputies the constituency elects.
   *
   * @return the seats, 1 or more
   */
  @Value.Parameter
  public abstract int seats();

  /**
   * The candidates in the order listed.
   *
   * @return the candidates, possibly empty, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Candidate> candidates();

  /**
   * Returns a candidate list.
   *
   * @param constituency the name of the constituency, not blank
   * @param level the election, not null
   * @param seats the deputies the constituency elects, 1 or more
   * @param candidates the candidates in the order listed, not null, none null
   * @return the list, not null
   * @throws IllegalArgumentException if the name is blank or the seats fewer than 1
   */
  public static CandidateList of(
      String constituency, ElectionLevel level, int seats, List<Candidate> candidates) {
    return ImmutableCandidateList.of(constituency, level, seats, Arguments.list(candidates, "candidates"));
  }

  @Value.Check
  void check() {
    checkArgument(
        !Texts.isBlank(constituency()), "a constituency has a name; %s is blank", Texts.quote(constituency()));
    checkArgument(
        seats() >= 1, "a constituency elects 1 deputy or more; %s elects %s", Texts.quote(constituency()), seats());
  }

  /**
   * Returns the fewest candidates the list must have for its seats: the seats plus 2 for the National Assembly
   * (Điều 57, khoản 6); for a People's Council the seats plus 1, plus 2 for 3 seats, plus 3 for 4 or more (Điều 58,
   * khoản 3).
   *
   * @return the fewest candidates, more than the seats
   */
  public long minimumCandidates() {
    int surplus;
    if (level() == ElectionLevel.NATIONAL_ASSEMBLY) {
      surplus = 2;
    } else if (seats() >= 4) {
      surplus = 3;
    } else if (seats() == 3) {
      surplus = 2;
    } else {
      surplus = 1;
    }
    return (long) seats() + surplus;
  }

  /**
   * Returns the most seats a constituency of the list's level elects: 3 for the National Assembly, 5 for a People's
   * Council (Điều 10, khoản 4).
   *
   * @return the most seats
   */
  public int maximumSeats() {
    return level() == ElectionLevel.NATIONAL_ASSEMBLY ? NATIONAL_ASSEMBLY_MAX_SEATS : COUNCIL_MAX_SEATS;
  }

  /**
   * Returns the number of people on the list, each counted once.
   *
   * @return the people, 0 or more
   */
  public int people() {
    return (int) candidates().stream().map(Candidate::id).distinct().count();
  }

  /**
   * Returns the same list with its candidates in Vietnamese alphabetical order; candidates of equal names keep their
   * order.
   *
   * @param order the order of names, not null
   * @return the list sorted, not null
   */
  public CandidateList sorted(VietnameseCollation order) {
    requireNonNull(order, "order");
    return of(
        constituency(),
        level(),
        seats(),
        candidates().stream()
            .sorted(Comparator.comparing(Candidate::name, order))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns every breach of the list, the names ordered from the first word ({@link VietnameseCollation#WHOLE_NAME}).
   *
   * @return the findings, in the order: seats, surplus, people listed twice, names out of order; empty if none
   */
  public ImmutableList<CandidateViolation> findings() {
    return findings(VietnameseCollation.WHOLE_NAME);
  }

  /**
   * Returns every breach of the list, the names ordered as an application's election committee orders them.
   *
   * @param order the order of names, not null
   * @return the findings, in the order: seats, surplus, people listed twice (each once), pairs of neighbouring names
   *     out of order; empty if none
   */
  public ImmutableList<CandidateViolation> findings(VietnameseCollation order) {
    requireNonNull(order, "order");
    List<CandidateViolation> found = new ArrayList<>();
    String name = Texts.quote(constituency());
    String election = level() == ElectionLevel.NATIONAL_ASSEMBLY ? "a National Assembly" : "a People's Council";
    if (seats() > maximumSeats()) {
      found.add(
          CandidateViolation.of(
              CandidateRule.seats(level()),
              election + " constituency elects at most " + maximumSeats() + " deputies; " + name + " elects " + seats(),
              constituency(),
              seats()));
    }
    int people = people();
    if (people < minimumCandidates()) {
      found.add(
          CandidateViolation.of(
              CandidateRule.surplus(level()),
              election
                  + " constituency of "
                  + seats()
                  + " seats lists at least "
                  + minimumCandidates()
                  + " candidates; "
                  + name
                  + " lists "
                  + people,
              constituency(),
              seats(),
              people));
    }
    Map<PersonId, List<Candidate>> byPerson =
        candidates().stream().collect(Collectors.groupingBy(Candidate::id, LinkedHashMap::new, Collectors.toList()));
    for (List<Candidate> entries : byPerson.values()) {
      if (entries.size() > 1) {
        Candidate first = entries.get(0);
        found.add(
            CandidateViolation.of(
                CandidateRule.oneConstituency(level()),
                "a person is listed once; "
                    + first.id()
                    + " "
                    + Texts.quote(first.name())
                    + " is listed "
                    + entries.size()
                    + " times on the list of "
                    + name,
                constituency(),
                first,
                entries.size()));
      }
    }
    for (int i = 1; i < candidates().size(); i++) {
      Candidate before = candidates().get(i - 1);
      Candidate after = candidates().get(i);
      if (order.compare(before.name(), after.name()) > 0) {
        found.add(
            CandidateViolation.of(
                CandidateRule.alphabeticalOrder(level()),
                "the names are listed in Vietnamese alphabetical order ("
                    + order.englishName().toLowerCase(Locale.ROOT)
                    + "); on the list of "
                    + name
                    + ", "
                    + Texts.quote(before.name())
                    + " comes before "
                    + Texts.quote(after.name()),
                constituency(),
                before,
                after));
      }
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * Returns every person on the lists of more than one constituency of one election: for each, the person's first
   * entry and the constituencies, in the order of the lists. Lists of different levels are checked apart, each
   * election on its own; lists of one name and level count as one constituency. A person listed twice on one list is
   * {@linkplain #findings() that list's} finding.
   *
   * @param lists the candidate lists of an election, not null, none null
   * @return the findings, one per person and election, in the order the people are first met; empty if none
   */
  public static ImmutableList<CandidateViolation> oneConstituencyFindings(Iterable<CandidateList> lists) {
    ImmutableList<CandidateList> all = Arguments.list(lists, "lists");
    Map<ElectionLevel, Map<PersonId, Set<String>>> constituencies = new EnumMap<>(ElectionLevel.class);
    Map<ElectionLevel, Map<PersonId, Candidate>> firstEntries = new EnumMap<>(ElectionLevel.class);
    for (CandidateList list : all) {
      Map<PersonId, Set<String>> ofLevel = constituencies.computeIfAbsent(list.level(), l -> new LinkedHashMap<>());
      Map<PersonId, Candidate> firsts = firstEntries.computeIfAbsent(list.level(), l -> new LinkedHashMap<>());
      for (Candidate candidate : list.candidates()) {
        ofLevel.computeIfAbsent(candidate.id(), id -> new LinkedHashSet<>()).add(list.constituency());
        firsts.putIfAbsent(candidate.id(), candidate);
      }
    }
    List<CandidateViolation> found = new ArrayList<>();
    for (Map.Entry<ElectionLevel, Map<PersonId, Set<String>>> level : constituencies.entrySet()) {
      for (Map.Entry<PersonId, Set<String>> person : level.getValue().entrySet()) {
        if (person.getValue().size() > 1) {
          Candidate first = requireNonNull(firstEntries.get(level.getKey())).get(person.getKey());
          List<Object> values = new ArrayList<>();
          values.add(requireNonNull(first));
          values.addAll(person.getValue());
          found.add(
              CandidateViolation.of(
                  CandidateRule.oneConstituency(level.getKey()),
                  "a person is on the list of one constituency only; "
                      + first.id()
                      + " "
                      + Texts.quote(first.name())
                      + " is on those of "
                      + person.getValue().size()
                      + ": "
                      + person.getValue().stream().limit(5).map(Texts::quote).collect(Collectors.joining(", "))
                      + (person.getValue().size() > 5 ? ", …" : ""),
                  values.toArray()));
        }
      }
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * Returns the readable form, for example "'Đơn vị bầu cử số 2' PROVINCIAL_COUNCIL, 4 seats, 7 candidates".
   *
   * @return the constituency, level, seats and number of entries, not null
   */
  @Override
  public String toString() {
    return Texts.quote(constituency())
        + " "
        + level()
        + ", "
        + seats()
        + " seats, "
        + candidates().size()
        + " candidates";
  }
}
