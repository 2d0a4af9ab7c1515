package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The notice that records the conclusions of a briefing (thông báo kết luận): a Party or State thông báo, type code
 * {@code TB}, numbered by the issuer's outgoing register when it is issued. For example a notice {@code
 * 01-TB/VPTU} of the Office of the Hậu Giang Provincial Party Committee recording the six conclusions of the
 * briefing of 2016-03-01.
 *
 * <p>The notice does not number itself: the application issues it from its {@link OutgoingRegister} ({@code
 * register.issue(DocumentCodeBook.NOTICE, day, ConclusionNotice.summaryOf(briefing))}) and builds the notice from
 * the entry the register gave ({@link #of(Briefing, RegisterEntry) of}), so the number follows the register's policy:
 * per type and per party committee term for the Party (Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3.1), per year for the
 * State. Each conclusion then becomes action items whose deadlines count from the day of issue and cite the notice
 * ({@link #deadline}, {@link #assign}).
 *
 * <p>Its {@link #confirmation()} says how firmly the application knows the notice's text: {@link
 * Confirmation#VERIFIED} for a notice it holds, {@link Confirmation#UNCONFIRMED} for one reconstructed from a
 * report, whose deadlines are then only the application's guess.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class ConclusionNotice {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/M/yyyy");

  ConclusionNotice() {}

  /**
   * The briefing whose conclusions the notice records.
   *
   * @return the briefing's identifier, not null
   */
  public abstract BriefingId briefing();

  /**
   * The day of the briefing.
   *
   * @return the day, not after the day of issue, not null
   */
  public abstract LocalDate briefingDate();

  /**
   * The entry of the outgoing register that numbered the notice: its symbol, type, day of issue and summary.
   *
   * @return the entry, a thông báo not voided, not null
   */
  public abstract RegisterEntry entry();

  /**
   * The conclusions the notice records, numbered from 1 in order.
   *
   * @return the conclusions, not empty
   */
  public abstract ImmutableList<Conclusion> conclusions();

  /**
   * How firmly the notice's text is known; {@link Confirmation#VERIFIED} unless set.
   *
   * @return the confirmation, not null
   */
  @Value.Default
  public Confirmation confirmation() {
    return Confirmation.VERIFIED;
  }

  /**
   * Returns the notice of a briefing's conclusions, numbered by the given register entry.
   *
   * @param briefing the briefing, with at least one conclusion, not null
   * @param entry the entry a register gave the notice at issue: a thông báo ({@code TB}), not voided, issued on or
   *     after the briefing; not null
   * @return the notice, not null
   * @throws IllegalArgumentException if the entry is not a thông báo, is voided, or is dated before the briefing,
   *     or if the briefing has no conclusion
   */
  public static ConclusionNotice of(Briefing briefing, RegisterEntry entry) {
    requireNonNull(briefing, "briefing");
    requireNonNull(entry, "entry");
    return ImmutableConclusionNotice.builder()
        .briefing(briefing.id())
        .briefingDate(briefing.date())
        .entry(entry)
        .conclusions(briefing.conclusions())
        .build();
  }

  /**
   * Returns a notice from what it records, as a notice kept in a store is read back: the briefing's identifier and
   * day, its conclusions as the notice states them, and the register entry that numbers it.
   *
   * @param briefing the briefing recorded, not null
   * @param briefingDate the day of the briefing, not null
   * @param conclusions the conclusions, numbered 1, 2, 3 … in order, at least one; none null
   * @param entry the entry a register gave the notice at issue: a thông báo ({@code TB}), not voided, issued on or
   *     after the briefing; not null
   * @return the notice, confirmed ({@link Confirmation#VERIFIED}), not null
   * @throws IllegalArgumentException if the entry is not a thông báo, is voided, or is dated before the briefing,
   *     or if the conclusions are empty or out of order
   */
  public static ConclusionNotice of(
      BriefingId briefing, LocalDate briefingDate, Iterable<Conclusion> conclusions, RegisterEntry entry) {
    return ImmutableConclusionNotice.builder()
        .briefing(briefing)
        .briefingDate(briefingDate)
        .entry(entry)
        .conclusions(Arguments.list(conclusions, "conclusions"))
        .build();
  }

  /**
   * Returns the summary (trích yếu) a register is given for the notice of a briefing, for example "Kết luận tại
   * Giao ban công tác văn phòng cấp ủy lần đầu tiên ngày 01/3/2016".
   *
   * @param briefing the briefing, not null
   * @return the summary, not blank
   */
  public static String summaryOf(Briefing briefing) {
    requireNonNull(briefing, "briefing");
    return "Kết luận tại " + briefing.title() + " ngày " + briefing.date().format(VIETNAMESE_DATE);
  }

  /**
   * Returns this notice with the given confirmation, for a notice reconstructed from a report.
   *
   * @param confirmation how firmly the notice's text is known, not null
   * @return the notice, not null
   */
  public ConclusionNotice withConfirmation(Confirmation confirmation) {
    return ImmutableConclusionNotice.copyOf(this).withConfirmation(confirmation);
  }

  @Value.Check
  void check() {
    RegisterEntry entry = entry();
    checkArgument(
        entry.type().code().equals(DocumentCodeBook.NOTICE.code()),
        "a conclusion notice is a thông báo, type code TB (%s); %s is a %s",
        DocumentCodeBook.NOTICE.basis().citation(),
        entry.symbol(),
        entry.type().vietnameseName());
    checkArgument(
        !entry.isVoid(),
        "a conclusion notice carries a number in use; %s was voided: %s",
        entry.symbol(),
        entry.voiding().map(Object::toString).orElse(""));
    checkArgument(
        !entry.issuedOn().isBefore(briefingDate()),
        "a conclusion notice is issued on or after its briefing (%s, %s); %s is dated %s",
        briefingDate(),
        briefing(),
        entry.symbol(),
        entry.issuedOn());
    checkArgument(
        !conclusions().isEmpty(), "a conclusion notice records at least one conclusion; %s records none", entry.symbol());
    for (int i = 0; i < conclusions().size(); i++) {
      checkArgument(
          conclusions().get(i).number() == i + 1,
          "the conclusions of a notice are numbered 1, 2, 3 … in order; conclusion %s of %s is numbered %s",
          i + 1,
          entry.symbol(),
          conclusions().get(i).number());
    }
  }

  /**
   * Returns the number and symbol the register gave, for example {@code 01-TB/VPTU}.
   *
   * @return the symbol, not null
   */
  public DocumentSymbol symbol() {
    return entry().symbol();
  }

  /**
   * Returns the day of issue, from which the deadlines of the notice count.
   *
   * @return the day, not null
   */
  public LocalDate issuedOn() {
    return entry().issuedOn();
  }

  /**
   * Returns the conclusion with the given number.
   *
   * @param number the number, from 1 to the number of conclusions
   * @return the conclusion, not null
   * @throws IllegalArgumentException if the notice records no conclusion with that number
   */
  public Conclusion conclusion(int number) {
    checkArgument(
        number >= 1 && number <= conclusions().size(),
        "notice %s records conclusions 1 to %s; there is no conclusion %s",
        symbol(),
        conclusions().size(),
        number);
    return conclusions().get(number - 1);
  }

  /**
   * Returns the notice as an instrument: "Thông báo 01-TB/VPTU (07/3/2016)", in force from the day of issue, with
   * the notice's confirmation. The conclusions it records cite it ({@link #basisOf(int) basisOf}).
   *
   * @return the instrument, not null
   */
  public Instrument asInstrument() {
    return Instrument.builder()
        .name("Thông báo " + symbol() + " (" + issuedOn().format(VIETNAMESE_DATE) + ")")
        .inForceFrom(issuedOn())
        .confirmation(confirmation())
        .build();
  }

  /**
   * Returns the notice as the basis of what one conclusion requires: instrument "Thông báo 01-TB/VPTU
   * (07/3/2016)", article "kết luận 4", in force from the day of issue, with the notice's confirmation.
   *
   * @param number the number of the conclusion, from 1 to the number of conclusions
   * @return the basis, not null
   * @throws IllegalArgumentException if the notice records no conclusion with that number
   */
  public LegalBasis basisOf(int number) {
    conclusion(number);
    return LegalBasis.of(asInstrument(), "kết luận " + number);
  }

  /**
   * Returns the deadline a conclusion sets, counted on a working calendar from the day after the notice is issued:
   * for example 30 working days from 2016-03-07.
   *
   * @param number the number of the conclusion, from 1 to the number of conclusions
   * @param days the days given, 1 or more
   * @param count whether they are calendar or working days, not null
   * @param calendar the calendar whose working days count, not null
   * @return the deadline, citing {@link #basisOf(int) basisOf}, not null
   * @throws IllegalArgumentException if the notice records no conclusion with that number, or {@code days} is less
   *     than 1
   * @throws java.time.DateTimeException if the due date falls outside the calendar's range
   */
  public Deadline deadline(int number, int days, DayCount count, WorkingCalendar calendar) {
    requireNonNull(count, "count");
    LegalBasis basis = basisOf(number);
    TimeLimit limit =
        count == DayCount.WORKING_DAYS ? TimeLimit.workingDays(days, basis) : TimeLimit.calendarDays(days, basis);
    return limit.from("thông báo kết luận " + symbol() + " được ban hành", issuedOn(), calendar);
  }

  /**
   * Assigns a conclusion of the notice to a unit, on the day of issue: the first event of a new action item.
   *
   * @param number the number of the conclusion, from 1 to the number of conclusions
   * @param id the item's identifier, not null
   * @param owner the unit in charge, not null
   * @param deadline the deadline, for example from {@link #deadline}, counted from the day of issue or earlier; not
   *     null
   * @param by who assigned it, not null
   * @return the action item, {@link ActionItemState#ASSIGNED}, not null
   * @throws IllegalArgumentException if the notice records no conclusion with that number, or the deadline counts
   *     from a day after the notice
   */
  public ActionItem assign(int number, ActionItemId id, UnitId owner, Deadline deadline, PersonId by) {
    return ActionItem.assign(id, briefing(), conclusion(number), owner, deadline, issuedOn(), by);
  }

  /**
   * Returns the symbol, the day of issue and the briefing: "ConclusionNotice[01-TB/VPTU of 2016-03-07, briefing
   * HG-GB-2016-03-01 of 2016-03-01, 6 conclusions]", with the confirmation when it is not verified.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ConclusionNotice["
        + symbol()
        + " of "
        + issuedOn()
        + ", briefing "
        + briefing()
        + " of "
        + briefingDate()
        + ", "
        + conclusions().size()
        + " conclusions"
        + (confirmation() == Confirmation.VERIFIED ? "" : ", " + confirmation().englishName().toLowerCase(Locale.ROOT))
        + "]";
  }
}
