package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PostKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of the procedure of reception: what a delegation, a session, a schedule or an absence must do, on the days it
 * is in force, for the posts it covers. For example {@link ReceptionRuleBook#DEPUTY_SCHEDULE_NOTICE}: a National
 * Assembly deputy's reception schedule is notified at least 10 working days ahead (Luật Tiếp công dân 42/2013/QH13,
 * Điều 21, verified); {@link ReceptionRuleBook#CONCLUSION_NOTICE}: the head's own reception ends with a conclusion
 * notice (Nghị định 154/2026/NĐ-CP, Điều 27, khoản 1, verified).
 *
 * <p>The {@link ProcedureRequirement} says what is checked; a requirement that counts days ahead has its time limit
 * ({@link #daysAhead()}). A rule that covers some kinds of post only ({@link #postKinds()}) binds only them: the
 * notices ahead bind a National Assembly deputy, the standing in of a deputy binds the heads of State bodies.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class ProcedureRule implements ReceptionRule {

  ProcedureRule() {}

  /**
   * The name, for example "DEPUTY_SCHEDULE_NOTICE", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * What the rule requires.
   *
   * @return the requirement, not null
   */
  public abstract ProcedureRequirement requirement();

  /**
   * The kinds of post the rule covers; every kind when empty.
   *
   * @return the kinds, possibly empty, not null
   */
  public abstract ImmutableSet<PostKind> postKinds();

  /**
   * The working days ahead a notice is given, for a requirement that {@linkplain
   * ProcedureRequirement#countsDaysAhead() counts them}.
   *
   * @return the time limit, present exactly for those requirements
   */
  public abstract Optional<TimeLimit> daysAhead();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  @Override
  public abstract LegalBasis basis();

  /**
   * The days on which the rule is in force; those of its basis unless set.
   *
   * @return the days, not null
   */
  @Override
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The name, requirement and basis are required, and the days ahead of a notice.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProcedureRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProcedureRule.Builder {
    Builder() {}
  }

  /**
   * Tells whether the rule covers a kind of post.
   *
   * @param kind the kind, not null
   * @return true if {@link #postKinds()} is empty or holds it
   */
  public boolean covers(PostKind kind) {
    requireNonNull(kind, "kind");
    return postKinds().isEmpty() || postKinds().contains(kind);
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a procedure rule needs a name: %s", Texts.quote(name()));
    checkArgument(
        requirement().countsDaysAhead() == daysAhead().isPresent(),
        "%s: %s %s days ahead; %s was given",
        name(),
        requirement(),
        requirement().countsDaysAhead() ? "counts" : "counts no",
        daysAhead().map(TimeLimit::toString).orElse("none"));
  }

  /**
   * Returns the readable form, for example "DEPUTY_SCHEDULE_NOTICE: SCHEDULE_NOTIFIED_AHEAD 10 working days, for
   * [NATIONAL_ASSEMBLY_DEPUTY], Luật Tiếp công dân 42/2013/QH13, Điều 21 [2014-07-01..2026-06-30]".
   *
   * @return the name, requirement, limit, posts, basis and days, not null
   */
  @Override
  public String toString() {
    return name()
        + ": "
        + requirement()
        + daysAhead().map(l -> " " + l.days() + " " + l.count().englishName()).orElse("")
        + (postKinds().isEmpty() ? "" : ", for " + EnumSet.copyOf(postKinds()))
        + ", "
        + basis().citation()
        + " "
        + validity()
        + (basis().confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + basis().confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
