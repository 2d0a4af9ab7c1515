package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.testing.PetitionArbitraries;
import io.github.vanphong.testing.PetitionRuleArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Dates first, explanations when asked: the due date and the status a petition's deadlines work out with the
 * calendar's arithmetic are those of the explaining {@link Deadline} they build on demand, on every day asked about.
 */
class PetitionDeadlineProperties {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  @Provide
  Arbitrary<Petition> petitions() {
    return PetitionArbitraries.petitions();
  }

  @Provide
  Arbitrary<PetitionRuleBook> ruleBooks() {
    return PetitionRuleArbitraries.ruleBooks();
  }

  /**
   * The days to ask about: the day received, each event's day and the days either side of it, and days after the
   * last event, near and far, so that deadlines are asked for pending, due soon, due, overdue and met.
   */
  private static Set<LocalDate> daysToAsk(Petition petition, List<Integer> later) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(petition.received());
    for (PetitionEvent event : petition.history()) {
      days.add(event.on().minusDays(1));
      days.add(event.on());
      days.add(event.on().plusDays(1));
    }
    for (int n : List.of(2, 3, 5, 8, 13, 30, 45, 61, 90, 120, 400)) {
      days.add(petition.lastEventDay().plusDays(n));
    }
    for (int n : later) {
      days.add(petition.received().plusDays(n));
    }
    days.removeIf(day -> day.isBefore(petition.received()));
    return days;
  }

  private static void assertLeanIsExplained(Petition petition, Set<LocalDate> days) {
    for (LocalDate day : days) {
      for (PetitionDeadline deadline : petition.deadlines(VIETNAM, day)) {
        Deadline explained = deadline.deadline();
        assertThat(deadline.dueDate()).as("due date of %s", deadline).isEqualTo(explained.dueDate());
        assertThat(deadline.status())
            .as("status of %s", deadline)
            .isEqualTo(explained.statusOn(day, deadline.completedOn(), 3));
        assertThat(deadline.asOf()).isEqualTo(day);
        assertThat(deadline.deadline()).isEqualTo(explained);
        assertThat(deadline.toString()).contains(" due " + explained.dueDate() + ": ");
      }
    }
  }

  @Property(tries = 400)
  void theLeanDueDateAndStatusAreThoseOfTheExplainingDeadlineOnEveryDay(
      @ForAll("petitions") Petition petition, @ForAll @Size(max = 6) List<@IntRange(max = 800) Integer> later) {
    assertLeanIsExplained(petition, daysToAsk(petition, later));
  }

  @Property(tries = 150)
  void theLeanDueDateAndStatusAreThoseOfTheExplainingDeadlineUnderAnyRuleBook(
      @ForAll("petitions") Petition petition,
      @ForAll("ruleBooks") PetitionRuleBook book,
      @ForAll @Size(max = 3) List<@IntRange(max = 800) Integer> later) {
    Petition underBook;
    try {
      underBook = petition.withRuleBook(book);
    } catch (PetitionWorkflowException | IllegalArgumentException refused) {
      // a book without the rules of the history refuses to replay it; the standard book's case is checked above
      underBook = petition;
    }
    assertLeanIsExplained(underBook, daysToAsk(underBook, later));
  }

  @Property(tries = 100)
  void deadlinesWorkedOutTwiceAreEqualValues(@ForAll("petitions") Petition petition) {
    LocalDate day = petition.lastEventDay().plusDays(10);
    List<PetitionDeadline> once = petition.deadlines(VIETNAM, day);
    List<PetitionDeadline> again = petition.deadlines(VIETNAM, day);
    once.forEach(PetitionDeadline::deadline); // explained or not, a deadline is the same value

    assertThat(once).isEqualTo(again);
    assertThat(once).extracting(PetitionDeadline::hashCode).isEqualTo(again.stream().map(Object::hashCode).toList());
    assertThat(once).extracting(PetitionDeadline::toString).isEqualTo(again.stream().map(Object::toString).toList());
  }
}
