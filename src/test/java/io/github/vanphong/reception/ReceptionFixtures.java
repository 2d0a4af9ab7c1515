package io.github.vanphong.reception;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Small named fixtures of the reception tests, set in the province of {@link ReceptionArbitraries#province()}: its
 * posts, their holders, an officer, citizens and matters.
 */
final class ReceptionFixtures {

  static final OrgChart PROVINCE = ReceptionArbitraries.province();
  static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  static final ReceptionRuleBook STANDARD = ReceptionRuleBook.standard();

  static final UnitId HG_TU = UnitId.of("HG-TU");
  static final UnitId HG_UBND = UnitId.of("HG-UBND");
  static final UnitId HG_VPUBND = UnitId.of("HG-VPUBND");
  static final UnitId HG_PH = UnitId.of("HG-PH");
  static final UnitId HG_PH_UBND = UnitId.of("HG-PH-UBND");
  static final UnitId HG_HT = UnitId.of("HG-HT");
  static final UnitId HG_HT_UBND = UnitId.of("HG-HT-UBND");
  static final UnitId HG_DBQH = UnitId.of("HG-DBQH");
  static final UnitId CT_TU = UnitId.of("CT-TU");
  static final UnitId CT_UBND = UnitId.of("CT-UBND");
  static final UnitId CT_XA = UnitId.of("CT-XA");
  static final UnitId CT_XA_UBND = UnitId.of("CT-XA-UBND");
  static final UnitId UBKT = UnitId.of("HG-UBKT");

  static final Post HG_SECRETARY = Post.of(HG_TU, PostKind.SECRETARY);
  static final Post HG_CHAIR = Post.of(HG_UBND, PostKind.CHAIR);
  static final Post HG_VICE_CHAIR = Post.of(HG_UBND, PostKind.VICE_CHAIR);
  static final Post HG_CHIEF_OF_OFFICE = Post.of(HG_VPUBND, PostKind.CHIEF_OF_OFFICE);
  static final Post DISTRICT_SECRETARY = Post.of(HG_PH, PostKind.SECRETARY);
  static final Post DISTRICT_CHAIR = Post.of(HG_PH_UBND, PostKind.CHAIR);
  static final Post COMMUNE_SECRETARY = Post.of(HG_HT, PostKind.SECRETARY);
  static final Post COMMUNE_CHAIR = Post.of(HG_HT_UBND, PostKind.CHAIR);
  static final Post DEPUTY = Post.of(HG_DBQH, PostKind.NATIONAL_ASSEMBLY_DEPUTY);
  static final Post CT_SECRETARY = Post.of(CT_TU, PostKind.SECRETARY);
  static final Post CT_COMMUNE_CHAIR = Post.of(CT_XA_UBND, PostKind.CHAIR);
  static final Post CT_COMMUNE_SECRETARY = Post.of(CT_XA, PostKind.SECRETARY);
  static final Post CT_CHAIR = Post.of(CT_UBND, PostKind.CHAIR);

  static final PersonId HG_BT1 = PersonId.of("HG-BT1");
  static final PersonId HG_CT1 = PersonId.of("HG-CT1");
  static final PersonId HG_PCT1 = PersonId.of("HG-PCT1");
  static final PersonId CT_BT1 = PersonId.of("CT-BT1");
  static final PersonId XA_CT1 = PersonId.of("XA-CT1");
  static final PersonId HT_CT1 = PersonId.of("HT-CT1");
  static final PersonId OFFICER = PersonId.of("TCD-CB-01");

  private ReceptionFixtures() {}

  /** An identity that a test can look for in any text. */
  static Identity identity(String fullName) {
    return Identity.builder()
        .fullName(fullName)
        .address("Số 12, đường Hòa Bình, phường 5, thành phố Vị Thanh")
        .contact("0913 555 127")
        .idNumber("093187000321")
        .build();
  }

  /** People of a delegation, distinct. */
  static List<Identity> people(int n) {
    List<Identity> people = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      people.add(
          Identity.builder().fullName("Công dân Thứ " + i).address("Số " + i + ", ấp Tân Long, xã Hỏa Tiến").build());
    }
    return people;
  }

  /** A complaint of one person, accepted. */
  static Matter complaint(String id) {
    return Matter.builder()
        .id(PetitionId.of(id))
        .kind(PetitionKind.COMPLAINT)
        .petitioners(Petitioners.one(identity("Trương Thị Ngọc Diễm")))
        .subject(Subject.of(SubjectKind.ADMINISTRATIVE_DECISION, "Quyết định số 125/QĐ-UBND về việc thu hồi đất"))
        .summary("khiếu nại quyết định thu hồi đất để mở rộng đường tỉnh")
        .outcome(ReceptionOutcome.ACCEPTED)
        .build();
  }

  /** A denunciation of one person, forwarded to the inspection committee. */
  static Matter denunciation(String id) {
    return Matter.builder()
        .id(PetitionId.of(id))
        .kind(PetitionKind.DENUNCIATION)
        .petitioners(Petitioners.one(identity("Phan Minh Khánh")))
        .subject(Subject.of(SubjectKind.PARTY_MEMBER, "vi phạm quy định về kê khai tài sản, thu nhập"))
        .summary("tố cáo đảng viên vi phạm quy định về kê khai tài sản")
        .outcome(ReceptionOutcome.FORWARDED)
        .destination(UBKT)
        .documentReference("15/CV-BTCD")
        .build();
  }

  /** The opening of a session of a kind by a person in a post, held by the post's unit. */
  static SessionOpening opening(String id, Post post, PersonId receiver, SessionKind kind) {
    SessionOpening.Builder builder =
        SessionOpening.builder()
            .id(SessionId.of(id))
            .unit(post.unit())
            .receiver(receiver)
            .post(post)
            .kind(kind)
            .place(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE);
    if (kind == SessionKind.HEAD_AD_HOC) {
      builder.adHocGround(AdHocGround.COMPLEX_OR_MASS);
    }
    return builder.build();
  }

  /** A session of a kind opened on a day. */
  static ReceptionSession session(String id, Post post, PersonId receiver, SessionKind kind, LocalDate day) {
    return ReceptionSession.open(opening(id, post, receiver, kind), day, OFFICER);
  }

  /** The chair's periodic session on a day, ended. */
  static ReceptionSession chairsDay(String id, LocalDate day) {
    return session(id, HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, day).end(day, OFFICER);
  }
}
