package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text form of an official schedule: every schedule the builder accepts reads back equal from its text, and
 * the builder refuses a basis the text cannot carry; ranges of days stay within their year, and messages stay short
 * whatever the input.
 */
class OfficialScheduleTextProperties {

  private static final LocalDate NOTICE_DAY = LocalDate.of(2027, 1, 1);

  @Property(tries = 300)
  void everyScheduleTheBuilderAcceptsReadsBackEqualFromItsText(@ForAll("bases") LegalBasis basis) {
    OfficialSchedule schedule;
    try {
      schedule =
          OfficialSchedule.builder()
              .year(2027)
              .dayOff(basis, LocalDate.of(2027, 3, 1))
              .workingDay(basis, LocalDate.of(2027, 3, 6))
              .build();
    } catch (IllegalArgumentException refused) {
      assertThat(refused).hasMessageContaining("a schedule's basis is written as");
      assertThat(refused.getMessage()).hasSizeLessThan(400);
      return;
    }
    assertThat(OfficialSchedule.parse(schedule.toString())).isEqualTo(schedule);
  }

  @Example
  void aBasisTheTextCannotCarryIsRefused() {
    for (LegalBasis basis :
        List.of(
            LegalBasis.of(Instrument.of("Thông báo 1#2/TB-BNV", NOTICE_DAY), "lịch nghỉ"),
            LegalBasis.of(Instrument.of("Thông báo 12/TB-BNV", NOTICE_DAY), "mục 1 | mục 2"),
            LegalBasis.of(Instrument.of("Thông báo 12/TB-BNV", NOTICE_DAY), "dòng 1\ndòng 2"),
            LegalBasis.of(Instrument.of("Thông báo 12/TB-BNV ", NOTICE_DAY), "lịch nghỉ"),
            LegalBasis.builder()
                .instrument(Instrument.of("Thông báo 12/TB-BNV", NOTICE_DAY))
                .article("lịch nghỉ")
                .inForceUntil(LocalDate.of(2027, 12, 31))
                .build(),
            LegalBasis.builder()
                .instrument(Instrument.of("Thông báo 12/TB-BNV", NOTICE_DAY))
                .article("lịch nghỉ")
                .confirmation(Confirmation.REPORTED)
                .build())) {
      OfficialSchedule.Builder builder = OfficialSchedule.builder().year(2027).dayOff(basis, LocalDate.of(2027, 3, 1));
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a schedule's basis is written as");
    }
  }

  @Example
  void aRangeOfDaysLiesWithinTheScheduleYear() {
    String huge = "year 2027\nbasis A | B | 2027-01-01\noff 2027-01-01..+999999999-12-31";
    assertThatThrownBy(() -> OfficialSchedule.parseAll(huge))
        .isInstanceOf(OfficialScheduleParseException.class)
        .hasMessageContaining("a range of days lies within the schedule's year 2027");
    assertThatThrownBy(
            () -> WorkingCalendar.builder().schedules(huge).build())
        .isInstanceOf(OfficialScheduleParseException.class);
    String toTheLastYear = "year 2027\nbasis A | B | 2027-01-01\noff 2027-01-01..2199-12-31";
    assertThatThrownBy(() -> OfficialSchedule.parseAll(toTheLastYear))
        .hasMessageContaining("within the schedule's year")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Example
  void aMessageListsTheFirstViolationsAndCountsTheOthers() {
    OfficialSchedule.Builder builder = OfficialSchedule.builder().year(2027);
    LegalBasis basis = LegalBasis.of(Instrument.of("Thông báo 12/TB-BNV", NOTICE_DAY), "lịch nghỉ");
    for (LocalDate day = LocalDate.of(2028, 1, 1); day.getYear() == 2028; day = day.plusDays(1)) {
      builder.dayOff(basis, day);
    }
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the schedule for 2027 cannot set 2028-01-01 off")
        .hasMessageEndingWith("; and 361 more")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  @Example
  void aYearIsWrittenInAsciiDigits() {
    for (String year : List.of("٢٠٢٧", "２０２７", "+2027", "02027")) {
      assertThatThrownBy(() -> OfficialSchedule.parseAll("year " + year))
          .isInstanceOf(OfficialScheduleParseException.class)
          .hasMessageContaining("expected a year such as 'year 2026'");
    }
  }

  @Example
  void aMessageQuotesTheInputCutShort() {
    String keyword = "x".repeat(1_000_000);
    assertThatThrownBy(() -> OfficialSchedule.parseAll(keyword))
        .isInstanceOf(OfficialScheduleParseException.class)
        .hasMessageContaining("(1000000 characters)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Provide
  Arbitrary<LegalBasis> bases() {
    Arbitrary<String> hostile =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("Thông báo 12/TB-BNV#|\n\r\u2028 \t\u0085").ofMinLength(1).ofMaxLength(20),
            Arbitraries.of("Thông báo 9441/TB-BNV", "Công văn 9570/VPCP-KGVX", "A", "Quyết định 1 /QĐ"));
    Arbitrary<LocalDate> first = Arbitraries.of(NOTICE_DAY, LocalDate.of(2026, 11, 23));
    Arbitrary<Confirmation> confirmation = Arbitraries.of(Confirmation.class);
    Arbitrary<Instrument> instruments =
        Combinators.combine(hostile, first, confirmation)
            .as((name, day, c) -> attempt(() -> Instrument.builder().name(name).inForceFrom(day).confirmation(c).build()))
            .filter(i -> i != null)
            .map(i -> i);
    return Combinators.combine(instruments, hostile, Arbitraries.of(false, true))
        .as(
            (instrument, article, ended) ->
                attempt(
                    () -> {
                      LegalBasis.Builder b = LegalBasis.builder().instrument(instrument).article(article);
                      if (ended) {
                        b.inForceUntil(LocalDate.of(2027, 12, 31));
                      }
                      return b.build();
                    }))
        .filter(b -> b != null)
        .map(b -> b);
  }

  private static <T> @org.jspecify.annotations.Nullable T attempt(java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException refused) {
      return null;
    }
  }
}
