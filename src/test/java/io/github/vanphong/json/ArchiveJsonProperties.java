package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.document.ArchiveFile;
import io.github.vanphong.document.ArchiveFileCommand;
import io.github.vanphong.document.ArchiveFileEvent;
import io.github.vanphong.document.ArchiveFileId;
import io.github.vanphong.document.ArchiveFileState;
import io.github.vanphong.document.ArchiveRegister;
import io.github.vanphong.document.ArchiveRule;
import io.github.vanphong.document.ArchiveSummary;
import io.github.vanphong.document.ArchiveViolation;
import io.github.vanphong.document.HandOverRule;
import io.github.vanphong.document.HandOverRuleBook;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the archive of {@code io.github.vanphong.document}. */
class ArchiveJsonProperties {
  /** The public types of the archive without a JSON form: none. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 100)
  void identifiersObeyTheLaws(@ForAll ArchiveFileId id) {
    JsonLaws.assertLaws(id, ArchiveFileId.class);
  }

  @Property(tries = 100)
  void eventsObeyTheLaws(@ForAll ArchiveFileEvent event) {
    JsonLaws.assertLaws(event, ArchiveFileEvent.class);
  }

  @Property(tries = 100)
  void filesObeyTheLaws(@ForAll ArchiveFile file) {
    JsonLaws.assertLaws(file, ArchiveFile.class);
  }

  @Property(tries = 100)
  void handOverRulesObeyTheLaws(@ForAll HandOverRule rule) {
    JsonLaws.assertLaws(rule, HandOverRule.class);
  }

  @Property(tries = 50)
  void handOverRuleBooksRoundTrip(@ForAll HandOverRuleBook book) {
    JsonLaws.assertRoundTrip(book, HandOverRuleBook.class);
  }

  @Property(tries = 100)
  void findingsObeyTheLaws(@ForAll ArchiveViolation finding) {
    JsonLaws.assertLaws(finding, ArchiveViolation.class);
  }

  @Property(tries = 30)
  void registersRoundTrip(@ForAll ArchiveRegister register) {
    JsonLaws.assertRoundTrip(register, ArchiveRegister.class);
  }

  @Property(tries = 100)
  void summariesRoundTrip(@ForAll ArchiveSummary summary) {
    JsonLaws.assertRoundTrip(summary, ArchiveSummary.class);
  }

  @Example
  void enumerationsAreWrittenAsTheirCodes() {
    assertThat(JsonLaws.write(ArchiveFileState.HANDED_OVER)).isEqualTo("\"handed-over\"");
    assertThat(JsonLaws.write(ArchiveFileCommand.APPROVE_DISPOSAL)).isEqualTo("\"approve-disposal\"");
    assertThat(JsonLaws.write(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL))
        .isEqualTo("\"destruction-only-after-approval\"");
    assertThat(JsonLaws.write(ArchiveSummary.of(LocalDate.of(2027, 3, 31), Map.of(ArchiveFileState.DESTROYED, 3))))
        .isEqualTo("{\"asOf\":\"2027-03-31\",\"counts\":[{\"state\":\"destroyed\",\"files\":3}]}");
    assertThat(JsonLaws.write(ArchiveSummary.empty())).isEqualTo("{\"counts\":[]}");
  }

  @Example
  void badValuesAreRefusedAtTheirPath() {
    String opened = "{\"command\":\"open\",\"on\":\"2016-03-01\",\"by\":\"HG-VT-01\"}";
    String head =
        "{\"format\":\"vanphong.archive-file\",\"version\":1,\"id\":\"VPTU-HS-2016-07\",\"title\":\"Hồ sơ\","
            + "\"group\":\"Công văn\",\"period\":\"P10Y\",\"history\":[";
    JsonLaws.assertRefusedAt(
        head
            + opened
            + ",{\"command\":\"close\",\"on\":\"2016-12-30\",\"by\":\"HG-VT-01\"}"
            + ",{\"command\":\"hand-over\",\"on\":\"2017-01-05\",\"by\":\"HG-VT-01\"}"
            + ",{\"command\":\"destroy\",\"on\":\"2030-01-05\",\"by\":\"HG-LT-01\"}]}",
        ArchiveFile.class,
        "$.history[3]");
    JsonLaws.assertRefusedAt(
        "{\"command\":\"add-document\",\"on\":\"2016-03-01\",\"by\":\"HG-VT-01\"}", ArchiveFileEvent.class, "$");
    JsonLaws.assertRefusedAt(
        "{\"command\":\"close\",\"on\":\"2016-03-01\",\"by\":\"HG-VT-01\",\"document\":\"12-BC/VPTU\"}",
        ArchiveFileEvent.class,
        "$");
    JsonLaws.assertRefusedAt("{\"counts\":[{\"state\":\"open\",\"files\":1}]}", ArchiveSummary.class, "$");
    JsonLaws.assertRefusedAt("{\"asOf\":\"2027-03-31\",\"counts\":[]}", ArchiveSummary.class, "$");
    JsonLaws.assertRefusedAt(
        "{\"asOf\":\"2027-03-31\",\"counts\":[{\"state\":\"open\",\"files\":1},{\"state\":\"open\",\"files\":2}]}",
        ArchiveSummary.class,
        "$.counts[1]");
    JsonLaws.assertRefusedAt(
        "{\"system\":\"state\",\"within\":\"P0D\",\"basis\":" + JsonLaws.write(HandOverRule.STATE_WITHIN_ONE_YEAR.basis()) + "}",
        HandOverRule.class,
        "$");
  }
}
