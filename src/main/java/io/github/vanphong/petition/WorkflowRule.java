package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A rule of the petition workflow: what the law requires before a command is carried out, for the kinds of petition
 * and the procedures it covers, on the days it is in force. For example {@link
 * PetitionRuleBook#FORWARD_DENUNCIATION_ONCE}: a denunciation of the same content is forwarded only once (Thông tư
 * 05/2021/TT-TTCP, Điều 14), for denunciations received from 2021-11-15; or {@link
 * PetitionRuleBook#COMPLAINT_SUSPENSION}: the resolution of a complaint may be suspended from 2026-07-01 (Luật Khiếu nại
 * 02/2011/QH13 as amended by Luật 136/2025/QH15, Điều 11a), whenever the complaint was accepted, as the rule is chosen
 * by the day of the suspension ({@link RuleDay#ACT}).
 *
 * <p>The {@link Requirement} says what is checked. A rule that {@link Requirement#PROVIDED_BY_LAW provides} a step
 * permits it: a command that needs a permission (refusal, suspension, withdrawal, a second complaint, finality) is
 * refused unless a rule in force provides it for the petition's kind and procedure. The other requirements are
 * conditions: the command is refused when a rule in force requires the condition and the petition does not meet it.
 * Either way the refusal names the rule ({@link PetitionWorkflowException#rule()}).
 *
 * <p>Which state allows which command is the workflow's own table ({@link PetitionState#allowedCommands()}); the
 * rules come on top of it. The built-in rules are constants of {@link PetitionRuleBook}; an application adds or
 * replaces rules with {@link PetitionRuleBook#with(PetitionRule) PetitionRuleBook.with} and removes one with {@link
 * PetitionRuleBook#without(String) PetitionRuleBook.without}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class WorkflowRule implements PetitionRule {

  /** The commands whose step must be provided by a rule in force ({@link Requirement#PROVIDED_BY_LAW}). */
  static final ImmutableSet<PetitionCommand> NEED_A_PROVISION =
      ImmutableSet.copyOf(
          EnumSet.of(
              PetitionCommand.REFUSE,
              PetitionCommand.SUSPEND,
              PetitionCommand.WITHDRAW,
              PetitionCommand.LODGE_SECOND_COMPLAINT,
              PetitionCommand.RECORD_FINALITY));

  WorkflowRule() {}

  /**
   * The name of the rule, for example "FORWARD_DENUNCIATION_ONCE", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The command the rule governs.
   *
   * @return the command, not null
   */
  public abstract PetitionCommand command();

  /**
   * What the rule requires.
   *
   * @return the requirement, not null
   */
  public abstract Requirement requirement();

  /**
   * The kinds of petition the rule covers; every kind unless set.
   *
   * @return the kinds, not empty
   */
  public abstract ImmutableSet<PetitionKind> kinds();

  /**
   * The procedures the rule covers, State law or the Party's rules; both unless set.
   *
   * @return the procedures, not empty
   */
  public abstract ImmutableSet<Procedure> procedures();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  @Override
  public abstract LegalBasis basis();

  /**
   * The days on which the rule is in force, as days of the kind {@link #chosenBy()} names; the days of its basis
   * unless set.
   *
   * @return the days, not null
   */
  @Override
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * The day of a petition that chooses the rule; the day received unless set.
   *
   * @return the day, not null
   */
  @Override
  @Value.Default
  public RuleDay chosenBy() {
    return RuleDay.RECEIVED;
  }

  /**
   * Returns a builder. The name, command, requirement and basis are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link WorkflowRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableWorkflowRule.Builder {
    Builder() {}
  }

  /**
   * Tells whether the rule covers a command for a kind of petition under a procedure, whatever the day.
   *
   * @param command the command, not null
   * @param kind the kind of petition, not null
   * @param procedure the procedure, not null
   * @return true if all three are the rule's
   */
  public boolean appliesTo(PetitionCommand command, PetitionKind kind, Procedure procedure) {
    requireNonNull(command, "command");
    requireNonNull(kind, "kind");
    requireNonNull(procedure, "procedure");
    return command == command() && kinds().contains(kind) && procedures().contains(procedure);
  }

  @Value.Check
  WorkflowRule normalize() {
    checkArgument(!Texts.isBlank(name()), "a workflow rule needs a name: %s", Texts.quote(name()));
    checkArgument(
        requirement() != Requirement.PROVIDED_BY_LAW || NEED_A_PROVISION.contains(command()),
        "%s: only %s are provided by law; %s is allowed by the workflow's states",
        name(),
        NEED_A_PROVISION,
        command());
    checkArgument(
        command() != PetitionCommand.RECEIVE,
        "%s: receipt starts a petition and is governed by no workflow rule",
        name());
    if (!kinds().isEmpty() && !procedures().isEmpty()) {
      return this;
    }
    return builder()
        .from(this)
        .kinds(kinds().isEmpty() ? EnumSet.allOf(PetitionKind.class) : kinds())
        .procedures(procedures().isEmpty() ? EnumSet.allOf(Procedure.class) : procedures())
        .build();
  }

  /**
   * Returns the readable form, for example "FORWARD_DENUNCIATION_ONCE: FORWARD requires NOT_FORWARDED_BEFORE of
   * [DENUNCIATION], Thông tư 05/2021/TT-TTCP, Điều 14, received [2021-11-15..)". Kinds and procedures that cover every
   * value are left out; a basis not verified is marked.
   *
   * @return the name, command, requirement, kinds, procedures, basis and days, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(name()).append(": ").append(command()).append(" requires ").append(requirement());
    appendIfRestricted(text, " of ", kinds(), PetitionKind.values().length);
    appendIfRestricted(text, " under ", procedures(), Procedure.values().length);
    text.append(", ").append(basis().citation());
    text.append(", ").append(chosenBy().englishName().toLowerCase(Locale.ROOT)).append(' ').append(validity());
    if (basis().confirmation() != Confirmation.VERIFIED) {
      text.append(" (").append(basis().confirmation().englishName().toLowerCase(Locale.ROOT)).append(')');
    }
    return text.toString();
  }

  private static void appendIfRestricted(StringBuilder text, String word, Set<?> values, int all) {
    if (values.size() < all) {
      text.append(word).append(values);
    }
  }
}
