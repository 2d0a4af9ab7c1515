package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.ArchiveFile;
import io.github.vanphong.document.ArchiveFileCommand;
import io.github.vanphong.document.ArchiveFileEvent;
import io.github.vanphong.document.ArchiveFileId;
import io.github.vanphong.document.ArchiveFileState;
import io.github.vanphong.document.ArchiveRegister;
import io.github.vanphong.document.ArchiveRule;
import io.github.vanphong.document.ArchiveSummary;
import io.github.vanphong.document.ArchiveViolation;
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
import io.github.vanphong.document.DraftRule;
import io.github.vanphong.document.DraftState;
import io.github.vanphong.document.FormatCheck;
import io.github.vanphong.document.FormatComponent;
import io.github.vanphong.document.FormatFinding;
import io.github.vanphong.document.FormatRule;
import io.github.vanphong.document.FormatRuleBook;
import io.github.vanphong.document.HandOverRule;
import io.github.vanphong.document.HandOverRuleBook;
import io.github.vanphong.document.IncomingDocument;
import io.github.vanphong.document.IncomingRegister;
import io.github.vanphong.document.Issuer;
import io.github.vanphong.document.NumberingPolicy;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.document.RetentionPeriod;
import io.github.vanphong.document.RetentionRule;
import io.github.vanphong.document.RetentionSchedule;
import io.github.vanphong.document.Secrecy;
import io.github.vanphong.document.Voiding;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of the types of {@code io.github.vanphong.document}: document symbols, registers, drafts and format
 * findings.
 */
final class DocumentCodecs {
  private DocumentCodecs() {}

  static final EnumCodec<DocumentSystem> DOCUMENT_SYSTEM =
      Codecs.codes(DocumentSystem.class)
          .code(DocumentSystem.PARTY, "party")
          .code(DocumentSystem.STATE, "state")
          .build();

  static final EnumCodec<Secrecy> SECRECY =
      Codecs.codes(Secrecy.class)
          .code(Secrecy.NONE, "none")
          .code(Secrecy.CONFIDENTIAL, "confidential")
          .code(Secrecy.SECRET, "secret")
          .code(Secrecy.TOP_SECRET, "top-secret")
          .build();

  static final EnumCodec<NumberingPolicy> NUMBERING_POLICY =
      Codecs.codes(NumberingPolicy.class)
          .code(NumberingPolicy.PARTY_TERM, "party-term")
          .code(NumberingPolicy.PARTY_CONGRESS, "party-congress")
          .code(NumberingPolicy.STATE_YEAR, "state-year")
          .code(NumberingPolicy.STATE_YEAR_PER_TYPE, "state-year-per-type")
          .build();

  static final EnumCodec<DraftState> DRAFT_STATE =
      Codecs.codes(DraftState.class)
          .code(DraftState.DRAFTED, "drafted")
          .code(DraftState.SUBMITTED, "submitted")
          .code(DraftState.RETURNED, "returned")
          .code(DraftState.REVISED, "revised")
          .code(DraftState.APPRAISED, "appraised")
          .code(DraftState.SIGNED, "signed")
          .code(DraftState.ISSUED, "issued")
          .build();

  static final EnumCodec<DraftCommand> DRAFT_COMMAND =
      Codecs.codes(DraftCommand.class)
          .code(DraftCommand.START, "start")
          .code(DraftCommand.SUBMIT, "submit")
          .code(DraftCommand.RETURN, "return")
          .code(DraftCommand.REVISE, "revise")
          .code(DraftCommand.APPRAISE, "appraise")
          .code(DraftCommand.SIGN, "sign")
          .code(DraftCommand.ISSUE, "issue")
          .build();

  static final EnumCodec<DraftRule> DRAFT_RULE =
      Codecs.codes(DraftRule.class)
          .code(DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS, "appraise-only-without-findings")
          .build();

