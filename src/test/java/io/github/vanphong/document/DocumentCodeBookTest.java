package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.logging.CapturedLog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentCodeBookTest {

  private static final DocumentCodeBook BOOK = DocumentCodeBook.standard();

  @Test
  void theSymbolsOfTheIssueAreDescribed() {
    assertThat(BOOK.typeOf(DocumentSymbol.parse("12-BC/VPTU"))).contains(DocumentCodeBook.REPORT);
    assertThat(BOOK.issuerOf(DocumentSymbol.parse("12-BC/VPTU"))).contains(DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("1400-CV/VPTU"))).contains(DocumentCodeBook.OFFICIAL_LETTER);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("11-QĐi/TW"))).contains(DocumentCodeBook.REGULATION);
    assertThat(BOOK.issuerOf(DocumentSymbol.parse("11-QĐi/TW"))).contains(DocumentCodeBook.CENTRAL_COMMITTEE);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("147-CTHĐ/TU"))).contains(DocumentCodeBook.ACTION_PROGRAMME);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("30/2020/NĐ-CP"))).contains(DocumentCodeBook.STATE_DECREE);
    assertThat(BOOK.issuerOf(DocumentSymbol.parse("30/2020/NĐ-CP"))).contains(DocumentCodeBook.GOVERNMENT);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("12/BC-UBND"))).contains(DocumentCodeBook.STATE_REPORT);
  }

  @Test
  void thePartyQuyDinhIsQdiAndTheStateQuyDinhIsQyd() {
    assertThat(BOOK.type(DocumentSystem.PARTY, "QĐi")).contains(DocumentCodeBook.REGULATION);
    assertThat(BOOK.type(DocumentSystem.STATE, "QyĐ")).contains(DocumentCodeBook.STATE_REGULATION);
    assertThat(BOOK.type(DocumentSystem.STATE, "QĐi")).isEmpty();
    assertThat(BOOK.type(DocumentSystem.PARTY, "QyĐ")).isEmpty();
    assertThat(DocumentCodeBook.REGULATION.vietnameseName()).isEqualTo(DocumentCodeBook.STATE_REGULATION.vietnameseName());
    assertThat(BOOK.type(DocumentSystem.PARTY, "TT")).contains(DocumentCodeBook.CIRCULAR);
    assertThat(BOOK.type(DocumentSystem.STATE, "TT")).contains(DocumentCodeBook.STATE_CIRCULAR);
  }

  @Test
  void codesSeenInOfficialSymbolsAreReportedAndRecalledOnesUnconfirmed() {
    for (DocumentType seen :
        List.of(DocumentCodeBook.REPORT, DocumentCodeBook.OFFICIAL_LETTER, DocumentCodeBook.REGULATION,
            DocumentCodeBook.ACTION_PROGRAMME, DocumentCodeBook.STATE_REGULATION, DocumentCodeBook.STATE_DECREE)) {
      assertThat(seen.basis().confirmation()).as("%s", seen).isEqualTo(Confirmation.REPORTED);
    }
    for (DocumentType recalled :
        List.of(DocumentCodeBook.CIRCULAR, DocumentCodeBook.SUBMISSION, DocumentCodeBook.INVITATION,
            DocumentCodeBook.STATE_REPORT)) {
      assertThat(recalled.basis().confirmation()).as("%s", recalled).isEqualTo(Confirmation.UNCONFIRMED);
    }
    assertThat(DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(DocumentCodeBook.DISTRICT_COMMITTEE.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(DocumentCodeBook.PEOPLES_COMMITTEE.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(DocumentCodeBook.GOVERNMENT.basis().instrument().name()).isEqualTo("Nghị định 30/2020/NĐ-CP");
    assertThat(DocumentCodeBook.PRIME_MINISTER.basis().inForceFrom()).isEqualTo(LocalDate.of(1999, 10, 2));
    assertThat(DocumentCodeBook.GOVERNMENT_INSPECTORATE.basis().inForceFrom()).isEqualTo(LocalDate.of(2021, 11, 15));
    assertThat(DocumentCodeBook.GOVERNMENT.basis().inForceFrom()).isEqualTo(LocalDate.of(2020, 3, 5));
  }

  @Test
  void everyStandardCodeIsUniqueInItsSystemAndReadsInASymbol() {
    Set<String> types = new HashSet<>();
    for (DocumentType type : BOOK.types()) {
      assertThat(types.add(type.system() + type.code())).as("%s", type).isTrue();
      assertThat(BOOK.type(type.system(), type.code())).contains(type);
      assertThat(DocumentSymbol.parse("01-" + type.code() + "/TU").typeCode()).isEqualTo(type.code());
    }
    Set<String> issuers = new HashSet<>();
    for (Issuer issuer : BOOK.issuers()) {
      assertThat(issuers.add(issuer.system() + issuer.code())).as("%s", issuer).isTrue();
      assertThat(BOOK.issuer(issuer.system(), issuer.code())).contains(issuer);
    }
    assertThat(BOOK.types()).hasSize(42);
    assertThat(BOOK.issuers()).hasSize(22);
  }

  @Test
  void anApplicationsCodeTakesThePlaceOfTheBuiltInOne() {
    LegalBasis quyChe =
        LegalBasis.builder().instrument(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1))).article("Điều 3")
            .confirmation(Confirmation.VERIFIED).build();
    DocumentType ownReport = DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", quyChe);
    Issuer district = Issuer.of(DocumentSystem.PARTY, "HU", "Huyện ủy", "District Party Committee", quyChe);
    DocumentCodeBook own = BOOK.with(ownReport).with(district);
    assertThat(own.type(DocumentSystem.PARTY, "BC")).contains(ownReport);
    assertThat(own.issuer(DocumentSystem.PARTY, "HU")).contains(district);
    assertThat(own.types()).hasSize(BOOK.types().size() + 1);
    assertThat(BOOK.type(DocumentSystem.PARTY, "BC")).contains(DocumentCodeBook.REPORT);
    assertThat(own).isNotEqualTo(BOOK);
    DocumentType newType = DocumentType.of(DocumentSystem.PARTY, "XYZ", "Loại mới", "New type", quyChe);
    assertThat(BOOK.with(newType).type(DocumentSystem.PARTY, "XYZ")).contains(newType);
    Issuer newIssuer = Issuer.of(DocumentSystem.STATE, "UBND-VP", "Văn phòng UBND", "Office of the People's Committee", quyChe);
    assertThat(BOOK.with(newIssuer).issuer(DocumentSystem.STATE, "UBND-VP")).contains(newIssuer);
  }

  @Test
  void aTableOfItsOwnKnowsOnlyItsEntries() {
    DocumentCodeBook small = DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of());
    assertThat(small.typeOf(DocumentSymbol.parse("12-BC/VPTU"))).contains(DocumentCodeBook.REPORT);
    assertThat(small.issuerOf(DocumentSymbol.parse("12-BC/VPTU"))).isEmpty();
    assertThat(small.typeOf(DocumentSymbol.parse("12-KH/VPTU"))).isEmpty();
    assertThat(small).hasToString("DocumentCodeBook[1 types, 0 issuers]");
    assertThat(small).isEqualTo(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of()));
    assertThat(small.hashCode()).isEqualTo(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of()).hashCode());
    assertThat(small).isNotEqualTo(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of(DocumentCodeBook.GOVERNMENT)));
    assertThat(small).isNotEqualTo(DocumentCodeBook.of(List.of(), List.of()));
    assertThat(small).isNotEqualTo("DocumentCodeBook");
  }

  @Test
  void codesAreFoundInNfd() {
    String nfd = Normalizer.normalize("CTHĐ", Normalizer.Form.NFD);
    assertThat(BOOK.type(DocumentSystem.PARTY, nfd)).contains(DocumentCodeBook.ACTION_PROGRAMME);
    LegalBasis basis = LegalBasis.of(Instrument.of("Quy chế", LocalDate.of(2020, 1, 1)), "Điều 1");
    DocumentType type = DocumentType.of(DocumentSystem.PARTY, Normalizer.normalize("BÁO", Normalizer.Form.NFD),
        Normalizer.normalize("Báo", Normalizer.Form.NFD), "Bao", basis);
    assertThat(type.code()).isEqualTo("BÁO");
    assertThat(type.vietnameseName()).isEqualTo("Báo");
    assertThat(BOOK.with(type).type(DocumentSystem.PARTY, "BÁO")).contains(type);
  }

  @Test
  void aReplacementIsLoggedAtDebugAndAnAdditionIsNot() {
    LegalBasis quyChe = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 3");
    DocumentType ownReport = DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", quyChe);
    assertThat(CapturedLog.during(() -> BOOK.with(ownReport))).contains("DEBUG").contains("document type " + ownReport
        + " replaces " + DocumentCodeBook.REPORT);
    assertThat(CapturedLog.during(() -> BOOK.with(DocumentType.of(DocumentSystem.PARTY, "XYZ", "Mới", "New", quyChe))))
        .isEmpty();
    Issuer ownOffice = Issuer.of(DocumentSystem.PARTY, "VPTU", "Văn phòng Tỉnh ủy", "Office", quyChe);
    assertThat(CapturedLog.during(() -> BOOK.with(ownOffice))).contains("issuer " + ownOffice + " replaces "
        + DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE);
    assertThat(CapturedLog.during(() -> BOOK.with(Issuer.of(DocumentSystem.PARTY, "XYZ", "Mới", "New", quyChe)))).isEmpty();
    assertThat(CapturedLog.during(() -> BOOK.with(DocumentCodeBook.REPORT).with(DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)))
        .as("the same entry again replaces nothing")
        .isEmpty();
  }



  @Test
  void distinctBooksHaveDistinctHashCodes() {
    assertThat(BOOK.hashCode()).isNotEqualTo(DocumentCodeBook.of(List.of(), List.of()).hashCode());
    assertThat(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of()).hashCode())
        .isNotEqualTo(DocumentCodeBook.of(List.of(), List.of(DocumentCodeBook.GOVERNMENT)).hashCode());
  }

  // ---- the table in the jar and its text format -----------------------------------------------------------------

  @Test
  void theShippedFileIsTheCanonicalTextOfTheStandardTable() {
    String shipped = DocumentCodeFile.read(DocumentCodeFile.RESOURCE);
    String withoutComments =
        shipped.lines()
            .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
            .map(line -> line + "\n")
            .collect(Collectors.joining());
    assertThat(BOOK.toText()).isEqualTo(withoutComments);
    assertThat(DocumentCodeBook.parse(shipped)).isEqualTo(BOOK);
  }

  @Test
  void theConstantsAreTheEntriesOfTheShippedTable() throws IllegalAccessException {
    int constants = 0;
    for (Field field : DocumentCodeBook.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      Object value = field.get(null);
      if (value instanceof DocumentType type) {
        assertThat(BOOK.type(type.system(), type.code()).orElseThrow()).as(field.getName()).isSameAs(type);
      } else {
        Issuer issuer = (Issuer) value;
        assertThat(BOOK.issuer(issuer.system(), issuer.code()).orElseThrow()).as(field.getName()).isSameAs(issuer);
      }
      constants++;
    }
    assertThat(constants).isEqualTo(BOOK.types().size() + BOOK.issuers().size());
    assertThat(DocumentCodeBook.REPORT.basis().instrument()).isSameAs(Instruments.PARTY_DOCUMENT_FORMAT_2018);
    assertThat(DocumentCodeBook.REPORT.basis().article())
        .isEqualTo("Mục II, điểm 1.3 (chữ viết tắt tên loại văn bản, như trong ký hiệu văn bản chính thức)");
    assertThat(DocumentCodeBook.PRIME_MINISTER.basis().instrument()).isSameAs(Instruments.FORTY_HOUR_WEEK_1999);
    assertThat(DocumentCodeBook.PRIME_MINISTER.englishName()).isEqualTo("Prime Minister");
  }

  @Test
  void aProvinceAddsItsOwnCodesWithoutARelease() {
    String province =
        "# Tỉnh ủy Hậu Giang\n"
            + "basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | verified\n"
            + "issuer party ĐUK | Đảng ủy Khối | Party Committee of the Bloc\n"
            + "\n"
            + "   type party TTr | Tờ trình | Submission\n";
    DocumentCodeBook own = BOOK.withCodes(province);
    LegalBasis quyChe = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 3");
    Issuer bloc = Issuer.of(DocumentSystem.PARTY, "ĐUK", "Đảng ủy Khối", "Party Committee of the Bloc", quyChe);
    DocumentType submission = DocumentType.of(DocumentSystem.PARTY, "TTr", "Tờ trình", "Submission", quyChe);
    assertThat(own.issuerOf(DocumentSymbol.parse("05-NQ/ĐUK"))).contains(bloc);
    assertThat(own.type(DocumentSystem.PARTY, "TTr")).contains(submission);
    assertThat(own).isEqualTo(BOOK.with(submission).with(bloc));
    assertThat(own.types()).hasSize(BOOK.types().size() + 1);
    assertThat(BOOK.type(DocumentSystem.PARTY, "TTr")).contains(DocumentCodeBook.SUBMISSION);
    assertThat(DocumentCodeBook.parse(province)).isEqualTo(DocumentCodeBook.of(List.of(submission), List.of(bloc)));
  }

  @Test
  void anInstrumentOfLawInstrumentsIsCitedByItsExactNameAndAnOwnOneWithItsDays() {
    DocumentCodeBook book =
        DocumentCodeBook.parse(
            "basis Nghị định 30/2020/NĐ-CP | Phụ lục III | reported\n"
                + "type state CV | Công văn | Official letter\n"
                + "basis Quy chế 02-QC/TU [2016-01-01..2020-12-31] (unconfirmed) | Điều 4 | unconfirmed\n"
                + "issuer party BCSĐ | Ban cán sự đảng | Party Affairs Committee\n"
                + "basis Quy chế 03-QC/TU [2021-01-01..) (reported) | Điều 1 | verified\n"
                + "issuer party ĐĐ | Đảng đoàn | Party Delegation\n");
    LegalBasis decree = book.types().get(0).basis();
    assertThat(decree.instrument()).isSameAs(Instruments.STATE_CLERICAL_DECREE_2020);
    assertThat(decree.confirmation()).isEqualTo(Confirmation.REPORTED);
    Instrument old = book.issuers().get(0).basis().instrument();
    assertThat(old.name()).isEqualTo("Quy chế 02-QC/TU");
    assertThat(old.validity()).isEqualTo(Validity.between(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)));
    assertThat(old.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    Instrument reported = book.issuers().get(1).basis().instrument();
    assertThat(reported.confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(book.issuers().get(1).basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(DocumentCodeBook.parse(book.toText())).isEqualTo(book);
    assertThat(book.toText())
        .contains("basis Quy chế 02-QC/TU [2016-01-01..2020-12-31] (unconfirmed) | Điều 4 | unconfirmed\n")
        .contains("basis Quy chế 03-QC/TU [2021-01-01..) (reported) | Điều 1 | verified\n");
  }

  @Test
  void theTextOfATableReadsBackToAnEqualTableReplacedEntriesIncluded() {
    LegalBasis quyChe = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 3");
    DocumentCodeBook own =
        BOOK.with(DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", quyChe))
            .with(Issuer.of(DocumentSystem.STATE, "UBND-VP", "Văn phòng UBND", "Office", quyChe));
    assertThat(DocumentCodeBook.parse(own.toText())).isEqualTo(own);
    assertThat(DocumentCodeBook.parse(own.toText()).type(DocumentSystem.PARTY, "BC").orElseThrow().basis())
        .isEqualTo(quyChe);
    DocumentCodeBook empty = DocumentCodeBook.of(List.of(), List.of());
    assertThat(empty.toText()).isEmpty();
    assertThat(DocumentCodeBook.parse("")).isEqualTo(empty);
    assertThat(DocumentCodeBook.parse("# nothing but a comment\r\n\r\n")).isEqualTo(empty);
  }

  @Test
  void theTextFormRefusesWhatItCannotHold() {
    LegalBasis ownDays =
        LegalBasis.builder()
            .instrument(Instruments.STATE_CLERICAL_DECREE_2020)
            .article("Điều 8")
            .inForceFrom(LocalDate.of(2021, 1, 1))
            .build();
    assertCannotWrite(DocumentType.of(DocumentSystem.STATE, "X", "X", "X", ownDays), "days in force or amendments");
    LegalBasis amended =
        LegalBasis.builder()
            .instrument(Instruments.COMPLAINTS_LAW_2011)
            .article("Điều 8")
            .inForceFrom(LocalDate.of(2026, 7, 1))
            .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
            .build();
    assertCannotWrite(DocumentType.of(DocumentSystem.STATE, "X", "X", "X", amended), "days in force or amendments");
    LegalBasis lookAlike = LegalBasis.of(Instrument.of("Nghị định 30/2020/NĐ-CP", LocalDate.of(2020, 1, 1)), "Điều 1");
    assertCannotWrite(Issuer.of(DocumentSystem.STATE, "X", "X", "X", lookAlike), "name of one of law.Instruments");
    Instrument replaced =
        Instrument.builder()
            .name("Quy chế 01-QC/TU")
            .inForceFrom(LocalDate.of(2016, 1, 1))
            .replacedBy(Instrument.of("Quy chế 09-QC/TU", LocalDate.of(2021, 1, 1)))
            .build();
    assertCannotWrite(
        Issuer.of(DocumentSystem.STATE, "X", "X", "X", LegalBasis.of(replaced, "Điều 1")), "amendments or a replacement");
    LegalBasis plain = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 3");
    assertCannotWrite(DocumentType.of(DocumentSystem.PARTY, "X", "Báo | cáo", "X", plain), "'Báo | cáo' holds a '|'");
    assertCannotWrite(DocumentType.of(DocumentSystem.PARTY, "X", "X", "Line\nbreak", plain), "holds a '|'");
    assertCannotWrite(DocumentType.of(DocumentSystem.PARTY, "X", "X", " Report", plain), "blanks at an end");
    assertCannotWrite(
        DocumentType.of(DocumentSystem.PARTY, "X", "X", Normalizer.normalize("Communiqué", Normalizer.Form.NFD), plain),
        "not in NFC");
    assertCannotWrite(
        DocumentType.of(DocumentSystem.PARTY, "X", "X", "X", LegalBasis.of(plain.instrument(), "Điều | 3")),
        "holds a '|'");
  }

  private static void assertCannotWrite(DocumentType type, String why) {
    assertThatThrownBy(() -> DocumentCodeBook.of(List.of(type), List.of()).toText())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the text form of document codes holds an instrument, an article, a confirmation and"
            + " plain names; " + type + " cannot be written: ")
        .hasMessageContaining(why);
  }

  private static void assertCannotWrite(Issuer issuer, String why) {
    assertThatThrownBy(() -> DocumentCodeBook.of(List.of(), List.of(issuer)).toText())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining(issuer + " cannot be written: ")
        .hasMessageContaining(why);
  }

  @Test
  void aTextThatCannotBeReadNamesTheLineAndTheIndexAndAddsNothing() {
    String basis = "basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | verified\n";
    assertParseError("type party BC | Báo cáo | Report", 1, 0, "expected a 'basis' line before the first 'type'");
    assertParseError("issuer party TU | Tỉnh ủy | Provincial", 1, 0, "expected a 'basis' line before the first 'issuer'");
    assertParseError(basis + "  kind party BC | Báo cáo | Report", 2, 2,
        "expected 'basis', 'type', 'issuer' or a comment '#', found 'kind'");
    assertParseError(basis + "type PARTY BC | Báo cáo | Report", 2, 5,
        "expected the system 'party' or 'state', found 'PARTY'");
    assertParseError(basis + "type party | Báo cáo | Report", 2, 10,
        "expected a code after the system, for example 'party BC'");
    assertParseError(basis + "type party BC X | Báo cáo | Report", 2, 14, "expected '|' after the code 'BC'");
    assertParseError(basis + "type party B1 | Báo cáo | Report", 2, 11, "a type code is one or more letters");
    assertParseError(basis + "issuer party V_P | Văn phòng | Office", 2, 13, "an issuer code is one or more parts");
    assertParseError(basis + "type party BC | Báo cáo", 2, 23,
        "expected 'type system code | Vietnamese name | English name', found 1 '|'");
    assertParseError(basis + "type party BC | Báo cáo | Report | x", 2, 33,
        "expected 'type system code | Vietnamese name | English name', found another '|'");
    assertParseError(basis + "type party BC |  | Report", 2, 17, "expected a name, not a blank field");
    assertParseError(basis + "issuer party TU | Tỉnh ủy |", 2, 27, "expected a name, not a blank field");
    assertParseError("basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3", 1, 46,
        "expected 'basis instrument | article | confirmation', found 1 '|'");
    assertParseError("basis Quy chế 01-QC/TU | Điều 3 | verified", 1, 6,
        "expected the exact name of an instrument of law.Instruments, or an instrument of one's own with its days"
            + " in force, such as 'Quy chế 01-QC/TU [2020-01-01..)'; found 'Quy chế 01-QC/TU'");
    assertParseError("basis Nghị định 30/2020/NĐ-CP [2020-03-05..) | Điều 8 | reported", 1, 30,
        "an instrument of law.Instruments is cited by its exact name alone, with no days in force:"
            + " 'Nghị định 30/2020/NĐ-CP'");
    assertParseError("basis Quy chế 01-QC/TU [2020-01-01] | Điều 3 | verified", 1, 23,
        "expected days in force such as '[2020-01-01..)' or '[2020-01-01..2025-12-31]', found '[2020-01-01]'");
    assertParseError("basis Quy chế 01-QC/TU [2020-13-01..) | Điều 3 | verified", 1, 24, "expected a day yyyy-mm-dd");
    assertParseError("basis Quy chế 01-QC/TU [2020-01-01..2019-01-01] | Điều 3 | verified", 1, 23,
        "2019-01-01");
    assertParseError("basis Quy chế 01-QC/TU [2020-01-01..) (draft) | Điều 3 | verified", 1, 38,
        "expected '(reported)', '(unconfirmed)' or nothing after the days in force, found '(draft)'");
    assertParseError("basis Quy chế 01-QC/TU [2020-01-01..) |  | verified", 1, 41,
        "expected an article of Quy chế 01-QC/TU, for example 'Điều 5'");
    assertParseError("basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | Verified", 1, 49,
        "expected a confirmation 'verified', 'reported' or 'unconfirmed', found 'Verified'");
    assertParseError("basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | verified | x", 1, 58,
        "expected 'basis instrument | article | confirmation', found another '|'");
    DocumentCodeBook before = BOOK;
    assertThatThrownBy(() -> BOOK.withCodes(basis + "issuer party ĐUK | Đảng ủy Khối | Bloc\ntype party | x | y"))
        .isInstanceOf(DocumentCodeParseException.class);
    assertThat(BOOK).isSameAs(before).isEqualTo(DocumentCodeBook.parse(DocumentCodeFile.read(DocumentCodeFile.RESOURCE)));
    assertThat(BOOK.issuer(DocumentSystem.PARTY, "ĐUK")).isEmpty();
  }

  @Test
  void aTextInNfdIsReadInNfc() {
    String nfd =
        Normalizer.normalize(
            "basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | verified\nissuer party ĐUK | Đảng ủy Khối | Bloc\n",
            Normalizer.Form.NFD);
    Issuer bloc = DocumentCodeBook.parse(nfd).issuers().get(0);
    assertThat(bloc.code()).isEqualTo("ĐUK");
    assertThat(bloc.basis().instrument().name()).isEqualTo("Quy chế 01-QC/TU");
    assertThat(bloc.basis().article()).isEqualTo("Điều 3");
  }

  private static void assertParseError(String text, int line, int index, String message) {
    assertThatThrownBy(() -> DocumentCodeBook.parse(text))
        .isInstanceOfSatisfying(
            DocumentCodeParseException.class,
            e -> {
              assertThat(e.lineNumber()).as("line").isEqualTo(line);
              assertThat(e.errorIndex()).as("index").isEqualTo(index);
            })
        .hasMessageStartingWith("cannot parse document codes at line " + line + ", index " + index + ": ")
        .hasMessageContaining(message);
  }
}
