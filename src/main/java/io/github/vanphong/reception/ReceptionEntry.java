package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.PetitionId;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of the reception register (sổ tiếp công dân): the number in the year, the day, the session and the matter
 * received, under the form of its day. For example entry 7 of 2016 of the Hậu Giang provincial office: a
 * denunciation received on 2016-03-10 at the session {@code HG-TCD-2016-03-10}, forwarded to the inspection committee.
 *
 * <p>An entry is made by {@link ReceptionRegister#enter}; an application that keeps its register rebuilds it from its
 * entries with {@link ReceptionRegister#restore}, which checks them. The entry names the petition the matter becomes
 * ({@link #petition()}, its {@link #intake()}), and the register finds the entry from the petition's id: the two are
 * linked both ways by it.
 *
 * <p>The citizen's name, address and identity papers are not shown: {@link #cell(RegisterColumn) cell} gives {@link
 * #CONFIDENTIAL} for those columns, and the petition's {@link io.github.vanphong.petition.Petition#revealIdentity} is
 * the one way to them.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ReceptionEntry {

  /** What {@link #cell(RegisterColumn) cell} shows in a column of the citizen's identity. */
  public static final String CONFIDENTIAL = "(bảo mật)";

  ReceptionEntry() {}

  /**
   * The number in the year, from 1 on 1 January; never changed once given.
   *
   * @return the number, 1 or more
   */
  public abstract int number();

  /**
   * The day received.
   *
   * @return the day, not null
   */
  public abstract LocalDate day();

  /**
   * The unit whose register it is.
   *
   * @return the unit, not null
   */
  public abstract UnitId unit();

  /**
   * The session at which the matter was received.
   *
   * @return the session's identifier, not null
   */
  public abstract SessionId session();

  /**
   * The matter's place among the matters of its session, from 1.
   *
   * @return the position, 1 or more
   */
  public abstract int position();

  /**
   * The person who received.
   *
   * @return the person, not null
   */
  public abstract PersonId receiver();

  /**
   * The post in which the person received.
   *
   * @return the post, not null
   */
  public abstract Post post();

  /**
   * The kind of reception.
   *
   * @return the kind, not null
   */
  public abstract SessionKind kind();

  /**
   * The form of the register on the entry's day.
   *
   * @return the form, or empty before 2014-12-15
   */
  public abstract Optional<RegisterForm> form();

  /**
   * The matter received.
   *
   * @return the matter, not null
   */
  public abstract Matter matter();

  /**
   * Returns the year the entry is numbered in.
   *
   * @return the year of its day, not null
   */
  public Year year() {
    return Year.from(day());
  }

  /**
   * Returns the petition the matter becomes.
   *
   * @return its identifier, the matter's, not null
   */
  public PetitionId petition() {
    return matter().id();
  }

  /**
   * Returns the petition's intake the matter becomes: received in person on the entry's day by its unit.
   *
   * @return the intake, not null
   */
  public Intake intake() {
    return matter().intakeAt(day(), unit());
  }

  /**
   * Returns the text of a column of the entry's form, as the register prints it; {@link #CONFIDENTIAL} for the
   * citizen's identity. For example the column {@link RegisterColumn#TRANSFER} of a matter forwarded reads
   * "HG-UBKT, 15/CV-BTCD".
   *
   * @param column a column of the entry's form, not null
   * @return the text, possibly empty, not null
   * @throws IllegalArgumentException if the entry has no form, or the form has no such column
   */
  public String cell(RegisterColumn column) {
    requireNonNull(column, "column");
    RegisterForm form =
        form()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "entry " + number() + "/" + year() + " of " + day() + " has no prescribed form"));
    checkArgument(form.columns().contains(column), "%s has no column %s; its columns are %s", form, column, form.columns());
    Matter matter = matter();
    return switch (column) {
      case NUMBER -> Integer.toString(number());
      case DATE -> day().toString();
      case NAME_AND_ADDRESS, IDENTITY_PAPERS -> CONFIDENTIAL;
      case PEOPLE -> Integer.toString(matter.petitioners().count());
      case CONTENT -> matter.summary();
      case KIND -> matter.kind().vietnameseName();
      case REQUESTS -> matter.requests().orElse("");
      case EARLIER_HANDLING -> matter.handledBefore().map(UnitId::value).orElse("");
      case WITHIN_COMPETENCE -> matter.withinCompetence() ? "x" : "";
      case GUIDANCE -> matter.outcome() == ReceptionOutcome.GUIDED ? destination(matter) : "";
      case TRANSFER -> matter.outcome() == ReceptionOutcome.FORWARDED ? destination(matter) : "";
      case FOLLOW_UP -> matter.followUp().orElse("");
      case OUTCOME ->
          matter.outcome().vietnameseName()
              + matter.destination().map(d -> ": " + destination(matter)).orElse("");
      case NOTES -> matter.notes().orElse("");
    };
  }

  private static String destination(Matter matter) {
    return matter.destination().map(UnitId::value).orElse("")
        + matter.documentReference().map(r -> ", " + r).orElse("");
  }

  /**
   * Returns the copy without identities: the matter redacted.
   *
   * @return the redacted copy, not null
   */
  public ReceptionEntry redacted() {
    Matter redacted = matter().redacted();
    return redacted.equals(matter()) ? this : builder().from(this).matter(redacted).build();
  }

  /**
   * Returns a builder, to rebuild an entry an application has stored; every attribute but the form is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReceptionEntry}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableReceptionEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(number() >= 1, "entries are numbered from 1 in a year, not %s", number());
    checkArgument(position() >= 1, "a matter's place in its session counts from 1, not %s", position());
    checkArgument(
        form().equals(RegisterForm.on(day())),
        "an entry of %s is made under the form of its day, %s, not %s",
        day(),
        RegisterForm.on(day()).map(RegisterForm::name).orElse("none"),
        form().map(RegisterForm::name).orElse("none"));
  }

  /**
   * Returns the number, the day and the matter's open facts, for example "7/2016 of 2016-03-10 (HG-TCD-2016-03-10 #2):
   * Matter[P-2016-0007 DENUNCIATION by ONE_PERSON(1), FORWARDED to HG-UBKT]".
   *
   * @return a readable form with no identity, not null
   */
  @Override
  public String toString() {
    return number() + "/" + year() + " of " + day() + " (" + session() + " #" + position() + "): " + matter();
  }
}