  static final EnumCodec<FormatCheck> FORMAT_CHECK =
      Codecs.codes(FormatCheck.class)
          .code(FormatCheck.HEADING_TEXT, "heading-text")
          .code(FormatCheck.ISSUING_BODY_NAMED, "issuing-body-named")
          .code(FormatCheck.ISSUING_BODY_IN_CAPITALS, "issuing-body-in-capitals")
          .code(FormatCheck.SYMBOL_LINE_FORM, "symbol-line-form")
          .code(FormatCheck.NUMBER_LEFT_BLANK, "number-left-blank")
          .code(FormatCheck.SYMBOL_NAMES_TYPE, "symbol-names-type")
          .code(FormatCheck.SYMBOL_NAMES_ISSUER, "symbol-names-issuer")
          .code(FormatCheck.PLACE_NAMED, "place-named")
          .code(FormatCheck.TYPE_NAME_SHOWN, "type-name-shown")
          .code(FormatCheck.SUMMARY_GIVEN, "summary-given")
          .code(FormatCheck.SIGNER_TITLE_GIVEN, "signer-title-given")
          .code(FormatCheck.SIGNER_NAMED, "signer-named")
          .code(FormatCheck.RECIPIENTS_LISTED, "recipients-listed")
          .build();

  static final EnumCodec<FormatComponent> FORMAT_COMPONENT =
      Codecs.codes(FormatComponent.class)
          .code(FormatComponent.HEADING, "heading")
          .code(FormatComponent.ISSUING_BODY, "issuing-body")
          .code(FormatComponent.NUMBER_AND_SYMBOL, "number-and-symbol")
          .code(FormatComponent.PLACE_AND_DATE, "place-and-date")
          .code(FormatComponent.TYPE_AND_SUMMARY, "type-and-summary")
          .code(FormatComponent.CONTENT, "content")
          .code(FormatComponent.SIGNATURE, "signature")
          .code(FormatComponent.SEAL, "seal")
          .code(FormatComponent.RECIPIENTS, "recipients")
          .build();

  /** A number and symbol, as its canonical text ({@code "12-BC/VPTU"}, {@code "05/2016/NĐ-CP"}). */
  static final Codec<DocumentSymbol> DOCUMENT_SYMBOL =
      Codecs.text(
          DocumentSymbol.class,
          "a number and symbol such as 12-BC/VPTU",
          DocumentSymbol::toString,
          DocumentSymbol::parse);

