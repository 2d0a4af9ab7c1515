package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * One step in a petition's history: the command, the day, who did it, and what the command needs, such as the
 * classification found, the reason for a refusal, the body forwarded to or the days of an extension. For example
 * {@code 2016-03-07 FORWARD by HG-VP-012 to HG-UBKT}.
 *
 * <p>A petition is its {@link Intake} and the list of its events; everything else about it is derived from them,
 * and {@link Petition#replay} rebuilds it from them, checking each step again. An event carries exactly the data
 * its command needs: a refusal its reason, a notice its stage, an access to the identity its stated reason.
 * No event holds a petitioner's identity.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class PetitionEvent {

  PetitionEvent() {}

  /**
   * The command this event records.
   *
   * @return the command, not null
   */
  public abstract PetitionCommand command();

  /**
   * The day of the step.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * Who took the step: the officer who registered, decided, sent or looked.
   *
   * @return the person, not null
   */
  public abstract PersonId by();

  /**
   * The classification found, for {@link PetitionCommand#CLASSIFY}.
   *
   * @return the classification, or empty
   */
  public abstract Optional<Classification> classification();

  /**
   * The statutory reason, for {@link PetitionCommand#REFUSE}.
   *
   * @return the reason, or empty
   */
  public abstract Optional<RefusalReason> refusalReason();

  /**
   * The competent body, for {@link PetitionCommand#FORWARD} and {@link PetitionCommand#GUIDE}.
   *
   * @return the unit, or empty
   */
  public abstract Optional<UnitId> destination();

  /**
   * The days added, for {@link PetitionCommand#EXTEND}.
   *
   * @return the days, or empty
   */
  public abstract OptionalInt extensionDays();

  /**
   * The stage whose time is extended, for {@link PetitionCommand#EXTEND}: the processing of a denunciation ({@link
   * PetitionStage#PROCESSING}, or {@link PetitionStage#ACCEPTANCE} under the law of 2011), or its resolution.
   *
   * @return the stage, or empty
   */
  public abstract Optional<PetitionStage> extendedStage();

  /**
   * The criteria of complexity found, for {@link PetitionCommand#ASSESS_COMPLEXITY} (Nghị định 31/2019/NĐ-CP,
   * Điều 3).
   *
   * @return the criteria, possibly empty, not null
   */
  public abstract ImmutableSet<ComplexityCriterion> criteria();

  /**
   * What the resolution found, for {@link PetitionCommand#RESOLVE}.
   *
   * @return the finding, or empty
   */
  public abstract Optional<Finding> finding();

  /**
   * The withdrawal, for {@link PetitionCommand#WITHDRAW}.
   *
   * @return the withdrawal, or empty
   */
  public abstract Optional<Withdrawal> withdrawal();

  /**
   * The notice sent, for {@link PetitionCommand#NOTIFY}: the stage whose time limit it meets.
   *
   * @return the stage, or empty
   */
  public abstract Optional<PetitionStage> notice();

  /**
   * The stated reason, for {@link PetitionCommand#SUSPEND} and {@link PetitionCommand#ACCESS_IDENTITY}.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> reason();

  /**
   * The day the complainant received the first-round decision, for {@link PetitionCommand#RECORD_DECISION_RECEIPT}:
   * the window for a second complaint runs from it (Luật Khiếu nại 02/2011/QH13, Điều 33, khoản 1: "kể từ ngày nhận
   * được quyết định giải quyết khiếu nại lần đầu"). It is on or before the event's day, on which the office records
   * it, for example from the postal receipt returned.
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> deliveredOn();

  /**
   * The written record of the complexity found, for {@link PetitionCommand#ASSESS_COMPLEXITY}: the document that
   * states it and is kept in the case file, for example "Tờ trình số 15/TTr-TTT ngày 10/7/2026". From 2026-07-01 a
   * complaint is complex only as recorded in writing (Nghị định 124/2020/NĐ-CP, Điều 3a, khoản 2, added by Nghị
   * định 155/2026/NĐ-CP, Điều 2; {@link PetitionRuleBook#COMPLAINT_COMPLEXITY_IN_WRITING}). It names no petitioner.
   *
   * @return the reference of the document, not blank, or empty
   */
  public abstract Optional<String> writtenRecord();

  /**
   * Returns a builder of an event, for applications that store histories and replay them.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PetitionEvent}; a builder is not thread-safe. */
  public static final class Builder extends ImmutablePetitionEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<String> present = presentPayload();
    if (command() == PetitionCommand.ASSESS_COMPLEXITY) {
      present.remove("writtenRecord"); // optional: needed only where a rule in force asks for it
    }
    Set<String> needed = neededPayload(command());
    checkArgument(
        present.equals(needed),
        "a %s event carries %s, but this one carries %s",
        command(),
        needed.isEmpty() ? "nothing more" : needed,
        present.isEmpty() ? "nothing more" : present);
    reason().ifPresent(r -> checkArgument(!Texts.isBlank(r), "a %s event needs a reason that is not blank", command()));
    writtenRecord()
        .ifPresent(r -> checkArgument(!Texts.isBlank(r), "a %s event's written record must not be blank", command()));
    deliveredOn()
        .ifPresent(
            d ->
                checkArgument(
                    !d.isAfter(on()),
                    "a decision's receipt is recorded on or after the day it was received; a %s event on %s"
                        + " cannot record a receipt on %s",
                    command(),
                    on(),
                    d));
    if (extensionDays().isPresent()) {
      checkArgument(
          extensionDays().getAsInt() >= 1,
          "an extension adds at least 1 day, not %s",
          extensionDays().getAsInt());
    }
  }

  private Set<String> presentPayload() {
    Set<String> present = new TreeSet<>();
    classification().ifPresent(c -> present.add("classification"));
    refusalReason().ifPresent(c -> present.add("refusalReason"));
    destination().ifPresent(c -> present.add("destination"));
    if (extensionDays().isPresent()) {
      present.add("extensionDays");
    }
    extendedStage().ifPresent(c -> present.add("extendedStage"));
    finding().ifPresent(c -> present.add("finding"));
    withdrawal().ifPresent(c -> present.add("withdrawal"));
    notice().ifPresent(c -> present.add("notice"));
    reason().ifPresent(c -> present.add("reason"));
    deliveredOn().ifPresent(c -> present.add("deliveredOn"));
    writtenRecord().ifPresent(c -> present.add("writtenRecord"));
    return present;
  }

  private static Set<String> neededPayload(PetitionCommand command) {
    return switch (command) {
      case CLASSIFY -> Set.of("classification");
      case REFUSE -> Set.of("refusalReason");
      case FORWARD, GUIDE -> Set.of("destination");
      case EXTEND -> Set.of("extensionDays", "extendedStage");
      case RESOLVE -> Set.of("finding");
      case WITHDRAW -> Set.of("withdrawal");
      case NOTIFY -> Set.of("notice");
      case SUSPEND, ACCESS_IDENTITY -> Set.of("reason");
      case RECORD_DECISION_RECEIPT -> Set.of("deliveredOn");
      default -> Set.of();
    };
  }

  @Value.Check
  void checkCriteria() {
    checkArgument(
        criteria().isEmpty() || command() == PetitionCommand.ASSESS_COMPLEXITY,
        "a %s event carries no criteria of complexity, but this one carries %s",
        command(),
        criteria());
  }

  /**
   * Returns the readable form, for example {@code "2016-03-07 FORWARD by HG-VP-012 to HG-UBKT"}. It shows the
   * stated reasons, which the office writes, and never an identity.
   *
   * @return the day, command, actor and data, not null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(on() + " " + command() + " by " + by());
    classification().ifPresent(c -> parts.add(c.toString()));
    refusalReason().ifPresent(r -> parts.add("for " + r));
    destination().ifPresent(d -> parts.add("to " + d));
    if (extensionDays().isPresent()) {
      parts.add("+" + extensionDays().getAsInt() + " days");
    }
    extendedStage().ifPresent(stage -> parts.add("of " + stage));
    if (!criteria().isEmpty()) {
      parts.add("criteria " + criteria());
    }
    finding().ifPresent(f -> parts.add("finding " + f));
    withdrawal().ifPresent(w -> parts.add(w.toString()));
    notice().ifPresent(n -> parts.add("notice " + n));
    reason().ifPresent(r -> parts.add("reason: " + r));
    deliveredOn().ifPresent(d -> parts.add("received by the complainant " + d));
    writtenRecord().ifPresent(r -> parts.add("recorded in " + r));
    return String.join(" ", parts);
  }
}
