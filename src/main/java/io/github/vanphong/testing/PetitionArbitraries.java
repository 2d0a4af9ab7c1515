package io.github.vanphong.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.AreaType;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.ContinuationGround;
import io.github.vanphong.petition.Disclosure;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.LinkKind;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionState;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Procedure;
import io.github.vanphong.petition.ProcessingDefect;
import io.github.vanphong.petition.Recipient;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.petition.Topic;
import io.github.vanphong.petition.Withdrawal;
import io.github.vanphong.testing.PetitionWalk.Step;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for petitions and everything they are made of: for example {@code
 * PetitionArbitraries.petitions()} gives petitions at any point of their workflow, each received between 2013 and
 * 2027 and walked through commands the petition allowed, with valid data, so that every one is a petition the
 * library itself could have produced; {@code petitionsIn(PetitionState.SUSPENDED)} gives suspended ones only.
 *
 * <p>The petitioners' identities are made to be recognisable: a full name of three or four Vietnamese words with
 * diacritics (such as "Trương Thị Ngọc Diễm"), an address that starts with a house number, a telephone number or
 * e-mail address, and a 12-digit identity-card number. A test can therefore look for them, whole, in any text the
 * library produces, and find them only where they were put. Summaries and descriptions are drawn from the
 * office's own wording and name nobody.
 *
 * <p>The same arbitraries are available by type, {@code @ForAll Petition petition}, through {@link
 * PetitionArbitraryProvider}. These arbitraries are not a fixture of realistic case loads: the proportions of
 * kinds, states and defects are chosen to reach every rule, not to mirror an office's statistics.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class PetitionArbitraries {

  /** The first day a generated petition is received. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2013, 1, 1);

  /** The last day a generated petition is received. */
  public static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);

  /** From this day a complaint's resolution may be suspended (Luật 136/2025/QH15). */
  private static final LocalDate COMPLAINT_SUSPENSION_FROM = LocalDate.of(2026, 7, 1);

  /** From this day the reasons of Luật Tố cáo 25/2018/QH14 refuse a denunciation. */
  private static final LocalDate DENUNCIATION_REASONS_FROM = LocalDate.of(2019, 1, 1);

  private static final ImmutableList<String> FAMILY_NAMES =
      ImmutableList.of(
          "Nguyễn", "Trần", "Phạm", "Hoàng", "Huỳnh", "Phan", "Đặng", "Bùi", "Dương", "Trương", "Lương", "Đoàn",
          "Thái", "Quách", "Lâm", "Ngô");
  private static final ImmutableList<String> MIDDLE_NAMES =
      ImmutableList.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thành", "Kim", "Bảo", "Xuân");
  private static final ImmutableList<String> GIVEN_NAMES =
      ImmutableList.of(
          "Phương", "Khánh", "Quyết", "Tường", "Nguyệt", "Thoại", "Hưởng", "Diễm", "Nghĩa", "Trọng", "Luyến",
          "Thắm", "Quỳnh", "Nhựt", "Hiếu", "Toàn", "Thủy", "Trinh", "Phước", "Lộc");
  private static final ImmutableList<String> ASCII_NAMES =
      ImmutableList.of("nguyen", "tran", "pham", "hoang", "huynh", "phan", "dang", "bui", "duong", "truong");
  private static final ImmutableList<String> STREETS =
      ImmutableList.of(
          "đường Trần Hưng Đạo", "đường Ba Mươi Tháng Tư", "đường Nguyễn Công Trứ", "đường Hòa Bình",
          "đường Lê Hồng Phong", "đường Hùng Vương");
  private static final ImmutableList<String> PLACES =
      ImmutableList.of(
          "phường 1, thành phố Vị Thanh", "phường 5, thành phố Vị Thanh", "phường Lái Hiếu, thành phố Ngã Bảy",
          "phường Thuận An, thị xã Long Mỹ", "ấp Tân Long, xã Hỏa Tiến, thành phố Vị Thanh",
          "ấp Mỹ Hiệp, xã Phương Bình, huyện Phụng Hiệp", "ấp 3, xã Vị Đông, huyện Vị Thủy");
  private static final ImmutableList<String> PROVINCE_CODES = ImmutableList.of("093", "092", "094", "095", "001");
  private static final ImmutableList<String> SUMMARIES =
      ImmutableList.of(
          "tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận quyền sử dụng đất",
          "khiếu nại quyết định thu hồi đất để mở rộng đường tỉnh",
          "kiến nghị công khai danh sách hộ nghèo của xã",
          "phản ánh việc chậm chi trả tiền bồi thường, hỗ trợ tái định cư",
          "tố cáo đảng viên vi phạm quy định về những điều đảng viên không được làm",
          "khiếu nại quyết định kỷ luật cảnh cáo đối với công chức",
          "đơn có nhiều nội dung liên quan đến dự án khu dân cư");
  private static final ImmutableList<String> DESCRIPTIONS =
      ImmutableList.of(
          "Quyết định số 125/QĐ-UBND về việc thu hồi đất",
          "việc cấp giấy chứng nhận quyền sử dụng đất tại xã Hỏa Tiến",
          "vi phạm quy định về kê khai tài sản, thu nhập",
          "việc chậm giải quyết hồ sơ hành chính",
          "chủ trương sáp nhập ấp, khu vực",
          "Quyết định kỷ luật số 07-QĐ/UBKT");
  private static final ImmutableList<String> RECEIVING_UNITS =
      ImmutableList.of("HG-VPTU", "VT-VPTHU", "NB-VPTHU", "LM-VPTXU", "PH-VPHU", "CT-VPHU");
  private static final ImmutableList<String> COMPETENT_BODIES =
      ImmutableList.of("HG-UBKT", "HG-BNC", "HG-UBND", "HG-VPDBQH", "HG-TTR", "VT-UBND", "CT-UBKT");

  /** The dice of every walk, made once: jqwik reuses the generator of an arbitrary it has seen. */
  private static final Arbitrary<Step> STEPS = PetitionWalk.steps(officers(), competentBodies());

  private PetitionArbitraries() {}

  // ---- days, identifiers, units ------------------------------------------------------------------------------

  /**
   * Returns days a petition is received: from {@link #FIRST_DAY} (2013-01-01) to {@link #LAST_DAY} (2027-12-31),
   * across the changes of law of 2016, 2019, 2021 and 2026 that the rule book knows.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> receivedDays() {
    return days(FIRST_DAY, LAST_DAY);
  }

  private static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
    return GenericArbitraries.days(from, to);
  }

  /**
   * Returns petition identifiers as an office numbers them, for example {@code P-2016-0042}: a year from 2013 to
   * 2027 and a number from 1 to 9999.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PetitionId> petitionIds() {
    return Combinators.combine(
            Arbitraries.integers().between(FIRST_DAY.getYear(), LAST_DAY.getYear()),
            Arbitraries.integers().between(1, 9_999))
        .as(PetitionArbitraries::petitionId);
  }

  private static PetitionId petitionId(int year, int number) {
    return PetitionId.of(String.format("P-%d-%04d", year, number));
  }

  /**
   * Returns the officers who register and handle petitions, for example {@code HG-VP-012}: one of 40.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PersonId> officers() {
    return Arbitraries.integers().between(1, 40).map(n -> PersonId.of(String.format("HG-VP-%03d", n)));
  }

  /**
   * Returns the party committee offices that receive petitions, for example {@code HG-VPTU}, the provincial office
   * of Hậu Giang.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitId> receivingUnits() {
    return Arbitraries.of(RECEIVING_UNITS).map(UnitId::of);
  }

  /**
   * Returns the bodies a petition is forwarded or its petitioner guided to, for example {@code HG-UBKT}, the
   * provincial inspection committee.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitId> competentBodies() {
    return Arbitraries.of(COMPETENT_BODIES).map(UnitId::of);
  }

  // ---- identities and petitioners ----------------------------------------------------------------------------

  /**
   * Returns full names of three or four words with diacritics, in Unicode NFC, for example "Trương Thị Ngọc
   * Diễm": a family name, one or two middle names and a given name, none of fewer than three letters but the
   * family names.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> fullNames() {
    return Combinators.combine(
            Arbitraries.of(FAMILY_NAMES),
            Arbitraries.of(MIDDLE_NAMES),
            Arbitraries.of(MIDDLE_NAMES).optional(0.3),
            Arbitraries.of(GIVEN_NAMES))
        .as(
            (family, middle, second, given) ->
                nfc(family + " " + middle + second.map(s -> " " + s).orElse("") + " " + given));
  }

  /**
   * Returns addresses that start with a house number, for example "Số 9, đường Ba Mươi Tháng Tư, phường 1,
   * thành phố Vị Thanh".
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> addresses() {
    return Combinators.combine(Arbitraries.integers().between(1, 399), Arbitraries.of(STREETS), Arbitraries.of(PLACES))
        .as((number, street, place) -> nfc("Số " + number + ", " + street + ", " + place));
  }

  /**
   * Returns contacts: a mobile number written in groups, for example "0913 555 127", or an e-mail address, for
   * example "tran.1987.4410@gmail.com".
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> contacts() {
    Arbitrary<String> phones =
        Combinators.combine(
                Arbitraries.of("3", "5", "7", "8", "9"),
                Arbitraries.integers().between(10, 99),
                Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999))
            .as((network, a, b, c) -> String.format("0%s%02d %03d %03d", network, a, b, c));
    Arbitrary<String> emails =
        Combinators.combine(
                Arbitraries.of(ASCII_NAMES), Arbitraries.integers().between(1950, 2005),
                Arbitraries.integers().between(1000, 9999))
            .as((name, year, n) -> name + "." + year + "." + n + "@gmail.com");
    return Arbitraries.frequencyOf(Tuple.of(3, phones), Tuple.of(1, emails));
  }

  /**
   * Returns numbers of the 12-digit citizen identity card (căn cước công dân), for example "093187000321": a
   * province code, a digit for the century and sex, two digits of the year of birth, and six digits.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> idNumbers() {
    return Combinators.combine(
            Arbitraries.of(PROVINCE_CODES),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 999_999))
        .as((province, sex, year, serial) -> String.format("%s%d%02d%06d", province, sex, year, serial));
  }

  /**
   * Returns identities: a full name and an address always, a contact, an identity-card number and a reference to
   * the handwriting specimen often, for example the denouncer "Phan Minh Khánh" of "Số 12, đường Hòa Bình, phường
   * 5, thành phố Vị Thanh", "0913 555 127", "093187000321".
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Identity> identities() {
    return Combinators.combine(
            fullNames(),
            addresses(),
            contacts().optional(0.8),
            idNumbers().optional(0.7),
            Arbitraries.integers().between(1, 99_999).optional(0.6))
        .as(
            (name, address, contact, idNumber, specimen) -> {
              Identity.Builder builder = Identity.builder().fullName(name).address(address);
              contact.ifPresent(builder::contact);
              idNumber.ifPresent(builder::idNumber);
              specimen.ifPresent(n -> builder.handwriting(String.format("mat/but-tich-%05d.pdf", n)));
              return builder.build();
            });
  }

  /**
   * Returns petitioners of every kind: one person, two to four signatories, a delegation of one to three
   * representatives and up to 45 people besides, an anonymous sender, and a false name.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Petitioners> petitioners() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, identities().map(Petitioners::one)),
        Tuple.of(2, identities().list().ofMinSize(2).ofMaxSize(4).map(Petitioners::signatories)),
        Tuple.of(
            1,
            Combinators.combine(identities().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 45))
                .as((representatives, others) ->
                    Petitioners.delegation(representatives, representatives.size() + others))),
        Tuple.of(2, Arbitraries.just(Petitioners.anonymous())),
        Tuple.of(1, identities().map(Petitioners::falseName)));
  }

  // ---- what a petition is about ------------------------------------------------------------------------------

  /**
   * Returns subjects: of any kind with a description, a party member identified by a {@link PersonId}, or a unit.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Subject> subjects() {
    Arbitrary<String> descriptions = Arbitraries.of(DESCRIPTIONS);
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(SubjectKind.class), descriptions).as(Subject::of),
        Combinators.combine(
                Arbitraries.integers().between(1, 9_999).map(n -> PersonId.of(String.format("HG-DV-%04d", n))),
                descriptions)
            .as(Subject::partyMember),
        Combinators.combine(Arbitraries.of(SubjectKind.class), competentBodies(), descriptions).as(Subject::ofUnit));
  }

  /**
   * Returns links of any kind to an earlier petition, for example {@code SECOND_COMPLAINT P-2016-0042}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Link> links() {
    return Combinators.combine(Arbitraries.of(LinkKind.class), petitionIds()).as(Link::of);
  }

  /**
   * Returns intakes of every kind of petition, received from 2013 to 2027 on any channel by a party committee
   * office, with petitioners of every kind, up to two links to petitions of the same or earlier years, in an
   * ordinary or remote area, with a level or without.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Intake> intakes() {
    return intakes(EnumSet.allOf(PetitionKind.class), FIRST_DAY, LAST_DAY);
  }

  private static Arbitrary<Intake> intakes(Set<PetitionKind> kinds, LocalDate from, LocalDate to) {
    Arbitrary<IntFunction<Link>> earlier =
        Combinators.combine(
                Arbitraries.of(LinkKind.class), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 9_999))
            .as((kind, yearsBack, number) -> year -> Link.of(kind, petitionId(year - yearsBack, number)));
    Arbitrary<Tuple.Tuple2<Intake.Builder, LocalDate>> received =
        Combinators.combine(
                days(from, to),
                Arbitraries.integers().between(1, 9_999),
                Arbitraries.of(Channel.class),
                Arbitraries.of(kinds),
                earlier.list().ofMaxSize(2))
            .as(
                (day, number, channel, kind, links) -> {
                  Intake.Builder builder =
                      Intake.builder().id(petitionId(day.getYear(), number)).received(day).channel(channel).kind(kind);
                  links.forEach(link -> builder.addLinks(link.apply(day.getYear())));
                  return Tuple.of(builder, day);
                });
    return Combinators.combine(
            received,
            petitioners(),
            subjects(),
            Arbitraries.of(SUMMARIES),
            receivingUnits(),
            Arbitraries.frequency(Tuple.of(4, AreaType.ORDINARY), Tuple.of(1, AreaType.REMOTE)),
            Arbitraries.of(Level.class).optional(0.5),
            partyFacts())
        .as(
            (receipt, petitioners, subject, summary, unit, area, level, facts) -> {
              LocalDate day = receipt.get2();
              return receipt
                  .get1()
                  .petitioners(petitioners)
                  .subject(subject)
                  .summary(summary)
                  .receivingUnit(unit)
                  .area(area)
                  .level(level)
                  .resultRequested(facts.get1())
                  .competentBodyReceived(facts.get2().map(day::plusDays))
                  .congressOpening(facts.get3().map(day::plusDays))
                  .build();
            });
  }

  /**
   * Whether the citizen asked for the result; the days after receipt on which the competent Party body received the
   * letter, in one intake of four; the days from receipt to a congress's opening (some before it), in one of five.
   */
  private static Arbitrary<Tuple.Tuple3<Boolean, Optional<Integer>, Optional<Integer>>> partyFacts() {
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 10).optional(0.25),
            Arbitraries.integers().between(-10, 60).optional(0.2))
        .as(Tuple::of);
  }

  /**
   * Returns classifications: up to three topics, no defect in most of them and one or two in the others, within
   * the office's competence or not, for any recipient, under State law or, in one of five, the Party's rules.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Classification> classifications() {
    return Combinators.combine(
            Arbitraries.of(Topic.class).set().ofMaxSize(3),
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Set.<ProcessingDefect>of())),
                Tuple.of(1, Arbitraries.of(ProcessingDefect.class).set().ofMinSize(1).ofMaxSize(2))),
            Arbitraries.of(true, false),
            Arbitraries.of(Recipient.class),
            Arbitraries.frequency(Tuple.of(4, Procedure.STATE_LAW), Tuple.of(1, Procedure.PARTY_RULES)))
        .as(
            (topics, defects, competent, recipient, procedure) ->
                Classification.builder()
                    .topics(topics)
                    .defects(defects)
                    .competent(competent)
                    .recipient(recipient)
                    .procedure(procedure)
                    .build());
  }

  /**
   * Returns withdrawals: whole, partial, and whole with a ground on which a denunciation is still resolved.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Withdrawal> withdrawals() {
    return Arbitraries.oneOf(
        Arbitraries.of(Withdrawal.whole(), Withdrawal.partial()),
        Arbitraries.of(ContinuationGround.class).map(Withdrawal.whole()::continuedBecause));
  }

  // ---- petitions ---------------------------------------------------------------------------------------------

  /**
   * Returns petitions spread over every state and path of the workflow. Five in six are led to a state chosen
   * among all of them with equal chances ({@link #petitionsIn}), so that each state is about one petition in
   * seventeen, and each route there varies: through a second round, a verification, a suspension and its
   * resumption, a withdrawal; the sixth is walked at random through 1 to 16 commands the petition allowed, which
   * finds the orders no route takes. Every command carries valid data and a day on or after the event before, so
   * each petition is one the library produces. There are no edge cases: a workflow has no least or greatest value,
   * and those jqwik would derive all lie in the first state. The library's own tests keep every state at 3% of the
   * petitions at least.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Petition> petitions() {
    Arbitrary<Petition> wandering =
        Combinators.combine(intakes(), officers(), steps().list().ofMinSize(1).ofMaxSize(16))
            .as((intake, by, steps) -> PetitionWalk.wander(Petition.receive(intake, by), steps));
    Arbitrary<Petition> led =
        Arbitraries.oneOf(
            Arrays.stream(PetitionState.values())
                .map(PetitionArbitraries::petitionsIn)
                .collect(Collectors.toList()));
    // Without edge cases: jqwik takes a capped number of them from the first alternatives only, and mixes them into
    // about half of a property's tries, so that most petitions would be bare receipts.
    return Arbitraries.frequencyOf(Tuple.of(5, led), Tuple.of(1, wandering)).withoutEdgeCases();
  }

  /**
   * Returns petitions in a given state, for example {@code petitionsIn(PetitionState.SECOND_COMPLAINT)}: complaints
   * whose first decision a second complaint contests. Each is led there by the commands that reach the state,
   * some through a second round, a verification, or a suspension and its resumption, with commands that leave the state as it is (notices, accesses to
   * the identity, assessments of complexity, extensions, withdrawals that do not stop the handling) before and
   * after. Only the kinds that can reach the state are generated: complaints and denunciations for {@link
   * PetitionState#WITHDRAWN}, complaints for {@link PetitionState#SECOND_COMPLAINT} and {@link PetitionState#FINAL},
   * complaints received from 2026-07-01 and denunciations for {@link PetitionState#SUSPENDED}, complaints and
   * denunciations received from 2019 for {@link PetitionState#REFUSED} (the library holds no reason to refuse a
   * denunciation before Luật Tố cáo 25/2018/QH14).
   *
   * @param state the state, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Petition> petitionsIn(PetitionState state) {
    requireNonNull(state, "state");
    // The state is a component of the combination rather than a value the function captures: jqwik reuses the
    // generator of an equal arbitrary, and so the arbitraries of two states differ in their components too.
    return Combinators.combine(
            Arbitraries.just(state),
            intakesFor(state),
            officers(),
            steps().list().ofMaxSize(24),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 3))
        .as(
            (target, intake, by, steps, variant, after) ->
                PetitionWalk.follow(Petition.receive(intake, by), route(target, intake, variant), steps, after));
  }

  private static Arbitrary<Intake> intakesFor(PetitionState state) {
    Set<PetitionKind> complaints = EnumSet.of(PetitionKind.COMPLAINT);
    Set<PetitionKind> denunciations = EnumSet.of(PetitionKind.DENUNCIATION);
    return switch (state) {
      case SUSPENDED ->
          Arbitraries.oneOf(
              intakes(denunciations, FIRST_DAY, LAST_DAY), intakes(complaints, COMPLAINT_SUSPENSION_FROM, LAST_DAY));
      case SECOND_COMPLAINT, FINAL -> intakes(complaints, FIRST_DAY, LAST_DAY);
      case REFUSED ->
          Arbitraries.oneOf(
              intakes(complaints, FIRST_DAY, LAST_DAY), intakes(denunciations, DENUNCIATION_REASONS_FROM, LAST_DAY));
      case WITHDRAWN -> intakes(EnumSet.of(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION), FIRST_DAY, LAST_DAY);
      default -> intakes();
    };
  }

  private static List<PetitionCommand> route(PetitionState state, Intake intake, int variant) {
    boolean complaint = intake.kind() == PetitionKind.COMPLAINT;
    boolean suspendable =
        intake.kind() == PetitionKind.DENUNCIATION
            || (complaint && !intake.received().isBefore(COMPLAINT_SUSPENSION_FROM));
    boolean secondRound = complaint && variant % 3 == 2;
    boolean verified = variant % 2 == 1;
    boolean resumed = suspendable && variant >= 4;
    List<PetitionCommand> accepted = commands(PetitionCommand.CLASSIFY, PetitionCommand.ACCEPT);
    if (secondRound) {
      accepted.addAll(
          List.of(PetitionCommand.RESOLVE, PetitionCommand.LODGE_SECOND_COMPLAINT, PetitionCommand.ACCEPT));
    }
    List<PetitionCommand> working = new ArrayList<>(accepted);
    if (verified) {
      working.add(PetitionCommand.START_VERIFICATION);
    }
    if (resumed) {
      working.addAll(List.of(PetitionCommand.SUSPEND, PetitionCommand.RESUME));
    }
    List<PetitionCommand> resolved = new ArrayList<>(working);
    resolved.add(PetitionCommand.RESOLVE);
    return switch (state) {
      case RECEIVED -> List.of();
      case CLASSIFIED ->
          verified ? commands(PetitionCommand.CLASSIFY, PetitionCommand.CLASSIFY) : commands(PetitionCommand.CLASSIFY);
      case FILED -> commands(PetitionCommand.CLASSIFY, PetitionCommand.FILE);
      case FORWARDED -> commands(PetitionCommand.CLASSIFY, PetitionCommand.FORWARD);
      case GUIDED -> commands(PetitionCommand.CLASSIFY, PetitionCommand.GUIDE);
      case REFUSED ->
          secondRound
              ? then(accepted.subList(0, 4), PetitionCommand.REFUSE)
              : commands(PetitionCommand.CLASSIFY, PetitionCommand.REFUSE);
      case ACCEPTED -> accepted;
      case VERIFYING ->
          verified || resumed
              ? working
              : suspendable
                  ? then(then(accepted, PetitionCommand.SUSPEND), PetitionCommand.RESUME)
                  : then(accepted, PetitionCommand.START_VERIFICATION);
      case SUSPENDED -> then(working, PetitionCommand.SUSPEND);
      case RESOLVED -> resolved;
      case SECOND_COMPLAINT ->
          verified
              ? commands(
                  PetitionCommand.CLASSIFY, PetitionCommand.ACCEPT, PetitionCommand.START_VERIFICATION,
                  PetitionCommand.RESOLVE, PetitionCommand.LODGE_SECOND_COMPLAINT)
              : commands(
                  PetitionCommand.CLASSIFY, PetitionCommand.ACCEPT, PetitionCommand.RESOLVE,
                  PetitionCommand.LODGE_SECOND_COMPLAINT);
      case FINAL -> then(resolved, PetitionCommand.RECORD_FINALITY);
      case CLOSED ->
          complaint
              ? then(then(resolved, PetitionCommand.RECORD_FINALITY), PetitionCommand.CLOSE)
              : then(resolved, PetitionCommand.CLOSE);
      case WITHDRAWN ->
          then(withdrawable(accepted, working, suspendable, complaint, variant), PetitionCommand.WITHDRAW);
    };
  }

  private static List<PetitionCommand> withdrawable(
      List<PetitionCommand> accepted, List<PetitionCommand> working, boolean suspendable, boolean complaint,
      int variant) {
    List<List<PetitionCommand>> from = new ArrayList<>();
    from.add(List.of());
    from.add(List.of(PetitionCommand.CLASSIFY));
    from.add(accepted);
    from.add(working);
    if (suspendable) {
      from.add(then(working, PetitionCommand.SUSPEND));
    }
    if (complaint) {
      from.add(
          commands(
              PetitionCommand.CLASSIFY, PetitionCommand.ACCEPT, PetitionCommand.RESOLVE,
              PetitionCommand.LODGE_SECOND_COMPLAINT));
    }
    return from.get(variant % from.size());
  }

  private static List<PetitionCommand> commands(PetitionCommand... commands) {
    return new ArrayList<>(List.of(commands));
  }

  private static List<PetitionCommand> then(List<PetitionCommand> route, PetitionCommand command) {
    List<PetitionCommand> longer = new ArrayList<>(route);
    longer.add(command);
    return longer;
  }

  /**
   * Returns events the petition accepts next: one of the commands it allows, with data that fits it, on the day of
   * its last event or up to 20 days later. For example a refusal of a complaint gives a reason of the Complaints
   * Law in force on its day; a notice, a stage that is a notice of the petition's kind. It suits stateful
   * properties: {@code petition.apply(event)} succeeds for every event given.
   *
   * @param petition the petition, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<PetitionEvent> nextEvents(Petition petition) {
    requireNonNull(petition, "petition");
    return steps().map(step -> PetitionWalk.anyEvent(petition, step));
  }

  /**
   * Returns events taken from the histories of {@link #petitions()}, receipts included.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PetitionEvent> events() {
    return petitions().flatMap(petition -> Arbitraries.of(petition.history()));
  }

  /**
   * Returns disclosures: the result of revealing the identities of one of {@link #petitions()} whose petitioners
   * have any, for a stated reason, on the day of its last event or later.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Disclosure> disclosures() {
    return Combinators.combine(
            petitions().filter(p -> p.allowedCommands().contains(PetitionCommand.ACCESS_IDENTITY)), steps())
        .as(
            (petition, step) -> {
              PetitionEvent access =
                  PetitionWalk.event(petition, PetitionCommand.ACCESS_IDENTITY, step, PetitionWalk.Purpose.ANY)
                      .orElseThrow();
              return petition.revealIdentity(access.reason().orElseThrow(), access.on(), access.by());
            });
  }

  private static Arbitrary<Step> steps() {
    return STEPS;
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