  /**
   * A document type in full: an application's code book may add or rename types, so a type is not looked up by its
   * code on read.
   */
  static final Codec<DocumentType> DOCUMENT_TYPE =
      Codecs.object(
          DocumentType.class,
          (out, t) ->
              out.put("system", DOCUMENT_SYSTEM, t.system())
                  .text("code", t.code())
                  .text("vietnameseName", t.vietnameseName())
                  .text("englishName", t.englishName())
                  .put("basis", LawCodecs.LEGAL_BASIS, t.basis()),
          in ->
              DocumentType.of(
                  in.get("system", DOCUMENT_SYSTEM),
                  in.text("code"),
                  in.text("vietnameseName"),
                  in.text("englishName"),
                  in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** An issuing body in full, for the same reason as a document type. */
  static final Codec<Issuer> ISSUER =
      Codecs.object(
          Issuer.class,
          (out, i) ->
              out.put("system", DOCUMENT_SYSTEM, i.system())
                  .text("code", i.code())
                  .text("vietnameseName", i.vietnameseName())
                  .text("englishName", i.englishName())
                  .put("basis", LawCodecs.LEGAL_BASIS, i.basis()),
          in ->
              Issuer.of(
                  in.get("system", DOCUMENT_SYSTEM),
                  in.text("code"),
                  in.text("vietnameseName"),
                  in.text("englishName"),
                  in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A code book: its types and issuers in full, in the book's order. */
  static final Codec<DocumentCodeBook> DOCUMENT_CODE_BOOK =
      Codecs.object(
          DocumentCodeBook.class,
          (out, b) -> out.list("types", DOCUMENT_TYPE, b.types()).list("issuers", ISSUER, b.issuers()),
          in -> DocumentCodeBook.of(in.list("types", DOCUMENT_TYPE), in.list("issuers", ISSUER)));

  static final Codec<Voiding> VOIDING =
      Codecs.object(
          Voiding.class,
          (out, v) -> out.put("on", Codecs.DATE, v.on()).text("reason", v.reason()),
          in -> Voiding.of(in.get("on", Codecs.DATE), in.text("reason")));

  static final Codec<RegisterEntry> REGISTER_ENTRY =
      Codecs.object(
          RegisterEntry.class,
          (out, e) ->
              out.put("symbol", DOCUMENT_SYMBOL, e.symbol())
                  .put("type", DOCUMENT_TYPE, e.type())
                  .put("issuedOn", Codecs.DATE, e.issuedOn())
                  .text("summary", e.summary())
                  .put("secrecy", SECRECY, e.secrecy())
                  .optional("voiding", VOIDING, e.voiding()),
          in ->
              RegisterEntry.builder()
                  .symbol(in.get("symbol", DOCUMENT_SYMBOL))
                  .type(in.get("type", DOCUMENT_TYPE))
                  .issuedOn(in.get("issuedOn", Codecs.DATE))
                  .summary(in.text("summary"))
                  .secrecy(in.get("secrecy", SECRECY))
                  .voiding(in.optional("voiding", VOIDING))
                  .build());

  /**
   * An outgoing register as what it was opened with (issuer, policy, the days it covers) and its entries in the
   * order given; read back by {@link OutgoingRegister#restore}, which numbers each entry again and refuses one the
   * register would not have given.
   */
  static final Codec<OutgoingRegister> OUTGOING_REGISTER =
      Codecs.document(
          OutgoingRegister.class,
          "vanphong.outgoing-register",
          1,
          (out, r) ->
              out.put("issuer", ISSUER, r.issuer())
                  .put("policy", NUMBERING_POLICY, r.policy())
                  .put("covers", LawCodecs.VALIDITY, r.covers())
                  .list("entries", REGISTER_ENTRY, r.entries()),
          DocumentCodecs::outgoingRegister);

  private static OutgoingRegister outgoingRegister(In in) {
    Issuer issuer = in.get("issuer", ISSUER);
    NumberingPolicy policy = in.get("policy", NUMBERING_POLICY);
    Validity covers = in.get("covers", LawCodecs.VALIDITY);
    ImmutableList<RegisterEntry> entries = in.list("entries", REGISTER_ENTRY);
    try {
      OutgoingRegister.of(issuer, policy, covers);
    } catch (IllegalArgumentException e) {
      String field = issuer.system() == policy.system() ? "covers" : "policy";
      throw new ReadError(in.pathOf(field), "the library refuses this register: " + e.getMessage(), e);
    }
    return Histories.replay(
        in,
        "entries",
        entries.size(),
        n -> OutgoingRegister.restore(issuer, policy, covers, entries.subList(0, n)),
        "register");
  }

  static final Codec<IncomingDocument> INCOMING_DOCUMENT =
      Codecs.object(
          IncomingDocument.class,
          (out, d) ->
              out.text("sender", d.sender())
                  .optional("symbol", DOCUMENT_SYMBOL, d.symbol())
                  .text("summary", d.summary())
                  .put("secrecy", SECRECY, d.secrecy()),
          in ->
              IncomingDocument.builder()
                  .sender(in.text("sender"))
                  .symbol(in.optional("symbol", DOCUMENT_SYMBOL))
                  .summary(in.text("summary"))
                  .secrecy(in.get("secrecy", SECRECY))
                  .build());

  /** An arrival: its number in the year, the day received, the document, and its processing deadline if set. */
  static final Codec<Arrival> ARRIVAL =
      Codecs.object(
          Arrival.class,
          (out, a) ->
              out.integer("number", a.number())
                  .put("receivedOn", Codecs.DATE, a.receivedOn())
                  .put("document", INCOMING_DOCUMENT, a.document())
                  .optional("deadline", CalendarCodecs.DEADLINE, a.deadline()),
          in ->
              Arrival.builder()
                  .number(in.integer("number"))
                  .receivedOn(in.get("receivedOn", Codecs.DATE))
                  .document(in.get("document", INCOMING_DOCUMENT))
                  .deadline(in.optional("deadline", CalendarCodecs.DEADLINE))
                  .build());

  /**
   * An incoming register as what it was opened with (the receiving unit and the calendar that counts its deadlines)
   * and its arrivals in order; read back by {@link IncomingRegister#restore}, which numbers each arrival again and
   * counts its deadline again on the register's calendar.
   */
  static final Codec<IncomingRegister> INCOMING_REGISTER =
      Codecs.document(
          IncomingRegister.class,
          "vanphong.incoming-register",
          1,
          (out, r) ->
              out.put("receiver", OrganizationCodecs.UNIT_ID, r.receiver())
                  .put("calendar", CalendarCodecs.WORKING_CALENDAR, r.calendar())
                  .list("arrivals", ARRIVAL, r.arrivals()),
          DocumentCodecs::incomingRegister);

  private static IncomingRegister incomingRegister(In in) {
    UnitId receiver = in.get("receiver", OrganizationCodecs.UNIT_ID);
    WorkingCalendar calendar = in.get("calendar", CalendarCodecs.WORKING_CALENDAR);
    ImmutableList<Arrival> arrivals = in.list("arrivals", ARRIVAL);
    return Histories.replay(
        in,
        "arrivals",
        arrivals.size(),
        n -> IncomingRegister.restore(receiver, calendar, arrivals.subList(0, n)),
        "register");
  }

  /** The components of a document's form as the draft writes them, each text as written. */
  static final Codec<DocumentForm> DOCUMENT_FORM =
      Codecs.object(
          DocumentForm.class,
          (out, f) ->
              out.text("heading", f.heading())
                  .optional("superiorBody", Codecs.TEXT, f.superiorBody())
                  .text("issuingBody", f.issuingBody())
                  .text("symbolLine", f.symbolLine())
                  .text("place", f.place())
                  .optional("date", Codecs.DATE, f.date())
                  .optional("typeName", Codecs.TEXT, f.typeName())
                  .text("summary", f.summary())
                  .optional("signingAuthority", Codecs.TEXT, f.signingAuthority())
                  .text("signerTitle", f.signerTitle())
                  .text("signerName", f.signerName())
                  .list("recipients", Codecs.TEXT, f.recipients())
                  .put("secrecy", SECRECY, f.secrecy()),
          in ->
              DocumentForm.builder()
                  .heading(in.text("heading"))
                  .superiorBody(in.optional("superiorBody", Codecs.TEXT))
                  .issuingBody(in.text("issuingBody"))
                  .symbolLine(in.text("symbolLine"))
                  .place(in.text("place"))
                  .date(in.optional("date", Codecs.DATE))
                  .typeName(in.optional("typeName", Codecs.TEXT))
                  .summary(in.text("summary"))
                  .signingAuthority(in.optional("signingAuthority", Codecs.TEXT))
                  .signerTitle(in.text("signerTitle"))
                  .signerName(in.text("signerName"))
                  .addAllRecipients(in.list("recipients", Codecs.TEXT))
                  .secrecy(in.get("secrecy", SECRECY))
                  .build());

  /** A format rule in full: its name, the check it makes and its basis (an application may add its own). */
  static final Codec<FormatRule> FORMAT_RULE =
      Codecs.object(
          FormatRule.class,
          (out, r) ->
              out.text("name", r.name())
                  .put("check", FORMAT_CHECK, r.formatCheck())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis()),
          in ->
              FormatRule.of(
                  in.text("name"), in.get("check", FORMAT_CHECK), in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A rule book: its rules in full, in order. */
  static final Codec<FormatRuleBook> FORMAT_RULE_BOOK =
      Codecs.object(
          FormatRuleBook.class,
          (out, b) -> out.list("rules", FORMAT_RULE, b.rules()),
          in -> FormatRuleBook.of(in.list("rules", FORMAT_RULE)));

  /**
   * A value at fault named by a finding: a text, a list of texts (the recipients), a document type or an issuer,
   * told apart by {@code "kind"}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // a list at fault is always a list of texts
  static final Codec<Object> VALUE_AT_FAULT =
      Codecs.union(Object.class, "kind")
          .variant("text", String.class, (out, s) -> out.text("text", s), in -> in.text("text"))
          .variant(
              "texts",
              List.class,
              (out, l) -> out.list("texts", Codecs.TEXT, (List<String>) l),
              in -> in.list("texts", Codecs.TEXT))
          .variant(
              "document-type",
              DocumentType.class,
              (out, t) -> out.put("type", DOCUMENT_TYPE, t),
              in -> in.get("type", DOCUMENT_TYPE))
          .variant("issuer", Issuer.class, (out, i) -> out.put("issuer", ISSUER, i), in -> in.get("issuer", ISSUER))
          .build();

  /** A finding: the rule broken in full, the facts, and the values at fault. */
  static final Codec<FormatFinding> FORMAT_FINDING =
      Codecs.object(
          FormatFinding.class,
          (out, f) ->
              out.put("rule", FORMAT_RULE, f.rule())
                  .text("message", f.message())
                  .list("values", VALUE_AT_FAULT, f.values()),
          in ->
              FormatFinding.of(
                  in.get("rule", FORMAT_RULE), in.text("message"), in.list("values", VALUE_AT_FAULT)));

  static final Codec<DraftId> DRAFT_ID = Codecs.text(DraftId.class, "a draft identifier", DraftId::value, DraftId::of);

  static final Codec<DraftEvent> DRAFT_EVENT =
      Codecs.object(
          DraftEvent.class,
          (out, e) ->
              out.put("command", DRAFT_COMMAND, e.command())
                  .put("on", Codecs.DATE, e.on())
                  .put("by", OrganizationCodecs.PERSON_ID, e.by())
                  .optional("form", DOCUMENT_FORM, e.form())
                  .list("findings", FORMAT_FINDING, e.findings())
                  .optional("note", Codecs.TEXT, e.note())
                  .optional("symbol", DOCUMENT_SYMBOL, e.symbol()),
          in ->
              DraftEvent.builder()
                  .command(in.get("command", DRAFT_COMMAND))
                  .on(in.get("on", Codecs.DATE))
                  .by(in.get("by", OrganizationCodecs.PERSON_ID))
                  .form(in.optional("form", DOCUMENT_FORM))
                  .addAllFindings(in.list("findings", FORMAT_FINDING))
                  .note(in.optional("note", Codecs.TEXT))
                  .symbol(in.optional("symbol", DOCUMENT_SYMBOL))
                  .build());

  /**
   * A draft as what it was started with (its identifier, type, issuer and the format rules it is checked against,
   * all in full) and its events; read back by {@link Draft#replay}, so that a kept history the workflow would refuse
   * is refused.
   */
  static final Codec<Draft> DRAFT =
      Codecs.document(
          Draft.class,
          "vanphong.draft",
          1,
          (out, d) ->
              out.put("id", DRAFT_ID, d.id())
                  .put("type", DOCUMENT_TYPE, d.type())
                  .put("issuer", ISSUER, d.issuer())
                  .put("rules", FORMAT_RULE_BOOK, d.rules())
                  .list("history", DRAFT_EVENT, d.history()),
          DocumentCodecs::draft);

  private static Draft draft(In in) {
    DraftId id = in.get("id", DRAFT_ID);
    DocumentType type = in.get("type", DOCUMENT_TYPE);
    Issuer issuer = in.get("issuer", ISSUER);
    FormatRuleBook rules = in.get("rules", FORMAT_RULE_BOOK);
    ImmutableList<DraftEvent> history = in.list("history", DRAFT_EVENT);
    return Histories.replay(
        in, "history", history.size(), n -> Draft.replay(id, type, issuer, rules, history.subList(0, n)), "draft");
  }

  /** A retention period: {@code "permanent"}, or a number of years as an ISO-8601 period ({@code "P20Y"}). */
  static final Codec<RetentionPeriod> RETENTION_PERIOD =
      Codecs.text(
          RetentionPeriod.class,
          "\"permanent\" or a number of years such as P20Y",
          p -> p.isPermanent() ? "permanent" : Period.ofYears(p.years().getAsInt()).toString(),
          DocumentCodecs::retentionPeriod);

  private static RetentionPeriod retentionPeriod(String text) {
    if (text.equals("permanent")) {
      return RetentionPeriod.permanent();
    }
    Period period = Period.parse(text);
    if (period.getMonths() != 0 || period.getDays() != 0 || !text.endsWith("Y")) {
      throw new IllegalArgumentException("a retention period is a whole number of years: " + text);
    }
    return RetentionPeriod.years(period.getYears());
  }

  static final Codec<RetentionRule> RETENTION_RULE =
      Codecs.object(
          RetentionRule.class,
          (out, r) ->
              out.text("group", r.group())
                  .put("period", RETENTION_PERIOD, r.period())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis()),
          in ->
              RetentionRule.of(
                  in.text("group"), in.get("period", RETENTION_PERIOD), in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A retention schedule: its rules in full, in order. */
  static final Codec<RetentionSchedule> RETENTION_SCHEDULE =
      Codecs.object(
          RetentionSchedule.class,
          (out, s) -> out.list("rules", RETENTION_RULE, s.rules()),
          in -> RetentionSchedule.of(in.list("rules", RETENTION_RULE)));

  /**
   * The counts of one type of document in one month: {@code {"system": "party", "type": "BC", "month": "2016-03",
   * "issued": 12, "voided": 1}}.
   */
  private record TypeMonthCount(DocumentSystem system, String type, YearMonth month, int issued, int voided) {
    /** The type and month counted, as a message names them: "party BC 2016-03". */
    String key() {
      return DOCUMENT_SYSTEM.code(system) + " " + type + " " + month;
    }
  }

  private static final Codec<TypeMonthCount> TYPE_MONTH_COUNT =
      Codecs.object(
          TypeMonthCount.class,
          (out, c) ->
              out.put("system", DOCUMENT_SYSTEM, c.system())
                  .text("type", c.type())
                  .put("month", Codecs.MONTH, c.month())
                  .integer("issued", c.issued())
                  .integer("voided", c.voided()),
          in ->
              new TypeMonthCount(
                  in.get("system", DOCUMENT_SYSTEM),
                  in.text("type"),
                  in.get("month", Codecs.MONTH),
                  in.integer("issued"),
                  in.integer("voided")));

  /**
   * The counts of a tally, one entry for each type and month with a document issued or voided, in the order of
   * systems, type codes and months: {@code {"counts": [TypeMonthCount]}}. Reading adds the tallies of the entries
   * ({@link DocumentTally#of(DocumentSystem, String, YearMonth, int, int) DocumentTally.of}); a type and month listed twice is
   * refused.
   */
  static final Codec<DocumentTally> DOCUMENT_TALLY =
      Codecs.object(
          DocumentTally.class,
          (out, t) -> out.list("counts", TYPE_MONTH_COUNT, counts(t)),
          in ->
              in.keyed("counts", TYPE_MONTH_COUNT, TypeMonthCount::key).values().stream()
                  .map(c -> DocumentTally.of(c.system(), c.type(), c.month(), c.issued(), c.voided()))
                  .reduce(DocumentTally.empty(), DocumentTally::plus));

  private static ImmutableList<TypeMonthCount> counts(DocumentTally tally) {
    ImmutableList.Builder<TypeMonthCount> counts = ImmutableList.builder();
    for (DocumentSystem system : DocumentSystem.values()) {
      Map<String, ImmutableSortedMap<YearMonth, Integer>> issued = tally.byTypeAndMonth(system);
      Map<String, ImmutableSortedMap<YearMonth, Integer>> voided = tally.voidedByTypeAndMonth(system);
      for (String type : ImmutableSortedSet.copyOf(Sets.union(issued.keySet(), voided.keySet()))) {
        Map<YearMonth, Integer> issuedOfType = issued.getOrDefault(type, ImmutableSortedMap.of());
        Map<YearMonth, Integer> voidedOfType = voided.getOrDefault(type, ImmutableSortedMap.of());
        for (YearMonth month : ImmutableSortedSet.copyOf(Sets.union(issuedOfType.keySet(), voidedOfType.keySet()))) {
          counts.add(
              new TypeMonthCount(
                  system, type, month, issuedOfType.getOrDefault(month, 0), voidedOfType.getOrDefault(month, 0)));
        }
      }
    }
    return counts.build();
  }

  // ---- the archive: files, hand-over, disposal ------------------------------------------------------------------

  static final EnumCodec<ArchiveFileState> ARCHIVE_FILE_STATE =
      Codecs.codes(ArchiveFileState.class)
          .code(ArchiveFileState.OPEN, "open")
          .code(ArchiveFileState.CLOSED, "closed")
          .code(ArchiveFileState.HANDED_OVER, "handed-over")
          .code(ArchiveFileState.PROPOSED_FOR_DISPOSAL, "proposed-for-disposal")
          .code(ArchiveFileState.DISPOSAL_APPROVED, "disposal-approved")
          .code(ArchiveFileState.DESTROYED, "destroyed")
          .code(ArchiveFileState.TRANSFERRED, "transferred")
          .build();

  static final EnumCodec<ArchiveFileCommand> ARCHIVE_FILE_COMMAND =
      Codecs.codes(ArchiveFileCommand.class)
          .code(ArchiveFileCommand.OPEN, "open")
          .code(ArchiveFileCommand.ADD_DOCUMENT, "add-document")
          .code(ArchiveFileCommand.CLOSE, "close")
          .code(ArchiveFileCommand.HAND_OVER, "hand-over")
          .code(ArchiveFileCommand.TRANSFER, "transfer")
          .code(ArchiveFileCommand.PROPOSE_DISPOSAL, "propose-disposal")
          .code(ArchiveFileCommand.APPROVE_DISPOSAL, "approve-disposal")
          .code(ArchiveFileCommand.DESTROY, "destroy")
          .build();

  static final EnumCodec<ArchiveRule> ARCHIVE_RULE =
      Codecs.codes(ArchiveRule.class)
          .code(ArchiveRule.HAND_OVER_ONLY_CLOSED, "hand-over-only-closed")
          .code(ArchiveRule.DISPOSAL_ONLY_AFTER_RETENTION, "disposal-only-after-retention")
          .code(ArchiveRule.NO_DISPOSAL_OF_PERMANENT_FILES, "no-disposal-of-permanent-files")
          .code(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL, "destruction-only-after-approval")
          .code(ArchiveRule.TRANSFER_ONLY_PERMANENT_FILES, "transfer-only-permanent-files")
          .build();

  static final Codec<ArchiveFileId> ARCHIVE_FILE_ID =
      Codecs.text(ArchiveFileId.class, "a file identifier", ArchiveFileId::value, ArchiveFileId::of);

  /** An event of a file: {@code {"command": "add-document", "on": "2016-03-02", "by": "HG-VT-01", "document": "12-BC/VPTU"}}. */
  static final Codec<ArchiveFileEvent> ARCHIVE_FILE_EVENT =
      Codecs.object(
          ArchiveFileEvent.class,
          (out, e) ->
              out.put("command", ARCHIVE_FILE_COMMAND, e.command())
                  .put("on", Codecs.DATE, e.on())
                  .put("by", OrganizationCodecs.PERSON_ID, e.by())
                  .optional("document", DOCUMENT_SYMBOL, e.document()),
          DocumentCodecs::archiveFileEvent);

  private static ArchiveFileEvent archiveFileEvent(In in) {
    ArchiveFileCommand command = in.get("command", ARCHIVE_FILE_COMMAND);
    LocalDate on = in.get("on", Codecs.DATE);
    PersonId by = in.get("by", OrganizationCodecs.PERSON_ID);
    Optional<DocumentSymbol> document = in.optional("document", DOCUMENT_SYMBOL);
    if (command == ArchiveFileCommand.ADD_DOCUMENT) {
      return ArchiveFileEvent.adding(
          document.orElseThrow(() -> new IllegalArgumentException(command + " carries the document added")), on, by);
    }
    if (document.isPresent()) {
      throw new IllegalArgumentException(command + " carries no document");
    }
    return ArchiveFileEvent.of(command, on, by);
  }

  /**
   * A file as what it was opened with (its identifier, title, retention group and period) and its events; read back
   * by {@link ArchiveFile#replay}, so that a kept history the workflow would refuse is refused.
   */
  static final Codec<ArchiveFile> ARCHIVE_FILE =
      Codecs.document(
          ArchiveFile.class,
          "vanphong.archive-file",
          1,
          (out, f) ->
              out.put("id", ARCHIVE_FILE_ID, f.id())
                  .text("title", f.title())
                  .text("group", f.group())
                  .put("period", RETENTION_PERIOD, f.period())
                  .list("history", ARCHIVE_FILE_EVENT, f.history()),
          DocumentCodecs::archiveFile);

  private static ArchiveFile archiveFile(In in) {
    ArchiveFileId id = in.get("id", ARCHIVE_FILE_ID);
    String title = in.text("title");
    String group = in.text("group");
    RetentionPeriod period = in.get("period", RETENTION_PERIOD);
    ImmutableList<ArchiveFileEvent> history = in.list("history", ARCHIVE_FILE_EVENT);
    return Histories.replay(
        in, "history", history.size(), n -> ArchiveFile.replay(id, title, group, period, history.subList(0, n)), "file");
  }

  /** A hand-over rule: {@code {"system": "state", "within": "P1Y", "basis": LegalBasis}}. */
  static final Codec<HandOverRule> HAND_OVER_RULE =
      Codecs.object(
          HandOverRule.class,
          (out, r) ->
              out.put("system", DOCUMENT_SYSTEM, r.system())
                  .put("within", Codecs.PERIOD, r.within())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis()),
          in ->
              HandOverRule.of(
                  in.get("system", DOCUMENT_SYSTEM), in.get("within", Codecs.PERIOD), in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A hand-over rule book: its rules in full, in order. */
  static final Codec<HandOverRuleBook> HAND_OVER_RULE_BOOK =
      Codecs.object(
          HandOverRuleBook.class,
          (out, b) -> out.list("rules", HAND_OVER_RULE, b.rules()),
          in -> HandOverRuleBook.of(in.list("rules", HAND_OVER_RULE)));

  /** A file overdue for hand-over: its rule in full, the file, the day it was closed and the day of the check. */
  static final Codec<ArchiveViolation> ARCHIVE_VIOLATION =
      Codecs.object(
          ArchiveViolation.class,
          (out, v) ->
              out.put("rule", HAND_OVER_RULE, v.rule())
                  .put("file", ARCHIVE_FILE_ID, v.file())
                  .put("closedOn", Codecs.DATE, v.closedOn())
                  .put("asOf", Codecs.DATE, v.asOf()),
          in ->
              ArchiveViolation.of(
                  in.get("rule", HAND_OVER_RULE),
                  in.get("file", ARCHIVE_FILE_ID),
                  in.get("closedOn", Codecs.DATE),
                  in.get("asOf", Codecs.DATE)));

  /** An archive's register: its files in full, in the order of their identifiers; a file listed twice is refused. */
  static final Codec<ArchiveRegister> ARCHIVE_REGISTER =
      Codecs.object(
          ArchiveRegister.class,
          (out, r) -> out.list("files", ARCHIVE_FILE, r.files()),
          in -> ArchiveRegister.of(in.keyed("files", ARCHIVE_FILE, ArchiveFile::id).values()));

  /** The files of one state in a summary: {@code {"state": "handed-over", "files": 40}}. */
  private record StateCount(ArchiveFileState state, int files) {}

  private static final Codec<StateCount> STATE_COUNT =
      Codecs.object(
          StateCount.class,
          (out, c) -> out.put("state", ARCHIVE_FILE_STATE, c.state()).integer("files", c.files()),
          in -> new StateCount(in.get("state", ARCHIVE_FILE_STATE), in.integer("files")));

  /**
   * A summary of files by state: {@code {"asOf": "2027-03-31", "counts": [StateCount]}}, the day left out for the
   * empty summary; a state listed twice is refused.
   */
  static final Codec<ArchiveSummary> ARCHIVE_SUMMARY =
      Codecs.object(
          ArchiveSummary.class,
          (out, s) ->
              out.optional("asOf", Codecs.DATE, s.asOf())
                  .list(
                      "counts",
                      STATE_COUNT,
                      s.byState().entrySet().stream()
                          .map(e -> new StateCount(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList())),
          DocumentCodecs::archiveSummary);

  private static ArchiveSummary archiveSummary(In in) {
    Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
    Map<ArchiveFileState, Integer> counts = new EnumMap<>(ArchiveFileState.class);
    in.keyed("counts", STATE_COUNT, StateCount::state).forEach((state, c) -> counts.put(state, c.files()));
    if (asOf.isEmpty()) {
      if (counts.values().stream().anyMatch(n -> n != 0)) {
        throw new IllegalArgumentException("a summary that counts files holds on a day: asOf is missing");
      }
      return ArchiveSummary.empty();
    }
    ArchiveSummary summary = ArchiveSummary.of(asOf.get(), counts);
    if (summary.asOf().isEmpty()) {
      throw new IllegalArgumentException("a summary of no file has no day: asOf " + asOf.get() + " is given");
    }
    return summary;
  }

  // ---- end of the archive ---------------------------------------------------------------------------------------

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        DOCUMENT_SYSTEM,
        SECRECY,
        NUMBERING_POLICY,
        DRAFT_STATE,
        DRAFT_COMMAND,
        DRAFT_RULE,
        FORMAT_CHECK,
        FORMAT_COMPONENT,
        DOCUMENT_SYMBOL,
        DOCUMENT_TYPE,
        ISSUER,
        DOCUMENT_CODE_BOOK,
        VOIDING,
        REGISTER_ENTRY,
        OUTGOING_REGISTER,
        INCOMING_DOCUMENT,
        ARRIVAL,
        INCOMING_REGISTER,
        DOCUMENT_FORM,
        FORMAT_RULE,
        FORMAT_RULE_BOOK,
        FORMAT_FINDING,
        DRAFT_ID,
        DRAFT_EVENT,
        DRAFT,
        RETENTION_PERIOD,
        RETENTION_RULE,
        RETENTION_SCHEDULE,
        DOCUMENT_TALLY,
        // the archive
        ARCHIVE_FILE_STATE,
        ARCHIVE_FILE_COMMAND,
        ARCHIVE_RULE,
        ARCHIVE_FILE_ID,
        ARCHIVE_FILE_EVENT,
        ARCHIVE_FILE,
        HAND_OVER_RULE,
        HAND_OVER_RULE_BOOK,
        ARCHIVE_VIOLATION,
        ARCHIVE_REGISTER,
        ARCHIVE_SUMMARY);
  }
}
