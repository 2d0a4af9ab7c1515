package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Bilingual;
import java.util.EnumSet;

/**
 * A step in the life of a petition that the law gives a time limit: for example {@link #PROCESSING}, the 7 working
 * days to register, classify and check a denunciation (Luật Tố cáo 25/2018/QH14, Điều 24, khoản 1). The limits
 * themselves are {@link PetitionTimeLimit}s chosen by a {@link PetitionRuleBook}.
 *
 * <p>A stage exists only for some kinds of petition: a filing limit (thời hiệu) for complaints, none for
 * denunciations; see {@link #kinds()}. A mixed letter has only the steps before it is split by content.
 */
public enum PetitionStage implements Bilingual {
  /** Xử lý đơn: registering, classifying and checking a letter on receipt. */
  PROCESSING("Xử lý đơn", "Processing", "tiếp nhận đơn", EnumSet.allOf(PetitionKind.class)),
  /** Chuyển đơn: forwarding a letter to the competent body. */
  FORWARDING("Chuyển đơn", "Forwarding", "tiếp nhận đơn", EnumSet.allOf(PetitionKind.class)),
  /**
   * Thụ lý: accepting a complaint, or a denunciation, for resolution, or deciding not to. The Denunciations Law of
   * 2011 gives this step its own time (Luật Tố cáo 03/2011/QH13, Điều 20, khoản 1, điểm a); the Law of 2018 folds
   * it into {@link #PROCESSING}.
   */
  ACCEPTANCE(
      "Thụ lý",
      "Acceptance",
      "nhận được đơn khiếu nại, tố cáo",
      EnumSet.of(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION)),
  /** Thông báo thụ lý: notifying the denouncer and the accused that a denunciation was accepted. */
  ACCEPTANCE_NOTICE(
      "Thông báo thụ lý", "Acceptance notice", "ra quyết định thụ lý tố cáo", EnumSet.of(PetitionKind.DENUNCIATION)),
  /** Thông báo kết quả tiếp nhận: telling the citizen what became of the matter received at a reception. */
  RECEIPT_NOTICE(
      "Thông báo kết quả tiếp nhận", "Receipt notice", "tiếp nhận vụ việc", EnumSet.allOf(PetitionKind.class)),
  /** Thông báo của người đứng đầu cấp ủy: the party committee head's written notice of a matter received. */
  PARTY_RECEIPT_NOTICE(
      "Thông báo của người đứng đầu cấp ủy",
      "Party head's receipt notice",
      "người đứng đầu cấp ủy tiếp nhận vụ việc",
      EnumSet.allOf(PetitionKind.class)),
  /** Thông báo kết quả giải quyết: relaying to the citizen the result received from the body that handled it. */
  RESULT_RELAY(
      "Thông báo kết quả giải quyết", "Result relay", "nhận được kết quả giải quyết", EnumSet.allOf(PetitionKind.class)),
  /** Giải quyết: resolving an accepted complaint or denunciation. */
  RESOLUTION(
      "Giải quyết", "Resolution", "thụ lý", EnumSet.of(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION)),
  /** Thời hạn khiếu nại lần hai: the window to lodge a second complaint after the first resolution. */
  SECOND_COMPLAINT_WINDOW(
      "Thời hạn khiếu nại lần hai",
      "Second complaint window",
      "hết thời hạn giải quyết lần đầu hoặc nhận được quyết định giải quyết lần đầu",
      EnumSet.of(PetitionKind.COMPLAINT)),
  /** Quyết định có hiệu lực pháp luật: the days after which a complaint decision becomes final. */
  FINALITY("Quyết định có hiệu lực pháp luật", "Finality", "ban hành quyết định giải quyết khiếu nại",
      EnumSet.of(PetitionKind.COMPLAINT)),
  /** Thời hiệu khiếu nại: the time to file a complaint; denunciations have none. */
  FILING_LIMIT(
      "Thời hiệu khiếu nại",
      "Filing limit",
      "nhận được hoặc biết được quyết định, hành vi hành chính",
      EnumSet.of(PetitionKind.COMPLAINT)),
  /** Gửi quyết định: sending a complaint decision to those it concerns. */
  DECISION_DISPATCH(
      "Gửi quyết định giải quyết", "Decision dispatch", "ban hành quyết định giải quyết khiếu nại",
      EnumSet.of(PetitionKind.COMPLAINT)),
  /** Giải quyết tố cáo đối với đảng viên: resolving a denunciation of a party member in the Party's own channel. */
  PARTY_RESOLUTION(
      "Giải quyết tố cáo trong Đảng",
      "Party resolution",
      "cơ quan đảng có thẩm quyền nhận được đơn tố cáo",
      EnumSet.of(PetitionKind.DENUNCIATION)),
  /**
   * Chuyển cấp ủy khóa mới: the days before a congress in which a denunciation received by the competent Party body
   * is left to the committee the congress elects ({@link PetitionRuleBook#PARTY_CONGRESS_HANDOVER}). It counts from
   * the receipt by the competent body; it is not a duty of the office.
   */
  CONGRESS_HANDOVER(
      "Chuyển cấp ủy khóa mới giải quyết",
      "Congress handover",
      "cơ quan đảng có thẩm quyền nhận được đơn tố cáo",
      EnumSet.of(PetitionKind.DENUNCIATION));

  private final String vietnameseName;
  private final String englishName;
  private final String startEvent;
  private final ImmutableSet<PetitionKind> kinds;

  PetitionStage(String vietnameseName, String englishName, String startEvent, EnumSet<PetitionKind> kinds) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.startEvent = startEvent;
    this.kinds = ImmutableSet.copyOf(kinds);
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
   * Returns the event from which the time of this stage counts, in Vietnamese, for example "thụ lý" for {@link
   * #RESOLUTION}. A {@link io.github.vanphong.calendar.Deadline} shows it as its start event.
   *
   * @return the start event, not blank
   */
  public String startEvent() {
    return startEvent;
  }

  /**
   * Returns the kinds of petition for which this stage exists, for example only {@link PetitionKind#COMPLAINT} for
   * {@link #FILING_LIMIT}.
   *
   * @return the kinds, not empty
   */
  public ImmutableSet<PetitionKind> kinds() {
    return kinds;
  }

  /**
   * Tells whether this stage exists for a kind of petition.
   *
   * @param kind the kind, not null
   * @return true if {@code kind} is one of {@link #kinds()}
   */
  public boolean appliesTo(PetitionKind kind) {
    return kinds.contains(requireNonNull(kind, "kind"));
  }
}
