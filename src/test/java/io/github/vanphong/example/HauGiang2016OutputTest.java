package io.github.vanphong.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.vanphong.Bilingual;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.reception.ComplianceStatus;
import io.github.vanphong.reception.ReceptionOutcome;
import io.github.vanphong.staffing.QuotaStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the example prints, run as {@code mvn -q test-compile exec:java} runs it, reads as prose for a new user: one
 * language per line, no Java constants, no {@code [...]} or {@code {...}} collections, and totals that agree with the
 * tables above them.
 */
class HauGiang2016OutputTest {

  private static String printed = "";
  private static List<String> lines = List.of();

  @BeforeAll
  static void runTheExample() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      HauGiang2016.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    printed = bytes.toString(StandardCharsets.UTF_8);
    lines = printed.lines().toList();
  }

  @Test
  void theExamplePrintsNoJavaConstant() {
    Set<String> constants =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.github.vanphong").stream()
            .filter(JavaClass::isEnum)
            .flatMap(c -> c.getEnumConstants().stream().map(e -> e.name()))
            .collect(Collectors.toSet());
    assertThat(constants).contains("NO_DUTY", "REPORTED_DONE", "MET", "DENUNCIATION");
    List<String> tokens = Arrays.stream(printed.split("[^\\p{L}\\p{N}_]+")).toList();
    assertThat(tokens).filteredOn(t -> t.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+")).isEmpty();
    assertThat(tokens).filteredOn(t -> t.length() > 1 && constants.contains(t)).isEmpty();
  }

  @Test
  void theExamplePrintsNoCollectionInBrackets() {
    assertThat(lines).noneMatch(l -> l.contains("[") || l.contains("]") || l.contains("{") || l.contains("}"));
    assertThat(printed).doesNotContain("Optional").doesNotContain("Matter").doesNotContain("=");
  }

  /** The values of the tables are written in English; a Vietnamese term is glossed once, the first time. */
  @Test
  void eachLineKeepsToOneLanguageAndGlossesATermOnce() {
    Stream.of(
            ActionItemState.values(),
            DeadlineStatus.values(),
            QuotaStatus.values(),
            ComplianceStatus.values(),
            ReceptionOutcome.values(),
            PetitionKind.values())
        .flatMap(Arrays::stream)
        .map(Bilingual::vietnameseName)
        .forEach(name -> assertThat(printed).as(name).doesNotContain(name));
    for (String gloss :
        List.of("(biên chế)", "(văn phòng cấp ủy)", "(giao ban)", "(tiếp công dân)", "(thông báo)", "(Bí thư)", "(Phó Bí thư)",
            "(Chủ tịch)", "(Phó Bí thư Thường trực)")) {
      assertThat(count(printed, gloss)).as(gloss).isEqualTo(1);
    }
    assertThat(printed).doesNotContain(" / ").doesNotContain("UBND tỉnh");
  }

  @Test
  void theStaffTotalsAgreeWithTheTable() {
    List<String> rows = lines.stream().filter(l -> l.startsWith("Văn phòng ")).toList();
    int staff = 0;
    for (String row : rows) {
      Matcher m = Pattern.compile("committee\\s+(\\d+)\\s+11–13").matcher(row);
      assertThat(m.find()).as(row).isTrue();
      staff += Integer.parseInt(m.group(1));
    }
    long below = rows.stream().filter(r -> r.contains("below the norm")).count();
    Matcher totals = find("District-level offices: (\\d+), (\\d+) staff in all; (\\d+) below norm: (.*)");
    assertThat(Integer.parseInt(totals.group(1))).isEqualTo(rows.size());
    assertThat(Integer.parseInt(totals.group(2))).isEqualTo(staff).isEqualTo(79);
    assertThat(Integer.parseInt(totals.group(3))).isEqualTo(below).isEqualTo(4);
    assertThat(totals.group(4).split(", ")).hasSize((int) below);
  }

  /** The 14 rows of the action items' table are the 14 counted by state and the 14 of the roll-up's top units. */
  @Test
  void theActionItemTotalsAgreeWithTheTable() {
    long rows = lines.stream().filter(l -> l.matches("\\d   .*")).count();
    assertThat(rows).isEqualTo(14);

    Matcher byState = find("By state: (.*); (\\d+) items in all");
    int states = 0;
    for (String part : byState.group(1).split(", ")) {
      states += Integer.parseInt(part.substring(0, part.indexOf(' ')));
    }
    assertThat(states).isEqualTo(rows);
    assertThat(Integer.parseInt(byState.group(2))).isEqualTo(rows);

    Matcher rollUp = find("Roll-up on 2016-06-30: the (\\d+) items, each under the top unit above its owner");
    assertThat(Integer.parseInt(rollUp.group(1))).isEqualTo(rows);
    int tops = 0;
    for (String line : lines) {
      Matcher top = Pattern.compile("^  \\S.*?\\s+(\\d+) items?, ").matcher(line);
      if (top.find()) {
        tops += Integer.parseInt(top.group(1));
      }
    }
    assertThat(tops).as("the top units' items").isEqualTo(rows);
    assertThat(printed).contains("Items whose owner has no place in the chart on the day: none");
    long overdueRows = lines.stream().filter(l -> l.matches("\\d   .*") && l.endsWith(" overdue")).count();
    assertThat(find("Overdue on 2016-06-30: (.*)").group(1).split("; ")).hasSize((int) overdueRows);
  }

  @Test
  void theReceptionTotalsAgreeWithTheRegisters() {
    long entries = lines.stream().filter(l -> l.matches(" {4}No\\. \\d+/2016, .*")).count();
    Matcher quarter = find("Quarter: (\\d+) sessions, (\\d+) matters by (\\d+) citizens .*; outcomes: (.*); refusals");
    assertThat(Integer.parseInt(quarter.group(2))).isEqualTo(entries).isEqualTo(6);
    int outcomes = 0;
    for (String part : quarter.group(4).split(", ")) {
      outcomes += Integer.parseInt(part.substring(0, part.indexOf(' ')));
    }
    assertThat(outcomes).isEqualTo(entries);
    Matcher posts = find("Roll-up on 2016-03-31 of the (\\d+) posts: (\\d+) under .*; (\\d+) under ");
    assertThat(Integer.parseInt(posts.group(2)) + Integer.parseInt(posts.group(3)))
        .isEqualTo(Integer.parseInt(posts.group(1)))
        .isEqualTo((int) lines.stream().filter(l -> l.matches("  \\S.* of \\S.*  +(no duty|met|short|pending).*")).count());
  }

  /** The office's follow-up as of 2016-03-01: done before the day, due after it, and the counts agree. */
  @Test
  void theFollowUpAsOfTheBriefingAgreesWithItsSteps() {
    Matcher all = find("  All (\\d+) steps: (\\d+) done, (\\d+) due");
    assertThat(Integer.parseInt(all.group(2)) + Integer.parseInt(all.group(3))).isEqualTo(Integer.parseInt(all.group(1)));
    Pattern step = Pattern.compile("  .* by (\\d{4}-\\d{2}-\\d{2}): (done on \\1|due, (\\d+) days left)");
    int done = 0;
    for (String line : lines) {
      Matcher m = step.matcher(line);
      if (!m.matches()) {
        continue;
      }
      LocalDate date = LocalDate.parse(m.group(1));
      if (m.group(3) == null) {
        done++;
        assertThat(date).isBefore(LocalDate.of(2016, 3, 1));
      } else {
        assertThat(date).isAfterOrEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(Integer.parseInt(m.group(3))).isEqualTo((int) ChronoUnit.DAYS.between(LocalDate.of(2016, 3, 1), date));
      }
    }
    assertThat(done).isEqualTo(Integer.parseInt(all.group(2))).isPositive();
    assertThat(printed).contains("Constituencies announced by 2016-03-03: due, 2 days left");
  }

  /** The illustrated constituency: the seats filled are the candidates printed as elected, and the roll-up's. */
  @Test
  void theConstituencysResultAgreesWithItsCandidates() {
    long elected = lines.stream().filter(l -> l.matches(" {4}.*: \\d+ of \\d+ valid ballots, elected .*")).count();
    Matcher filled = find("(\\d+) of (\\d+) seats filled: no top-up election required \\(Điều 79, khoản 2\\)");
    assertThat(Integer.parseInt(filled.group(1))).isEqualTo(elected).isEqualTo(4);
    Matcher rolled = find("Rolled up under Tỉnh ủy Hậu Giang: (\\d+) of (\\d+) seats filled; elected: (.*)");
    assertThat(rolled.group(1)).isEqualTo(filled.group(1));
    assertThat(rolled.group(2)).isEqualTo(filled.group(2));
    assertThat(rolled.group(3).split(", ")).hasSize((int) elected);
    assertThat(printed)
        .contains("an illustration: made-up candidates and figures")
        .contains("Voter lists posted by 2016-04-12");
  }

  private static Matcher find(String regex) {
    Matcher m = Pattern.compile(regex).matcher(printed);
    assertThat(m.find()).as("the example prints /%s/", regex).isTrue();
    return m;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
