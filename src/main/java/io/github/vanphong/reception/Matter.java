package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.AreaType;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A matter a citizen or a delegation brings to a reception session (vụ việc): a complaint, a denunciation, a
 * recommendation or feedback, with what the receiving body did with it. For example a denunciation of a commune land
 * officer, received at the provincial office and forwarded to the district inspection committee under a transfer
 * numbered 15/CV-BTCD.
 *
 * <p>Every matter becomes a petition received in person ({@link #intakeAt}): the {@link Intake} carries the same
 * identifier ({@link #id()}), kind, petitioners, subject and summary, with the channel {@link Channel#IN_PERSON}, the
 * session's day and unit. The register's entry names the petition by that identifier and the register finds the entry
 * from it ({@link ReceptionRegister#entryOf}): the two are linked both ways by the id.
 *
 * <p>The petitioners' identities are confidential ({@link Petitioners}): a matter shows their kind and number only,
 * and the summary, the requests and the notes are the office's own wording, naming nobody. A delegation's matter
 * carries the {@link Delegation}, whose petitioners it is sent by ({@link Builder#delegation(Delegation) Builder.delegation} sets both).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class Matter {

  Matter() {}

  /**
   * The identifier of the petition the matter becomes, as the office numbers its petitions.
   *
   * @return the identifier, not null
   */
  public abstract PetitionId id();

  /**
   * What it asks for.
   *
   * @return the kind, not null
   */
  public abstract PetitionKind kind();

  /**
   * Who brought it: one person, several, a delegation, or someone who would not give a name.
   *
   * @return the petitioners, not null
   */
  public abstract Petitioners petitioners();

  /**
   * The delegation that brought it, when many people came on the same content.
   *
   * @return the delegation, or empty
   */
  public abstract Optional<Delegation> delegation();

  /**
   * What it is about.
   *
   * @return the subject, not null
   */
  public abstract Subject subject();

  /**
   * The office's summary of the case (tóm tắt nội dung vụ việc), naming nobody.
   *
   * @return the summary, not blank
   */
  public abstract String summary();

  /**
   * What the citizen asks for (yêu cầu của công dân, Mẫu 06-TCD), naming nobody.
   *
   * @return the requests, not blank, or empty
   */
  public abstract Optional<String> requests();

  /**
   * The earlier petitions the matter relates to, for example a denunciation made again.
   *
   * @return the links, possibly empty, not null
   */
  public abstract ImmutableList<Link> links();

  /**
   * The area the petitioner lives in.
   *
   * @return the area, {@link AreaType#ORDINARY} unless set
   */
  @Value.Default
  public AreaType area() {
    return AreaType.ORDINARY;
  }

  /**
   * The body that already handled the case (cơ quan đã giải quyết).
   *
   * @return the body, or empty if none did
   */
  public abstract Optional<UnitId> handledBefore();

  /**
   * What the receiving body did with the matter.
   *
   * @return the outcome, not null
   */
  public abstract ReceptionOutcome outcome();

  /**
   * The body the citizen was guided to or the matter forwarded to.
   *
   * @return the body, present exactly for {@link ReceptionOutcome#GUIDED} and {@link ReceptionOutcome#FORWARDED}
   */
  public abstract Optional<UnitId> destination();

  /**
   * The number and symbol of the guidance or of the transfer (số văn bản hướng dẫn, số văn bản chuyển đơn), for
   * example "15/CV-BTCD".
   *
   * @return the reference, not blank, or empty
   */
  public abstract Optional<String> documentReference();

  /**
   * The follow-up of the result (theo dõi kết quả giải quyết), in the office's words.
   *
   * @return the follow-up, not blank, or empty
   */
  public abstract Optional<String> followUp();

  /**
   * Notes (ghi chú), in the office's words.
   *
   * @return the notes, not blank, or empty
   */
  public abstract Optional<String> notes();

  /**
   * Tells whether the matter is within the receiving body's competence.
   *
   * @return true if accepted or answered
   */
  public boolean withinCompetence() {
    return outcome().withinCompetence();
  }

  /**
   * Returns the petition's intake the matter becomes, received in person on a day by a unit.
   *
   * @param day the day of the session, not null
   * @param receivingUnit the unit that received it, not null
   * @return the intake, with the matter's identifier, not null
   */
  public Intake intakeAt(LocalDate day, UnitId receivingUnit) {
    return Intake.builder()
        .id(id())
        .received(day)
        .channel(Channel.IN_PERSON)
        .kind(kind())
        .petitioners(petitioners())
        .subject(subject())
        .summary(summary())
        .receivingUnit(receivingUnit)
        .links(links())
        .area(area())
        .build();
  }

  /**
   * Returns the copy without identities: the petitioners and the delegation redacted, everything else as it was.
   *
   * @return the redacted copy, not null
   */
  public Matter redacted() {
    if (petitioners().isRedacted()) {
      return this;
    }
    return builder()
        .from(this)
        .petitioners(petitioners().redacted())
        .delegation(delegation().map(Delegation::redacted))
        .build();
  }

  /**
   * Returns a builder. The identifier, kind, petitioners (or the delegation), subject, summary and outcome are
   * required, and the destination of a matter guided or forwarded.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Matter}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableMatter.Builder {
    Builder() {}

    /**
     * Sets the delegation that brought the matter and its petitioners.
     *
     * @param delegation the delegation, not null
     * @return this builder
     */
    public Builder byDelegation(Delegation delegation) {
      delegation(delegation);
      petitioners(delegation.petitioners());
      return this;
    }
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(summary()), "matter %s needs a summary of the case; it is blank", id());
    for (Optional<String> text : ImmutableList.of(requests(), documentReference(), followUp(), notes())) {
      checkArgument(text.map(t -> !Texts.isBlank(t)).orElse(true), "matter %s: a text given is not blank", id());
    }
    checkArgument(
        destination().isPresent() == outcome().namesABody(),
        "matter %s: a matter guided or forwarded names the body, and only such a matter does; %s was given %s",
        id(),
        outcome(),
        destination().map(UnitId::toString).orElse("no body"));
    delegation()
        .ifPresent(
            d ->
                checkArgument(
                    d.petitioners().equals(petitioners()),
                    "matter %s: a delegation's matter is brought by the delegation's petitioners %s, not %s; set"
                        + " both with byDelegation",
                    id(),
                    d.petitioners(),
                    petitioners()));
  }

  /**
   * Returns the open facts only, for example "Matter[P-2016-0007 DENUNCIATION by ONE_PERSON(1), FORWARDED to
   * HG-UBKT]".
   *
   * @return the identifier, kind, petitioners' kind and number and outcome, not null
   */
  @Override
  public String toString() {
    return "Matter["
        + id()
        + " "
        + kind()
        + " by "
        + petitioners()
        + ", "
        + outcome()
        + destination().map(d -> " to " + d).orElse("")
        + "]";
  }
}
