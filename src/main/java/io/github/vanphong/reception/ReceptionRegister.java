package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.PetitionId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reception register of a unit (sổ tiếp công dân): each matter received at its sessions gets a number, from 1
 * each year and restarting on 1 January, never changed afterwards, and the form of its day (Mẫu 06-TCD of Thông tư
 * 06/2014/TT-TTCP to 2026-06-30, Mẫu 03/TCD of Nghị định 154/2026/NĐ-CP from 2026-07-01). For example the register of
 * the Hậu Giang provincial office gives the two matters of the session of 2016-03-10 the entries 6 and 7 of 2016.
 *
 * <p>A session is entered whole ({@link #enter}): the matters not yet entered, in the order received; entering it
 * again after more matters were received adds those only. Days do not go backwards: a session before the last day
 * entered is refused, so numbers follow the days. Every matter becomes a petition received in person; its entry names
 * the petition and {@link #entryOf(PetitionId) entryOf} finds the entry from the petition's id.
 *
 * <p>A register is an immutable value: {@link #enter} returns an {@link Entered} holding the new register and the new
 * entries, and leaves the register it was called on as it was. The citizens' identities are kept as confidential as in
 * a petition; {@link #redacted()} gives the copy without them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReceptionRegister {

  private final UnitId keeper;
  private final ImmutableList<ReceptionEntry> entries;
  private final ImmutableMap<PetitionId, ReceptionEntry> byPetition;

  private ReceptionRegister(
      UnitId keeper, ImmutableList<ReceptionEntry> entries, ImmutableMap<PetitionId, ReceptionEntry> byPetition) {
    this.keeper = keeper;
    this.entries = entries;
    this.byPetition = byPetition;
  }

  /**
   * Returns the empty register of a unit.
   *
   * @param keeper the unit that keeps it, not null
   * @return the empty register, not null
   */
  public static ReceptionRegister of(UnitId keeper) {
    return new ReceptionRegister(requireNonNull(keeper, "keeper"), ImmutableList.of(), ImmutableMap.of());
  }

  /**
   * Rebuilds a register an application has kept, from its entries in order, checking that each is of the unit,
   * carries the next number of its year, does not go back in days, and names a petition and a session's matter that
   * no earlier entry names.
   *
   * @param keeper the unit that keeps it, not null
   * @param entries the entries in order, none null
   * @return the register, not null
   * @throws IllegalArgumentException if the register could not have been built by entering those entries in that
   *     order; the message names the first entry at fault
   */
  public static ReceptionRegister restore(UnitId keeper, Iterable<ReceptionEntry> entries) {
    requireNonNull(entries, "entries");
    Appender appender = of(keeper).appender();
    for (ReceptionEntry entry : entries) {
      requireNonNull(entry, "entry");
      checkArgument(
          entry.unit().equals(keeper),
          "the register of %s holds its own entries; entry %s/%s is of %s",
          keeper,
          entry.number(),
          entry.year(),
          entry.unit());
      appender.checkNext(entry.day(), entry.petition(), entry.session(), entry.position());
      int expected = appender.nextNumber(entry.year());
      checkArgument(
          entry.number() == expected,
          "the register of %s would give number %s of %s to the matter received on %s; the entry kept says %s",
          keeper,
          expected,
          entry.year(),
          entry.day(),
          entry.number());
      appender.add(entry);
    }
    return appender.register();
  }

  /**
   * Returns the unit that keeps the register.
   *
   * @return the unit, not null
   */
  public UnitId keeper() {
    return keeper;
  }

  /**
   * Returns every entry, in order.
   *
   * @return the entries, not null
   */
  public ImmutableList<ReceptionEntry> entries() {
    return entries;
  }

  /**
   * Returns the entries of a year, numbered 1 to n.
   *
   * @param year the year, not null
   * @return the entries, in order, not null
   */
  public ImmutableList<ReceptionEntry> entries(Year year) {
    requireNonNull(year, "year");
    return entries.stream().filter(e -> e.year().equals(year)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the entry with a number in a year.
   *
   * @param year the year, not null
   * @param number the number
   * @return the entry, or empty if there is none
   */
  public Optional<ReceptionEntry> entry(Year year, int number) {
    requireNonNull(year, "year");
    return entries.stream().filter(e -> e.year().equals(year) && e.number() == number).findFirst();
  }

  /**
   * Returns the entry of the matter that became a petition: the link from the petition back to its entry.
   *
   * @param petition the petition's identifier, not null
   * @return the entry, or empty if no matter of this register became that petition
   */
  public Optional<ReceptionEntry> entryOf(PetitionId petition) {
    return Optional.ofNullable(byPetition.get(requireNonNull(petition, "petition")));
  }

  /**
   * Returns the number the next matter received in a year would take.
   *
   * @param year the year, not null
   * @return the next number, 1 or more
   */
  public int nextNumber(Year year) {
    requireNonNull(year, "year");
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).year().equals(year)) {
        return entries.get(i).number() + 1;
      }
    }
    return 1;
  }

  /**
   * Enters the matters of a session not yet entered, in the order received, each with the next number of the
   * session's year and the form of its day. The numbers given before are never changed.
   *
   * @param session a session of this register's unit, not null
   * @return the new register and the new entries, not null
   * @throws IllegalArgumentException if the session is of another unit, is before the last day entered while it has
   *     matters to enter, or one of its matters names a petition another entry already names
   */
  public Entered enter(ReceptionSession session) {
    requireNonNull(session, "session");
    checkArgument(
        session.unit().equals(keeper),
        "the register of %s enters its own sessions; session %s is of %s",
        keeper,
        session.id(),
        session.unit());
    Appender appender = appender();
    ImmutableList.Builder<ReceptionEntry> added = ImmutableList.builder();
    ImmutableList<Matter> matters = session.matters();
    Year year = Year.from(session.day());
    for (int i = 0; i < matters.size(); i++) {
      int position = i + 1;
      if (appender.entered.containsKey(new Place(session.id(), position))) {
        continue;
      }
      Matter matter = matters.get(i);
      appender.checkNext(session.day(), matter.id(), session.id(), position);
      ReceptionEntry entry =
          ReceptionEntry.builder()
              .number(appender.nextNumber(year))
              .day(session.day())
              .unit(keeper)
              .session(session.id())
              .position(position)
              .receiver(session.receiver())
              .post(session.post())
              .kind(session.kind())
              .form(RegisterForm.on(session.day()))
              .matter(matter)
              .build();
      added.add(entry);
      appender.add(entry);
    }
    ImmutableList<ReceptionEntry> made = added.build();
    return new Entered(made.isEmpty() ? this : appender.register(), made);
  }

  /**
   * Returns the copy without identities: every entry's matter redacted, the numbers as they were.
   *
   * @return the redacted copy, not null
   */
  public ReceptionRegister redacted() {
    Appender appender = of(keeper).appender();
    entries.forEach(entry -> appender.add(entry.redacted()));
    return appender.register();
  }

  private Appender appender() {
    return new Appender(this);
  }

  /** A matter's place: its session and its position there. */
  private record Place(SessionId session, int position) {}

  /**
   * The mutable state of entering many entries at once: the entries, the index by petition and by place, and the
   * last number of each year, turned into a register once at the end. Not thread-safe; used by one call.
   */
  private static final class Appender {
    private final UnitId keeper;
    private final List<ReceptionEntry> entries;
    private final Map<PetitionId, ReceptionEntry> byPetition;
    private final Map<Place, ReceptionEntry> entered = new HashMap<>();
    private final Map<Year, Integer> lastNumbers = new HashMap<>();

    Appender(ReceptionRegister register) {
      this.keeper = register.keeper;
      this.entries = new ArrayList<>(register.entries);
      this.byPetition = new HashMap<>(register.byPetition);
      for (ReceptionEntry entry : register.entries) {
        entered.put(new Place(entry.session(), entry.position()), entry);
        lastNumbers.put(entry.year(), entry.number());
      }
    }

    int nextNumber(Year year) {
      return lastNumbers.getOrDefault(year, 0) + 1;
    }

    void checkNext(LocalDate day, PetitionId petition, SessionId session, int position) {
      if (!entries.isEmpty()) {
        ReceptionEntry last = entries.get(entries.size() - 1);
        checkArgument(
            !day.isBefore(last.day()),
            "a reception register is kept in order of days: entry %s/%s was received on %s, so the next cannot be"
                + " received on %s",
            last.number(),
            last.year(),
            last.day(),
            day);
      }
      ReceptionEntry earlier = byPetition.get(petition);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "petition "
                + petition
                + " already has its entry "
                + earlier.number()
                + "/"
                + earlier.year()
                + " in the register of "
                + keeper);
      }
      checkArgument(
          !entered.containsKey(new Place(session, position)),
          "matter %s of session %s already has its entry in the register of %s",
          position,
          session,
          keeper);
    }

    void add(ReceptionEntry entry) {
      entries.add(entry);
      byPetition.put(entry.petition(), entry);
      entered.put(new Place(entry.session(), entry.position()), entry);
      lastNumbers.put(entry.year(), entry.number());
    }

    ReceptionRegister register() {
      return new ReceptionRegister(keeper, ImmutableList.copyOf(entries), ImmutableMap.copyOf(byPetition));
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReceptionRegister other && keeper.equals(other.keeper) && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keeper, entries);
  }

  /**
   * Returns the unit and the number of entries, for example "ReceptionRegister[HG-VPTU, 7 entries]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "ReceptionRegister[" + keeper + ", " + entries.size() + (entries.size() == 1 ? " entry]" : " entries]");
  }
}
