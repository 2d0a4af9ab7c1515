package io.github.vanphong.petition;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Bilingual;
import java.util.EnumSet;

/**
 * Where a petition stands in its handling, derived from its history: for example {@link #VERIFYING} after the
 * office accepted a denunciation and began to verify it. Every state is either open or closed ({@link #isOpen()})
 * for exchange with other systems, such as the national petitions database: a closed petition needs nothing more
 * from the office that holds it.
 *
 * <p>Each state allows some commands ({@link #allowedCommands()}): the workflow's table of steps. A petition allows
 * fewer, as the rules of its {@link PetitionRuleBook} and its own facts may forbid a step the state allows ({@link
 * Petition#allowedCommands()}).
 */
public enum PetitionState implements Bilingual {
  /** Đã tiếp nhận: received and registered, not yet classified. */
  RECEIVED("Đã tiếp nhận", "Received", true),
  /** Đã phân loại: classified, awaiting the decision what to do with it. */
  CLASSIFIED("Đã phân loại", "Classified", true),
  /** Đã thụ lý: accepted for resolution. */
  ACCEPTED("Đã thụ lý", "Accepted", true),
  /** Đang xác minh: being verified. */
  VERIFYING("Đang xác minh", "Verifying", true),
  /** Tạm đình chỉ: resolution suspended; the time does not run. */
  SUSPENDED("Tạm đình chỉ giải quyết", "Suspended", true),
  /** Đã giải quyết: a decision or conclusion was issued; for a complaint it is not yet final. */
  RESOLVED("Đã giải quyết", "Resolved", true),
  /** Khiếu nại lần hai: a second complaint was lodged about the first-time decision. */
  SECOND_COMPLAINT("Khiếu nại lần hai", "Second complaint", true),
  /** Quyết định có hiệu lực pháp luật: the complaint decision became final (Luật Khiếu nại, Điều 44). */
  FINAL("Quyết định có hiệu lực pháp luật", "Final", false),
  /** Đã kết thúc: closed and archived. */
  CLOSED("Đã kết thúc", "Closed", false),
  /** Không thụ lý: not accepted, for a statutory reason. */
  REFUSED("Không thụ lý", "Refused", false),
  /** Đã chuyển đơn: forwarded to the competent body. */
  FORWARDED("Đã chuyển đơn", "Forwarded", false),
  /** Đã hướng dẫn: the petitioner was guided to the competent body. */
  GUIDED("Đã hướng dẫn", "Guided", false),
  /** Lưu đơn: filed without further action. */
  FILED("Lưu đơn", "Filed", false),
  /** Đã rút đơn: withdrawn; the handling stopped (đình chỉ). */
  WITHDRAWN("Đã rút đơn, đình chỉ giải quyết", "Withdrawn", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean open;

  PetitionState(String vietnameseName, String englishName, boolean open) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.open = open;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the commands this state allows, before any rule: for example {@code ACCEPT}, {@code REFUSE}, {@code
   * FORWARD}, {@code GUIDE}, {@code FILE} and the commands of every state from {@link #CLASSIFIED}. {@code NOTIFY} and
   * {@code ACCESS_IDENTITY} are allowed in every state; {@code RECEIVE} in none, as it starts a petition.
   *
   * @return the commands, not null
   */
  public ImmutableSet<PetitionCommand> allowedCommands() {
    EnumSet<PetitionCommand> allowed = EnumSet.of(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY);
    switch (this) {
      case RECEIVED -> allowed.addAll(EnumSet.of(PetitionCommand.CLASSIFY, PetitionCommand.EXTEND));
      case CLASSIFIED ->
          allowed.addAll(
              EnumSet.of(
                  PetitionCommand.CLASSIFY,
                  PetitionCommand.ACCEPT,
                  PetitionCommand.REFUSE,
                  PetitionCommand.FORWARD,
                  PetitionCommand.GUIDE,
                  PetitionCommand.FILE,
                  PetitionCommand.EXTEND));
      case ACCEPTED, VERIFYING ->
          allowed.addAll(
              EnumSet.of(
                  PetitionCommand.ASSESS_COMPLEXITY,
                  PetitionCommand.EXTEND,
                  PetitionCommand.SUSPEND,
                  PetitionCommand.RESOLVE));
      case SUSPENDED -> allowed.add(PetitionCommand.RESUME);
      case RESOLVED ->
          allowed.addAll(
              EnumSet.of(
                  PetitionCommand.LODGE_SECOND_COMPLAINT,
                  PetitionCommand.RECORD_FINALITY,
                  PetitionCommand.CLOSE,
                  PetitionCommand.RECORD_DECISION_RECEIPT));
      case SECOND_COMPLAINT -> allowed.addAll(EnumSet.of(PetitionCommand.ACCEPT, PetitionCommand.REFUSE));
      case FINAL -> allowed.add(PetitionCommand.CLOSE);
      case FORWARDED -> allowed.add(PetitionCommand.RECORD_RESULT);
      default -> {
        // the other closed states allow notices and recorded accesses only
      }
    }
    if (this == ACCEPTED) {
      allowed.add(PetitionCommand.START_VERIFICATION);
    }
    if (isWithdrawable()) {
      allowed.add(PetitionCommand.WITHDRAW);
    }
    return ImmutableSet.copyOf(allowed);
  }

  /** Whether a petitioner may withdraw in this state: before the decision, or when a second complaint awaits. */
  private boolean isWithdrawable() {
    return switch (this) {
      case RECEIVED, CLASSIFIED, ACCEPTED, VERIFYING, SUSPENDED, SECOND_COMPLAINT -> true;
      default -> false;
    };
  }

  /**
   * Returns whether a petition in this state still needs the office's action: open from receipt until a
   * decision becomes final or the petition leaves the office; closed after.
   *
   * @return true for an open state
   */
  public boolean isOpen() {
    return open;
  }
}
