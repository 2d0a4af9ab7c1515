package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.programme.HeldMeeting;
import io.github.vanphong.programme.MeetingBody;
import io.github.vanphong.programme.MeetingRhythmBook;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemEvent;
import io.github.vanphong.programme.ProgrammeItemId;
import io.github.vanphong.programme.ProgrammeItemState;
import io.github.vanphong.programme.ProgrammePeriod;
import io.github.vanphong.programme.ProgrammeRollUp;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.programme.RegularMeetingRule;
import io.github.vanphong.programme.RhythmReport;
import io.github.vanphong.programme.RhythmViolation;
import io.github.vanphong.programme.WorkProgramme;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.programme}. */
class ProgrammeJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          ProgrammeRollUp.class,
          "a view computed from programmes and a unit tree on a day (ProgrammeRollUp.of); it is computed again from"
              + " the stored programmes and chart (programme)",
          RhythmReport.class,
          "the result of a check (MeetingRhythmBook.check), computed again from the stored meetings and book; its"
              + " findings have their own form (programme)");

  @Property(tries = 100)
  void identifiersObeyTheLaws(@ForAll ProgrammeItemId id) {
    JsonLaws.assertLaws(id, ProgrammeItemId.class);
  }

  @Property(tries = 100)
  void periodsObeyTheLaws(@ForAll ProgrammePeriod period) {
    JsonLaws.assertLaws(period, ProgrammePeriod.class);
  }

  @Property(tries = 100)
  void eventsObeyTheLaws(@ForAll ProgrammeItemEvent event) {
    JsonLaws.assertLaws(event, ProgrammeItemEvent.class);
  }

  @Property(tries = 100)
  void itemsObeyTheLaws(@ForAll ProgrammeItem item) {
    JsonLaws.assertLaws(item, ProgrammeItem.class);
  }

  @Property(tries = 50)
  void programmesObeyTheLaws(@ForAll WorkProgramme programme) {
    JsonLaws.assertRoundTrip(programme, WorkProgramme.class);
  }

  @Property(tries = 100)
  void summariesObeyTheLaws(@ForAll ProgrammeSummary summary) {
    JsonLaws.assertLaws(summary, ProgrammeSummary.class);
  }

  @Property(tries = 100)
  void summariesReadBackKeepTheMergeLaw(@ForAll WorkProgramme a, @ForAll WorkProgramme b) {
    LocalDate day = LocalDate.of(2020, 6, 30);
    ProgrammeSummary sa = a.summary(day);
    ProgrammeSummary sb = b.summary(day);
    ProgrammeSummary readA = JsonLaws.read(JsonLaws.write(sa), ProgrammeSummary.class);
    ProgrammeSummary readB = JsonLaws.read(JsonLaws.write(sb), ProgrammeSummary.class);
    assertThat(readA.plus(readB)).isEqualTo(sa.plus(sb));
  }

  @Property(tries = 100)
  void meetingsObeyTheLaws(@ForAll HeldMeeting meeting) {
    JsonLaws.assertLaws(meeting, HeldMeeting.class);
  }

  @Property(tries = 100)
  void rulesObeyTheLaws(@ForAll RegularMeetingRule rule) {
    JsonLaws.assertLaws(rule, RegularMeetingRule.class);
  }

  @Property(tries = 50)
  void booksObeyTheLaws(@ForAll MeetingRhythmBook book) {
    JsonLaws.assertRoundTrip(book, MeetingRhythmBook.class);
  }

  @Property(tries = 100)
  void findingsObeyTheLaws(@ForAll RhythmViolation finding) {
    JsonLaws.assertRoundTrip(finding, RhythmViolation.class);
  }

  @Example
  void enumerationsAreWrittenAsTheirCodesAndBadValuesAreRefusedAtTheirPath() {
    assertThat(JsonLaws.write(MeetingBody.CELL_COMMITTEE)).isEqualTo("\"cell-committee\"");
    assertThat(JsonLaws.write(ProgrammeItemState.POSTPONED)).isEqualTo("\"postponed\"");
    assertThat(JsonLaws.write(ProgrammePeriod.quarter(2016, 2)))
        .isEqualTo("{\"scope\":\"quarter\",\"start\":\"2016-04-01\",\"end\":\"2016-06-30\"}");
    JsonLaws.assertRefusedAt(
        "{\"scope\":\"quarter\",\"start\":\"2016-04-02\",\"end\":\"2016-06-30\"}", ProgrammePeriod.class, "$");
    JsonLaws.assertRefusedAt("{\"byState\":[{\"state\":\"planned\",\"items\":1}],\"late\":0}",
        ProgrammeSummary.class, "$");
    assertThat(JsonLaws.read("{\"byState\":[],\"late\":0}", ProgrammeSummary.class))
        .isEqualTo(ProgrammeSummary.empty());
    JsonLaws.assertRoundTrip(MeetingRhythmBook.standard(), MeetingRhythmBook.class);
  }
}
