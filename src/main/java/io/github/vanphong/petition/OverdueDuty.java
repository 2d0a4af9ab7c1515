package io.github.vanphong.petition;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;

/**
 * A time limit of the office that a petition has overrun on a day: the petition, the unit it is counted under, the
 * stage and round, and the day it was due. For example petition P-2016-0042 at HG-VPTU, its {@link
 * PetitionStage#RESOLUTION} of the {@link ComplaintRound#FIRST} round due on 2016-05-03 and not done by 2016-06-01.
 * A {@link PetitionTally} lists them, sorted by petition.
 *
 * <p>An overdue duty is not a deadline: it is the line of an overdue list, with none of the deadline's explanation
 * ({@link PetitionDeadline} has it) and nothing about the petitioners. The rule it overran is a time limit of the
 * law ({@link PetitionRuleBook}); only the office's duties ({@link PetitionDeadline#officeDuty()}) are listed.
 *
 * <p>Duties are ordered by petition, unit, round, stage and due date.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class OverdueDuty implements Comparable<OverdueDuty> {

  OverdueDuty() {}

  /**
   * Returns the overdue duty of a petition.
   *
   * @param petition the petition's identifier, not null
   * @param unit the unit it is counted under, at first the receiving unit, not null
   * @param stage the stage whose time limit was overrun, not null
   * @param round the round the limit belongs to, {@link ComplaintRound#FIRST} for kinds other than complaints, not
   *     null
   * @param dueDate the day the stage was due, not null
   * @return the overdue duty, not null
   */
  public static OverdueDuty of(
      PetitionId petition, UnitId unit, PetitionStage stage, ComplaintRound round, LocalDate dueDate) {
    return ImmutableOverdueDuty.builder()
        .petition(petition)
        .unit(unit)
        .stage(stage)
        .round(round)
        .dueDate(dueDate)
        .build();
  }

  /**
   * The petition's identifier.
   *
   * @return the identifier, not null
   */
  public abstract PetitionId petition();

  /**
   * The unit the duty is counted under: the receiving unit, or the unit carrying its history after {@link
   * PetitionTally#reassignedTo}.
   *
   * @return the unit, not null
   */
  public abstract UnitId unit();

  /**
   * The stage whose time limit was overrun.
   *
   * @return the stage, not null
   */
  public abstract PetitionStage stage();

  /**
   * The round of a complaint the limit belongs to; {@link ComplaintRound#FIRST} for other kinds.
   *
   * @return the round, not null
   */
  public abstract ComplaintRound round();

  /**
   * The day the stage was due.
   *
   * @return the day, not null
   */
  public abstract LocalDate dueDate();

  /**
   * Compares by petition, unit, round, stage and due date, in that order.
   *
   * @param other the other duty, not null
   * @return negative, zero or positive as this duty comes before, with or after the other
   */
  @Override
  public int compareTo(OverdueDuty other) {
    int order = petition().compareTo(other.petition());
    if (order == 0) {
      order = unit().compareTo(other.unit());
    }
    if (order == 0) {
      order = round().compareTo(other.round());
    }
    if (order == 0) {
      order = stage().compareTo(other.stage());
    }
    if (order == 0) {
      order = dueDate().compareTo(other.dueDate());
    }
    return order;
  }

  /**
   * Returns the readable form, for example {@code "P-2016-0042 at HG-VPTU: RESOLUTION (FIRST) due 2016-05-03"}.
   *
   * @return the petition, unit, stage, round and due date, not null
   */
  @Override
  public String toString() {
    return petition() + " at " + unit() + ": " + stage() + " (" + round() + ") due " + dueDate();
  }
}
