package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.Arrival;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentForm;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.DocumentSystem;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.document.DocumentType;
import io.github.vanphong.document.Draft;
import io.github.vanphong.document.DraftCommand;
import io.github.vanphong.document.DraftEvent;
import io.github.vanphong.document.DraftId;
import io.github.vanphong.document.DraftIssued;
import io.github.vanphong.document.DraftRule;
import io.github.vanphong.document.DraftState;
import io.github.vanphong.document.FormatCheck;
import io.github.vanphong.document.FormatComponent;
import io.github.vanphong.document.FormatFinding;
import io.github.vanphong.document.FormatRule;
import io.github.vanphong.document.FormatRuleBook;
import io.github.vanphong.document.IncomingDocument;
import io.github.vanphong.document.IncomingRegister;
import io.github.vanphong.document.Issued;
import io.github.vanphong.document.Issuer;
import io.github.vanphong.document.NumberingPolicy;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.Received;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.document.RetentionPeriod;
import io.github.vanphong.document.RetentionRule;
import io.github.vanphong.document.RetentionSchedule;
import io.github.vanphong.document.Secrecy;
import io.github.vanphong.document.Voiding;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.DocumentArbitraries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.document}. */
class DocumentJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          Issued.class,
          "the outcome of OutgoingRegister.issue: the register after it, whose last entry is the entry made; the"
              + " register is stored (document)",
          Received.class,
          "the outcome of IncomingRegister.receive: the register after it, whose last arrival is the one made; the"
              + " register is stored (document)",
          DraftIssued.class,
          "the outcome of Draft.issue: the draft (its issue event carries the symbol) and the register's Issued;"
              + " both are stored in their own forms (document)");

  private static final PersonId DRAFTER = PersonId.of("HG-CV-01");
  private static final PersonId CHIEF = PersonId.of("HG-CVP");

  @Property(tries = 100)
  void talliesObeyTheLaws(@ForAll("entries") List<RegisterEntry> entries) {
    JsonLaws.assertLaws(entries.stream().collect(DocumentTally.collector()), DocumentTally.class);
  }

  @Property(tries = 100)
  void talliesReadBackKeepTheMergeLaw(
      @ForAll("entries") List<RegisterEntry> some, @ForAll("entries") List<RegisterEntry> others) {
    DocumentTally a = some.stream().collect(DocumentTally.collector());
    DocumentTally b = others.stream().collect(DocumentTally.collector());
    DocumentTally readA = JsonLaws.read(JsonLaws.write(a), DocumentTally.class);
    DocumentTally readB = JsonLaws.read(JsonLaws.write(b), DocumentTally.class);
    assertThat(readA.plus(readB)).isEqualTo(a.plus(b));
  }

  @Provide
  Arbitrary<List<RegisterEntry>> entries() {
    return DocumentArbitraries.registerEntries().list().ofMaxSize(12);
  }

  @Example
  void aTallyIsWrittenAsItsCountsByTypeAndMonth() {
    DocumentTally tally =
        DocumentTally.of(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3), 12, 1)
            .plus(DocumentTally.of(DocumentSystem.PARTY, "KH", YearMonth.of(2016, 3), 0, 2));
    assertThat(JsonLaws.write(tally))
        .isEqualTo(
            "{\"counts\":[{\"system\":\"party\",\"type\":\"BC\",\"month\":\"2016-03\",\"issued\":12,\"voided\":1},"
                + "{\"system\":\"party\",\"type\":\"KH\",\"month\":\"2016-03\",\"issued\":0,\"voided\":2}]}");
    JsonLaws.assertLaws(tally, DocumentTally.class);
  }

  @Example
  void aTallyListingATypeAndMonthTwiceIsRefused() {
    String count = "{\"system\":\"party\",\"type\":\"BC\",\"month\":\"2016-03\",\"issued\":1,\"voided\":0}";
    JsonLaws.assertRefusedAt("{\"counts\":[" + count + "," + count + "]}", DocumentTally.class, "$.counts[1]");
    JsonLaws.assertRefusedAt(
        "{\"counts\":[" + count.replace("\"issued\":1", "\"issued\":-1") + "]}", DocumentTally.class, "$");
  }

  @Property(tries = 20)
  void enumerationsObeyTheLaws(
      @ForAll DocumentSystem system,
      @ForAll Secrecy secrecy,
      @ForAll NumberingPolicy policy,
      @ForAll DraftState state,
      @ForAll DraftCommand command,
      @ForAll DraftRule rule,
      @ForAll FormatCheck check,
      @ForAll FormatComponent component) {
    JsonLaws.assertLaws(system, DocumentSystem.class);
    JsonLaws.assertLaws(secrecy, Secrecy.class);
    JsonLaws.assertLaws(policy, NumberingPolicy.class);
    JsonLaws.assertLaws(state, DraftState.class);
    JsonLaws.assertLaws(command, DraftCommand.class);
    JsonLaws.assertLaws(rule, DraftRule.class);
    JsonLaws.assertLaws(check, FormatCheck.class);
    JsonLaws.assertLaws(component, FormatComponent.class);
  }

  @Property(tries = 200)
  void symbolsObeyTheLaws(@ForAll DocumentSymbol symbol) {
    JsonLaws.assertLaws(symbol, DocumentSymbol.class);
  }

  @Property(tries = 100)
  void typesObeyTheLaws(@ForAll DocumentType type) {
    JsonLaws.assertLaws(type, DocumentType.class);
  }

  @Property(tries = 100)
  void issuersObeyTheLaws(@ForAll Issuer issuer) {
    JsonLaws.assertLaws(issuer, Issuer.class);
  }

  @Property(tries = 10)
  void codeBooksObeyTheLaws(@ForAll DocumentCodeBook book) {
    JsonLaws.assertRoundTrip(book, DocumentCodeBook.class);
  }

  @Example
  void theStandardCodeBookObeysTheLaws() {
    JsonLaws.assertLaws(DocumentCodeBook.standard(), DocumentCodeBook.class);
  }

  @Property(tries = 100)
  void voidingsObeyTheLaws(@ForAll Voiding voiding) {
    JsonLaws.assertLaws(voiding, Voiding.class);
  }

  @Property(tries = 100)
  void registerEntriesObeyTheLaws(@ForAll RegisterEntry entry) {
    JsonLaws.assertLaws(entry, RegisterEntry.class);
  }

  @Property(tries = 50)
  void outgoingRegistersObeyTheLaws(@ForAll OutgoingRegister register) {
    JsonLaws.assertLaws(register, OutgoingRegister.class);
  }

  @Property(tries = 100)
  void anOutgoingRegisterReadBackGivesTheSameNextNumbers(@ForAll OutgoingRegister register) {
    OutgoingRegister back = JsonLaws.assertRoundTrip(register, OutgoingRegister.class);
    for (RegisterEntry entry : register.entries()) {
      assertThat(back.nextNumber(entry.type())).isEqualTo(register.nextNumber(entry.type()));
      assertThat(back.sequence(entry.type())).isEqualTo(register.sequence(entry.type()));
    }
    assertThat(back.voided()).isEqualTo(register.voided());
  }

  @Property(tries = 100)
  void incomingDocumentsObeyTheLaws(@ForAll IncomingDocument document) {
    JsonLaws.assertLaws(document, IncomingDocument.class);
  }

  @Property(tries = 100)
  void arrivalsObeyTheLaws(@ForAll Arrival arrival) {
    JsonLaws.assertLaws(arrival, Arrival.class);
  }

  @Property(tries = 20)
  void incomingRegistersObeyTheLaws(@ForAll IncomingRegister register) {
    HistoryLaws.assertLaws(register, IncomingRegister.class, "arrivals");
  }

  @Property(tries = 50)
  void anIncomingRegisterReadBackGivesTheSameNumbersAndDeadlines(@ForAll IncomingRegister register) {
    IncomingRegister back = JsonLaws.assertRoundTrip(register, IncomingRegister.class);
    for (Arrival arrival : register.arrivals()) {
      assertThat(back.nextNumber(arrival.year())).isEqualTo(register.nextNumber(arrival.year()));
      assertThat(back.arrival(arrival.year(), arrival.number())).contains(arrival);
    }
  }

  @Example
  void anArrivalNumberedOutOfTurnIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(expectedIncomingRegister());
    ((ObjectNode) ((ArrayNode) tree.get("arrivals")).get(1)).put("number", 7);
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), IncomingRegister.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("at $.arrivals[1]: the library refuses this event of the register")
        .hasMessageContaining("would give arrival number 2");
  }

  @Example
  void theIncomingRegisterGoldenFileReads() {
    Golden.assertGolden("vanphong.incoming-register", 1, IncomingRegister.class, expectedIncomingRegister());
  }

  /** The provincial office's register of arrivals: a decree with no deadline, a report to answer in 10 days. */
  static IncomingRegister expectedIncomingRegister() {
    IncomingRegister register = IncomingRegister.of(UnitId.of("VPTU-HG"), WorkingCalendar.vietnam());
    register =
        register
            .receive(
                IncomingDocument.of(
                    "Chính phủ", DocumentSymbol.parse("30/2020/NĐ-CP"), "Về công tác văn thư"),
                LocalDate.of(2020, 3, 9))
            .register();
    return register
        .receive(
            IncomingDocument.builder()
                .sender("Huyện ủy Vị Xuyên")
                .summary("Báo cáo tình hình tháng 2")
                .secrecy(Secrecy.CONFIDENTIAL)
                .build(),
            LocalDate.of(2020, 3, 10),
            TimeLimit.workingDays(10, DraftCommand.DUTIES))
        .register();
  }

  @Property(tries = 100)
  void formsObeyTheLaws(@ForAll DocumentForm form) {
    JsonLaws.assertLaws(form, DocumentForm.class);
  }

  @Property(tries = 100)
  void formatRulesObeyTheLaws(@ForAll FormatRule rule) {
    JsonLaws.assertLaws(rule, FormatRule.class);
  }

  @Property(tries = 20)
  void formatRuleBooksObeyTheLaws(@ForAll FormatRuleBook book) {
    JsonLaws.assertRoundTrip(book, FormatRuleBook.class);
  }

  @Property(tries = 100)
  void formatFindingsObeyTheLaws(@ForAll FormatFinding finding) {
    JsonLaws.assertLaws(finding, FormatFinding.class);
  }

  @Property(tries = 100)
  void draftIdsObeyTheLaws(@ForAll DraftId id) {
    JsonLaws.assertLaws(id, DraftId.class);
  }

  @Property(tries = 100)
  void draftEventsObeyTheLaws(@ForAll DraftEvent event) {
    JsonLaws.assertLaws(event, DraftEvent.class);
  }

  @Property(tries = 30)
  void draftsObeyTheLaws(@ForAll Draft draft) {
    HistoryLaws.assertLaws(draft, Draft.class, "history");
  }

  @Property(tries = 100)
  void aDraftReadBackReplaysToTheSameState(@ForAll Draft draft) {
    Draft back = JsonLaws.assertRoundTrip(draft, Draft.class);
    assertThat(back.state()).isEqualTo(draft.state());
    assertThat(back.allowedCommands()).isEqualTo(draft.allowedCommands());
    assertThat(back.form()).isEqualTo(draft.form());
    assertThat(back.findings()).isEqualTo(draft.findings());
    assertThat(back.symbol()).isEqualTo(draft.symbol());
  }

  @Property(tries = 100)
  void retentionPeriodsObeyTheLaws(@ForAll RetentionPeriod period) {
    JsonLaws.assertLaws(period, RetentionPeriod.class);
  }

  @Property(tries = 100)
  void retentionRulesObeyTheLaws(@ForAll RetentionRule rule) {
    JsonLaws.assertLaws(rule, RetentionRule.class);
  }

  @Property(tries = 20)
  void retentionSchedulesObeyTheLaws(@ForAll RetentionSchedule schedule) {
    JsonLaws.assertRoundTrip(schedule, RetentionSchedule.class);
  }

  @Example
  void aRetentionPeriodIsPermanentOrWholeYears() {
    assertThat(JsonLaws.write(RetentionPeriod.permanent())).isEqualTo("\"permanent\"");
    assertThat(JsonLaws.write(RetentionPeriod.years(20))).isEqualTo("\"P20Y\"");
    JsonLaws.assertRefusedAt("\"P20Y6M\"", RetentionPeriod.class, "$");
    JsonLaws.assertRefusedAt("\"P0Y\"", RetentionPeriod.class, "$");
    JsonLaws.assertRefusedAt("\"forever\"", RetentionPeriod.class, "$");
  }

  @Example
  void aValueAtFaultOfAnUnknownKindIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(findingWithValues());
    ((ObjectNode) ((ArrayNode) tree.get("values")).get(0)).put("kind", "number");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), FormatFinding.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("at $.values[0].kind: unknown kind \"number\" of Object");
  }

  @Example
  void aRegisterWhoseEntryIsNotTheNextNumberIsRefused() {
    OutgoingRegister register = expectedRegister();
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(register);
    ((ObjectNode) ((ArrayNode) tree.get("entries")).get(1)).put("symbol", "05-TB/VPTU");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), OutgoingRegister.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("at $.entries[1]: the library refuses this event of the register")
        .hasMessageContaining("05-TB/VPTU");
  }

  @Example
  void aDraftWhoseHistoryTheWorkflowRefusesIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(expectedDraft());
    // Signing before appraisal: the second event (SUBMIT) becomes a SIGN.
    ((ObjectNode) ((ArrayNode) tree.get("history")).get(1)).put("command", "sign");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), Draft.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("at $.history[1]: the library refuses this event of the draft")
        .hasMessageContaining("cannot be replayed");
  }

  @Example
  void aDraftWithAnEmptyHistoryIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(expectedDraft());
    tree.putArray("history");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), Draft.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("at $: the library refuses this draft");
  }

  @Example
  void theOutgoingRegisterGoldenFileReads() {
    Golden.assertGolden("vanphong.outgoing-register", 1, OutgoingRegister.class, expectedRegister());
  }

  @Example
  void theDraftGoldenFileReads() {
    Golden.assertGolden("vanphong.draft", 1, Draft.class, expectedDraft());
  }

  /** A provincial office's register of a term: two reports, a notice, the second report voided. */
  static OutgoingRegister expectedRegister() {
    OutgoingRegister register =
        OutgoingRegister.forPartyTerm(
            DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
            Validity.between(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 9, 30)));
    register =
        register.issue(DocumentCodeBook.REPORT, LocalDate.of(2016, 3, 1), "Báo cáo tình hình tháng 2").register();
    register =
        register
            .issue(
                DocumentCodeBook.NOTICE,
                LocalDate.of(2016, 3, 2),
                "Thông báo kết luận giao ban",
                Secrecy.CONFIDENTIAL)
            .register();
    register =
        register.issue(DocumentCodeBook.REPORT, LocalDate.of(2016, 3, 4), "Báo cáo sơ kết quý I").register();
    return register.voidNumber(DocumentSymbol.parse("02-BC/VPTU"), LocalDate.of(2016, 3, 5), "trùng số");
  }

  /** A notice of the provincial office drafted, returned with its heading missing, revised and appraised. */
  static Draft expectedDraft() {
    DocumentForm good =
        DocumentForm.template(DocumentCodeBook.NOTICE, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)
            .place("Hà Giang")
            .summary("Kết luận của Thường trực Tỉnh ủy tại buổi giao ban tháng 3")
            .signingAuthority("T/L BAN THƯỜNG VỤ")
            .signerTitle("CHÁNH VĂN PHÒNG")
            .signerName("Nguyễn Văn An")
            .addRecipients("- Các huyện ủy, thành ủy,", "- Lưu Văn phòng Tỉnh ủy.")
            .build();
    DocumentForm faulty = DocumentForm.builder().from(good).heading("ĐẢNG CỘNG SẢN").build();
    Draft draft =
        Draft.start(
            DraftId.of("VPTU-DT-2016-017"),
            DocumentCodeBook.NOTICE,
            DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
            faulty,
            LocalDate.of(2016, 3, 1),
            DRAFTER);
    draft = draft.submit(LocalDate.of(2016, 3, 1), DRAFTER);
    draft = draft.returnWithFindings("sửa tiêu đề", LocalDate.of(2016, 3, 2), CHIEF);
    draft = draft.revise(good, LocalDate.of(2016, 3, 2), DRAFTER);
    draft = draft.submit(LocalDate.of(2016, 3, 3), DRAFTER);
    return draft.appraise(LocalDate.of(2016, 3, 3), CHIEF);
  }

  private static FormatFinding findingWithValues() {
    return expectedDraft().history().get(2).findings().get(0);
  }
}
