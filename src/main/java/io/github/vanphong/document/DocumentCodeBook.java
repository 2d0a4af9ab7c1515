package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.law.Confirmation;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The table of codes written in document symbols: the {@link DocumentType}s ({@code BC} for a báo cáo) and the
 * {@link Issuer}s ({@code VPTU} for the Office of a Provincial Party Committee) of both systems, with their
 * Vietnamese names and the basis of each code. For example {@code DocumentCodeBook.standard().typeOf(
 * DocumentSymbol.parse("12-BC/VPTU"))} gives {@link #REPORT}, and {@code issuerOf} gives {@link
 * #PROVINCIAL_COMMITTEE_OFFICE}.
 *
 * <p>The built-in table, {@link #standard()}, is read from a file in the jar, {@code
 * io/github/vanphong/document/document-codes.txt}, in the text format of {@link #parse(CharSequence) parse}; the constants
 * of this class are its entries, looked up by system and code. Party codes seen in official symbols (listed in
 * Hướng dẫn 36-HD/VPTW, whose abbreviation table has not itself been read) are {@link Confirmation#REPORTED}; Party
 * codes recalled from that table (thông tri {@code TT}, tờ trình {@code TTr}, giấy mời {@code GM}, …) and the codes
 * of district-level committees and provincial boards ({@code HU}, {@code BTCTU}, …) are {@link
 * Confirmation#UNCONFIRMED}. The State's {@code QyĐ} and its copy codes {@code SY}, {@code TrS}, {@code SL} are
 * reported from Nghị định 30/2020/NĐ-CP, Phụ lục III; State codes seen in official symbols ({@code NĐ}, {@code TT},
 * {@code QĐ}; {@code CP}, {@code TTg}, {@code TTCP}) are reported by that use. Since 2021 Party quy định are written
 * {@code QĐ} ({@code 22-QĐ/TW}, {@code 399-QĐ/TW}) as quyết định are, and {@code QĐi} is seen only up to 2019; the
 * table cannot tell the two apart from the code, and answers {@link #DECISION} for {@code QĐ}. docs/document-codes.md
 * gives the source of every group.
 *
 * <p>An application adds or replaces codes without a release of the library, from a text of its own in the same
 * format ({@link #withCodes(CharSequence) withCodes}), or one by one with {@link #with(DocumentType) with} and {@link
 * #with(Issuer) with}: a later entry for the same system and code takes the place of an earlier one, and a replacement
 * that differs is logged at DEBUG. A symbol whose codes the table does not know still reads with {@link
 * DocumentSymbol#parse(CharSequence) DocumentSymbol.parse}: the table describes symbols; {@link DocumentSymbol#parse(CharSequence,
 * DocumentCodeBook) DocumentSymbol.parse} reads only those whose codes it holds. {@link #toText()} writes a table in the format, and {@link
 * #parse(CharSequence) parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class DocumentCodeBook {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentCodeBook.class);

  /** The table of the file in the jar; read before the constants below, which are its entries. */
  private static final DocumentCodeBook STANDARD = parse(DocumentCodeFile.read(DocumentCodeFile.RESOURCE));

  private static DocumentType shippedType(DocumentSystem system, String code) {
    return STANDARD
        .type(system, code)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the jar's "
                        + DocumentCodeFile.RESOURCE
                        + " must hold the "
                        + system.englishName()
                        + " type "
                        + code));
  }

  private static Issuer shippedIssuer(DocumentSystem system, String code) {
    return STANDARD
        .issuer(system, code)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the jar's "
                        + DocumentCodeFile.RESOURCE
                        + " must hold the "
                        + system.englishName()
                        + " issuer "
                        + code));
  }

  /** Nghị quyết (Resolution), code {@code NQ}: seen in official symbols, 18-NQ/TW, 57-NQ/TW. */
  public static final DocumentType RESOLUTION = shippedType(DocumentSystem.PARTY, "NQ");

  /**
   * Quyết định (Decision), code {@code QĐ}: seen in official symbols, 302-QĐ/TW, 164-QĐ/TW; quy định of 2021 and
   * later are written QĐ too (22-QĐ/TW, 399-QĐ/TW, 4242-QĐ/TU), so QĐ reads as either.
   */
  public static final DocumentType DECISION = shippedType(DocumentSystem.PARTY, "QĐ");

  /**
   * Quy định (Regulation), code {@code QĐi}: seen in official symbols, 11-QĐi/TW, 04-QĐi/TW, 07-QĐi/TW (2018–2019);
   * quy định of 2021 and later are written QĐ (22-QĐ/TW, 399-QĐ/TW), under a rule not read.
   */
  public static final DocumentType REGULATION = shippedType(DocumentSystem.PARTY, "QĐi");

  /** Chỉ thị (Directive), code {@code CT}: seen in official symbols, 35-CT/TW. */
  public static final DocumentType DIRECTIVE = shippedType(DocumentSystem.PARTY, "CT");

  /** Kết luận (Conclusion), code {@code KL}: seen in official symbols, 215-KL/TW, 107-KL/TW. */
  public static final DocumentType CONCLUSION = shippedType(DocumentSystem.PARTY, "KL");

  /** Quy chế (Working rules), code {@code QC}: seen in official symbols, 09-QC/TW. */
  public static final DocumentType WORKING_RULES = shippedType(DocumentSystem.PARTY, "QC");

  /** Hướng dẫn (Guidance), code {@code HD}: seen in official symbols, 36-HD/VPTW, 02-HD/TW, 31-HD/BTCTW. */
  public static final DocumentType GUIDANCE = shippedType(DocumentSystem.PARTY, "HD");

  /** Thông báo (Notice), code {@code TB}: seen in official symbols, 05-TB/BCĐTW. */
  public static final DocumentType NOTICE = shippedType(DocumentSystem.PARTY, "TB");

  /** Kế hoạch (Plan), code {@code KH}: seen in official symbols, 86-KH/TU. */
  public static final DocumentType PLAN = shippedType(DocumentSystem.PARTY, "KH");

  /** Báo cáo (Report), code {@code BC}: seen in official symbols, 15-BC/VPTU. */
  public static final DocumentType REPORT = shippedType(DocumentSystem.PARTY, "BC");

  /**
   * Công văn (Official letter), code {@code CV}: seen in official symbols, 1400-CV/VPTU; unlike State công văn, a
   * Party công văn writes its type code.
   */
  public static final DocumentType OFFICIAL_LETTER = shippedType(DocumentSystem.PARTY, "CV");

  /** Chương trình hành động (Action programme), code {@code CTHĐ}: seen in official symbols, 147-CTHĐ/TU. */
  public static final DocumentType ACTION_PROGRAMME = shippedType(DocumentSystem.PARTY, "CTHĐ");

  /** Bản sao (Copy), code {@code BS}: seen in official symbols, 24-BS/UBKTTU. */
  public static final DocumentType COPY = shippedType(DocumentSystem.PARTY, "BS");

  /**
   * Thông tri (Circular instruction), code {@code TT}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType CIRCULAR = shippedType(DocumentSystem.PARTY, "TT");

  /**
   * Thông cáo (Communiqué), code {@code TCo}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType COMMUNIQUE = shippedType(DocumentSystem.PARTY, "TCo");

  /**
   * Tuyên bố (Declaration), code {@code TBo}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType DECLARATION = shippedType(DocumentSystem.PARTY, "TBo");

  /**
   * Lời kêu gọi (Appeal), code {@code LKG}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType APPEAL = shippedType(DocumentSystem.PARTY, "LKG");

  /**
   * Quy hoạch (Master plan), code {@code QHo}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType MASTER_PLAN = shippedType(DocumentSystem.PARTY, "QHo");

  /**
   * Chương trình (Programme), code {@code CTr}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType PROGRAMME = shippedType(DocumentSystem.PARTY, "CTr");

  /**
   * Đề án (Scheme), code {@code ĐA}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType SCHEME = shippedType(DocumentSystem.PARTY, "ĐA");

  /**
   * Phương án (Option plan), code {@code PA}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType OPTION_PLAN = shippedType(DocumentSystem.PARTY, "PA");

  /**
   * Dự án (Project), code {@code DA}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType PROJECT = shippedType(DocumentSystem.PARTY, "DA");

  /**
   * Tờ trình (Submission), code {@code TTr}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType SUBMISSION = shippedType(DocumentSystem.PARTY, "TTr");

  /**
   * Biên bản (Minutes), code {@code BB}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType MINUTES = shippedType(DocumentSystem.PARTY, "BB");

  /**
   * Giấy giới thiệu (Letter of introduction), code {@code GGT}: recalled from the abbreviation table of Hướng dẫn
   * 36-HD/VPTW, <b>unconfirmed</b>.
   */
  public static final DocumentType LETTER_OF_INTRODUCTION = shippedType(DocumentSystem.PARTY, "GGT");

  /**
   * Giấy chứng nhận (Certificate), code {@code GCN}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType CERTIFICATE = shippedType(DocumentSystem.PARTY, "GCN");

  /**
   * Giấy mời (Invitation), code {@code GM}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType INVITATION = shippedType(DocumentSystem.PARTY, "GM");

  /**
   * Giấy đi đường (Travel paper), code {@code GĐĐ}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType TRAVEL_PAPER = shippedType(DocumentSystem.PARTY, "GĐĐ");

  /**
   * Giấy nghỉ phép (Leave paper), code {@code GNP}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType LEAVE_PAPER = shippedType(DocumentSystem.PARTY, "GNP");

  /**
   * Phiếu gửi (Dispatch slip), code {@code PG}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType DISPATCH_SLIP = shippedType(DocumentSystem.PARTY, "PG");

  /**
   * Phiếu chuyển (Transfer slip), code {@code PC}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType TRANSFER_SLIP = shippedType(DocumentSystem.PARTY, "PC");

  /** Nghị định (Decree), code {@code NĐ}: seen in the official symbol 30/2020/NĐ-CP. */
  public static final DocumentType STATE_DECREE = shippedType(DocumentSystem.STATE, "NĐ");

  /** Thông tư (Circular), code {@code TT}: seen in the official symbol 05/2021/TT-TTCP. */
  public static final DocumentType STATE_CIRCULAR = shippedType(DocumentSystem.STATE, "TT");

  /** Quyết định (Decision), code {@code QĐ}: seen in the official symbol 188/1999/QĐ-TTg. */
  public static final DocumentType STATE_DECISION = shippedType(DocumentSystem.STATE, "QĐ");

  /**
   * Quy định (Regulation), code {@code QyĐ}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported; not the Party's QĐi.
   */
  public static final DocumentType STATE_REGULATION = shippedType(DocumentSystem.STATE, "QyĐ");

  /** Bản sao y (True copy), code {@code SY}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported. */
  public static final DocumentType STATE_TRUE_COPY = shippedType(DocumentSystem.STATE, "SY");

  /** Bản trích sao (Extract copy), code {@code TrS}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported. */
  public static final DocumentType STATE_EXTRACT_COPY = shippedType(DocumentSystem.STATE, "TrS");

  /** Bản sao lục (Reproduction), code {@code SL}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported. */
  public static final DocumentType STATE_REPRODUCTION = shippedType(DocumentSystem.STATE, "SL");

  /** Báo cáo (Report), code {@code BC}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>. */
  public static final DocumentType STATE_REPORT = shippedType(DocumentSystem.STATE, "BC");

  /** Kế hoạch (Plan), code {@code KH}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>. */
  public static final DocumentType STATE_PLAN = shippedType(DocumentSystem.STATE, "KH");

  /** Thông báo (Notice), code {@code TB}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>. */
  public static final DocumentType STATE_NOTICE = shippedType(DocumentSystem.STATE, "TB");

  /**
   * Tờ trình (Submission), code {@code TTr}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>.
   */
  public static final DocumentType STATE_SUBMISSION = shippedType(DocumentSystem.STATE, "TTr");

  /**
   * Ban Chấp hành Trung ương (Central Committee), code {@code TW}: seen in official symbols, the Central Committee,
   * the Politburo and the Secretariat: 11-QĐi/TW, 215-KL/TW.
   */
  public static final Issuer CENTRAL_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "TW");

  /** Văn phòng Trung ương Đảng (Central Party Office), code {@code VPTW}: seen in official symbols, 36-HD/VPTW. */
  public static final Issuer CENTRAL_OFFICE = shippedIssuer(DocumentSystem.PARTY, "VPTW");

  /**
   * Ban Tổ chức Trung ương (Central Organisation Commission), code {@code BTCTW}: seen in official symbols,
   * 31-HD/BTCTW.
   */
  public static final Issuer CENTRAL_ORGANISATION_COMMISSION = shippedIssuer(DocumentSystem.PARTY, "BTCTW");

  /**
   * Ủy ban Kiểm tra Trung ương (Central Inspection Commission), code {@code UBKTTW}: seen in official symbols,
   * 06-HD/UBKTTW.
   */
  public static final Issuer CENTRAL_INSPECTION_COMMISSION = shippedIssuer(DocumentSystem.PARTY, "UBKTTW");

  /**
   * Ban Chỉ đạo Trung ương (Central Steering Committee), code {@code BCĐTW}: seen in official symbols, 05-TB/BCĐTW.
   */
  public static final Issuer CENTRAL_STEERING_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "BCĐTW");

  /**
   * Tỉnh ủy (Provincial Party Committee), code {@code TU}: seen in official symbols, 86-KH/TU, 147-CTHĐ/TU,
   * 4242-QĐ/TU.
   */
  public static final Issuer PROVINCIAL_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "TU");

  /**
   * Văn phòng Tỉnh ủy (Office of the Provincial Party Committee), code {@code VPTU}: seen in official symbols,
   * 15-BC/VPTU, 1400-CV/VPTU.
   */
  public static final Issuer PROVINCIAL_COMMITTEE_OFFICE = shippedIssuer(DocumentSystem.PARTY, "VPTU");

  /**
   * Ủy ban Kiểm tra Tỉnh ủy (Provincial Inspection Committee), code {@code UBKTTU}: seen in official symbols,
   * 24-BS/UBKTTU.
   */
  public static final Issuer PROVINCIAL_INSPECTION_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "UBKTTU");

  /** Đảng ủy (Party Committee (đảng ủy)), code {@code ĐU}: seen in official symbols, symbols of đảng ủy. */
  public static final Issuer PARTY_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "ĐU");

  /** Huyện ủy (District Party Committee), code {@code HU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer DISTRICT_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "HU");

  /** Quận ủy (Urban District Party Committee), code {@code QU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer URBAN_DISTRICT_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "QU");

  /** Thành ủy (City Party Committee), code {@code ThU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer CITY_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "ThU");

  /** Thị ủy (Town Party Committee), code {@code TXU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer TOWN_COMMITTEE = shippedIssuer(DocumentSystem.PARTY, "TXU");

  /** Chi bộ (Party Cell), code {@code CB}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PARTY_CELL = shippedIssuer(DocumentSystem.PARTY, "CB");

  /** Ban Tổ chức Tỉnh ủy (Provincial Organisation Board), code {@code BTCTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_ORGANISATION_BOARD = shippedIssuer(DocumentSystem.PARTY, "BTCTU");

  /** Ban Tuyên giáo Tỉnh ủy (Provincial Propaganda Board), code {@code BTGTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_PROPAGANDA_BOARD = shippedIssuer(DocumentSystem.PARTY, "BTGTU");

  /** Ban Dân vận Tỉnh ủy (Provincial Mass Mobilisation Board), code {@code BDVTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_MASS_MOBILISATION_BOARD = shippedIssuer(DocumentSystem.PARTY, "BDVTU");

  /** Ban Nội chính Tỉnh ủy (Provincial Internal Affairs Board), code {@code BNCTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_INTERNAL_AFFAIRS_BOARD = shippedIssuer(DocumentSystem.PARTY, "BNCTU");

  /** Chính phủ (Government), code {@code CP}: seen in the official symbol 30/2020/NĐ-CP. */
  public static final Issuer GOVERNMENT = shippedIssuer(DocumentSystem.STATE, "CP");

  /** Thủ tướng Chính phủ (Prime Minister), code {@code TTg}: seen in the official symbol 188/1999/QĐ-TTg. */
  public static final Issuer PRIME_MINISTER = shippedIssuer(DocumentSystem.STATE, "TTg");

  /**
   * Thanh tra Chính phủ (Government Inspectorate), code {@code TTCP}: seen in the official symbol 05/2021/TT-TTCP.
   */
  public static final Issuer GOVERNMENT_INSPECTORATE = shippedIssuer(DocumentSystem.STATE, "TTCP");

  /** Ủy ban nhân dân (People's Committee), code {@code UBND}: recalled from State practice, <b>unconfirmed</b>. */
  public static final Issuer PEOPLES_COMMITTEE = shippedIssuer(DocumentSystem.STATE, "UBND");

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<DocumentType> types;

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<Issuer> issuers;

  @SuppressWarnings("Immutable") // ImmutableMap of immutable values
  private final ImmutableMap<String, DocumentType> typesByKey;

  @SuppressWarnings("Immutable") // ImmutableMap of immutable values
  private final ImmutableMap<String, Issuer> issuersByKey;

  private DocumentCodeBook(ImmutableList<DocumentType> types, ImmutableList<Issuer> issuers) {
    this.types = types;
    this.issuers = issuers;
    Map<String, DocumentType> t = new LinkedHashMap<>();
    types.forEach(type -> t.put(key(type.system(), type.code()), type));
    Map<String, Issuer> i = new LinkedHashMap<>();
    issuers.forEach(issuer -> i.put(key(issuer.system(), issuer.code()), issuer));
    this.typesByKey = ImmutableMap.copyOf(t);
    this.issuersByKey = ImmutableMap.copyOf(i);
  }

  private static String key(DocumentSystem system, String code) {
    return system.name() + "/" + Normalizer.normalize(code, Normalizer.Form.NFC);
  }

  /**
   * Returns the built-in table, read from {@code io/github/vanphong/document/document-codes.txt} in the jar: the
   * constants of this class, in the order of the file.
   *
   * @return the standard table, not null
   */
  public static DocumentCodeBook standard() {
    return STANDARD;
  }

  /**
   * Reads a table of document codes, for example a province's own:
   *
   * <pre>{@code
   * # comments start with '#'; blank lines are skipped
   * basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | verified
   * issuer party ĐUK | Đảng ủy Khối | Party Committee of the Bloc
   * type party TTr | Tờ trình | Submission
   * }</pre>
   *
   * <p>The format, one entry a line, fields separated by {@code |} and stripped of blanks:
   *
   * <ul>
   *   <li>{@code basis instrument | article | confirmation}: the basis of the entries after it, up to the next basis
   *       line. The instrument is the exact name of one of {@link io.github.vanphong.law.Instruments}, for example
   *       "Hướng dẫn 36-HD/VPTW" or "Nghị định 30/2020/NĐ-CP", and is then that instrument; or an instrument of
   *       one's own, its name followed by its days in force in the form of {@link
   *       io.github.vanphong.law.Validity#parse(CharSequence) Validity.parse} and, if it is not verified, {@code (reported)} or
   *       {@code (unconfirmed)}: "Quy chế 01-QC/TU [2020-01-01..)". The confirmation of the basis is {@code
   *       verified}, {@code reported} or {@code unconfirmed}.
   *   <li>{@code type system code | Vietnamese name | English name}: a {@link DocumentType}; the system is {@code
   *       party} or {@code state}, the code one or more letters.
   *   <li>{@code issuer system code | Vietnamese name | English name}: an {@link Issuer}; the code is one or more
   *       parts of letters and digits joined by {@code -}.
   *   <li>A line whose first character other than a blank is {@code #} is a comment; blank lines are skipped.
   * </ul>
   *
   * <p>The text is normalised to Unicode NFC first. Entries keep the order of the text; of two for the same system
   * and code, the later counts, as in {@link #of(Iterable, Iterable) of}.
   *
   * @param text the text, not null
   * @return the table of the text's entries only, not null
   * @throws DocumentCodeParseException if the text is not in the format, an instrument of one's own is not given
   *     its days in force or one of {@code law.Instruments} is given days, or a code or name is not of its form;
   *     the exception names the line and the index in it
   */
  public static DocumentCodeBook parse(CharSequence text) {
    DocumentCodeParser.Entries entries = DocumentCodeParser.parse(requireNonNull(text, "text"));
    return new DocumentCodeBook(entries.types(), entries.issuers());
  }

  /**
   * Returns this table with the entries of a text in the format of {@link #parse(CharSequence) parse} added last, in their
   * order, each in the place of any earlier entry of the same system and code: for example {@code
   * DocumentCodeBook.standard().withCodes(provinceText)} adds a province's codes without a release of the library.
   * A text that cannot be read adds nothing: this table is unchanged.
   *
   * @param text the text, not null
   * @return a new table, not null
   * @throws DocumentCodeParseException if the text is not in the format; the exception names the line and the
   *     index in it
   */
  public DocumentCodeBook withCodes(CharSequence text) {
    DocumentCodeParser.Entries entries = DocumentCodeParser.parse(requireNonNull(text, "text"));
    DocumentCodeBook book = this;
    for (DocumentType type : entries.types()) {
      book = book.with(type);
    }
    for (Issuer issuer : entries.issuers()) {
      book = book.with(issuer);
    }
    return book;
  }

  /**
   * Returns this table in the text format of {@link #parse(CharSequence) parse}, which reads it back to an equal table:
   * every type, then every issuer, in the order added (replaced ones included), each group of entries with the
   * same basis after one {@code basis} line, with no comments. For the {@link #standard()} table it is the shipped
   * file without its comments and blank lines.
   *
   * @return the text, one entry a line, each line ended by {@code \n}, not null
   * @throws IllegalStateException if an entry holds what the format cannot: a basis with days in force or
   *     amendments of its own, an instrument with the name of one of {@code law.Instruments} but other facts, an
   *     instrument of one's own with amendments or a replacement, or a name or article with a {@code |}, a line
   *     break, blanks at an end or text not in NFC
   */
  public String toText() {
    return DocumentCodeParser.write(types, issuers);
  }

  /**
   * Returns a table of the given types and issuers only; of two entries for the same system and code, the later
   * one counts.
   *
   * @param types the document types, none null
   * @param issuers the issuers, none null
   * @return the table, not null
   * @throws NullPointerException if an entry is null
   */
  public static DocumentCodeBook of(Iterable<DocumentType> types, Iterable<Issuer> issuers) {
    return new DocumentCodeBook(Arguments.list(types, "types"), Arguments.list(issuers, "issuers"));
  }

  /**
   * Returns this table with an application's own document type added last, in the place of any earlier type of the
   * same system and code.
   *
   * @param type the type, not null
   * @return a new table, not null
   */
  public DocumentCodeBook with(DocumentType type) {
    requireNonNull(type, "type");
    DocumentType replaced = typesByKey.get(key(type.system(), type.code()));
    if (replaced != null && !replaced.equals(type)) {
      LOG.debug("document type {} replaces {}", type, replaced);
    }
    return new DocumentCodeBook(
        ImmutableList.<DocumentType>builder().addAll(types).add(type).build(), issuers);
  }

  /**
   * Returns this table with an application's own issuer added last, in the place of any earlier issuer of the same
   * system and code.
   *
   * @param issuer the issuer, not null
   * @return a new table, not null
   */
  public DocumentCodeBook with(Issuer issuer) {
    requireNonNull(issuer, "issuer");
    Issuer replaced = issuersByKey.get(key(issuer.system(), issuer.code()));
    if (replaced != null && !replaced.equals(issuer)) {
      LOG.debug("issuer {} replaces {}", issuer, replaced);
    }
    return new DocumentCodeBook(types, ImmutableList.<Issuer>builder().addAll(issuers).add(issuer).build());
  }

  /**
   * Returns the document types in the order added, replaced ones included.
   *
   * @return the types, not null
   */
  public ImmutableList<DocumentType> types() {
    return types;
  }

  /**
   * Returns the issuers in the order added, replaced ones included.
   *
   * @return the issuers, not null
   */
  public ImmutableList<Issuer> issuers() {
    return issuers;
  }

  /**
   * Returns the type with the given code in a system: {@code type(PARTY, "QĐi")} is {@link #REGULATION}, {@code
   * type(STATE, "QyĐ")} is {@link #STATE_REGULATION}, and {@code type(STATE, "QĐi")} is empty.
   *
   * @param system the system, not null
   * @param code the code, in NFC or NFD, not null
   * @return the last type added with that code, or empty if there is none
   */
  public Optional<DocumentType> type(DocumentSystem system, String code) {
    return Optional.ofNullable(typesByKey.get(key(requireNonNull(system, "system"), requireNonNull(code, "code"))));
  }

  /**
   * Returns the issuer with the given code in a system: {@code issuer(PARTY, "VPTU")} is {@link
   * #PROVINCIAL_COMMITTEE_OFFICE}.
   *
   * @param system the system, not null
   * @param code the code, in NFC or NFD, not null
   * @return the last issuer added with that code, or empty if there is none
   */
  public Optional<Issuer> issuer(DocumentSystem system, String code) {
    return Optional.ofNullable(
        issuersByKey.get(key(requireNonNull(system, "system"), requireNonNull(code, "code"))));
  }

  /**
   * Returns the type named by a symbol: {@link #REPORT} for {@code 12-BC/VPTU}.
   *
   * @param symbol the symbol, not null
   * @return the type, or empty if this table does not know the symbol's type code in its system
   */
  public Optional<DocumentType> typeOf(DocumentSymbol symbol) {
    requireNonNull(symbol, "symbol");
    return type(symbol.system(), symbol.typeCode());
  }

  /**
   * Returns the issuer named by a symbol: {@link #PROVINCIAL_COMMITTEE_OFFICE} for {@code 12-BC/VPTU}.
   *
   * @param symbol the symbol, not null
   * @return the issuer, or empty if this table does not know the symbol's issuer code in its system
   */
  public Optional<Issuer> issuerOf(DocumentSymbol symbol) {
    requireNonNull(symbol, "symbol");
    return issuer(symbol.system(), symbol.issuerCode());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentCodeBook other && types.equals(other.types) && issuers.equals(other.issuers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(types, issuers);
  }

  /**
   * Returns the number of entries: "DocumentCodeBook[42 types, 22 issuers]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "DocumentCodeBook[" + types.size() + " types, " + issuers.size() + " issuers]";
  }
}
