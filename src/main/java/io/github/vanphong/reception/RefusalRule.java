package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ground on which a citizen may be refused reception on the days it is in force, and how the citizen is told: for
 * example {@link ReceptionRuleBook#REFUSAL_DRAWN_OUT}, a drawn-out case resolved correctly (Luật Tiếp công dân
 * 42/2013/QH13, Điều 9, khoản 3), told by a written notice within 3 working days (Thông tư 06/2014/TT-TTCP, Điều 4);
 * {@link ReceptionRuleBook#REFUSAL_WEAPONS}, a citizen who will not hand in a weapon (Nghị định 154/2026/NĐ-CP, Điều
 * 4, khoản 1, điểm a), told in person.
 *
 * <p>The rule cites two bases: that of the ground ({@link #basis()}) and that of the notice ({@link
 * #noticeBasis()}), which may be confirmed differently: the points of Nghị định 154/2026 are verified, but which of
 * them are only explained in person is read differently in the two copies of the text, so those notices are
 * unconfirmed. A written notice has its time limit ({@link #noticeLimit()}); a spoken explanation none. Both bases
 * are in force on every day of the rule: a notice is not required under a text not yet, or no longer, in force.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class RefusalRule implements ReceptionRule {

  /** The start event of a refusal notice's deadline, as {@link Deadline} names it. */
  public static final String START_EVENT = "từ chối tiếp công dân";

  RefusalRule() {}

  /**
   * The name, for example "REFUSAL_DRAWN_OUT", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The ground.
   *
   * @return the ground, not null
   */
  public abstract RefusalGround ground();

  /**
   * How the citizen is told.
   *
   * @return the notice, not null
   */
  public abstract RefusalNotice notice();

  /**
   * The time limit of a written notice, counted from the day of the refusal.
   *
   * @return the limit, present exactly for a {@link RefusalNotice#WRITTEN_NOTICE}
   */
  public abstract Optional<TimeLimit> noticeLimit();

  /**
   * The legal basis of the ground, with its confirmation.
   *
   * @return the basis, not null
   */
  @Override
  public abstract LegalBasis basis();

  /**
   * The legal basis of the notice, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis noticeBasis();

  /**
   * The days of refusal on which the rule is in force; unless set, the days both its bases are in force, for example
   * 2014-12-15 to 2026-06-30 for a ground of Luật Tiếp công dân 42/2013/QH13 told under Thông tư 06/2014/TT-TTCP.
   *
   * @return the days, not null
   */
  @Override
  @Value.Default
  public Validity validity() {
    return basis().validity().intersection(noticeBasis().validity()).orElse(basis().validity());
  }

  /**
   * Returns a builder. The name, ground, notice, basis and notice basis are required, and a written notice's limit.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RefusalRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRefusalRule.Builder {
    Builder() {}
  }

  /**
   * Tells whether a refusal on this ground needs a written notice.
   *
   * @return true for {@link RefusalNotice#WRITTEN_NOTICE}
   */
  public boolean needsWrittenNotice() {
    return notice() == RefusalNotice.WRITTEN_NOTICE;
  }

  /**
   * Returns the deadline of the written notice of a refusal on a day, counted on the working calendar: for example a
   * refusal on Thursday 2016-03-10 is notified by Tuesday 2016-03-15, the weekend not counted.
   *
   * @param refusedOn the day of the refusal, within the calendar's range, not null
   * @param calendar the working calendar, not null
   * @return the deadline, or empty for a spoken explanation
   * @throws java.time.DateTimeException if the day or the due date falls outside the calendar's range
   */
  public Optional<Deadline> noticeDeadline(LocalDate refusedOn, WorkingCalendar calendar) {
    requireNonNull(refusedOn, "refusedOn");
    requireNonNull(calendar, "calendar");
    return noticeLimit().map(limit -> limit.from(START_EVENT, refusedOn, calendar));
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a refusal rule needs a name: %s", Texts.quote(name()));
    checkArgument(
        needsWrittenNotice() == noticeLimit().isPresent(),
        "%s: a written notice has a time limit and a spoken explanation none; %s was given with %s",
        name(),
        notice(),
        noticeLimit().map(TimeLimit::toString).orElse("no limit"));
    checkArgument(
        basis().validity().encloses(validity()) && noticeBasis().validity().encloses(validity()),
        "%s: a refusal rule is in force only on days its bases are; the rule is in force %s, its ground's basis %s"
            + " and its notice's %s",
        name(),
        validity(),
        basis().validity(),
        noticeBasis().validity());
  }

  /**
   * Returns the readable form, for example "REFUSAL_DRAWN_OUT: DRAWN_OUT, WRITTEN_NOTICE within 3 working days, Luật
   * Tiếp công dân 42/2013/QH13, Điều 9, khoản 3; notice Thông tư 06/2014/TT-TTCP, Điều 4, [2014-12-15..2026-06-30]".
   *
   * @return the name, ground, notice, bases and days, not null
   */
  @Override
  public String toString() {
    return name()
        + ": "
        + ground()
        + ", "
        + notice()
        + noticeLimit().map(l -> " within " + l.days() + " " + l.count().englishName()).orElse("")
        + ", "
        + basis().citation()
        + mark(basis())
        + "; notice "
        + noticeBasis().citation()
        + mark(noticeBasis())
        + ", "
        + validity();
  }

  private static String mark(LegalBasis basis) {
    return basis.confirmation() == Confirmation.VERIFIED
        ? ""
        : " (" + basis.confirmation().englishName().toLowerCase(Locale.ROOT) + ")";
  }
}
