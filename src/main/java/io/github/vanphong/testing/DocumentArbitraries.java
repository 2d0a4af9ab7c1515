package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.DayCount;
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
import io.github.vanphong.document.FormatFinding;
import io.github.vanphong.document.FormatCheck;
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
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the documents: symbols of both systems, types and issuers, code tables, outgoing and
 * incoming registers built by issuing, voiding and receiving, their entries and outcomes, format forms and findings,
 * drafts walked through their commands, retention periods, rules and schedules, and tallies. For example {@code
 * DocumentArbitraries.outgoingRegisters()} gives registers under every numbering policy holding up to 30 entries,
 * some of them voided, every one of which the register accepted.
 *
 * <p>Codes are drawn from letters with and without diacritics ({@code Đ}, {@code Ư}, {@code Ủ}, …) and lower-case
 * letters, as {@code QĐi} has, so that the same symbol can be written in NFC and NFD. The same arbitraries back
 * {@link DocumentArbitraryProvider}, so a property can simply declare {@code @ForAll DocumentSymbol symbol}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class DocumentArbitraries {

  private static final String TYPE_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXYÂĂÊÔƠƯỦỈẾỘabiođy";
  private static final String ISSUER_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXYÂÊÔƠƯỦ";
  private static final String DIGITS = "0123456789";
  private static final LocalDate FIRST_DAY = WorkingCalendar.FIRST_DAY;
  private static final LocalDate LAST_DAY = GenericArbitraries.LAST_DAY;
  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  private static final LegalBasis OWN =
      LegalBasis.of(
          Instrument.builder()
              .name("Quy chế công tác văn thư 01-QC/TU (ví dụ)")
              .inForceFrom(FIRST_DAY)
              .confirmation(Confirmation.UNCONFIRMED)
              .build(),
          "Điều 3");

  private static final PersonId DRAFTER = PersonId.of("HG-CV-01");
  private static final PersonId CHIEF = PersonId.of("HG-CVP");
  private static final PersonId SIGNER = PersonId.of("HG-PBTTT");
  private static final PersonId CLERK = PersonId.of("HG-VT-01");

  private DocumentArbitraries() {}

  /**
   * Returns type codes: 1 to 5 letters, upper or lower case, with or without diacritics, in NFC.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> typeCodes() {
    return Arbitraries.strings().withChars(TYPE_LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(5);
  }

  /**
   * Returns issuer codes: one or two parts of a capital letter and up to 5 capitals or digits, joined by '-'.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> issuerCodes() {
    Arbitrary<String> part =
        Combinators.combine(
                Arbitraries.chars().with(ISSUER_LETTERS.toCharArray()),
                Arbitraries.strings().withChars((ISSUER_LETTERS + DIGITS).toCharArray()).ofMaxLength(5))
            .as((first, rest) -> first + rest);
    return part.list().ofMinSize(1).ofMaxSize(2).map(parts -> String.join("-", parts));
  }

  private static Arbitrary<Integer> numbers() {
    return Arbitraries.integers().between(1, DocumentSymbol.MAX_NUMBER);
  }

  /**
   * Returns Party symbols: numbers from 1 to {@link DocumentSymbol#MAX_NUMBER} with generated codes.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentSymbol> partySymbols() {
    return Combinators.combine(numbers(), typeCodes(), issuerCodes()).as(DocumentSymbol::party);
  }

  /**
   * Returns State symbols, half of them with a year from 1000 to 9999.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentSymbol> stateSymbols() {
    return Combinators.combine(
            numbers(),
            Arbitraries.integers().between(1000, 9999).map(Year::of).optional(0.5),
            typeCodes(),
            issuerCodes())
        .as(
            (number, year, type, issuer) ->
                year.map(y -> DocumentSymbol.state(number, y, type, issuer))
                    .orElseGet(() -> DocumentSymbol.state(number, type, issuer)));
  }

  /**
   * Returns symbols of both systems.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentSymbol> symbols() {
    return Arbitraries.oneOf(partySymbols(), stateSymbols());
  }

  /**
   * Returns document types of a system: the built-in ones, or types with generated codes.
   *
   * @param system the system, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentType> documentTypes(DocumentSystem system) {
    return Arbitraries.oneOf(
        Arbitraries.of(builtInTypes(system)),
        typeCodes().map(code -> DocumentType.of(system, code, "Loại " + code, "Type " + code, OWN)));
  }

  private static List<DocumentType> builtInTypes(DocumentSystem system) {
    List<DocumentType> builtIn = new ArrayList<>();
    DocumentCodeBook.standard().types().stream().filter(t -> t.system() == system).forEach(builtIn::add);
    return builtIn;
  }

  /**
   * Returns document types of both systems.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentType> documentTypes() {
    return Arbitraries.of(DocumentSystem.class).flatMap(DocumentArbitraries::documentTypes);
  }

  /**
   * Returns issuers of a system: the built-in ones, or issuers with generated codes.
   *
   * @param system the system, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Issuer> issuers(DocumentSystem system) {
    List<Issuer> builtIn = new ArrayList<>();
    DocumentCodeBook.standard().issuers().stream().filter(i -> i.system() == system).forEach(builtIn::add);
    return Arbitraries.oneOf(
        Arbitraries.of(builtIn),
        issuerCodes().map(code -> Issuer.of(system, code, "Cơ quan " + code, "Body " + code, OWN)));
  }

  /**
   * Returns issuers of both systems.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Issuer> issuers() {
    return Arbitraries.of(DocumentSystem.class).flatMap(DocumentArbitraries::issuers);
  }

  /**
   * Returns code tables: the standard one or an empty one, with up to 3 types and 3 issuers added.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentCodeBook> codeBooks() {
    return Combinators.combine(
            Arbitraries.of(DocumentCodeBook.standard(), DocumentCodeBook.of(List.of(), List.of())),
            documentTypes().list().ofMaxSize(3),
            issuers().list().ofMaxSize(3))
        .as(
            (book, types, issuers) -> {
              DocumentCodeBook result = book;
              for (DocumentType type : types) {
                result = result.with(type);
              }
              for (Issuer issuer : issuers) {
                result = result.with(issuer);
              }
              return result;
            });
  }

  private static Arbitrary<LocalDate> days() {
    return GenericArbitraries.days(FIRST_DAY, LAST_DAY);
  }

  private static Arbitrary<Validity> covers(NumberingPolicy policy) {
    return switch (policy) {
      case PARTY_TERM -> Combinators.combine(days(), Arbitraries.integers().between(30, 2000).optional(0.5))
            .as((start, length) -> length.map(n -> Validity.between(start, start.plusDays(n)))
                .orElse(Validity.from(start)));
      case PARTY_CONGRESS -> Combinators.combine(days(), Arbitraries.integers().between(0, 4))
            .as((start, length) -> Validity.between(start, start.plusDays(length)));
      default -> Arbitraries.integers().between(FIRST_DAY.getYear(), LAST_DAY.getYear())
            .map(y -> Validity.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    };
  }

  /** One step of a generated register: issue or void, which type or entry, how many days later, what secrecy. */
  private static final class Step {
    final boolean voids;
    final int index;
    final int daysLater;
    final Secrecy secrecy;

    Step(boolean voids, int index, int daysLater, Secrecy secrecy) {
      this.voids = voids;
      this.index = index;
      this.daysLater = daysLater;
      this.secrecy = secrecy;
    }
  }

  private static Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(Secrecy.class))
        .as((kind, index, days, secrecy) -> new Step(kind < 15, index, days, secrecy));
  }

  /**
   * Returns outgoing registers under every numbering policy.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<OutgoingRegister> outgoingRegisters() {
    return Arbitraries.of(NumberingPolicy.class).flatMap(DocumentArbitraries::outgoingRegisters);
  }

  /**
   * Returns outgoing registers under a policy: an issuer of its system, a term, congress or year, and up to 30
   * documents of up to 4 types issued on days that never go back, about one in seven steps voiding a number given
   * before.
   *
   * @param policy the numbering policy, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<OutgoingRegister> outgoingRegisters(NumberingPolicy policy) {
    return Combinators.combine(
            issuers(policy.system()),
            covers(policy),
            documentTypes(policy.system()).list().ofMinSize(1).ofMaxSize(4),
            steps().list().ofMaxSize(30))
        .as((issuer, covers, types, steps) -> play(OutgoingRegister.of(issuer, policy, covers), types, steps));
  }

  private static OutgoingRegister play(OutgoingRegister empty, List<DocumentType> types, List<Step> steps) {
    OutgoingRegister register = empty;
    LocalDate day = empty.covers().start();
    for (Step step : steps) {
      day = day.plusDays(step.daysLater);
      if (!empty.covers().contains(day)) {
        break;
      }
      ImmutableList<RegisterEntry> entries = register.entries();
      if (step.voids && !entries.isEmpty()) {
        RegisterEntry entry = entries.get(step.index % entries.size());
        if (!entry.isVoid()) {
          register = register.voidNumber(entry.symbol(), day, "hủy số: ban hành nhầm");
        }
      } else {
        DocumentType type = types.get(step.index % types.size());
        register = register.issue(type, day, "Trích yếu số " + (entries.size() + 1), step.secrecy).register();
      }
    }
    return register;
  }

  private static LocalDate lastDay(OutgoingRegister register) {
    ImmutableList<RegisterEntry> entries = register.entries();
    return entries.isEmpty() ? register.covers().start() : entries.get(entries.size() - 1).issuedOn();
  }

  /**
   * Returns the outcomes of issuing one more document from a generated register, on the day of its last issue.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Issued> issued() {
    return Arbitraries.of(NumberingPolicy.class)
        .flatMap(
            policy ->
                Combinators.combine(
                        outgoingRegisters(policy), documentTypes(policy.system()), Arbitraries.of(Secrecy.class))
                    .as((register, type, secrecy) -> register.issue(type, lastDay(register), "Trích yếu", secrecy)));
  }

  /**
   * Returns register entries of both systems: numbers from 1 to 500, issued from 2000 to 2030, a quarter of them
   * voided up to 30 days after issue. Each is an entry a register could have made; for entries of one register, take
   * {@link #outgoingRegisters()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RegisterEntry> registerEntries() {
    return Combinators.combine(
            Arbitraries.of(DocumentSystem.class),
            Arbitraries.integers().between(0, 1000),
            typeCodes(),
            issuerCodes(),
            Arbitraries.integers().between(1, 500),
            days(),
            Arbitraries.of(Secrecy.class),
            Arbitraries.integers().between(0, 30).optional(0.25))
        .as(
            (system, pick, code, issuer, number, day, secrecy, voidedAfter) -> {
              List<DocumentType> builtIn = builtInTypes(system);
              DocumentType type =
                  pick % 2 == 0
                      ? builtIn.get(pick % builtIn.size())
                      : DocumentType.of(system, code, "Loại " + code, "Type " + code, OWN);
              return RegisterEntry.builder()
                  .symbol(
                      system == DocumentSystem.PARTY
                          ? DocumentSymbol.party(number, type.code(), issuer)
                          : DocumentSymbol.state(number, type.code(), issuer))
                  .type(type)
                  .issuedOn(day)
                  .summary("Trích yếu số " + number)
                  .secrecy(secrecy)
                  .voiding(voidedAfter.map(n -> Voiding.of(day.plusDays(n), "ban hành nhầm")))
                  .build();
            });
  }

  /**
   * Returns voidings on days from 2000 to 2030, with one of a few reasons.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Voiding> voidings() {
    return Combinators.combine(days(), Arbitraries.of("ban hành nhầm", "trùng số", "sai thể thức"))
        .as(Voiding::of);
  }

  /**
   * Returns incoming documents from a few senders, most with a symbol, some with a secrecy mark.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<IncomingDocument> incomingDocuments() {
    return Combinators.combine(
            Arbitraries.of("Văn phòng Tỉnh ủy Cao Bằng", "Ủy ban nhân dân tỉnh", "Ban Tổ chức Trung ương", "Công dân"),
            symbols().optional(0.8),
            Arbitraries.of("V/v báo cáo công tác văn phòng", "Kế hoạch tổ chức giao ban", "Đơn kiến nghị"),
            Arbitraries.of(Secrecy.class))
        .as(
            (sender, symbol, summary, secrecy) ->
                IncomingDocument.builder().sender(sender).symbol(symbol).summary(summary).secrecy(secrecy).build());
  }

  private static Arbitrary<TimeLimit> processingLimits() {
    return Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.of(DayCount.class))
        .as((days, count) -> count == DayCount.WORKING_DAYS ? TimeLimit.workingDays(days, OWN)
            : TimeLimit.calendarDays(days, OWN));
  }

  /** One arrival of a generated incoming register. */
  private static final class Arriving {
    final IncomingDocument document;
    final int daysLater;
    final Optional<TimeLimit> limit;

    Arriving(IncomingDocument document, int daysLater, Optional<TimeLimit> limit) {
      this.document = document;
      this.daysLater = daysLater;
      this.limit = limit;
    }
  }

  /**
   * Returns incoming registers of up to 20 arrivals, received from 2000 to 2030 on days that never go back and often
   * cross a new year, half of them with a processing deadline.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<IncomingRegister> incomingRegisters() {
    Arbitrary<Arriving> arriving =
        Combinators.combine(incomingDocuments(), Arbitraries.integers().between(0, 60), processingLimits().optional(0.5))
            .as(Arriving::new);
    return Combinators.combine(Arbitraries.of(UnitId.of("HG-VPTU"), UnitId.of("CT-VPTU")), days(),
            arriving.list().ofMaxSize(20))
        .as(
            (receiver, start, arrivals) -> {
              IncomingRegister register = IncomingRegister.of(receiver, VIETNAM);
              LocalDate day = start;
              for (Arriving a : arrivals) {
                day = day.plusDays(a.daysLater);
                register = receive(register, a.document, day, a.limit).register();
              }
              return register;
            });
  }

  private static Received receive(
      IncomingRegister register, IncomingDocument document, LocalDate day, Optional<TimeLimit> limit) {
    return limit.isPresent() ? register.receive(document, day, limit.get()) : register.receive(document, day);
  }

  /**
   * Returns the outcomes of receiving one more document in a generated register, on the day of its last arrival or
   * up to 40 days later.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Received> received() {
    return Combinators.combine(
            incomingRegisters(), incomingDocuments(), Arbitraries.integers().between(0, 40),
            processingLimits().optional(0.5))
        .as(
            (register, document, later, limit) -> {
              ImmutableList<Arrival> arrivals = register.arrivals();
              LocalDate day =
                  arrivals.isEmpty() ? LocalDate.of(2026, 2, 13) : arrivals.get(arrivals.size() - 1).receivedOn();
              return receive(register, document, day.plusDays(later), limit);
            });
  }

  /**
   * Returns arrivals, from generated registers.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Arrival> arrivals() {
    return received().map(Received::arrival);
  }

  private static DocumentForm form(DocumentType type, Issuer issuer, int defects) {
    DocumentForm.Builder form =
        DocumentForm.template(type, issuer)
            .place("Vị Thanh")
            .summary("Trích yếu nội dung")
            .signerTitle("CHÁNH VĂN PHÒNG")
            .signerName("Nguyễn Văn A")
            .addRecipients("Thường trực Tỉnh ủy", "Lưu Văn phòng");
    if ((defects & 1) != 0) {
      form.heading("Đảng Cộng sản Việt Nam");
    }
    if ((defects & 2) != 0) {
      form.issuingBody("");
    }
    if ((defects & 4) != 0) {
      form.superiorBody("Tỉnh ủy Hậu Giang");
    }
    if ((defects & 8) != 0) {
      form.symbolLine("Số: -" + type.code() + "/" + issuer.code());
    }
    if ((defects & 16) != 0) {
      form.symbolLine("Số 12-" + type.code() + "/" + issuer.code());
    }
    if ((defects & 32) != 0) {
      form.place(" ");
    }
    if ((defects & 64) != 0) {
      form.typeName("VĂN BẢN");
    }
    if ((defects & 128) != 0) {
      form.summary("");
    }
    if ((defects & 256) != 0) {
      form.signerName("");
    }
    if ((defects & 512) != 0) {
      form.recipients(List.of());
    }
    return form.build();
  }

  private static Arbitrary<Integer> defects() {
    return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 1023));
  }

  /**
   * Returns forms of Party documents: about half pass every format rule, the others carry some of ten defects
   * (heading, issuing body, superior body, colon, number written, place, type name, summary, signer, recipients).
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentForm> documentForms() {
    return Combinators.combine(documentTypes(DocumentSystem.PARTY), issuers(DocumentSystem.PARTY), defects())
        .as(DocumentArbitraries::form);
  }

  /**
   * Returns format findings, from forms with at least a wrong heading, checked by the built-in rules on days from
   * 2006 to 2030, under Hướng dẫn 11-HD/VPTW or 36-HD/VPTW.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FormatFinding> formatFindings() {
    return Combinators.combine(
            documentTypes(DocumentSystem.PARTY),
            issuers(DocumentSystem.PARTY),
            Arbitraries.integers().between(0, 1023),
            days())
        .flatAs(
            (type, issuer, defects, day) ->
                Arbitraries.of(
                    FormatRuleBook.standard().check(form(type, issuer, defects | 1), type, issuer, day)));
  }

  /**
   * Returns format rules: those of {@link FormatRuleBook#standard()}, under Hướng dẫn 36-HD/VPTW and 11-HD/VPTW, and
   * rules of an application's own quy chế making any {@link FormatCheck}, in force from 2006 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FormatRule> formatRules() {
    return Arbitraries.oneOf(
        Arbitraries.of(FormatRuleBook.standard().rules()),
        Combinators.combine(Arbitraries.of(FormatCheck.class), days())
            .as(
                (check, from) ->
                    FormatRule.of(
                        check.name() + "_QUY_CHE",
                        check,
                        LegalBasis.of(Instrument.of("Quy chế công tác văn thư của Tỉnh ủy", from), "Điều 9"))));
  }

  /**
   * Returns format rule books: the built-in one, with up to three of its rules taken out, and with or without an
   * application's own rule.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FormatRuleBook> formatRuleBooks() {
    return Combinators.combine(
            Arbitraries.of(FormatRuleBook.standard().rules()).map(FormatRule::name).set().ofMaxSize(3),
            formatRules().optional(0.5))
        .as(
            (removed, own) -> {
              FormatRuleBook book = FormatRuleBook.standard();
              for (String name : removed) {
                book = book.without(name);
              }
              return own.map(book::with).orElse(book);
            });
  }

  /**
   * Returns draft identifiers from a pool of a hundred, {@code D-0} to {@code D-99}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DraftId> draftIds() {
    return Arbitraries.integers().between(0, 99).map(i -> DraftId.of("D-" + i));
  }

  /**
   * Returns the rules of the drafting workflow, every one of {@link DraftRule}; as for every enum, jqwik also
   * provides them by type, {@code @ForAll DraftRule rule}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DraftRule> draftRules() {
    return Arbitraries.of(DraftRule.class);
  }

  /**
   * Returns drafts of Party documents walked through up to 12 commands, each allowed by the draft it was given to:
   * a draft with format findings is returned rather than appraised, a revision mostly writes a good form, and an
   * issue takes its number from a register of the issuer's term.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Draft> drafts() {
    return Combinators.combine(
            draftIds(),
            documentTypes(DocumentSystem.PARTY),
            issuers(DocumentSystem.PARTY),
            defects(),
            days(),
            Arbitraries.integers().between(0, 1000).list().ofMaxSize(12))
        .as(DocumentArbitraries::walk);
  }

  private static Draft walk(
      DraftId id, DocumentType type, Issuer issuer, int defects, LocalDate start, List<Integer> choices) {
    Draft draft = Draft.start(id, type, issuer, form(type, issuer, defects), start, DRAFTER);
    LocalDate day = start;
    for (int choice : choices) {
      List<DraftCommand> allowed = new ArrayList<>(draft.allowedCommands());
      if (allowed.isEmpty()) {
        break;
      }
      day = day.plusDays(choice % 3);
      draft = step(draft, allowed.get(choice % allowed.size()), choice, day, start);
    }
    return draft;
  }

  private static Draft step(Draft draft, DraftCommand command, int choice, LocalDate day, LocalDate start) {
    return switch (command) {
      case SUBMIT -> draft.submit(day, DRAFTER);
      case RETURN -> draft.returnWithFindings(
            draft.findings().isEmpty() || choice % 2 == 0 ? "bổ sung nội dung" : "", day, CHIEF);
      case REVISE -> draft.revise(
            form(draft.type(), draft.issuer(), choice % 4 == 0 ? choice % 1024 : 0), day, DRAFTER);
      case APPRAISE -> draft.appraise(day, CHIEF);
      case SIGN -> draft.sign(day, SIGNER);
      default -> draft.issue(OutgoingRegister.forPartyTerm(draft.issuer(), Validity.from(start)), day, CLERK)
            .draft();
    };
  }

  /**
   * Returns the events of generated drafts.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DraftEvent> draftEvents() {
    return drafts().flatMap(draft -> Arbitraries.of(draft.history()));
  }

  /**
   * Returns the outcomes of issuing generated drafts that reached signature, from a register of the issuer's term
   * that may already hold other documents.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DraftIssued> draftsIssued() {
    return Combinators.combine(
            draftIds(),
            documentTypes(DocumentSystem.PARTY),
            issuers(DocumentSystem.PARTY),
            days(),
            Arbitraries.integers().between(0, 3).list().ofSize(4),
            Arbitraries.integers().between(0, 5))
        .as(
            (id, type, issuer, start, gaps, earlier) -> {
              LocalDate day = start;
              Draft draft = Draft.start(id, type, issuer, form(type, issuer, 0), day, DRAFTER);
              day = day.plusDays(gaps.get(0));
              draft = draft.submit(day, DRAFTER);
              day = day.plusDays(gaps.get(1));
              draft = draft.appraise(day, CHIEF);
              day = day.plusDays(gaps.get(2));
              draft = draft.sign(day, SIGNER);
              OutgoingRegister register = OutgoingRegister.forPartyTerm(issuer, Validity.from(start));
              for (int i = 0; i < earlier; i++) {
                register = register.issue(type, start, "Văn bản trước " + (i + 1)).register();
              }
              return draft.issue(register, day.plusDays(gaps.get(3)), CLERK);
            });
  }

  /**
   * Returns retention periods: permanent, one of the two-level scheme's years, or 1 to 100 years.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RetentionPeriod> retentionPeriods() {
    return Arbitraries.oneOf(
        Arbitraries.just(RetentionPeriod.permanent()),
        Arbitraries.of(1, 5, 10, 15).map(RetentionPeriod::years),
        Arbitraries.integers().between(1, RetentionPeriod.MAX_YEARS).map(RetentionPeriod::years));
  }

  /**
   * Returns retention rules of a few document groups.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RetentionRule> retentionRules() {
    return Combinators.combine(
            Arbitraries.of(
                "Nghị quyết, chỉ thị, quyết định của Tỉnh ủy",
                "Báo cáo tổng kết năm",
                "Công văn trao đổi công việc",
                "Sổ đăng ký văn bản đi",
                "Giấy mời họp"),
            retentionPeriods(),
            Arbitraries.of(OWN, RetentionSchedule.HD_35))
        .as(RetentionRule::of);
  }

  /**
   * Returns retention schedules of up to 8 rules.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RetentionSchedule> retentionSchedules() {
    return retentionRules().list().ofMaxSize(8).map(RetentionSchedule::of);
  }

  /**
   * Returns tallies of up to 10 generated register entries.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DocumentTally> tallies() {
    return registerEntries().list().ofMaxSize(10).map(l -> l.stream().collect(DocumentTally.collector()));
  }
}
