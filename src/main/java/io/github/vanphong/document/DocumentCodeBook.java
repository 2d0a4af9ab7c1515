package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
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
 * <p>The built-in table, {@link #standard()}, holds the constants of this class. Party codes seen in official
 * symbols (listed in Hướng dẫn 36-HD/VPTW, whose abbreviation table has not itself been read) are {@link
 * Confirmation#REPORTED}; Party codes recalled from that table (thông tri {@code TT}, tờ trình {@code TTr}, giấy mời
 * {@code GM}, …) and the codes of district-level committees and provincial boards ({@code HU}, {@code BTCTU}, …) are
 * {@link Confirmation#UNCONFIRMED}. The State's {@code QyĐ} and its copy codes {@code SY}, {@code TrS}, {@code SL}
 * are reported from Nghị định 30/2020/NĐ-CP, Phụ lục III; State codes seen in official symbols ({@code NĐ}, {@code
 * TT}, {@code QĐ}; {@code CP}, {@code TTg}, {@code TTCP}) are reported by that use. Since 2021 Party quy định are
 * written {@code QĐ} ({@code 22-QĐ/TW}, {@code 399-QĐ/TW}) as quyết định are, and {@code QĐi} is seen only up to
 * 2019; the table cannot tell the two apart from the code, and answers {@link #DECISION} for {@code QĐ}.
 *
 * <p>An application replaces or adds codes with {@link #with(DocumentType)} and {@link #with(Issuer)}: a later entry
 * for the same system and code takes the place of an earlier one, and a replacement that differs is logged at
 * DEBUG. A symbol whose codes the table does not know still reads: the table describes symbols, it does not validate
 * them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class DocumentCodeBook {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentCodeBook.class);

  private static final LegalBasis HD_36_SEEN =
      basis(
          Instruments.PARTY_DOCUMENT_FORMAT_2018,
          "Mục II, điểm 1.3 (chữ viết tắt tên loại văn bản, như trong ký hiệu văn bản chính thức)",
          Confirmation.REPORTED);
  private static final LegalBasis HD_36_RECALLED =
      basis(
          Instruments.PARTY_DOCUMENT_FORMAT_2018,
          "bảng chữ viết tắt tên loại văn bản (chưa đối chiếu)",
          Confirmation.UNCONFIRMED);
  private static final LegalBasis HD_36_ISSUER_SEEN =
      basis(
          Instruments.PARTY_DOCUMENT_FORMAT_2018,
          "Mục II, điểm 1.3 (chữ viết tắt tên cơ quan ban hành, như trong ký hiệu văn bản chính thức)",
          Confirmation.REPORTED);
  private static final LegalBasis HD_36_ISSUER_RECALLED =
      basis(
          Instruments.PARTY_DOCUMENT_FORMAT_2018,
          "chữ viết tắt tên cơ quan ban hành (chưa đối chiếu)",
          Confirmation.UNCONFIRMED);
  private static final LegalBasis ND_30_TABLE =
      basis(
          Instruments.STATE_CLERICAL_DECREE_2020,
          "Phụ lục III (chữ viết tắt tên loại văn bản và bản sao)",
          Confirmation.REPORTED);
  private static final LegalBasis ND_30_RECALLED =
      basis(Instruments.STATE_CLERICAL_DECREE_2020, "Phụ lục III (chưa đối chiếu)", Confirmation.UNCONFIRMED);

  private static LegalBasis basis(Instrument instrument, String article, Confirmation confirmation) {
    return LegalBasis.builder().instrument(instrument).article(article).confirmation(confirmation).build();
  }

  /** A code attested by the number and symbol of an instrument that bears it. */
  private static LegalBasis seen(Instrument instrument) {
    return basis(instrument, "số và ký hiệu của chính văn bản", Confirmation.REPORTED);
  }

  /** Nghị quyết (Resolution), code {@code NQ}: seen in official symbols, 18-NQ/TW, 57-NQ/TW. */
  public static final DocumentType RESOLUTION =
      DocumentType.of(DocumentSystem.PARTY, "NQ", "Nghị quyết", "Resolution", HD_36_SEEN);

  /**
   * Quyết định (Decision), code {@code QĐ}: seen in official symbols, 302-QĐ/TW, 164-QĐ/TW; quy định of 2021 and
   * later are written QĐ too (22-QĐ/TW, 399-QĐ/TW, 4242-QĐ/TU), so QĐ reads as either.
   */
  public static final DocumentType DECISION =
      DocumentType.of(DocumentSystem.PARTY, "QĐ", "Quyết định", "Decision", HD_36_SEEN);

  /**
   * Quy định (Regulation), code {@code QĐi}: seen in official symbols, 11-QĐi/TW, 04-QĐi/TW, 07-QĐi/TW (2018–2019);
   * quy định of 2021 and later are written QĐ (22-QĐ/TW, 399-QĐ/TW), under a rule not read.
   */
  public static final DocumentType REGULATION =
      DocumentType.of(DocumentSystem.PARTY, "QĐi", "Quy định", "Regulation", HD_36_SEEN);

  /** Chỉ thị (Directive), code {@code CT}: seen in official symbols, 35-CT/TW. */
  public static final DocumentType DIRECTIVE =
      DocumentType.of(DocumentSystem.PARTY, "CT", "Chỉ thị", "Directive", HD_36_SEEN);

  /** Kết luận (Conclusion), code {@code KL}: seen in official symbols, 215-KL/TW, 107-KL/TW. */
  public static final DocumentType CONCLUSION =
      DocumentType.of(DocumentSystem.PARTY, "KL", "Kết luận", "Conclusion", HD_36_SEEN);

  /** Quy chế (Working rules), code {@code QC}: seen in official symbols, 09-QC/TW. */
  public static final DocumentType WORKING_RULES =
      DocumentType.of(DocumentSystem.PARTY, "QC", "Quy chế", "Working rules", HD_36_SEEN);

  /** Hướng dẫn (Guidance), code {@code HD}: seen in official symbols, 36-HD/VPTW, 02-HD/TW, 31-HD/BTCTW. */
  public static final DocumentType GUIDANCE =
      DocumentType.of(DocumentSystem.PARTY, "HD", "Hướng dẫn", "Guidance", HD_36_SEEN);

  /** Thông báo (Notice), code {@code TB}: seen in official symbols, 05-TB/BCĐTW. */
  public static final DocumentType NOTICE =
      DocumentType.of(DocumentSystem.PARTY, "TB", "Thông báo", "Notice", HD_36_SEEN);

  /** Kế hoạch (Plan), code {@code KH}: seen in official symbols, 86-KH/TU. */
  public static final DocumentType PLAN =
      DocumentType.of(DocumentSystem.PARTY, "KH", "Kế hoạch", "Plan", HD_36_SEEN);

  /** Báo cáo (Report), code {@code BC}: seen in official symbols, 15-BC/VPTU. */
  public static final DocumentType REPORT =
      DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", HD_36_SEEN);

  /**
   * Công văn (Official letter), code {@code CV}: seen in official symbols, 1400-CV/VPTU; unlike State công văn, a
   * Party công văn writes its type code.
   */
  public static final DocumentType OFFICIAL_LETTER =
      DocumentType.of(DocumentSystem.PARTY, "CV", "Công văn", "Official letter", HD_36_SEEN);

  /** Chương trình hành động (Action programme), code {@code CTHĐ}: seen in official symbols, 147-CTHĐ/TU. */
  public static final DocumentType ACTION_PROGRAMME =
      DocumentType.of(DocumentSystem.PARTY, "CTHĐ", "Chương trình hành động", "Action programme", HD_36_SEEN);

  /** Bản sao (Copy), code {@code BS}: seen in official symbols, 24-BS/UBKTTU. */
  public static final DocumentType COPY =
      DocumentType.of(DocumentSystem.PARTY, "BS", "Bản sao", "Copy", HD_36_SEEN);

  /**
   * Thông tri (Circular instruction), code {@code TT}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType CIRCULAR =
      DocumentType.of(DocumentSystem.PARTY, "TT", "Thông tri", "Circular instruction", HD_36_RECALLED);

  /**
   * Thông cáo (Communiqué), code {@code TCo}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType COMMUNIQUE =
      DocumentType.of(DocumentSystem.PARTY, "TCo", "Thông cáo", "Communiqué", HD_36_RECALLED);

  /**
   * Tuyên bố (Declaration), code {@code TBo}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType DECLARATION =
      DocumentType.of(DocumentSystem.PARTY, "TBo", "Tuyên bố", "Declaration", HD_36_RECALLED);

  /**
   * Lời kêu gọi (Appeal), code {@code LKG}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType APPEAL =
      DocumentType.of(DocumentSystem.PARTY, "LKG", "Lời kêu gọi", "Appeal", HD_36_RECALLED);

  /**
   * Quy hoạch (Master plan), code {@code QHo}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType MASTER_PLAN =
      DocumentType.of(DocumentSystem.PARTY, "QHo", "Quy hoạch", "Master plan", HD_36_RECALLED);

  /**
   * Chương trình (Programme), code {@code CTr}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType PROGRAMME =
      DocumentType.of(DocumentSystem.PARTY, "CTr", "Chương trình", "Programme", HD_36_RECALLED);

  /**
   * Đề án (Scheme), code {@code ĐA}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType SCHEME =
      DocumentType.of(DocumentSystem.PARTY, "ĐA", "Đề án", "Scheme", HD_36_RECALLED);

  /**
   * Phương án (Option plan), code {@code PA}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType OPTION_PLAN =
      DocumentType.of(DocumentSystem.PARTY, "PA", "Phương án", "Option plan", HD_36_RECALLED);

  /**
   * Dự án (Project), code {@code DA}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType PROJECT =
      DocumentType.of(DocumentSystem.PARTY, "DA", "Dự án", "Project", HD_36_RECALLED);

  /**
   * Tờ trình (Submission), code {@code TTr}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType SUBMISSION =
      DocumentType.of(DocumentSystem.PARTY, "TTr", "Tờ trình", "Submission", HD_36_RECALLED);

  /**
   * Biên bản (Minutes), code {@code BB}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType MINUTES =
      DocumentType.of(DocumentSystem.PARTY, "BB", "Biên bản", "Minutes", HD_36_RECALLED);

  /**
   * Giấy giới thiệu (Letter of introduction), code {@code GGT}: recalled from the abbreviation table of Hướng dẫn
   * 36-HD/VPTW, <b>unconfirmed</b>.
   */
  public static final DocumentType LETTER_OF_INTRODUCTION =
      DocumentType.of(DocumentSystem.PARTY, "GGT", "Giấy giới thiệu", "Letter of introduction", HD_36_RECALLED);

  /**
   * Giấy chứng nhận (Certificate), code {@code GCN}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType CERTIFICATE =
      DocumentType.of(DocumentSystem.PARTY, "GCN", "Giấy chứng nhận", "Certificate", HD_36_RECALLED);

  /**
   * Giấy mời (Invitation), code {@code GM}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType INVITATION =
      DocumentType.of(DocumentSystem.PARTY, "GM", "Giấy mời", "Invitation", HD_36_RECALLED);

  /**
   * Giấy đi đường (Travel paper), code {@code GĐĐ}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType TRAVEL_PAPER =
      DocumentType.of(DocumentSystem.PARTY, "GĐĐ", "Giấy đi đường", "Travel paper", HD_36_RECALLED);

  /**
   * Giấy nghỉ phép (Leave paper), code {@code GNP}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType LEAVE_PAPER =
      DocumentType.of(DocumentSystem.PARTY, "GNP", "Giấy nghỉ phép", "Leave paper", HD_36_RECALLED);

  /**
   * Phiếu gửi (Dispatch slip), code {@code PG}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType DISPATCH_SLIP =
      DocumentType.of(DocumentSystem.PARTY, "PG", "Phiếu gửi", "Dispatch slip", HD_36_RECALLED);

  /**
   * Phiếu chuyển (Transfer slip), code {@code PC}: recalled from the abbreviation table of Hướng dẫn 36-HD/VPTW,
   * <b>unconfirmed</b>.
   */
  public static final DocumentType TRANSFER_SLIP =
      DocumentType.of(DocumentSystem.PARTY, "PC", "Phiếu chuyển", "Transfer slip", HD_36_RECALLED);

  /** Nghị định (Decree), code {@code NĐ}: seen in the official symbol 30/2020/NĐ-CP. */
  public static final DocumentType STATE_DECREE =
      DocumentType.of(DocumentSystem.STATE, "NĐ", "Nghị định", "Decree", seen(Instruments.STATE_CLERICAL_DECREE_2020));

  /** Thông tư (Circular), code {@code TT}: seen in the official symbol 05/2021/TT-TTCP. */
  public static final DocumentType STATE_CIRCULAR =
      DocumentType.of(DocumentSystem.STATE, "TT", "Thông tư", "Circular", seen(Instruments.CIRCULAR_05_2021_TTCP));

  /** Quyết định (Decision), code {@code QĐ}: seen in the official symbol 188/1999/QĐ-TTg. */
  public static final DocumentType STATE_DECISION =
      DocumentType.of(DocumentSystem.STATE, "QĐ", "Quyết định", "Decision", seen(Instruments.FORTY_HOUR_WEEK_1999));

  /**
   * Quy định (Regulation), code {@code QyĐ}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported; not the Party's QĐi.
   */
  public static final DocumentType STATE_REGULATION =
      DocumentType.of(DocumentSystem.STATE, "QyĐ", "Quy định", "Regulation", ND_30_TABLE);

  /** Bản sao y (True copy), code {@code SY}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported. */
  public static final DocumentType STATE_TRUE_COPY =
      DocumentType.of(DocumentSystem.STATE, "SY", "Bản sao y", "True copy", ND_30_TABLE);

  /** Bản trích sao (Extract copy), code {@code TrS}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported. */
  public static final DocumentType STATE_EXTRACT_COPY =
      DocumentType.of(DocumentSystem.STATE, "TrS", "Bản trích sao", "Extract copy", ND_30_TABLE);

  /** Bản sao lục (Reproduction), code {@code SL}: Nghị định 30/2020/NĐ-CP, Phụ lục III, as reported. */
  public static final DocumentType STATE_REPRODUCTION =
      DocumentType.of(DocumentSystem.STATE, "SL", "Bản sao lục", "Reproduction", ND_30_TABLE);

  /** Báo cáo (Report), code {@code BC}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>. */
  public static final DocumentType STATE_REPORT =
      DocumentType.of(DocumentSystem.STATE, "BC", "Báo cáo", "Report", ND_30_RECALLED);

  /** Kế hoạch (Plan), code {@code KH}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>. */
  public static final DocumentType STATE_PLAN =
      DocumentType.of(DocumentSystem.STATE, "KH", "Kế hoạch", "Plan", ND_30_RECALLED);

  /** Thông báo (Notice), code {@code TB}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>. */
  public static final DocumentType STATE_NOTICE =
      DocumentType.of(DocumentSystem.STATE, "TB", "Thông báo", "Notice", ND_30_RECALLED);

  /**
   * Tờ trình (Submission), code {@code TTr}: recalled from Nghị định 30/2020/NĐ-CP, Phụ lục III; <b>unconfirmed</b>.
   */
  public static final DocumentType STATE_SUBMISSION =
      DocumentType.of(DocumentSystem.STATE, "TTr", "Tờ trình", "Submission", ND_30_RECALLED);

  /**
   * Ban Chấp hành Trung ương (Central Committee), code {@code TW}: seen in official symbols, the Central Committee,
   * the Politburo and the Secretariat: 11-QĐi/TW, 215-KL/TW.
   */
  public static final Issuer CENTRAL_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "TW", "Ban Chấp hành Trung ương", "Central Committee", HD_36_ISSUER_SEEN);

  /** Văn phòng Trung ương Đảng (Central Party Office), code {@code VPTW}: seen in official symbols, 36-HD/VPTW. */
  public static final Issuer CENTRAL_OFFICE =
      Issuer.of(DocumentSystem.PARTY, "VPTW", "Văn phòng Trung ương Đảng", "Central Party Office", HD_36_ISSUER_SEEN);

  /**
   * Ban Tổ chức Trung ương (Central Organisation Commission), code {@code BTCTW}: seen in official symbols,
   * 31-HD/BTCTW.
   */
  public static final Issuer CENTRAL_ORGANISATION_COMMISSION =
      Issuer.of(DocumentSystem.PARTY, "BTCTW", "Ban Tổ chức Trung ương", "Central Organisation Commission", HD_36_ISSUER_SEEN);

  /**
   * Ủy ban Kiểm tra Trung ương (Central Inspection Commission), code {@code UBKTTW}: seen in official symbols,
   * 06-HD/UBKTTW.
   */
  public static final Issuer CENTRAL_INSPECTION_COMMISSION =
      Issuer.of(DocumentSystem.PARTY, "UBKTTW", "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", HD_36_ISSUER_SEEN);

  /**
   * Ban Chỉ đạo Trung ương (Central Steering Committee), code {@code BCĐTW}: seen in official symbols, 05-TB/BCĐTW.
   */
  public static final Issuer CENTRAL_STEERING_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "BCĐTW", "Ban Chỉ đạo Trung ương", "Central Steering Committee", HD_36_ISSUER_SEEN);

  /**
   * Tỉnh ủy (Provincial Party Committee), code {@code TU}: seen in official symbols, 86-KH/TU, 147-CTHĐ/TU,
   * 4242-QĐ/TU.
   */
  public static final Issuer PROVINCIAL_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "TU", "Tỉnh ủy", "Provincial Party Committee", HD_36_ISSUER_SEEN);

  /**
   * Văn phòng Tỉnh ủy (Office of the Provincial Party Committee), code {@code VPTU}: seen in official symbols,
   * 15-BC/VPTU, 1400-CV/VPTU.
   */
  public static final Issuer PROVINCIAL_COMMITTEE_OFFICE =
      Issuer.of(DocumentSystem.PARTY, "VPTU", "Văn phòng Tỉnh ủy", "Office of the Provincial Party Committee", HD_36_ISSUER_SEEN);

  /**
   * Ủy ban Kiểm tra Tỉnh ủy (Provincial Inspection Committee), code {@code UBKTTU}: seen in official symbols,
   * 24-BS/UBKTTU.
   */
  public static final Issuer PROVINCIAL_INSPECTION_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", "Provincial Inspection Committee", HD_36_ISSUER_SEEN);

  /** Đảng ủy (Party Committee (đảng ủy)), code {@code ĐU}: seen in official symbols, symbols of đảng ủy. */
  public static final Issuer PARTY_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "ĐU", "Đảng ủy", "Party Committee (đảng ủy)", HD_36_ISSUER_SEEN);

  /** Huyện ủy (District Party Committee), code {@code HU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer DISTRICT_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "HU", "Huyện ủy", "District Party Committee", HD_36_ISSUER_RECALLED);

  /** Quận ủy (Urban District Party Committee), code {@code QU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer URBAN_DISTRICT_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "QU", "Quận ủy", "Urban District Party Committee", HD_36_ISSUER_RECALLED);

  /** Thành ủy (City Party Committee), code {@code ThU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer CITY_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "ThU", "Thành ủy", "City Party Committee", HD_36_ISSUER_RECALLED);

  /** Thị ủy (Town Party Committee), code {@code TXU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer TOWN_COMMITTEE =
      Issuer.of(DocumentSystem.PARTY, "TXU", "Thị ủy", "Town Party Committee", HD_36_ISSUER_RECALLED);

  /** Chi bộ (Party Cell), code {@code CB}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PARTY_CELL =
      Issuer.of(DocumentSystem.PARTY, "CB", "Chi bộ", "Party Cell", HD_36_ISSUER_RECALLED);

  /** Ban Tổ chức Tỉnh ủy (Provincial Organisation Board), code {@code BTCTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_ORGANISATION_BOARD =
      Issuer.of(DocumentSystem.PARTY, "BTCTU", "Ban Tổ chức Tỉnh ủy", "Provincial Organisation Board", HD_36_ISSUER_RECALLED);

  /** Ban Tuyên giáo Tỉnh ủy (Provincial Propaganda Board), code {@code BTGTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_PROPAGANDA_BOARD =
      Issuer.of(DocumentSystem.PARTY, "BTGTU", "Ban Tuyên giáo Tỉnh ủy", "Provincial Propaganda Board", HD_36_ISSUER_RECALLED);

  /** Ban Dân vận Tỉnh ủy (Provincial Mass Mobilisation Board), code {@code BDVTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_MASS_MOBILISATION_BOARD =
      Issuer.of(DocumentSystem.PARTY, "BDVTU", "Ban Dân vận Tỉnh ủy", "Provincial Mass Mobilisation Board", HD_36_ISSUER_RECALLED);

  /** Ban Nội chính Tỉnh ủy (Provincial Internal Affairs Board), code {@code BNCTU}: recalled, <b>unconfirmed</b>. */
  public static final Issuer PROVINCIAL_INTERNAL_AFFAIRS_BOARD =
      Issuer.of(DocumentSystem.PARTY, "BNCTU", "Ban Nội chính Tỉnh ủy", "Provincial Internal Affairs Board", HD_36_ISSUER_RECALLED);

  /** Chính phủ (Government), code {@code CP}: seen in the official symbol 30/2020/NĐ-CP. */
  public static final Issuer GOVERNMENT =
      Issuer.of(DocumentSystem.STATE, "CP", "Chính phủ", "Government", seen(Instruments.STATE_CLERICAL_DECREE_2020));

  /** Thủ tướng Chính phủ (Prime Minister), code {@code TTg}: seen in the official symbol 188/1999/QĐ-TTg. */
  public static final Issuer PRIME_MINISTER =
      Issuer.of(DocumentSystem.STATE, "TTg", "Thủ tướng Chính phủ", "Prime Minister", seen(Instruments.FORTY_HOUR_WEEK_1999));

  /**
   * Thanh tra Chính phủ (Government Inspectorate), code {@code TTCP}: seen in the official symbol 05/2021/TT-TTCP.
   */
  public static final Issuer GOVERNMENT_INSPECTORATE =
      Issuer.of(DocumentSystem.STATE, "TTCP", "Thanh tra Chính phủ", "Government Inspectorate", seen(Instruments.CIRCULAR_05_2021_TTCP));

  /** Ủy ban nhân dân (People's Committee), code {@code UBND}: recalled from State practice, <b>unconfirmed</b>. */
  public static final Issuer PEOPLES_COMMITTEE =
      Issuer.of(DocumentSystem.STATE, "UBND", "Ủy ban nhân dân", "People's Committee", ND_30_RECALLED);

  private static final DocumentCodeBook STANDARD =
      of(
          ImmutableList.of(
              RESOLUTION,
              DECISION,
              REGULATION,
              DIRECTIVE,
              CONCLUSION,
              WORKING_RULES,
              GUIDANCE,
              NOTICE,
              PLAN,
              REPORT,
              OFFICIAL_LETTER,
              ACTION_PROGRAMME,
              COPY,
              CIRCULAR,
              COMMUNIQUE,
              DECLARATION,
              APPEAL,
              MASTER_PLAN,
              PROGRAMME,
              SCHEME,
              OPTION_PLAN,
              PROJECT,
              SUBMISSION,
              MINUTES,
              LETTER_OF_INTRODUCTION,
              CERTIFICATE,
              INVITATION,
              TRAVEL_PAPER,
              LEAVE_PAPER,
              DISPATCH_SLIP,
              TRANSFER_SLIP,
              STATE_DECREE,
              STATE_CIRCULAR,
              STATE_DECISION,
              STATE_REGULATION,
              STATE_TRUE_COPY,
              STATE_EXTRACT_COPY,
              STATE_REPRODUCTION,
              STATE_REPORT,
              STATE_PLAN,
              STATE_NOTICE,
              STATE_SUBMISSION),
          ImmutableList.of(
              CENTRAL_COMMITTEE,
              CENTRAL_OFFICE,
              CENTRAL_ORGANISATION_COMMISSION,
              CENTRAL_INSPECTION_COMMISSION,
              CENTRAL_STEERING_COMMITTEE,
              PROVINCIAL_COMMITTEE,
              PROVINCIAL_COMMITTEE_OFFICE,
              PROVINCIAL_INSPECTION_COMMITTEE,
              PARTY_COMMITTEE,
              DISTRICT_COMMITTEE,
              URBAN_DISTRICT_COMMITTEE,
              CITY_COMMITTEE,
              TOWN_COMMITTEE,
              PARTY_CELL,
              PROVINCIAL_ORGANISATION_BOARD,
              PROVINCIAL_PROPAGANDA_BOARD,
              PROVINCIAL_MASS_MOBILISATION_BOARD,
              PROVINCIAL_INTERNAL_AFFAIRS_BOARD,
              GOVERNMENT,
              PRIME_MINISTER,
              GOVERNMENT_INSPECTORATE,
              PEOPLES_COMMITTEE));

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
   * Returns the built-in table: the constants of this class.
   *
   * @return the standard table, not null
   */
  public static DocumentCodeBook standard() {
    return STANDARD;
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
    return new DocumentCodeBook(ImmutableList.copyOf(types), ImmutableList.copyOf(issuers));
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
    return type(symbol.system(), symbol.typeCode());
  }

  /**
   * Returns the issuer named by a symbol: {@link #PROVINCIAL_COMMITTEE_OFFICE} for {@code 12-BC/VPTU}.
   *
   * @param symbol the symbol, not null
   * @return the issuer, or empty if this table does not know the symbol's issuer code in its system
   */
  public Optional<Issuer> issuerOf(DocumentSymbol symbol) {
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
