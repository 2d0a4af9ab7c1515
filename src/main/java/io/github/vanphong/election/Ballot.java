package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A ballot as the polling team (Tổ bầu cử) read it at the count: the seats the constituency elects, the candidates
 * whose names were left (not struck out), and whether it is of the prescribed form, bears the team's stamp and has a
 * name or other content added. For example {@code Ballot.of(3, Set.of(an, binh))}: a proper ballot of a 3-seat
 * constituency keeping two names.
 *
 * <p>{@link #validity()} classifies it under Luật 85/2015/QH13, Điều 74, khoản 1 with every ground found: not of the
 * prescribed form, no stamp, more names left than seats, every name struck, content added ({@link BallotGround}). A
 * doubtful ballot is decided by the whole team (khoản 2): this value is the team's decided reading, not the paper.
 * The names left are counted for the candidates on a valid ballot only ({@link TallyRecord#count TallyRecord.count}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class Ballot {

  Ballot() {}

  /**
   * The seats the constituency elects, printed on the ballot.
   *
   * @return the seats, 1 or more
   */
  public abstract int seats();

  /**
   * The candidates whose names were left, not struck out.
   *
   * @return the candidates, possibly empty (every name struck), not null
   */
  public abstract ImmutableSet<Candidate> kept();

  /**
   * Whether the ballot is of the prescribed form issued by the polling team; true unless set.
   *
   * @return true for the team's own form
   */
  @Value.Default
  public boolean prescribedForm() {
    return true;
  }

  /**
   * Whether the ballot bears the polling team's stamp; true unless set.
   *
   * @return true if stamped
   */
  @Value.Default
  public boolean stamped() {
    return true;
  }

  /**
   * Whether a name from outside the list, or any other content, was written on the ballot; false unless set.
   *
   * @return true if something was added
   */
  @Value.Default
  public boolean contentAdded() {
    return false;
  }

  /**
   * Returns a proper ballot: of the prescribed form, stamped, nothing added.
   *
   * @param seats the seats of the constituency, 1 or more
   * @param kept the candidates whose names were left, not null, none null
   * @return the ballot, not null
   * @throws IllegalArgumentException if the seats are fewer than 1
   */
  public static Ballot of(int seats, Set<Candidate> kept) {
    return builder().seats(seats).kept(Arguments.elements(kept, "kept")).build();
  }

  /**
   * Returns a builder. The seats are required; no name is kept, and the ballot is of the form, stamped and with nothing
   * added, unless set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Ballot}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableBallot.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(seats() >= 1, "a ballot is of a constituency of 1 seat or more; its seats were %s", seats());
  }

  /**
   * Classifies the ballot with every ground found (Điều 74, khoản 1).
   *
   * @return valid, or invalid with its grounds, not null
   */
  public BallotValidity validity() {
    Set<BallotGround> grounds = EnumSet.noneOf(BallotGround.class);
    if (!prescribedForm()) {
      grounds.add(BallotGround.NOT_PRESCRIBED_FORM);
    }
    if (!stamped()) {
      grounds.add(BallotGround.NO_STAMP);
    }
    if (kept().size() > seats()) {
      grounds.add(BallotGround.MORE_NAMES_THAN_SEATS);
    }
    if (kept().isEmpty()) {
      grounds.add(BallotGround.ALL_NAMES_STRUCK);
    }
    if (contentAdded()) {
      grounds.add(BallotGround.CONTENT_ADDED);
    }
    return BallotValidity.of(grounds);
  }

  /**
   * Returns a readable form, for example "ballot of 3 seats keeping UCV-01, UCV-02".
   *
   * @return the seats, the identifiers kept and what is wrong with the paper, not null
   */
  @Override
  public String toString() {
    return "ballot of "
        + seats()
        + " seats keeping "
        + (kept().isEmpty()
            ? "no name"
            : kept().stream().limit(10).map(c -> c.id().toString()).collect(Collectors.joining(", "))
                + (kept().size() > 10 ? ", …" : ""))
        + (prescribedForm() ? "" : ", not of the form")
        + (stamped() ? "" : ", not stamped")
        + (contentAdded() ? ", content added" : "");
  }
}
