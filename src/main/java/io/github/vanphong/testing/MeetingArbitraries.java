package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Validity;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemCommand;
import io.github.vanphong.meeting.ActionItemEvent;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Approximation;
import io.github.vanphong.meeting.Attendance;
import io.github.vanphong.meeting.AttendanceCount;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingId;
import io.github.vanphong.meeting.BriefingInconsistency;
import io.github.vanphong.meeting.BriefingRule;
import io.github.vanphong.meeting.Conclusion;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.meeting.FollowUp;
import io.github.vanphong.meeting.MeetingKind;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.meeting.ProgressRollUp;
import io.github.vanphong.meeting.Recurrence;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the meeting values: briefings with their attendance and conclusions, the inconsistencies an
 * org chart finds in them, recurrences, action
 * items that have gone through random accepted commands, their figures, summaries, roll-ups and registers, and
 * conclusion notices numbered by an outgoing register. For
 * example {@code MeetingArbitraries.actionItems()} gives items assigned between 2010 and 2030 with up to six later
 * events, in every state.
 *
 * <p>Units are drawn from a pool of ten, {@code U0} to {@code U9}: the identifiers of the charts of {@link
 * OrganizationArbitraries#orgCharts()}, so that generated items meet the units of generated charts (and some do
 * not, as happens when a unit has ended). The same arbitraries are available by type, {@code @ForAll ActionItem
 * item}, through {@link MeetingArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class MeetingArbitraries {


  private static final ImmutableList<String> CONCLUSIONS =
      ImmutableList.of(
          "Nâng cao chất lượng tham mưu cho cấp ủy",
          "Làm tốt công tác biên tập, thẩm định văn bản",
          "Tăng cường phối hợp giữa các văn phòng",
          "Phục vụ tốt cuộc bầu cử",
          "Mời cán bộ văn phòng đảng ủy cơ sở dự giao ban",
          "Tổ chức giao ban định kỳ",
          "Rà soát biên chế của văn phòng",
          "Báo cáo sơ kết 6 tháng");

  private static final ImmutableList<String> TITLES =
      ImmutableList.of(
          "Giao ban công tác văn phòng cấp ủy",
          "Sơ kết công tác 6 tháng đầu năm",
          "Tổng kết công tác năm",
          "Hội nghị tập huấn nghiệp vụ văn phòng");

  private MeetingArbitraries() {}

  /**
   * Returns days from 2010-01-01 to 2030-12-31: {@link GenericArbitraries#days()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    return GenericArbitraries.days();
  }

  /**
   * Returns unit identifiers from a pool of ten, {@code U0} to {@code U9}: {@link GenericArbitraries#unitIds()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitId> unitIds() {
    return GenericArbitraries.unitIds();
  }

  /**
   * Returns person identifiers from a pool of twenty, {@code P-0} to {@code P-19}: {@link
   * GenericArbitraries#personIds()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PersonId> personIds() {
    return GenericArbitraries.personIds();
  }

  /**
   * Returns briefing identifiers from a pool of five, {@code B-0} to {@code B-4}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BriefingId> briefingIds() {
    return Arbitraries.integers().between(0, 4).map(i -> BriefingId.of("B-" + i));
  }

  /**
   * Returns action item identifiers from a pool of a hundred, {@code A-0} to {@code A-99}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ActionItemId> actionItemIds() {
    return Arbitraries.integers().between(0, 99).map(i -> ActionItemId.of("A-" + i));
  }

  /**
   * Returns counts of 0 to 500 people, of every approximation.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AttendanceCount> attendanceCounts() {
    return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.of(Approximation.class))
        .as(AttendanceCount::of);
  }

  /**
   * Returns attendances with counts for some levels, expected and present.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Attendance> attendances() {
    return Combinators.combine(
            Arbitraries.maps(Arbitraries.of(Level.class), attendanceCounts()).ofMaxSize(3),
            Arbitraries.maps(Arbitraries.of(Level.class), attendanceCounts()).ofMaxSize(3))
        .as((expected, present) -> Attendance.builder().putAllExpected(expected).putAllPresent(present).build());
  }

  /**
   * Returns conclusions numbered 1 to 10, with texts drawn from a few real topics.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Conclusion> conclusions() {
    return Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.of(CONCLUSIONS))
        .as(Conclusion::of);
  }

  /**
   * Returns recurrences from a day of 2010 to 2030, every 1 to 12 months or every 1 to 60 days, on a few bases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Recurrence> recurrences() {
    Arbitrary<Period> intervals =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 12).map(Period::ofMonths),
            Arbitraries.integers().between(1, 60).map(Period::ofDays),
            Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 20))
                .as((months, days) -> Period.of(0, months, days)));
    return Combinators.combine(days(), intervals, LawArbitraries.legalBases(days()))
        .as((first, interval, basis) -> Recurrence.every(interval, first, basis));
  }

  /**
   * Returns briefings of every kind on days of 2010 to 2030, with up to five units and people invited, an
   * attendance, up to three agenda items, up to six conclusions numbered in order, and a recurrence for half of
   * them.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Briefing> briefings() {
    Arbitrary<List<String>> conclusionTexts = Arbitraries.of(CONCLUSIONS).list().ofMaxSize(6);
    return Combinators.combine(
            Combinators.combine(briefingIds(), Arbitraries.of(MeetingKind.class), Arbitraries.of(TITLES), days())
                .as(Header::new),
            Combinators.combine(unitIds(), personIds(), Arbitraries.of(PostKind.class)).as(Chair::new),
            unitIds().set().ofMaxSize(5),
            personIds().set().ofMaxSize(5),
            attendances(),
            Arbitraries.of(TITLES).list().ofMaxSize(3),
            conclusionTexts,
            recurrences().optional(0.5))
        .as(
            (header, chair, units, people, attendance, agenda, texts, recurrence) -> {
              Briefing.Builder builder = Briefing.builder();
              builder
                  .id(header.id)
                  .kind(header.kind)
                  .title(header.title)
                  .date(header.date)
                  .convenedBy(chair.unit)
                  .chair(chair.person)
                  .chairPost(Post.of(chair.unit, chair.post))
                  .invitedUnits(units)
                  .invitedPeople(people)
                  .attendance(attendance)
                  .agenda(agenda)
                  .recurrence(recurrence);
              for (int i = 0; i < texts.size(); i++) {
                builder.addConclusions(Conclusion.of(i + 1, texts.get(i)));
              }
              return builder.build();
            });
  }

  /**
   * Returns the checks of a briefing's record, every one of {@link BriefingRule}; as for every enum, jqwik also
   * provides them by type, {@code @ForAll BriefingRule rule}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BriefingRule> briefingRules() {
    return Arbitraries.of(BriefingRule.class);
  }

  /**
   * Returns what generated org charts contradict in generated briefings: briefings of the unit pool {@code U0} to
   * {@code U9}, the units of the charts, read against a chart on the day of the briefing, so that units are alive or
   * not, and chairs and invited people mostly unknown to a chart that holds no person.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BriefingInconsistency> briefingInconsistencies() {
    return Combinators.combine(briefings(), OrganizationArbitraries.orgCharts())
        .as(Briefing::inconsistenciesWith)
        .filter(found -> !found.isEmpty())
        .flatMap(Arbitraries::of);
  }

  /**
   * Returns events of every command, dated from 2010 to 2030, by people of the pool; extensions of 1 to 60 days
   * and cancellations with a reason.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ActionItemEvent> actionItemEvents() {
    return Combinators.combine(
            Arbitraries.of(ActionItemCommand.class),
            days(),
            personIds(),
            WorkingCalendarArbitraries.extensions())
        .as((command, day, actor, extension) -> event(command, day, actor, extension));
  }

  private static ActionItemEvent event(
      ActionItemCommand command, LocalDate day, PersonId actor, Extension extension) {
    return switch (command) {
      case EXTEND -> ActionItemEvent.extension(extension, day, actor);
      case CANCEL -> ActionItemEvent.cancellation("Không còn phù hợp", day, actor);
      default -> ActionItemEvent.of(command, day, actor);
    };
  }

  /**
   * Returns action items assigned from 2010 to 2030 with a deadline of 1 to 90 calendar or working days on the
   * Vietnamese working calendar, then given up to six random commands 0 to 40 days apart, those the item refuses
   * left out: items in every state, some extended, some overdue.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ActionItem> actionItems() {
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.of(ActionItemCommand.class),
                Arbitraries.integers().between(0, 40),
                personIds(),
                WorkingCalendarArbitraries.extensions())
            .as(Step::new);
    return Combinators.combine(
            actionItemIds(),
            briefingIds(),
            conclusions(),
            unitIds(),
            WorkingCalendarArbitraries.timeLimits(),
            days(),
            Arbitraries.integers().between(0, 5),
            steps.list().ofMaxSize(6))
        .as(MeetingArbitraries::item);
  }

  private static ActionItem item(
      ActionItemId id,
      BriefingId briefing,
      Conclusion conclusion,
      UnitId owner,
      TimeLimit limit,
      LocalDate eventDay,
      int assignedAfter,
      List<Step> steps) {
    ActionItem item =
        ActionItem.assign(
            id,
            briefing,
            conclusion,
            owner,
            limit.from("thông báo kết luận được ban hành", eventDay, WorkingCalendar.vietnam()),
            eventDay.plusDays(assignedAfter),
            PersonId.of("P-0"));
    LocalDate day = item.assignedOn();
    for (Step step : steps) {
      day = day.plusDays(step.gap);
      if (item.state().allows(step.command)) {
        item = item.apply(event(step.command, day, step.actor, step.extension));
      }
    }
    return item;
  }

  /**
   * Returns lists of up to ten action items with distinct identifiers, {@code A-0}, {@code A-1} and so on.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<List<ActionItem>> distinctActionItems() {
    return actionItems()
        .list()
        .ofMaxSize(10)
        .map(
            items -> {
              List<ActionItem> renamed = new ArrayList<>();
              for (int i = 0; i < items.size(); i++) {
                ActionItem item = items.get(i);
                renamed.add(
                    ActionItem.replay(
                        ActionItemId.of("A-" + i),
                        item.briefing(),
                        item.conclusion(),
                        item.owner(),
                        item.initialDeadline(),
                        item.history()));
              }
              return renamed;
            });
  }

  /**
   * Returns days from 30 days before to 300 days after the assignment of the first item, or days of 2010 to 2030
   * when there is none: days on which the items stand in varied states.
   *
   * @param items the items, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> daysAround(List<ActionItem> items) {
    if (items.isEmpty()) {
      return days();
    }
    LocalDate first = items.get(0).assignedOn();
    return Arbitraries.integers().between(-30, 300).map(first::plusDays);
  }

  /**
   * Returns the figures of up to ten items on a day around their assignment.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Progress> progresses() {
    return distinctActionItems()
        .flatMap(items -> daysAround(items).map(day -> items.stream().collect(Progress.collector(day))));
  }

  /**
   * Returns the summaries of up to ten items on a day around their assignment.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ActionItemSummary> actionItemSummaries() {
    return distinctActionItems()
        .flatMap(items -> daysAround(items).map(day -> items.stream().collect(ActionItemSummary.collector(day))));
  }

  /**
   * Returns roll-ups of generated summaries over generated org charts, on a day within each chart's history.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProgressRollUp> progressRollUps() {
    return Combinators.combine(OrganizationArbitraries.orgCharts(), actionItemSummaries())
        .flatAs(
            (chart, summary) ->
                OrganizationArbitraries.daysOf(chart).map(day -> ProgressRollUp.of(summary, chart, day)));
  }

  /**
   * Returns follow-up registers of up to ten items.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FollowUp> followUps() {
    return distinctActionItems().map(FollowUp::of);
  }

  /**
   * Returns conclusion notices of generated briefings with at least one conclusion, numbered by the register of a
   * provincial committee office for a term that began before the briefing, after 0 to 20 earlier notices, issued 0
   * to 10 days after the briefing, of every confirmation.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ConclusionNotice> conclusionNotices() {
    return Combinators.combine(
            briefings().filter(b -> !b.conclusions().isEmpty()),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 10),
            Arbitraries.of(Confirmation.class))
        .as(
            (briefing, earlier, after, confirmation) -> {
              LocalDate day = briefing.date().plusDays(after);
              OutgoingRegister register =
                  OutgoingRegister.forPartyTerm(
                      DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE, Validity.from(briefing.date().minusYears(1)));
              for (int i = 0; i < earlier; i++) {
                register = register.issue(DocumentCodeBook.NOTICE, briefing.date(), "Thông báo " + i).register();
              }
              RegisterEntry entry =
                  register.issue(DocumentCodeBook.NOTICE, day, ConclusionNotice.summaryOf(briefing)).entry();
              return ConclusionNotice.of(briefing, entry).withConfirmation(confirmation);
            });
  }

  /** The first fields of a generated briefing. */
  private static final class Header {
    final BriefingId id;
    final MeetingKind kind;
    final String title;
    final LocalDate date;

    Header(BriefingId id, MeetingKind kind, String title, LocalDate date) {
      this.id = id;
      this.kind = kind;
      this.title = title;
      this.date = date;
    }
  }

  /** The chair of a generated briefing: a person, and a post in the convening unit. */
  private static final class Chair {
    final UnitId unit;
    final PersonId person;
    final PostKind post;

    Chair(UnitId unit, PersonId person, PostKind post) {
      this.unit = unit;
      this.person = person;
      this.post = post;
    }
  }

  /** One generated command: what, how many days after the one before, by whom, and the days if an extension. */
  private static final class Step {
    final ActionItemCommand command;
    final int gap;
    final PersonId actor;
    final Extension extension;

    Step(ActionItemCommand command, int gap, PersonId actor, Extension extension) {
      this.command = command;
      this.gap = gap;
      this.actor = actor;
      this.extension = extension;
    }
  }

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      Map.ofEntries(
          Map.entry(BriefingId.class, MeetingArbitraries::briefingIds),
          Map.entry(ActionItemId.class, MeetingArbitraries::actionItemIds),
          Map.entry(AttendanceCount.class, MeetingArbitraries::attendanceCounts),
          Map.entry(Attendance.class, MeetingArbitraries::attendances),
          Map.entry(Conclusion.class, MeetingArbitraries::conclusions),
          Map.entry(Recurrence.class, MeetingArbitraries::recurrences),
          Map.entry(Briefing.class, MeetingArbitraries::briefings),
          Map.entry(BriefingInconsistency.class, MeetingArbitraries::briefingInconsistencies),
          Map.entry(ActionItemEvent.class, MeetingArbitraries::actionItemEvents),
          Map.entry(ActionItem.class, MeetingArbitraries::actionItems),
          Map.entry(Progress.class, MeetingArbitraries::progresses),
          Map.entry(ActionItemSummary.class, MeetingArbitraries::actionItemSummaries),
          Map.entry(ProgressRollUp.class, MeetingArbitraries::progressRollUps),
          Map.entry(FollowUp.class, MeetingArbitraries::followUps),
          Map.entry(ConclusionNotice.class, MeetingArbitraries::conclusionNotices));

  static Optional<Arbitrary<?>> forType(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type)).map(Supplier::get);
  }
}
