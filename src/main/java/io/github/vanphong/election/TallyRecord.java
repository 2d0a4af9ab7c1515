package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The tally record (biên bản kết quả kiểm phiếu) of a polling area, or of a constituency once its polling areas' are
 * merged: the constituency and its seats, the voters on the list, those who voted, the ballots issued, returned,
 * valid and invalid, and each candidate's votes (Luật 85/2015/QH13, Điều 76). For example the record of a polling
 * area of "Đơn vị bầu cử số 1" of 3 seats: 1,200 voters, 1,150 voted, 1,150 ballots issued and returned, 1,130 valid,
 * 20 invalid.
 *
 * <p>The figures agree with each other, or the record is refused with an {@link IllegalArgumentException} naming
 * {@link ResultRule#TALLY_RECORD} and the figures at fault: no more ballots returned than issued; the valid and the
 * invalid make those returned; no more voters who voted than voters; no candidate more votes than valid ballots; the
 * votes, summed, at least the valid ballots (a valid ballot keeps a name, Điều 74) and at most the valid ballots times
 * the seats. These are the arithmetic of the record, the library's reading of the article, not its words.
 *
 * <p>Records merge: {@link #plus(TallyRecord) plus} adds the figures of two polling areas of one constituency, is
 * associative and commutative, with {@link #empty()} as its identity, and {@link #collector()} collects sequentially
 * or in parallel alike. Records of different constituencies, seats or candidates do not merge. {@link #count
 * count} makes the record of a polling area from its ballots, so the record of the merged ballots is the merged
 * records. {@link ConstituencyResult} reads the constituency's record.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class TallyRecord implements Summary<TallyRecord> {

  private static final TallyRecord EMPTY = new TallyRecord(null, 0, 0, 0, 0, 0, 0, 0, ImmutableMap.of());

  private static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::id)
          .thenComparing(Candidate::name)
          .thenComparing(Candidate::dateOfBirth);

  private final @Nullable String constituency;
  private final int seats;
  private final int voters;
  private final int voted;
  private final int issued;
  private final int returned;
  private final int valid;
  private final int invalid;

  @SuppressWarnings("Immutable") // an immutable map of immutable values
  private final ImmutableMap<Candidate, Integer> votes;

  private TallyRecord(
      @Nullable String constituency,
      int seats,
      int voters,
      int voted,
      int issued,
      int returned,
      int valid,
      int invalid,
      ImmutableMap<Candidate, Integer> votes) {
    this.constituency = constituency;
    this.seats = seats;
    this.voters = voters;
    this.voted = voted;
    this.issued = issued;
    this.returned = returned;
    this.valid = valid;
    this.invalid = invalid;
    this.votes = votes;
  }

  /**
   * Returns the record of no polling area: no constituency, every figure 0.
   *
   * @return the empty record, the identity of {@link #plus(TallyRecord) plus}, not null
   */
  public static TallyRecord empty() {
    return EMPTY;
  }

  /**
   * Returns a builder of a record. The constituency, the seats and the candidates' votes are required; a figure not
   * set is 0.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Counts the ballots of a polling area: those returned are the ballots given, the valid and invalid are those {@link
   * Ballot#validity()} classifies, and each candidate of the list gets one vote for each valid ballot that keeps the
   * name.
   *
   * @param list the constituency's candidate list: its name, seats and candidates, not null
   * @param voters the voters on the polling area's list, 0 or more
   * @param voted the voters who voted, 0 to {@code voters}
   * @param issued the ballots issued, at least the ballots returned
   * @param ballots the ballots returned, as the polling team read them, not null, none null
   * @return the record, not null
   * @throws IllegalArgumentException if a ballot is of other seats, keeps a person not on the list, or the figures
   *     disagree ({@link ResultRule#TALLY_RECORD})
   */
  public static TallyRecord count(CandidateList list, int voters, int voted, int issued, List<Ballot> ballots) {
    requireNonNull(list, "list");
    List<Ballot> all = Arguments.list(ballots, "ballots");
    Set<Candidate> listed = ImmutableSet.copyOf(list.candidates());
    Map<Candidate, Integer> votes = new LinkedHashMap<>();
    listed.forEach(c -> votes.put(c, 0));
    int valid = 0;
    for (Ballot ballot : all) {
      checkArgument(
          ballot.seats() == list.seats(),
          "%s: a ballot of %s is of %s seats; this one is of %s",
          ResultRule.TALLY_RECORD.name(),
          Texts.quote(list.constituency()),
          list.seats(),
          ballot.seats());
      for (Candidate kept : ballot.kept()) {
        checkArgument(
            listed.contains(kept),
            "%s: a ballot keeps the names of the list of %s; %s is not on it",
            ResultRule.TALLY_RECORD.name(),
            Texts.quote(list.constituency()),
            kept);
      }
      if (ballot.validity().isValid()) {
        valid++;
        ballot.kept().forEach(c -> votes.merge(c, 1, Integer::sum));
      }
    }
    return builder()
        .constituency(list.constituency())
        .seats(list.seats())
        .voters(voters)
        .voted(voted)
        .issued(issued)
        .returned(all.size())
        .valid(valid)
        .invalid(all.size() - valid)
        .votes(votes)
        .build();
  }

  /**
   * Returns a collector of the records of polling areas into the constituency's, for sequential and parallel streams
   * alike: {@code areas.stream().collect(TallyRecord.collector())}.
   *
   * @return the collector, not null
   */
  public static Collector<TallyRecord, ?, TallyRecord> collector() {
    return Collectors.reducing(EMPTY, Function.identity(), TallyRecord::plus);
  }

  /**
   * Returns the sum of this record and another of the same constituency: each figure added, each candidate's votes
   * added.
   *
   * @param other the other record, of the same constituency, seats and candidates, or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if the records are of different constituencies, seats or candidates; neither
   *     changes
   * @throws ArithmeticException if a figure passes {@link Integer#MAX_VALUE}
   */
  @Override
  public TallyRecord plus(TallyRecord other) {
    requireNonNull(other, "other");
    if (other.constituency == null) {
      return this;
    }
    if (constituency == null) {
      return other;
    }
    checkArgument(
        constituency.equals(other.constituency) && seats == other.seats,
        "%s: the records of one constituency merge; these are of %s, %s seats, and of %s, %s seats",
        ResultRule.TALLY_RECORD.name(),
        Texts.quote(constituency),
        seats,
        Texts.quote(other.constituency),
        other.seats);
    checkArgument(
        votes.keySet().equals(other.votes.keySet()),
        "%s: the records of %s merge if they count the same candidates; %s and %s candidates differ",
        ResultRule.TALLY_RECORD.name(),
        Texts.quote(constituency),
        votes.size(),
        other.votes.size());
    Map<Candidate, Integer> sum = new LinkedHashMap<>(votes);
    other.votes.forEach((c, n) -> sum.merge(c, n, Math::addExact));
    return builder()
        .constituency(constituency)
        .seats(seats)
        .voters(Math.addExact(voters, other.voters))
        .voted(Math.addExact(voted, other.voted))
        .issued(Math.addExact(issued, other.issued))
        .returned(Math.addExact(returned, other.returned))
        .valid(Math.addExact(valid, other.valid))
        .invalid(Math.addExact(invalid, other.invalid))
        .votes(sum)
        .build();
  }

  /**
   * Tells whether this is the record of no polling area.
   *
   * @return true for {@link #empty()}
   */
  public boolean isEmpty() {
    return constituency == null;
  }

  /**
   * Returns the name of the constituency.
   *
   * @return the name, or empty for {@link #empty()}
   */
  public Optional<String> constituency() {
    return Optional.ofNullable(constituency);
  }

  /**
   * Returns the seats the constituency elects.
   *
   * @return the seats, 1 or more; 0 for {@link #empty()}
   */
  public int seats() {
    return seats;
  }

  /**
   * Returns the voters on the list (tổng số cử tri).
   *
   * @return the voters, 0 or more
   */
  public int voters() {
    return voters;
  }

  /**
   * Returns the voters who voted (số cử tri đã tham gia bỏ phiếu).
   *
   * @return the voters who voted, 0 to {@link #voters()}
   */
  public int voted() {
    return voted;
  }

  /**
   * Returns the ballots issued (số phiếu phát ra).
   *
   * @return the ballots issued, 0 or more
   */
  public int issued() {
    return issued;
  }

  /**
   * Returns the ballots returned (số phiếu thu vào).
   *
   * @return the ballots returned, 0 to {@link #issued()}
   */
  public int returned() {
    return returned;
  }

  /**
   * Returns the valid ballots (số phiếu hợp lệ).
   *
   * @return the valid ballots, 0 or more
   */
  public int valid() {
    return valid;
  }

  /**
   * Returns the invalid ballots (số phiếu không hợp lệ).
   *
   * @return the invalid ballots, {@link #returned()} minus {@link #valid()}
   */
  public int invalid() {
    return invalid;
  }

  /**
   * Returns each candidate's votes, the candidates in the order of their identifiers.
   *
   * @return the votes, by candidate, not null
   */
  public ImmutableMap<Candidate, Integer> votes() {
    return votes;
  }

  /**
   * Returns the candidates counted, in the order of their identifiers.
   *
   * @return the candidates, not null
   */
  public ImmutableSet<Candidate> candidates() {
    return votes.keySet();
  }

  /**
   * Returns a candidate's votes.
   *
   * @param candidate the candidate, not null
   * @return the votes, 0 if the record does not count the candidate
   */
  public int votesFor(Candidate candidate) {
    return votes.getOrDefault(requireNonNull(candidate, "candidate"), 0);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TallyRecord other
        && Objects.equals(constituency, other.constituency)
        && seats == other.seats
        && voters == other.voters
        && voted == other.voted
        && issued == other.issued
        && returned == other.returned
        && valid == other.valid
        && invalid == other.invalid
        && votes.equals(other.votes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(constituency, seats, voters, voted, issued, returned, valid, invalid, votes);
  }

  /**
   * Returns a readable form, for example "TallyRecord['Đơn vị bầu cử số 1', 3 seats, 1200 voters, 1150 voted, 1150
   * issued, 1150 returned, 1130 valid, 20 invalid, 5 candidates]", or "TallyRecord[empty]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return constituency == null
        ? "TallyRecord[empty]"
        : "TallyRecord["
            + Texts.quote(constituency)
            + ", "
            + seats
            + " seats, "
            + voters
            + " voters, "
            + voted
            + " voted, "
            + issued
            + " issued, "
            + returned
            + " returned, "
            + valid
            + " valid, "
            + invalid
            + " invalid, "
            + votes.size()
            + " candidates]";
  }

  /**
   * Builds a {@link TallyRecord}, checking its figures on {@link #build()}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private @Nullable String constituency;
    private int seats;
    private int voters;
    private int voted;
    private int issued;
    private int returned;
    private int valid;
    private int invalid;
    private final Map<Candidate, Integer> votes = new TreeMap<>(ORDER);

    Builder() {}

    /**
     * Sets the constituency.
     *
     * @param constituency the name, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder constituency(String constituency) {
      this.constituency = requireNonNull(constituency, "constituency");
      return this;
    }

    /**
     * Sets the seats.
     *
     * @param seats the seats, 1 or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder seats(int seats) {
      this.seats = seats;
      return this;
    }

    /**
     * Sets the voters on the list.
     *
     * @param voters the voters, 0 or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder voters(int voters) {
      this.voters = voters;
      return this;
    }

    /**
     * Sets the voters who voted.
     *
     * @param voted the voters who voted, 0 to the voters
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder voted(int voted) {
      this.voted = voted;
      return this;
    }

    /**
     * Sets the ballots issued.
     *
     * @param issued the ballots issued, 0 or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder issued(int issued) {
      this.issued = issued;
      return this;
    }

    /**
     * Sets the ballots returned.
     *
     * @param returned the ballots returned, 0 to those issued
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder returned(int returned) {
      this.returned = returned;
      return this;
    }

    /**
     * Sets the valid ballots.
     *
     * @param valid the valid ballots, 0 or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder valid(int valid) {
      this.valid = valid;
      return this;
    }

    /**
     * Sets the invalid ballots.
     *
     * @param invalid the invalid ballots, 0 or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder invalid(int invalid) {
      this.invalid = invalid;
      return this;
    }

    /**
     * Sets a candidate's votes, in place of any set before.
     *
     * @param candidate the candidate, not null
     * @param votes the votes, 0 or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder votes(Candidate candidate, int votes) {
      this.votes.put(requireNonNull(candidate, "candidate"), votes);
      return this;
    }

    /**
     * Sets the votes of several candidates, in place of any set before for them.
     *
     * @param votes the votes by candidate, not null, none null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder votes(Map<Candidate, Integer> votes) {
      this.votes.putAll(Arguments.entries(votes, "votes"));
      return this;
    }

    /**
     * Returns the record.
     *
     * @return the record, not null
     * @throws IllegalStateException if the constituency was not set
     * @throws IllegalArgumentException naming {@link ResultRule#TALLY_RECORD} and the figures, if they disagree or a
     *     figure is negative, the name blank, the seats fewer than 1 or no candidate counted
     */
    public TallyRecord build() {
      String name = constituency;
      if (name == null) {
        throw new IllegalStateException("a tally record names its constituency; none was set");
      }
      String rule = ResultRule.TALLY_RECORD.name();
      String quoted = Texts.quote(name);
      checkArgument(!Texts.isBlank(name), "%s: a tally record names its constituency; %s is blank", rule, quoted);
      checkArgument(seats >= 1, "%s: %s elects 1 deputy or more; the seats were %s", rule, quoted, seats);
      checkArgument(!votes.isEmpty(), "%s: the tally record of %s counts the votes of its candidates; none", rule, quoted);
      checkArgument(
          voters >= 0 && voted >= 0 && issued >= 0 && returned >= 0 && valid >= 0 && invalid >= 0,
          "%s: the figures of %s are 0 or more; voters %s, voted %s, issued %s, returned %s, valid %s, invalid %s",
          rule,
          quoted,
          voters,
          voted,
          issued,
          returned,
          valid,
          invalid);
      checkArgument(
          voted <= voters, "%s: no more voters vote than are on the list of %s; %s voted of %s", rule, quoted, voted,
          voters);
      checkArgument(
          returned <= issued,
          "%s: no more ballots are returned than issued in %s; %s returned, %s issued",
          rule,
          quoted,
          returned,
          issued);
      checkArgument(
          (long) valid + invalid == returned,
          "%s: the valid and the invalid ballots of %s make those returned; %s valid and %s invalid, %s returned",
          rule,
          quoted,
          valid,
          invalid,
          returned);
      long sum = 0;
      for (Map.Entry<Candidate, Integer> e : votes.entrySet()) {
        int n = e.getValue();
        checkArgument(n >= 0, "%s: a candidate's votes are 0 or more; %s has %s", rule, e.getKey(), n);
        checkArgument(
            n <= valid,
            "%s: no candidate has more votes than the valid ballots of %s; %s has %s of %s",
            rule,
            quoted,
            e.getKey(),
            n,
            valid);
        sum += n;
      }
      checkArgument(
          sum >= valid,
          "%s: each valid ballot of %s keeps a name (Điều 74), so the votes are at least the valid ballots; %s votes,"
              + " %s valid",
          rule,
          quoted,
          sum,
          valid);
      checkArgument(
          sum <= (long) valid * seats,
          "%s: a valid ballot of %s keeps at most %s names, so the votes are at most %s; they were %s",
          rule,
          quoted,
          seats,
          (long) valid * seats,
          sum);
      return new TallyRecord(
          name, seats, voters, voted, issued, returned, valid, invalid, ImmutableMap.copyOf(votes));
    }
  }
}
