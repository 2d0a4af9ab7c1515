package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A statutory reason not to accept a petition (không thụ lý): for example {@link #COMPLAINT_TIME_LIMIT_EXPIRED}
 * when a complaint comes after the 90 days of Luật Khiếu nại 02/2011/QH13, Điều 9. A refusal must give one; it is
 * not a reason to file a letter ({@link ProcessingDefect}), which stops before the question of acceptance.
 *
 * <p>The reasons are those of Luật Khiếu nại 02/2011/QH13, Điều 11 for complaints; Luật Tố cáo 25/2018/QH14, Điều
 * 25 and Điều 29, khoản 1 for denunciations; and, for denunciations of party members handled in the Party's
 * channel, the cases the Party does not resolve under Quy định 30-QĐ/TW, Điều 32, khoản 5, tiết 5.1.1 (reported
 * by a Q&amp;A of the Party's news site quoting it), carried over to Quy định 22-QĐ/TW from 2021-07-28 as
 * unconfirmed. A reason may be given only for the kinds it covers, on a day one of its bases is in force.
 */
public enum RefusalReason implements Bilingual {
  /** Điều 11.1: an internal act, a normative act or a State-secret act, which the Law does not review. */
  COMPLAINT_NOT_REVIEWABLE("Quyết định, hành vi không thuộc đối tượng khiếu nại", "Not a reviewable act", kn("khoản 1")),
  /** Điều 11.2: the decision or act does not directly concern the complainant's rights. */
  COMPLAINT_NOT_DIRECTLY_CONCERNED(
      "Không liên quan trực tiếp đến quyền, lợi ích của người khiếu nại", "Not directly concerned", kn("khoản 2")),
  /** Điều 11.3: the complainant lacks full civil capacity and has no legal representative. */
  COMPLAINT_NO_CAPACITY(
      "Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện", "Complainant without capacity",
      kn("khoản 3")),
  /** Điều 11.4: the representative is not lawful. */
  COMPLAINT_UNLAWFUL_REPRESENTATIVE("Người đại diện không hợp pháp", "Unlawful representative", kn("khoản 4")),
  /** Điều 11.5: the letter is neither signed nor thumb-printed. */
  COMPLAINT_UNSIGNED("Đơn khiếu nại không có chữ ký hoặc điểm chỉ", "Unsigned complaint", kn("khoản 5")),
  /** Điều 11.6: the time limit to complain, or to complain again, has expired with no good reason. */
  COMPLAINT_TIME_LIMIT_EXPIRED(
      "Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng", "Time limit expired", kn("khoản 6")),
  /** Điều 11.7: a second-time decision already exists. */
  COMPLAINT_SECOND_DECISION_EXISTS(
      "Đã có quyết định giải quyết khiếu nại lần hai", "Second decision exists", kn("khoản 7")),
  /** Điều 11.8: after a notice of suspension, the complainant did not continue within 30 days. */
  COMPLAINT_NOT_CONTINUED(
      "Không tiếp tục khiếu nại sau 30 ngày kể từ khi có văn bản thông báo tạm đình chỉ",
      "Not continued after suspension",
      kn("khoản 8")),
  /** Điều 11.9: a court has accepted or judged the case. */
  COMPLAINT_BEFORE_COURT(
      "Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án", "Before a court", kn("khoản 9")),
  /** Luật Tố cáo, Điều 25: no name or address, an unidentifiable denouncer, or another person's name. */
  DENUNCIATION_ANONYMOUS(
      "Tố cáo giấu tên, mạo danh, không rõ địa chỉ", "Anonymous denunciation", tc("Điều 25")),
  /** Luật Tố cáo, Điều 29.1.a: the letter does not have the form of Điều 23. */
  DENUNCIATION_FORM_NOT_MET("Đơn tố cáo không đúng hình thức", "Form not met", tc("Điều 29, khoản 1, điểm a")),
  /** Luật Tố cáo, Điều 29.1.b: the denouncer lacks civil capacity and has no representative. */
  DENUNCIATION_NO_CAPACITY(
      "Người tố cáo không có năng lực hành vi dân sự", "Denouncer without capacity",
      tc("Điều 29, khoản 1, điểm b")),
  /** Luật Tố cáo, Điều 29.1.c: the matter is not within the receiver's competence. */
  DENUNCIATION_NOT_COMPETENT(
      "Vụ việc không thuộc thẩm quyền giải quyết", "Not competent", tc("Điều 29, khoản 1, điểm c")),
  /** Luật Tố cáo, Điều 29.1.d: no basis to identify the violator or the violation. */
  DENUNCIATION_NO_BASIS(
      "Không có căn cứ để xác định người vi phạm, hành vi vi phạm", "No basis", tc("Điều 29, khoản 1, điểm d")),
  /** The Party does not resolve a denunciation that hides or borrows a name or has no clear address. */
  PARTY_ANONYMOUS("Đơn tố cáo giấu tên, mạo tên, không rõ địa chỉ", "Anonymous (Party)", party()),
  /** The Party does not resolve a repeat of a concluded case without new evidence that changes its substance. */
  PARTY_REPEAT_WITHOUT_NEW_EVIDENCE(
      "Đã được giải quyết, nay tố cáo lại không có tài liệu, chứng cứ mới", "Repeat without new evidence", party()),
  /** The Party does not resolve a named letter with vague content or no basis to verify. */
  PARTY_VAGUE("Nội dung không cụ thể, không có cơ sở để thẩm tra, xác minh", "Vague content", party()),
  /** The Party does not resolve a letter with no content against a member or organisation. */
  PARTY_NO_CONTENT_AGAINST_MEMBER(
      "Không có nội dung tố cáo tổ chức đảng, đảng viên", "No content against a member", party()),
  /** The Party does not resolve a letter the denouncer did not sign personally. */
  PARTY_NOT_SIGNED_PERSONALLY("Đơn tố cáo không do người tố cáo trực tiếp ký tên", "Not signed personally", party()),
  /** The Party does not resolve a letter signed by two or more people. */
  PARTY_SIGNED_BY_SEVERAL("Đơn tố cáo có từ hai người trở lên cùng ký tên", "Signed by several", party()),
  /** The Party does not resolve a letter from a person lacking civil capacity. */
  PARTY_NO_CAPACITY(
      "Người tố cáo không có năng lực hành vi dân sự (quy định của Đảng)", "Denouncer without capacity (Party)", party());

  private final String vietnameseName;
  private final String englishName;
  private final ImmutableList<LegalBasis> bases;

  RefusalReason(String vietnameseName, String englishName, ImmutableList<LegalBasis> bases) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.bases = bases;
  }

  private static ImmutableList<LegalBasis> kn(String clause) {
    return ImmutableList.of(
        LegalBasis.of(Instruments.COMPLAINTS_LAW_2011, "Điều 11, " + clause));
  }

  private static ImmutableList<LegalBasis> tc(String article) {
    return ImmutableList.of(LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, article));
  }

  private static ImmutableList<LegalBasis> party() {
    String carried =
        "các trường hợp không giải quyết tố cáo, như " + Instruments.PARTY_REGULATION_30_2016.name() + ", Điều 32,"
            + " khoản 5";
    return ImmutableList.of(
        LegalBasis.of(Instruments.PARTY_REGULATION_30_2016, "Điều 32, khoản 5, tiết 5.1.1"),
        LegalBasis.builder()
            .instrument(Instruments.PARTY_REGULATION_22_2021)
            .article(carried)
            .confirmation(Confirmation.UNCONFIRMED)
            .build(),
        LegalBasis.builder()
            .instrument(Instruments.PARTY_REGULATION_296_2025)
            .article(carried)
            .confirmation(Confirmation.UNCONFIRMED)
            .build());
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
   * Returns the articles that give this reason, in the order they came into force.
   *
   * @return the bases, one or more, not null
   */
  public ImmutableList<LegalBasis> bases() {
    return bases;
  }

  /**
   * Returns the article that gives this reason on a day.
   *
   * @param day the day of the refusal, not null
   * @return the basis in force that day, or empty if none is
   */
  public Optional<LegalBasis> basisOn(LocalDate day) {
    requireNonNull(day, "day");
    return bases.stream().filter(b -> b.isInForceOn(day)).findFirst();
  }

  /**
   * Returns the kinds of petition this reason applies to: complaints for the Complaints Law's reasons,
   * denunciations for the others.
   *
   * @return the kinds, not empty, not null
   */
  public ImmutableSet<PetitionKind> kinds() {
    return name().startsWith("COMPLAINT")
        ? ImmutableSet.of(PetitionKind.COMPLAINT)
        : ImmutableSet.of(PetitionKind.DENUNCIATION);
  }

  /**
   * Returns the procedure this reason belongs to: the Party's rules for the {@code PARTY_} reasons, State law for
   * the others.
   *
   * @return the procedure, not null
   */
  public Procedure procedure() {
    return name().startsWith("PARTY") ? Procedure.PARTY_RULES : Procedure.STATE_LAW;
  }
}
