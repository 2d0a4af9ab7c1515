package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The times within which closed files are handed to the office's archive, by system and by the day the work ended:
 * for example {@link #standard()}, in which a State file closed on 2021-06-30 is due by 2022-06-30 (Nghị định
 * 30/2020/NĐ-CP, Điều 30.2.b, verified), and {@code standard().with(partyRule)}, in which a Party office's files follow
 * the period the application supplies.
 *
 * <p>The standard book has no Party rule: the Party's period of hand-over was not read, so a Party office supplies it
 * with its source ({@link #with}), marked as firmly as that source is. A rule is chosen by the day the work ended:
 * among the rules of the system in force on that day, the one in force from the latest day. {@link #check} lists every
 * file overdue for hand-over as of a day, all at once, each an {@link ArchiveViolation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class HandOverRuleBook {

  private static final HandOverRuleBook STANDARD = new HandOverRuleBook(ImmutableList.of(HandOverRule.STATE_WITHIN_ONE_YEAR));

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<HandOverRule> rules;

  private HandOverRuleBook(ImmutableList<HandOverRule> rules) {
    this.rules = rules;
  }

  /**
   * Returns the book of the rules read: {@link HandOverRule#STATE_WITHIN_ONE_YEAR}.
   *
   * @return the standard book, not null
   */
  public static HandOverRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a book of the given rules, a later one taking the place of an earlier one of the same system in force
   * from the same day.
   *
   * @param rules the rules, none null
   * @return the book, not null
   */
  public static HandOverRuleBook of(Iterable<HandOverRule> rules) {
    HandOverRuleBook book = new HandOverRuleBook(ImmutableList.of());
    for (HandOverRule rule : Arguments.list(rules, "rules")) {
      book = book.with(rule);
    }
    return book;
  }

  /**
   * Returns this book with a rule, in the place of any rule of the same system in force from the same day: for
   * example a Party office's period, with the source it was taken from.
   *
   * @param rule the rule, not null
   * @return a new book, not null
   */
  public HandOverRuleBook with(HandOverRule rule) {
    requireNonNull(rule, "rule");
    List<HandOverRule> kept = new ArrayList<>();
    for (HandOverRule r : rules) {
      if (r.system() != rule.system() || !r.basis().inForceFrom().equals(rule.basis().inForceFrom())) {
        kept.add(r);
      }
    }
    kept.add(rule);
    return new HandOverRuleBook(ImmutableList.copyOf(kept));
  }

  /**
   * Returns the rules, in the order added.
   *
   * @return the rules, not null
   */
  public ImmutableList<HandOverRule> rules() {
    return rules;
  }

  /**
   * Returns the rule for the files of a system whose work ended on a day: of those in force on the day, the one in
   * force from the latest day.
   *
   * @param system the system, not null
   * @param workEnded the day the work ended, not null
   * @return the rule, or empty if the book has none for the system on that day
   */
  public Optional<HandOverRule> ruleOn(DocumentSystem system, LocalDate workEnded) {
    requireNonNull(system, "system");
    requireNonNull(workEnded, "workEnded");
    return rules.stream()
        .filter(r -> r.system() == system && r.basis().isInForceOn(workEnded))
        .max(Comparator.comparing((HandOverRule r) -> r.basis().inForceFrom()));
  }

  /**
   * Returns the last day to hand a file over, by the rule of the day its work ended.
   *
   * @param file the file, not null
   * @param system the system of the body that holds it, not null
   * @return the day, or empty while the file is open
   * @throws IllegalArgumentException if the book has no rule for the system on the day the file was closed
   */
  public Optional<LocalDate> deadline(ArchiveFile file, DocumentSystem system) {
    requireNonNull(file, "file");
    requireNonNull(system, "system");
    return file.closedOn().map(closed -> rule(system, closed).deadline(closed));
  }

  private HandOverRule rule(DocumentSystem system, LocalDate workEnded) {
    return ruleOn(system, workEnded)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a file is handed over within the time its rule gives; the book has no rule for "
                        + system
                        + " files whose work ended on "
                        + workEnded
                        + " (the Party's period is data the application supplies with with(...))"));
  }

  /**
   * Returns every file closed and not handed over whose last day to hand over is before a day: in the state {@link
   * ArchiveFileState#CLOSED} at the end of the day, closed on or before it, and past its deadline. Files open,
   * handed over or later on the day are not findings.
   *
   * @param files the files, none null
   * @param system the system of the body that holds them, not null
   * @param day the day of the check, not null
   * @return the findings, in the order of the files, empty if none is overdue, not null
   * @throws IllegalArgumentException if the book has no rule for the system on the day a closed file was closed
   */
  public ImmutableList<ArchiveViolation> check(Iterable<ArchiveFile> files, DocumentSystem system, LocalDate day) {
    ImmutableList<ArchiveFile> all = Arguments.list(files, "files");
    requireNonNull(system, "system");
    requireNonNull(day, "day");
    ImmutableList.Builder<ArchiveViolation> findings = ImmutableList.builder();
    for (ArchiveFile file : all) {
      if (file.stateOn(day).orElse(null) != ArchiveFileState.CLOSED) {
        continue;
      }
      LocalDate closed = file.closedOn().orElseThrow();
      HandOverRule rule = rule(system, closed);
      if (day.isAfter(rule.deadline(closed))) {
        findings.add(ArchiveViolation.of(rule, file.id(), closed, day));
      }
    }
    return findings.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HandOverRuleBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the rules: "HandOverRuleBook[STATE within P1Y (Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2, điểm b)]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "HandOverRuleBook" + rules;
  }
}
