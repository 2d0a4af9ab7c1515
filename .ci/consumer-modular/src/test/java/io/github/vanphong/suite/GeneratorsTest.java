package io.github.vanphong.suite;

import io.github.vanphong.calendar.LunarDate;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.petition.Petition;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A user's suite that declares the library's types as plain {@code @ForAll} parameters, with nothing but the
 * dependencies of the README. It runs on the module path in .ci/consumer-modular and on the class path in
 * .ci/consumer-classpath.
 */
class GeneratorsTest {

  @Example
  boolean theLibraryIsWhereTheBuildPutIt() {
    String expected = System.getProperty("vanphong.expectedModule", "");
    String actual = Optional.ofNullable(LunarDate.class.getModule().getName()).orElse("");
    if (!actual.equals(expected)) {
      throw new AssertionError("the library is in module '" + actual + "', expected '" + expected + "'");
    }
    return true;
  }

  @Property(tries = 100)
  boolean aLunarDateIsTheLunarDateOfItsSolarDay(@ForAll LunarDate date) {
    return LunarDate.from(date.toLocalDate()).equals(date);
  }

  @Property(tries = 100)
  boolean aPlainDayIsOneTheWorkingCalendarAnswersFor(@ForAll LocalDate day) {
    WorkingCalendar.vietnam().nextWorkingDay(day);
    return !day.isBefore(WorkingCalendar.FIRST_DAY)
        && day.isBefore(WorkingCalendar.LAST_DAY);
  }

  @Property(tries = 30)
  boolean aPetitionReplaysToItsState(@ForAll Petition petition) {
    return Petition.replay(petition.intake(), petition.history()).state() == petition.state();
  }

  @Property(tries = 30)
  boolean anOrgChartRebuildsFromItsEvents(@ForAll OrgChart chart) {
    return OrgChart.of(chart.events()).equals(chart);
  }

  @Property(tries = 30)
  boolean aConclusionNoticeIsNumberedByARegister(@ForAll ConclusionNotice notice) {
    return notice.symbol().toString().contains("/");
  }
}
