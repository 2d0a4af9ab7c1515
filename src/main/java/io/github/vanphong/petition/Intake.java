package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known of a petition when it is received (tiếp nhận): its identifier, the day and the channel, its kind,
 * its petitioners, its subject and summary, the receiving unit, and links to earlier petitions. For example a
 * denunciation received by post on Friday 2016-03-04 by the Hậu Giang provincial office.
 *
 * <p>An intake is not a petition: {@link Petition#receive(Intake, io.github.vanphong.organization.PersonId) Petition.receive}
 * makes one from it, and everything after receipt is the petition's history. The petitioners' identities stay
 * confidential in an intake as everywhere ({@link Petitioners}); the summary is the office's own wording of the
 * content and must not repeat them.
 *
 * <p>The area and the level decide some time limits: complaints from remote areas have longer ones (Luật Khiếu nại
 * 02/2011/QH13, Điều 28, 33, 37, 44) and the Party's channel counts differently at the central level.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class Intake {

  Intake() {}

  /**
   * The petition's identifier in the receiving office's register.
   *
   * @return the identifier, not null
   */
  public abstract PetitionId id();

  /**
   * The day the petition was received; the rule book in force that day governs it.
   *
   * @return the day, not null
   */
  public abstract LocalDate received();

  /**
   * How it arrived.
   *
   * @return the channel, not null
   */
  public abstract Channel channel();

  /**
   * What it asks for.
   *
   * @return the kind, not null
   */
  public abstract PetitionKind kind();

  /**
   * Who sent it.
   *
   * @return the petitioners, not null
   */
  public abstract Petitioners petitioners();

  /**
   * What it is about.
   *
   * @return the subject, not null
   */
  public abstract Subject subject();

  /**
   * The office's summary of the content (tóm tắt nội dung), with no petitioner's identity in it.
   *
   * @return the summary, not blank
   */
  public abstract String summary();

  /**
   * The unit that received it, for example the provincial party committee office.
   *
   * @return the unit, not null
   */
  public abstract UnitId receivingUnit();

  /**
   * The petitions this one relates to.
   *
   * @return the links, possibly empty, not null
   */
  public abstract ImmutableList<Link> links();

  /**
   * The area the petitioner lives in, for the remote-area time limits of complaints.
   *
   * @return the area, {@link AreaType#ORDINARY} unless set
   */
  @Value.Default
  public AreaType area() {
    return AreaType.ORDINARY;
  }

  /**
   * The level of the body that resolves the petition, where a rule depends on it: the Party's time limits for
   * denunciations of members differ at the central level, so a petition in the Party's channel has no resolution
   * deadline until its level is given.
   *
   * @return the level, or empty if not given
   */
  public abstract Optional<Level> level();

  /**
   * Whether the citizen asked to be told the result of a matter handled by another body: only then does the office
   * relay it (Luật Tiếp công dân 42/2013/QH13, Điều 28, khoản 2: "trong trường hợp người đó đã có yêu cầu trước đó";
   * {@link PetitionRuleBook#RESULT_RELAY}).
   *
   * @return true if the citizen asked for the result; false unless set
   */
  @Value.Default
  public boolean resultRequested() {
    return false;
  }

  /**
   * The day the Party body competent to resolve a denunciation received the letter, where the unit that registered
   * it is not that body and passed it on: the Party's time limit runs from that day, not from the day the office
   * received it ({@link PetitionStage#PARTY_RESOLUTION}; guidance of the Ủy ban Kiểm tra Trung ương, as reported:
   * "phải được tính từ ngày tổ chức đảng có thẩm quyền giải quyết tố cáo nhận được đơn").
   *
   * @return the day, on or after {@link #received()}, or empty if the unit that registered it is the competent body
   */
  public abstract Optional<LocalDate> competentBodyReceived();

  /**
   * The opening day of the congress (đại hội) of the party organisation that resolves a denunciation, where one is
   * near: a denunciation its competent body received within the days before it that {@link
   * PetitionRuleBook#PARTY_CONGRESS_HANDOVER} gives is handed to the committee the congress elects. With no day
   * given the rule has no effect.
   *
   * @return the day, or empty if not given
   */
  public abstract Optional<LocalDate> congressOpening();

  /**
   * Returns the day from which the Party's channel counts: the day the competent Party body received the letter,
   * {@link #competentBodyReceived()} if given, else {@link #received()}.
   *
   * @return the day, not null
   */
  public LocalDate partyDayReceived() {
    return competentBodyReceived().orElse(received());
  }

  /**
   * Returns a copy with other petitioners, for example the redacted ones.
   *
   * @param petitioners the petitioners, not null
   * @return the copy, not null
   */
  public abstract Intake withPetitioners(Petitioners petitioners);

  /**
   * Returns a builder of an intake.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intake}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableIntake.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(summary()), "petition %s needs a summary of its content; it is blank", id());
    competentBodyReceived()
        .ifPresent(
            day ->
                checkArgument(
                    !day.isBefore(received()),
                    "the competent body receives petition %s on or after the day it was received (%s), not on %s",
                    id(),
                    received(),
                    day));
  }
}
