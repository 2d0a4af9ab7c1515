package io.github.vanphong.testing;

import static io.github.vanphong.organization.Restructuring.create;
import static io.github.vanphong.organization.Restructuring.dissolve;
import static io.github.vanphong.organization.Restructuring.merge;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Appointment;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.reception.Acting;
import io.github.vanphong.reception.AdHocCall;
import io.github.vanphong.reception.AdHocGround;
import io.github.vanphong.reception.Cadence;
import io.github.vanphong.reception.ComplianceCheck;
import io.github.vanphong.reception.ComplianceRollUp;
import io.github.vanphong.reception.ComplianceSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.Delegation;
import io.github.vanphong.reception.DelegationRule;
import io.github.vanphong.reception.DutyHolder;
import io.github.vanphong.reception.DutyPeriod;
import io.github.vanphong.reception.Entered;
import io.github.vanphong.reception.Matter;
import io.github.vanphong.reception.ParticipatingBody;
import io.github.vanphong.reception.ProcedureRule;
import io.github.vanphong.reception.ReceptionCompliance;
import io.github.vanphong.reception.ReceptionDuty;
import io.github.vanphong.reception.ReceptionEntry;
import io.github.vanphong.reception.ReceptionOutcome;
import io.github.vanphong.reception.ReceptionPlace;
import io.github.vanphong.reception.ReceptionRegister;
import io.github.vanphong.reception.ReceptionRule;
import io.github.vanphong.reception.ReceptionRuleBook;
import io.github.vanphong.reception.ReceptionSchedule;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.reception.ReceptionViolation;
import io.github.vanphong.reception.Refusal;
import io.github.vanphong.reception.RefusalGround;
import io.github.vanphong.reception.RefusalRule;
import io.github.vanphong.reception.ReportPeriod;
import io.github.vanphong.reception.ScheduleDay;
import io.github.vanphong.reception.ScheduleShift;
import io.github.vanphong.reception.ScheduledDate;
import io.github.vanphong.reception.SessionCommand;
import io.github.vanphong.reception.SessionEvent;
import io.github.vanphong.reception.SessionId;
import io.github.vanphong.reception.SessionKind;
import io.github.vanphong.reception.SessionOpening;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries for citizen reception: for example {@code ReceptionArbitraries.sessions()} gives sessions held
 * from 2014-07-01 to 2027-12-31 by the holders of the posts of a small province, walked through the commands the
 * session allowed with valid data, so that every one is a session the library itself could have produced; {@code
 * registers()} gives registers that entered several sessions of one unit; {@code compliances()} the compliance of a
 * post over a report period.
 *
 * <p>The sessions, registers and compliances are set in {@link #province()}: a province with its party committee,
 * People's Committee and its office, a district and a commune with their committees, a delegation of National Assembly
 * deputies, and the city they merge into on 2025-07-01, with one or two holders for each head's post. It is example
 * data, not the record of a real province. The citizens are generated as {@link PetitionArbitraries} generates
 * petitioners, so a property can look for their identities in any text the library produces.
 *
 * <p>The same arbitraries are available by type, {@code @ForAll ReceptionSession session}, through {@link
 * ReceptionArbitraryProvider}. Enums such as {@code RefusalGround} need no provider.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ReceptionArbitraries {

  /** The first day a generated session is held: the Citizen Reception Law's first day. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2014, 7, 1);

  /** The last day a generated session is held. */
  public static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);

  private static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  private static final LocalDate LAST_BEFORE_MERGER = MERGER.minusDays(1);
  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static final UnitId PROVINCIAL_COMMITTEE = UnitId.of("HG-TU");
  private static final UnitId PROVINCIAL_OFFICE = UnitId.of("HG-VPTU");
  private static final UnitId PEOPLES_COMMITTEE = UnitId.of("HG-UBND");
  private static final UnitId COMMITTEE_OFFICE = UnitId.of("HG-VPUBND");
  private static final UnitId DISTRICT_COMMITTEE = UnitId.of("HG-PH");
  private static final UnitId DISTRICT_PEOPLES_COMMITTEE = UnitId.of("HG-PH-UBND");
  private static final UnitId COMMUNE_COMMITTEE = UnitId.of("HG-HT");
  private static final UnitId COMMUNE_PEOPLES_COMMITTEE = UnitId.of("HG-HT-UBND");
  private static final UnitId DEPUTIES = UnitId.of("HG-DBQH");
  private static final UnitId CITY_COMMITTEE = UnitId.of("CT-TU");
  private static final UnitId CITY_OFFICE = UnitId.of("CT-VPTU");
  private static final UnitId CITY_PEOPLES_COMMITTEE = UnitId.of("CT-UBND");
  private static final UnitId CITY_COMMITTEE_OFFICE = UnitId.of("CT-VPUBND");
  private static final UnitId CITY_COMMUNE = UnitId.of("CT-XA");
  private static final UnitId CITY_COMMUNE_PEOPLES_COMMITTEE = UnitId.of("CT-XA-UBND");
  private static final UnitId CITY_DEPUTIES = UnitId.of("CT-DBQH");

  /** A person in a post for a term, as the province's chart appoints them. */
  private record Holding(Post post, PersonId person, Validity term) {
    LocalDate firstSessionDay() {
      return term.start().isBefore(FIRST_DAY) ? FIRST_DAY : term.start();
    }

    LocalDate lastSessionDay() {
      return term.end().filter(end -> end.isBefore(LAST_DAY)).orElse(LAST_DAY);
    }
  }

  private static final ImmutableList<Holding> HOLDINGS =
      ImmutableList.of(
          holding(PROVINCIAL_COMMITTEE, PostKind.SECRETARY, "HG-BT1", LocalDate.of(2010, 1, 1), LocalDate.of(2020, 10, 14)),
          holding(PROVINCIAL_COMMITTEE, PostKind.SECRETARY, "HG-BT2", LocalDate.of(2020, 10, 15), LAST_BEFORE_MERGER),
          holding(CITY_COMMITTEE, PostKind.SECRETARY, "CT-BT1", FOUNDED, null),
          holding(PEOPLES_COMMITTEE, PostKind.CHAIR, "HG-CT1", LocalDate.of(2011, 1, 1), LocalDate.of(2021, 6, 30)),
          holding(PEOPLES_COMMITTEE, PostKind.CHAIR, "HG-CT2", LocalDate.of(2021, 7, 1), LAST_BEFORE_MERGER),
          holding(PEOPLES_COMMITTEE, PostKind.VICE_CHAIR, "HG-PCT1", LocalDate.of(2011, 1, 1), LAST_BEFORE_MERGER),
          holding(CITY_PEOPLES_COMMITTEE, PostKind.CHAIR, "CT-CT1", FOUNDED, null),
          holding(COMMITTEE_OFFICE, PostKind.CHIEF_OF_OFFICE, "HG-CVP1", LocalDate.of(2011, 1, 1), LAST_BEFORE_MERGER),
          holding(DISTRICT_COMMITTEE, PostKind.SECRETARY, "PH-BT1", LocalDate.of(2010, 1, 1), LAST_BEFORE_MERGER),
          holding(DISTRICT_PEOPLES_COMMITTEE, PostKind.CHAIR, "PH-CT1", LocalDate.of(2010, 1, 1), LAST_BEFORE_MERGER),
          holding(COMMUNE_COMMITTEE, PostKind.SECRETARY, "HT-BT1", LocalDate.of(2010, 1, 1), LAST_BEFORE_MERGER),
          holding(COMMUNE_PEOPLES_COMMITTEE, PostKind.CHAIR, "HT-CT1", LocalDate.of(2010, 1, 1), LAST_BEFORE_MERGER),
          holding(CITY_COMMUNE, PostKind.SECRETARY, "XA-BT1", FOUNDED, null),
          holding(CITY_COMMUNE_PEOPLES_COMMITTEE, PostKind.CHAIR, "XA-CT1", FOUNDED, null),
          holding(DEPUTIES, PostKind.NATIONAL_ASSEMBLY_DEPUTY, "HG-DB1", LocalDate.of(2016, 7, 1), LAST_BEFORE_MERGER));

  private static final OrgChart PROVINCE = buildProvince();

  private static final ImmutableList<String> SUMMARIES =
      ImmutableList.of(
          "khiếu nại quyết định thu hồi đất để mở rộng đường tỉnh",
          "tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận quyền sử dụng đất",
          "kiến nghị công khai danh sách hộ nghèo của xã",
          "phản ánh việc chậm chi trả tiền bồi thường, hỗ trợ tái định cư",
          "tố cáo đảng viên vi phạm quy định về những điều đảng viên không được làm",
          "kiến nghị về chủ trương sáp nhập ấp, khu vực");
  private static final ImmutableList<String> REQUESTS =
      ImmutableList.of(
          "đề nghị xem xét lại quyết định", "đề nghị xử lý người vi phạm", "đề nghị trả lời bằng văn bản");

  private ReceptionArbitraries() {}

  private static Holding holding(
      UnitId unit, PostKind kind, String person, LocalDate from, @Nullable LocalDate to) {
    return new Holding(
        Post.of(unit, kind),
        PersonId.of(person),
        to == null ? Validity.from(from) : Validity.between(from, to));
  }

  private static OrgChart buildProvince() {
    List<Restructuring> events = new ArrayList<>();
    events.add(Restructuring.create(FOUNDED, CITY_COMMITTEE, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()));
    events.add(Restructuring.create(FOUNDED, CITY_OFFICE, "Văn phòng Thành ủy Cần Thơ", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(CITY_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, CITY_PEOPLES_COMMITTEE, "Ủy ban nhân dân thành phố Cần Thơ", UnitKind.PEOPLES_COMMITTEE, Level.PROVINCIAL, Optional.empty()));
    events.add(Restructuring.create(FOUNDED, CITY_COMMITTEE_OFFICE, "Văn phòng Ủy ban nhân dân thành phố Cần Thơ", UnitKind.PEOPLES_COMMITTEE_OFFICE, Level.PROVINCIAL, Optional.of(CITY_PEOPLES_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, CITY_COMMUNE, "Đảng ủy xã Tân Hòa", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.of(CITY_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, CITY_COMMUNE_PEOPLES_COMMITTEE, "Ủy ban nhân dân xã Tân Hòa", UnitKind.PEOPLES_COMMITTEE, Level.COMMUNE, Optional.of(CITY_PEOPLES_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, CITY_DEPUTIES, "Đoàn đại biểu Quốc hội thành phố Cần Thơ", UnitKind.NATIONAL_ASSEMBLY_DELEGATION, Level.PROVINCIAL, Optional.empty()));
    events.add(Restructuring.create(FOUNDED, PROVINCIAL_COMMITTEE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()));
    events.add(Restructuring.create(FOUNDED, PROVINCIAL_OFFICE, "Văn phòng Tỉnh ủy Hậu Giang", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(PROVINCIAL_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, PEOPLES_COMMITTEE, "Ủy ban nhân dân tỉnh Hậu Giang", UnitKind.PEOPLES_COMMITTEE, Level.PROVINCIAL, Optional.empty()));
    events.add(Restructuring.create(FOUNDED, COMMITTEE_OFFICE, "Văn phòng Ủy ban nhân dân tỉnh Hậu Giang", UnitKind.PEOPLES_COMMITTEE_OFFICE, Level.PROVINCIAL, Optional.of(PEOPLES_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, DEPUTIES, "Đoàn đại biểu Quốc hội tỉnh Hậu Giang", UnitKind.NATIONAL_ASSEMBLY_DELEGATION, Level.PROVINCIAL, Optional.empty()));
    events.add(Restructuring.create(FOUNDED, DISTRICT_COMMITTEE, "Huyện ủy Phụng Hiệp", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCIAL_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, DISTRICT_PEOPLES_COMMITTEE, "Ủy ban nhân dân huyện Phụng Hiệp", UnitKind.PEOPLES_COMMITTEE, Level.DISTRICT, Optional.of(PEOPLES_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, COMMUNE_COMMITTEE, "Đảng ủy xã Hòa Tiến", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.of(DISTRICT_COMMITTEE)));
    events.add(Restructuring.create(FOUNDED, COMMUNE_PEOPLES_COMMITTEE, "Ủy ban nhân dân xã Hòa Tiến", UnitKind.PEOPLES_COMMITTEE, Level.COMMUNE, Optional.of(DISTRICT_PEOPLES_COMMITTEE)));
    events.add(merge(MERGER, List.of(COMMUNE_COMMITTEE), CITY_COMMUNE));
    events.add(merge(MERGER, List.of(COMMUNE_PEOPLES_COMMITTEE), CITY_COMMUNE_PEOPLES_COMMITTEE));
    events.add(dissolve(MERGER, DISTRICT_COMMITTEE, CITY_COMMITTEE));
    events.add(dissolve(MERGER, DISTRICT_PEOPLES_COMMITTEE, CITY_PEOPLES_COMMITTEE));
    events.add(merge(MERGER, List.of(PROVINCIAL_OFFICE), CITY_OFFICE));
    events.add(merge(MERGER, List.of(PROVINCIAL_COMMITTEE), CITY_COMMITTEE));
    events.add(merge(MERGER, List.of(COMMITTEE_OFFICE), CITY_COMMITTEE_OFFICE));
    events.add(merge(MERGER, List.of(PEOPLES_COMMITTEE), CITY_PEOPLES_COMMITTEE));
    events.add(merge(MERGER, List.of(DEPUTIES), CITY_DEPUTIES));
    OrgChart chart = OrgChart.of(events);
    for (Holding h : HOLDINGS) {
      if (chart.person(h.person()).isEmpty()) {
        chart = chart.withPerson(Person.of(h.person(), "Cán bộ " + h.person().value()));
      }
      chart = chart.appoint(Appointment.of(h.person(), h.post(), h.term()));
    }
    return chart;
  }

  /**
   * Returns the province the sessions are set in: example data, not a real record. Hậu Giang's party committee and
   * People's Committee with its office, the district of Phụng Hiệp and the commune of Hòa Tiến with their committees,
   * the delegation of National Assembly deputies, all merged on 2025-07-01 into Cần Thơ's, whose units exist from
   * 2004; each head's post has one or two holders, appointed in the chart.
   *
   * @return the org chart, not null
   */
  public static OrgChart province() {
    return PROVINCE;
  }

  // ---- days, identifiers, periods ------------------------------------------------------------------------------

  /**
   * Returns days of reception from {@link #FIRST_DAY} (2014-07-01) to {@link #LAST_DAY} (2027-12-31), across the
   * Party's rules of 2019 and 2025 and the amended law of 2026.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    return days(FIRST_DAY, LAST_DAY);
  }

  private static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
    return GenericArbitraries.days(from, to);
  }

  /**
   * Returns session identifiers, for example {@code TCD-2016-0042}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<SessionId> sessionIds() {
    return Combinators.combine(Arbitraries.integers().between(2014, 2027), Arbitraries.integers().between(1, 9_999))
        .as((year, n) -> SessionId.of(String.format("TCD-%d-%04d", year, n)));
  }

  /**
   * Returns cut-offs: the month's end, or a fixed day from 1 to 28, often the 14th.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CutOff> cutOffs() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(CutOff.monthEnd())),
        Tuple.of(2, Arbitraries.just(CutOff.onDay(14))),
        Tuple.of(1, Arbitraries.integers().between(1, 28).map(CutOff::onDay)));
  }

  /**
   * Returns report periods of every kind from 2014 to 2027 under generated cut-offs.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReportPeriod> reportPeriods() {
    return cutOffs().flatMap(ReceptionArbitraries::reportPeriods);
  }

  private static Arbitrary<ReportPeriod> reportPeriods(CutOff cutOff) {
    Arbitrary<Integer> years = Arbitraries.integers().between(2014, 2027);
    return Arbitraries.oneOf(
        Combinators.combine(years, Arbitraries.integers().between(1, 12))
            .as((y, m) -> ReportPeriod.month(YearMonth.of(y, m), cutOff)),
        Combinators.combine(years, Arbitraries.integers().between(1, 4))
            .as((y, q) -> ReportPeriod.quarter(y, q, cutOff)),
        years.map(y -> ReportPeriod.sixMonths(y, cutOff)),
        years.map(y -> ReportPeriod.nineMonths(y, cutOff)),
        years.map(y -> ReportPeriod.year(y, cutOff)));
  }

  // ---- rules -----------------------------------------------------------------------------------------------------

  /**
   * Returns the posts duties bind: those of the standard book, and an application's own agencies named by unit.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DutyHolder> dutyHolders() {
    return Arbitraries.oneOf(
        Arbitraries.of(ReceptionRuleBook.standard().duties()).map(ReceptionDuty::holder),
        Arbitraries.of(COMMITTEE_OFFICE, CITY_COMMITTEE_OFFICE)
            .map(unit -> DutyHolder.ofUnits(Set.of(PostKind.CHIEF_OF_OFFICE, PostKind.HEAD), Set.of(unit))));
  }

  /**
   * Returns duties to receive: the standard book's, and an application's own of 1 to 4 days a month or a week.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionDuty> duties() {
    Arbitrary<ReceptionDuty> own =
        Combinators.combine(
                dutyHolders(),
                Arbitraries.integers().between(1, 4),
                Arbitraries.of(Cadence.class),
                Arbitraries.of(ReceptionPlace.class),
                LawArbitraries.legalBases(),
                Arbitraries.integers().between(1, 99))
            .as(
                (holder, days, cadence, place, basis, n) ->
                    ReceptionDuty.builder()
                        .name("HG_DUTY_" + n)
                        .holder(holder)
                        .days(days)
                        .cadence(cadence)
                        .place(place)
                        .basis(basis)
                        .build());
    return Arbitraries.oneOf(Arbitraries.of(ReceptionRuleBook.standard().duties()), own);
  }

  /**
   * Returns the refusal rules of the standard book.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RefusalRule> refusalRules() {
    return Arbitraries.of(ReceptionRuleBook.standard().refusalRules());
  }

  /**
   * Returns the delegation rules of the standard book.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DelegationRule> delegationRules() {
    return Arbitraries.of(ReceptionRuleBook.standard().delegationRules());
  }

  /**
   * Returns the procedure rules of the standard book.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProcedureRule> procedureRules() {
    return Arbitraries.of(ReceptionRuleBook.standard().procedureRules());
  }

  /**
   * Returns rules of every type.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionRule> rules() {
    return Arbitraries.oneOf(duties(), refusalRules(), delegationRules(), procedureRules());
  }

  /**
   * Returns rule books: the standard one, the standard one without one of its rules, or with an application's duty.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionRuleBook> ruleBooks() {
    ReceptionRuleBook standard = ReceptionRuleBook.standard();
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(standard)),
        Tuple.of(2, Arbitraries.of(standard.rules()).map(r -> standard.without(r.name()))),
        Tuple.of(1, duties().map(standard::with)));
  }

  // ---- delegations and matters -----------------------------------------------------------------------------------

  /**
   * Returns delegations that fit the rules of every day: fewer than 5 people with any representatives, 5 to 10 with 1
   * or 2, more than 10 with up to 5, named in a writing signed by all.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Delegation> fittingDelegations() {
    return Arbitraries.integers()
        .between(2, 30)
        .flatMap(
            headcount -> {
              int most = headcount < 5 ? headcount : headcount <= 10 ? 2 : 5;
              return Arbitraries.integers()
                  .between(1, most)
                  .flatMap(
                      reps ->
                          PetitionArbitraries.identities()
                              .list()
                              .ofSize(headcount)
                              .uniqueElements()
                              .map(
                                  people ->
                                      Delegation.of(headcount, people.subList(0, reps)).appointedInWriting(people)));
            });
  }

  /**
   * Returns delegations of any shape: fitting ones, and ones with too many representatives, no writing, a writing not
   * signed by all or a representative who did not sign.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Delegation> delegations() {
    Arbitrary<Delegation> misfits =
        Combinators.combine(
                Arbitraries.integers().between(5, 25),
                Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3))
            .flatAs(
                (headcount, reps, writing, missing) ->
                    PetitionArbitraries.identities()
                        .list()
                        .ofSize(headcount + 1)
                        .uniqueElements()
                        .map(
                            people -> {
                              int named = Math.min(reps, headcount);
                              Delegation d = Delegation.of(headcount, people.subList(0, named));
                              if (writing == 0) {
                                return d;
                              }
                              int from = writing == 1 ? 0 : 1;
                              int to = Math.max(from + 1, headcount - missing);
                              return d.appointedInWriting(people.subList(from, Math.min(to + from, headcount + 1)));
                            }));
    return Arbitraries.oneOf(fittingDelegations(), misfits);
  }

  /**
   * Returns matters of every kind, brought by petitioners of every kind or by a fitting delegation, with every
   * outcome.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Matter> matters() {
    return Combinators.combine(PetitionArbitraries.petitionIds(), matterDrafts()).as((id, draft) -> draft.apply(id));
  }

  private static Arbitrary<Function<PetitionId, Matter>> matterDrafts() {
    Arbitrary<Tuple.Tuple2<Petitioners, Optional<Delegation>>> senders =
        Combinators.combine(PetitionArbitraries.petitioners(), fittingDelegations().optional(0.2)).as(Tuple::of);
    Arbitrary<Tuple.Tuple3<UnitId, Optional<Integer>, List<Link>>> routes =
        Combinators.combine(
                PetitionArbitraries.competentBodies(),
                Arbitraries.integers().between(1, 999).optional(0.6),
                PetitionArbitraries.links().list().ofMaxSize(2))
            .as(Tuple::of);
    return Combinators.combine(
            Arbitraries.of(PetitionKind.class),
            senders,
            PetitionArbitraries.subjects(),
            Arbitraries.of(SUMMARIES),
            Arbitraries.of(REQUESTS).optional(0.5),
            Arbitraries.of(ReceptionOutcome.class),
            routes)
        .as(
            (kind, sender, subject, summary, requests, outcome, route) ->
                id -> {
                  Matter.Builder builder =
                      Matter.builder()
                          .id(id)
                          .kind(kind)
                          .subject(subject)
                          .summary(summary)
                          .outcome(outcome)
                          .links(route.get3());
                  if (sender.get2().isPresent()) {
                    builder.byDelegation(sender.get2().get());
                  } else {
                    builder.petitioners(sender.get1());
                  }
                  requests.ifPresent(builder::requests);
                  if (outcome.namesABody()) {
                    builder.destination(route.get1());
                    route.get2().ifPresent(n -> builder.documentReference(n + "/CV-BTCD"));
                  } else if (route.get2().isPresent()) {
                    builder.handledBefore(route.get1());
                  }
                  return builder.build();
                });
  }

  // ---- sessions ----------------------------------------------------------------------------------------------------

  /** One generated step of a session: a receipt or a refusal, with its data. */
  private record Step(
      boolean receive, Function<PetitionId, Matter> matter, int ground, Petitioners citizens, Optional<PetitionId> earlier) {}

  private static Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            matterDrafts(),
            Arbitraries.integers().between(0, 99),
            PetitionArbitraries.petitioners(),
            PetitionArbitraries.petitionIds().optional(0.5))
        .as((dice, matter, ground, citizens, earlier) -> new Step(dice != 0, matter, ground, citizens, earlier));
  }

  /**
   * Returns sessions held by the holders of the province's posts, walked through commands the session allowed:
   * matters received and citizens refused on the session's day, the session ended or not, a conclusion notice
   * issued where the head's reception has one, written refusal notices issued or pending.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionSession> sessions() {
    return Arbitraries.of(HOLDINGS)
        .flatMap(h -> days(h.firstSessionDay(), h.lastSessionDay()).flatMap(day -> session(h, day, "TCD-" + day)));
  }

  /**
   * Returns sessions with at least one refusal.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionSession> sessionsWithRefusals() {
    return sessions().filter(s -> !s.refusals().isEmpty());
  }

  private static Arbitrary<ReceptionSession> session(Holding holding, LocalDate day, String id) {
    return Combinators.combine(
            openings(holding, id, day),
            steps().list().ofMaxSize(5),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(0, 6))
        .as((opening, steps, ending, noticeDelay, refusalDelay) -> walk(opening, day, steps, ending, noticeDelay, refusalDelay));
  }

  private static Arbitrary<SessionOpening> openings(Holding holding, String id, LocalDate day) {
    boolean viceChair = holding.post().kind() == PostKind.VICE_CHAIR;
    return Combinators.combine(
            Arbitraries.of(SessionKind.class),
            Arbitraries.of(AdHocGround.class),
            Arbitraries.subsetOf(ParticipatingBody.values()),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false))
        .as(
            (kind, ground, participants, place, standsIn) -> {
              SessionOpening.Builder builder =
                  SessionOpening.builder()
                      .id(SessionId.of(id))
                      .unit(holding.post().unit())
                      .receiver(holding.person())
                      .post(holding.post())
                      .kind(kind)
                      .place(place(place, day))
                      .participants(participants);
              if (kind == SessionKind.HEAD_AD_HOC) {
                builder.adHocGround(ground);
              }
              if (viceChair && standsIn && kind.isHeads()) {
                builder.onBehalfOf(Post.of(holding.post().unit(), PostKind.CHAIR));
              }
              return builder.build();
            });
  }

  private static ReceptionPlace place(int dice, LocalDate day) {
    ReceptionPlace place = ImmutableList.copyOf(ReceptionPlace.values()).get(dice);
    return place == ReceptionPlace.ONLINE && day.isBefore(ReceptionRuleBook.AMENDMENT_DAY)
        ? ReceptionPlace.UNIT_SEAT
        : place;
  }

  private static ReceptionSession walk(
      SessionOpening opening, LocalDate day, List<Step> steps, int ending, int noticeDelay, int refusalDelay) {
    PersonId officer = PersonId.of("TCD-CB-" + (1 + Math.floorMod(steps.size() + ending, 20)));
    ReceptionSession session = ReceptionSession.open(opening, day, officer);
    ImmutableList<RefusalGround> grounds =
        ReceptionRuleBook.standard().groundsOn(day).asList();
    for (Step step : steps) {
      if (step.receive()) {
        PetitionId id = PetitionId.of(opening.id().value() + "-" + (session.matters().size() + 1));
        session = session.receive(step.matter().apply(id), day, officer);
      } else {
        RefusalGround ground = grounds.get(step.ground() % grounds.size());
        session =
            step.earlier().isPresent()
                ? session.refuse(ground, step.citizens(), step.earlier().get(), day, officer)
                : session.refuse(ground, step.citizens(), day, officer);
      }
    }
    if (ending == 0) {
      return session;
    }
    session = session.end(day, officer);
    LocalDate later = day.plusDays(noticeDelay);
    if (ending >= 2 && session.allowedCommandsOn(later).contains(SessionCommand.ISSUE_CONCLUSION_NOTICE)) {
      session = session.issueConclusionNotice(noticeDelay + 1 + "-TB/TCD", later, officer);
    }
    for (Refusal refusal : session.refusals()) {
      if (refusal.isNoticePending() && ending != 2) {
        LocalDate notified = session.lastEventDay().plusDays(refusalDelay);
        session = session.notifyRefusal(refusal.number(), refusal.number() + "-TB/TCTD", notified, officer);
      }
    }
    return session;
  }

  /**
   * Returns the openings of generated sessions.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<SessionOpening> openings() {
    return sessions().map(ReceptionSession::opening);
  }

  /**
   * Returns events of generated sessions' histories.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<SessionEvent> events() {
    return sessions().flatMap(s -> Arbitraries.of(s.history()));
  }

  /**
   * Returns refusals of generated sessions, their written notices issued or pending.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Refusal> refusals() {
    return sessionsWithRefusals().flatMap(s -> Arbitraries.of(s.refusals()));
  }

  // ---- registers -------------------------------------------------------------------------------------------------

  /**
   * Returns the sessions of one post's holder, 1 to 6, on days in order, with distinct identifiers: the sessions a
   * register of the post's unit enters.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<List<ReceptionSession>> sessionsOfOneUnit() {
    return Arbitraries.of(HOLDINGS)
        .flatMap(
            h ->
                days(h.firstSessionDay(), h.lastSessionDay())
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(6)
                    .flatMap(
                        list -> {
                          List<LocalDate> sorted = list.stream().sorted().collect(Collectors.toList());
                          List<Arbitrary<ReceptionSession>> sessions = new ArrayList<>();
                          for (int i = 0; i < sorted.size(); i++) {
                            sessions.add(session(h, sorted.get(i), "TCD-" + sorted.get(i) + "-" + i));
                          }
                          return Combinators.combine(sessions).as(all -> all);
                        }));
  }

  /**
   * Returns registers that entered 1 to 6 sessions of one unit, in order.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionRegister> registers() {
    return sessionsOfOneUnit()
        .map(
            sessions -> {
              ReceptionRegister register = ReceptionRegister.of(sessions.get(0).unit());
              for (ReceptionSession session : sessions) {
                register = register.enter(session).register();
              }
              return register;
            });
  }

  /**
   * Returns entries of generated registers.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionEntry> entries() {
    return registers().filter(r -> !r.entries().isEmpty()).flatMap(r -> Arbitraries.of(r.entries()));
  }

  /**
   * Returns what entering the last of 1 to 6 sessions of one unit gives.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Entered> entered() {
    return sessionsOfOneUnit()
        .map(
            sessions -> {
              ReceptionRegister register = ReceptionRegister.of(sessions.get(0).unit());
              for (ReceptionSession session : sessions.subList(0, sessions.size() - 1)) {
                register = register.enter(session).register();
              }
              return register.enter(sessions.get(sessions.size() - 1));
            });
  }

  // ---- schedules ---------------------------------------------------------------------------------------------------

  /**
   * Returns the days schedules name: a day of the month, a weekday, the n-th or the last weekday of the month.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ScheduleDay> scheduleDays() {
    Arbitrary<DayOfWeek> weekdays = Arbitraries.of(DayOfWeek.class);
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 31).map(ScheduleDay::ofMonth),
        weekdays.map(ScheduleDay::weekly),
        Combinators.combine(Arbitraries.integers().between(1, 4), weekdays).as(ScheduleDay::nthOfMonth),
        weekdays.map(ScheduleDay::lastOfMonth));
  }

  /**
   * Returns schedules of the province's posts, from the start of a holder's term, posted and notified or not.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionSchedule> schedules() {
    return Combinators.combine(
            Arbitraries.of(HOLDINGS),
            scheduleDays().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(ScheduleShift.class),
            Arbitraries.of(ReceptionPlace.class),
            Arbitraries.integers().between(-30, 30).optional(0.7),
            Arbitraries.integers().between(-30, 30).optional(0.5))
        .as(
            (holding, days, shift, place, posted, notified) -> {
              LocalDate start = holding.firstSessionDay();
              ReceptionSchedule.Builder builder =
                  ReceptionSchedule.builder()
                      .post(holding.post())
                      .days(days)
                      .shift(shift)
                      .place(place)
                      .validity(
                          holding.term().end().map(end -> Validity.between(start, end)).orElse(Validity.from(start)));
              posted.ifPresent(n -> builder.postedOn(start.plusDays(n)));
              notified.ifPresent(n -> builder.notifiedOn(start.plusDays(n)));
              return builder.build();
            });
  }

  /**
   * Returns the days of generated schedule days, moved to a working day by a generated shift.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ScheduledDate> scheduledDates() {
    return Combinators.combine(days(), Arbitraries.of(ScheduleShift.class))
        .as((day, shift) -> ScheduledDate.of(day, shift.apply(day, CALENDAR)));
  }

  // ---- compliance --------------------------------------------------------------------------------------------------

  /**
   * Returns acting designations: the vice chair of the province's People's Committee acting as its chair for a month.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Acting> actings() {
    return days(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 5, 31))
        .map(
            day ->
                Acting.of(
                    PersonId.of("HG-PCT1"),
                    Post.of(PEOPLES_COMMITTEE, PostKind.CHAIR),
                    Validity.between(day, day.plusMonths(1))));
  }

  /**
   * Returns ad-hoc cases calling for the heads of the province's posts, answered by a session or not.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AdHocCall> adHocCalls() {
    return Combinators.combine(
            Arbitraries.of(HOLDINGS), days(), Arbitraries.of(AdHocGround.class), sessionIds().optional(0.5))
        .as(
            (holding, day, ground, session) ->
                AdHocCall.builder().day(day).post(holding.post()).ground(ground).answeredBy(session).build());
  }

  /**
   * Returns checks of the standard book over {@link #province()}, with no, one or two acting designations.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ComplianceCheck> complianceChecks() {
    return actings()
        .list()
        .ofMaxSize(2)
        .map(
            actings -> {
              ComplianceCheck check = ComplianceCheck.of(ReceptionRuleBook.standard(), PROVINCE);
              for (Acting acting : actings) {
                check = check.withActing(acting);
              }
              return check;
            });
  }

  /**
   * Returns the compliance of one of the province's posts over a generated report period, as of a day in or after
   * it, from 0 to 8 of its holder's sessions and ad-hoc cases, some answered.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionCompliance> compliances() {
    return Combinators.combine(reportPeriods(), Arbitraries.integers().between(0, 400))
        .flatAs((period, offset) -> compliancesOn(period, period.first().plusDays(offset)).map(list -> list.get(0)));
  }

  /**
   * Returns the compliances of 1 to 4 of the province's posts over one report period as of one day.
   *
   * @param period the report period, not null
   * @param asOf the day, on or after the period's first day, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<List<ReceptionCompliance>> compliancesOn(ReportPeriod period, LocalDate asOf) {
    return Combinators.combine(complianceChecks(), compliance(period, asOf).list().ofMinSize(1).ofMaxSize(4))
        .as((check, assessments) -> assessments.stream().map(f -> f.apply(check)).collect(Collectors.toList()));
  }

  private static Arbitrary<Function<ComplianceCheck, ReceptionCompliance>> compliance(
      ReportPeriod period, LocalDate asOf) {
    LocalDate from = period.first().minusDays(5).isBefore(FIRST_DAY) ? FIRST_DAY : period.first().minusDays(5);
    LocalDate to = period.last().plusDays(5).isAfter(LAST_DAY) ? LAST_DAY : period.last().plusDays(5);
    return Arbitraries.of(HOLDINGS)
        .flatMap(
            h -> {
              LocalDate first = h.firstSessionDay().isAfter(from) ? h.firstSessionDay() : from;
              LocalDate last = h.lastSessionDay().isBefore(to) ? h.lastSessionDay() : to;
              Arbitrary<List<ReceptionSession>> sessions =
                  first.isAfter(last)
                      ? Arbitraries.just(List.of())
                      : days(first, last)
                          .list()
                          .ofMaxSize(8)
                          .flatMap(
                              list -> {
                                List<Arbitrary<ReceptionSession>> made = new ArrayList<>();
                                for (int i = 0; i < list.size(); i++) {
                                  made.add(session(h, list.get(i), "TCD-C-" + list.get(i) + "-" + i));
                                }
                                return Combinators.combine(made).as(all -> all);
                              });
              return Combinators.combine(
                      sessions,
                      days(period.first(), period.last()).list().ofMaxSize(2),
                      Arbitraries.of(AdHocGround.class))
                  .as(
                      (held, unanswered, ground) -> {
                        List<AdHocCall> calls = new ArrayList<>();
                        for (ReceptionSession session : held) {
                          if (session.kind() == SessionKind.HEAD_AD_HOC) {
                            calls.add(
                                AdHocCall.builder()
                                    .day(session.day())
                                    .post(session.opening().dutyPost())
                                    .ground(session.opening().adHocGround().orElse(ground))
                                    .answeredBy(session.id())
                                    .build());
                          }
                        }
                        for (LocalDate day : unanswered) {
                          calls.add(AdHocCall.builder().day(day).post(h.post()).ground(ground).build());
                        }
                        return check -> check.assess(h.post(), period, asOf, held, calls);
                      });
            });
  }

  /**
   * Returns the months and weeks of duties of generated compliances.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DutyPeriod> dutyPeriods() {
    return compliances().filter(ReceptionCompliance::hasDuty).flatMap(c -> Arbitraries.of(c.dutyPeriods()));
  }

  /**
   * Returns summaries of the compliances of 1 to 4 posts over one period as of one day.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ComplianceSummary> complianceSummaries() {
    return Combinators.combine(reportPeriods(), Arbitraries.integers().between(0, 400))
        .flatAs(
            (period, offset) ->
                compliancesOn(period, period.first().plusDays(offset))
                    .map(list -> list.stream().collect(ComplianceSummary.collector())));
  }

  /**
   * Returns roll-ups of generated summaries over {@link #province()} on a day from 2014 to 2027.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ComplianceRollUp> complianceRollUps() {
    return Combinators.combine(complianceSummaries(), days())
        .as((summary, day) -> ComplianceRollUp.of(summary, PROVINCE, day));
  }

  // ---- statistics --------------------------------------------------------------------------------------------------

  /**
   * Returns tallies of 0 to 6 generated sessions under a cut-off.
   *
   * @param cutOff the cut-off, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionTally> tallies(CutOff cutOff) {
    return sessions().list().ofMaxSize(6).map(list -> list.stream().collect(ReceptionTally.collector(PROVINCE, cutOff)));
  }

  /**
   * Returns tallies of 0 to 6 generated sessions under generated cut-offs.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionTally> tallies() {
    return cutOffs().flatMap(ReceptionArbitraries::tallies);
  }

  /**
   * Returns findings of delegations that break the rules of a day.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ReceptionViolation> violations() {
    return Combinators.combine(delegations(), days())
        .as((delegation, day) -> ReceptionRuleBook.standard().findings(delegation, day))
        .filter(found -> !found.isEmpty())
        .flatMap(Arbitraries::of);
  }
}
