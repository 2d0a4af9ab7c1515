package io.github.vanphong.law;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * The instruments the library's rules rest on, each declared once: the laws on complaints, denunciations and citizen
 * reception with their decrees and circulars, the Party's regulations and guidance, the election law, the labour and
 * civil codes that make the working calendar, and the guidance on documents. For example {@link #DENUNCIATIONS_LAW_2011}, in force
 * from 2012-07-01 to 2018-12-31 and replaced by {@link #DENUNCIATIONS_LAW_2018}.
 *
 * <p>Each constant states the days in force the library relies on and how firmly it has confirmed them: {@link
 * Confirmation#VERIFIED} where the instrument's own text, or the official codification that carries it, was read;
 * {@link Confirmation#REPORTED} where an official or press source that cites it was read; {@link
 * Confirmation#UNCONFIRMED} where the day is a recollection or a compilation's, to be checked. Amendments and
 * replacements are listed where a rule of the library depends on them; the others an instrument had are not.
 * Constants are declared newest first in each family, since an instrument names the instruments that amended and
 * replaced it.
 *
 * <p>An application's own instruments (a province's quy chế, say) are made with {@link Instrument#of}; they need
 * not be here.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Instruments {

  private Instruments() {}

  // ---- complaints, denunciations, citizen reception: the laws ----------------------------------------------------

  /**
   * Luật 136/2025/QH15, amending the Complaints, Denunciations and Citizen Reception Laws, in force from 2026-07-01
   * (passed 2025-12-10; its text as reported by the Government's portal, not the codification).
   */
  public static final Instrument PETITION_LAWS_AMENDMENT_2025 =
      Instrument.builder()
          .name("Luật 136/2025/QH15")
          .inForceFrom(LocalDate.of(2026, 7, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  /** Luật Khiếu nại 02/2011/QH13, the Complaints Law, in force from 2012-07-01. */
  public static final Instrument COMPLAINTS_LAW_2011 =
      Instrument.builder()
          .name("Luật Khiếu nại 02/2011/QH13")
          .inForceFrom(LocalDate.of(2012, 7, 1))
          .addAmendedBy(PETITION_LAWS_AMENDMENT_2025)
          .build();

  /** Luật Tố cáo 25/2018/QH14, the Denunciations Law of 2018, in force from 2019-01-01. */
  public static final Instrument DENUNCIATIONS_LAW_2018 =
      Instrument.builder()
          .name("Luật Tố cáo 25/2018/QH14")
          .inForceFrom(LocalDate.of(2019, 1, 1))
          .addAmendedBy(PETITION_LAWS_AMENDMENT_2025)
          .build();

  /**
   * Luật Tố cáo 03/2011/QH13, the Denunciations Law of 2011, in force from 2012-07-01 to 2018-12-31, replaced by
   * {@link #DENUNCIATIONS_LAW_2018}.
   */
  public static final Instrument DENUNCIATIONS_LAW_2011 =
      Instrument.builder()
          .name("Luật Tố cáo 03/2011/QH13")
          .inForceFrom(LocalDate.of(2012, 7, 1))
          .inForceUntil(LocalDate.of(2018, 12, 31))
          .replacedBy(DENUNCIATIONS_LAW_2018)
          .build();

  /** Luật Tiếp công dân 42/2013/QH13, the Citizen Reception Law, in force from 2014-07-01. */
  public static final Instrument CITIZEN_RECEPTION_LAW_2013 =
      Instrument.builder()
          .name("Luật Tiếp công dân 42/2013/QH13")
          .inForceFrom(LocalDate.of(2014, 7, 1))
          .addAmendedBy(PETITION_LAWS_AMENDMENT_2025)
          .build();

  // ---- complaints, denunciations, citizen reception: decrees and circulars ---------------------------------------

  /**
   * Nghị định 154/2026/NĐ-CP (2026-05-15) detailing the Citizen Reception Law, in force from 2026-07-01 (its Điều 44):
   * the grounds for refusing a citizen, the reception register on Mẫu 03/TCD, the conclusion notice and the bodies
   * taking part at the reception offices. It replaces {@link #DECREE_64_2014} and takes over the forms of {@link
   * #CIRCULAR_06_2014_TTCP}, which name it as their replacement.
   */
  public static final Instrument DECREE_154_2026 =
      Instrument.of("Nghị định 154/2026/NĐ-CP", LocalDate.of(2026, 7, 1));

  /**
   * Nghị định 64/2014/NĐ-CP detailing the Citizen Reception Law, to 2026-06-30, replaced by {@link #DECREE_154_2026}
   * from 2026-07-01 (Nghị định 154/2026/NĐ-CP, Điều 44, read). No rule of the library cites it; it is declared so that
   * the replacement is recorded. Its first day, 2014-08-15, is a recollection, its text was not read: unconfirmed.
   */
  public static final Instrument DECREE_64_2014 =
      Instrument.builder()
          .name("Nghị định 64/2014/NĐ-CP")
          .inForceFrom(LocalDate.of(2014, 8, 15))
          .inForceUntil(LocalDate.of(2026, 6, 30))
          .replacedBy(DECREE_154_2026)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** Nghị định 155/2026/NĐ-CP, amending Nghị định 124/2020/NĐ-CP from 2026-07-01; known from a compilation. */
  public static final Instrument DECREE_155_2026 =
      Instrument.builder()
          .name("Nghị định 155/2026/NĐ-CP")
          .inForceFrom(LocalDate.of(2026, 7, 1))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Nghị định 124/2020/NĐ-CP, detailing the Complaints Law; its first day, 2020-12-04, is a recollection, its text
   * was not read.
   */
  public static final Instrument DECREE_124_2020 =
      Instrument.builder()
          .name("Nghị định 124/2020/NĐ-CP")
          .inForceFrom(LocalDate.of(2020, 12, 4))
          .addAmendedBy(DECREE_155_2026)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** Nghị định 156/2026/NĐ-CP, amending Nghị định 31/2019/NĐ-CP from 2026-07-01; known from a compilation. */
  public static final Instrument DECREE_156_2026 =
      Instrument.builder()
          .name("Nghị định 156/2026/NĐ-CP")
          .inForceFrom(LocalDate.of(2026, 7, 1))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** Nghị định 31/2019/NĐ-CP, detailing the Denunciations Law of 2018, in force from 2019-05-28. */
  public static final Instrument DECREE_31_2019 =
      Instrument.builder()
          .name("Nghị định 31/2019/NĐ-CP")
          .inForceFrom(LocalDate.of(2019, 5, 28))
          .addAmendedBy(DECREE_156_2026)
          .build();

  /** Thông tư 02/2016/TT-TTCP, amending Thông tư 07/2013/TT-TTCP, in force from 2016-12-05. */
  public static final Instrument CIRCULAR_02_2016_TTCP =
      Instrument.of("Thông tư 02/2016/TT-TTCP", LocalDate.of(2016, 12, 5));

  /** Thông tư 07/2013/TT-TTCP, the procedure for resolving administrative complaints, in force from 2013-12-16. */
  public static final Instrument CIRCULAR_07_2013_TTCP =
      Instrument.builder()
          .name("Thông tư 07/2013/TT-TTCP")
          .inForceFrom(LocalDate.of(2013, 12, 16))
          .addAmendedBy(CIRCULAR_02_2016_TTCP)
          .build();

  /**
   * Thông tư 05/2021/TT-TTCP, the procedure for processing complaints, denunciations, recommendations and feedback,
   * in force from 2021-11-15.
   */
  public static final Instrument CIRCULAR_05_2021_TTCP =
      Instrument.builder()
          .name("Thông tư 05/2021/TT-TTCP")
          .inForceFrom(LocalDate.of(2021, 11, 15))
          .build();

  /**
   * Thông tư 07/2014/TT-TTCP, the procedure for processing petition letters, in force from 2014-12-15 to
   * 2021-11-14, replaced by {@link #CIRCULAR_05_2021_TTCP}.
   */
  public static final Instrument CIRCULAR_07_2014_TTCP =
      Instrument.builder()
          .name("Thông tư 07/2014/TT-TTCP")
          .inForceFrom(LocalDate.of(2014, 12, 15))
          .inForceUntil(LocalDate.of(2021, 11, 14))
          .replacedBy(CIRCULAR_05_2021_TTCP)
          .build();

  /**
   * Thông tư 06/2014/TT-TTCP, the procedure for citizen reception, in force from 2014-12-15 to 2026-06-30, its forms
   * (the refusal notice Mẫu 01-TCD, the register Mẫu 06-TCD) taken over by {@link #DECREE_154_2026} from 2026-07-01.
   * Its Điều 4, 16 and 27 were read, so the rules that cite them are verified; its days in force and its end are as a
   * secondary source and the research notes give them (the clause that ends it was not read): reported.
   */
  public static final Instrument CIRCULAR_06_2014_TTCP =
      Instrument.builder()
          .name("Thông tư 06/2014/TT-TTCP")
          .inForceFrom(LocalDate.of(2014, 12, 15))
          .inForceUntil(LocalDate.of(2026, 6, 30))
          .replacedBy(DECREE_154_2026)
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- the Party's rules on denunciations, discipline and reception ------------------------------------------------

  /**
   * Quy định 296-QĐ/TW (2025-05-30) on the Party's inspection, supervision and discipline, replacing Quy định
   * 22-QĐ/TW; its text was not read.
   */
  public static final Instrument PARTY_REGULATION_296_2025 =
      Instrument.builder()
          .name("Quy định 296-QĐ/TW")
          .inForceFrom(LocalDate.of(2025, 5, 30))
          .confirmation(Confirmation.REPORTED)
          .build();

  /** Quy định 262-QĐ/TW (2025-02-03), amending Quy định 22-QĐ/TW; its text was not read. */
  public static final Instrument PARTY_REGULATION_262_2025 =
      Instrument.builder()
          .name("Quy định 262-QĐ/TW")
          .inForceFrom(LocalDate.of(2025, 2, 3))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Quy định 22-QĐ/TW (2021-07-28) on the Party's inspection, supervision and discipline, with its guidance
   * Hướng dẫn 02-HD/TW; amended by Quy định 262-QĐ/TW and replaced by Quy định 296-QĐ/TW from 2025-05-30.
   */
  public static final Instrument PARTY_REGULATION_22_2021 =
      Instrument.builder()
          .name("Quy định 22-QĐ/TW")
          .inForceFrom(LocalDate.of(2021, 7, 28))
          .inForceUntil(LocalDate.of(2025, 5, 29))
          .addAmendedBy(PARTY_REGULATION_262_2025)
          .replacedBy(PARTY_REGULATION_296_2025)
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * The guidance of the Ủy ban Kiểm tra Trung ương (the Party's central inspection committee) on resolving
   * denunciations under Quy định 22-QĐ/TW and its successor, known only as reported: the Party's time limit counts
   * from the day the competent Party body received the letter, and a denunciation received within 25 working days
   * (grassroots) or 30 (higher levels) before a congress opens is left to the new committee. Its number and first day
   * were not found: the day is that of Quy định 22-QĐ/TW, which it guides, and is <b>unconfirmed</b>.
   */
  public static final Instrument PARTY_INSPECTION_GUIDANCE =
      Instrument.builder()
          .name("Hướng dẫn của Ủy ban Kiểm tra Trung ương về giải quyết tố cáo (số hiệu chưa xác định)")
          .inForceFrom(LocalDate.of(2021, 7, 28))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Quy định 30-QĐ/TW (2016-07-26) on the Party's inspection, supervision and discipline, replaced by Quy định
   * 22-QĐ/TW from 2021-07-28.
   */
  public static final Instrument PARTY_REGULATION_30_2016 =
      Instrument.builder()
          .name("Quy định 30-QĐ/TW")
          .inForceFrom(LocalDate.of(2016, 7, 26))
          .inForceUntil(LocalDate.of(2021, 7, 27))
          .replacedBy(PARTY_REGULATION_22_2021)
          .confirmation(Confirmation.REPORTED)
          .build();

  /** Kết luận 215-KL/TW (2025-11-23) of the Politburo, amending the Party's rules on reception. */
  public static final Instrument PARTY_CONCLUSION_215_2025 =
      Instrument.builder()
          .name("Kết luận 215-KL/TW")
          .inForceFrom(LocalDate.of(2025, 11, 23))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Quy định 11-QĐi/TW (2019-02-18) on the duty of a party committee's head to receive citizens, amended by Kết
   * luận 215-KL/TW.
   */
  public static final Instrument PARTY_REGULATION_11_2019 =
      Instrument.builder()
          .name("Quy định 11-QĐi/TW")
          .inForceFrom(LocalDate.of(2019, 2, 18))
          .addAmendedBy(PARTY_CONCLUSION_215_2025)
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- the organisation and its staff ---------------------------------------------------------------------------

  /**
   * Quy định 298-QĐ/TW (2025-06-09) on the organisation of a party committee directly above grassroots organisations
   * at commune, ward and special-zone level: its Điều 4 (quoted by luatvietnam.vn) sets the advisory bodies and units
   * of those committees, whose staff norm and its transition the guidance of the Central Organisation Commission
   * gives ({@link #ORGANISATION_GUIDANCE_31_2025}). Its first day is taken as the day it was signed; as reported.
   */
  public static final Instrument PARTY_REGULATION_298_2025 =
      Instrument.builder()
          .name("Quy định 298-QĐ/TW")
          .inForceFrom(LocalDate.of(2025, 6, 9))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Hướng dẫn 31-HD/BTCTW (2025-04-23) of the Central Organisation Commission, on ending the district level of the
   * Party's organisation and staffing the new communes.
   */
  public static final Instrument ORGANISATION_GUIDANCE_31_2025 =
      Instrument.builder()
          .name("Hướng dẫn 31-HD/BTCTW")
          .inForceFrom(LocalDate.of(2025, 4, 23))
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- elections -----------------------------------------------------------------------------------------------

  /**
   * Luật 83/2025/QH15 (2025-06-24), amending the Election Law, in force from 2025-07-01 (its full text read): it
   * shortens the day counts of the candidate steps and of the results (Điều 1, khoản 23), removes the district level
   * and lets the National Election Council move the steps (Điều 98, khoản 3, new).
   */
  public static final Instrument ELECTION_LAW_AMENDMENT_2025 =
      Instrument.of("Luật 83/2025/QH15", LocalDate.of(2025, 7, 1));

  /**
   * Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13, the Election Law, amended by {@link
   * #ELECTION_LAW_AMENDMENT_2025}. Its articles were read in the official codification; its first day, 2015-09-01, was
   * not found in what was read: the instrument is marked unconfirmed for that day, and each rule that cites an
   * article read says so in its own basis.
   */
  public static final Instrument ELECTION_LAW_2015 =
      Instrument.builder()
          .name("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13")
          .inForceFrom(LocalDate.of(2015, 9, 1))
          .addAmendedBy(ELECTION_LAW_AMENDMENT_2025)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  // ---- the Party Statute, its congresses and elections in the Party ---------------------------------------------

  /**
   * Điều lệ Đảng Cộng sản Việt Nam, the Party Statute adopted by the XI Congress on 2011-01-19 and still the Statute
   * after the XIV Congress (as reported): the terms of congresses (Điều 15, 18, 22, 24). Only some of its articles were
   * read, in reproductions; the rules that cite it say how firmly each.
   */
  public static final Instrument PARTY_STATUTE_2011 =
      Instrument.builder()
          .name("Điều lệ Đảng Cộng sản Việt Nam 2011")
          .inForceFrom(LocalDate.of(2011, 1, 19))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Quy định 294-QĐ/TW (2025-05-26) on implementing the Party Statute, in force from 2025-07-01 (as reported): the
   * Party's organisation no longer has a district level, and cells try holding their congress once in five years. Its
   * text was not read.
   */
  public static final Instrument PARTY_REGULATION_294_2025 =
      Instrument.builder()
          .name("Quy định 294-QĐ/TW")
          .inForceFrom(LocalDate.of(2025, 7, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Quy định 190-QĐ/TW (2024-10-10), the rules of elections in the Party (Quy chế bầu cử trong Đảng), replacing Quy
   * định 244-QĐ/TW, for congresses from the cell to the province; guided by Hướng dẫn 04-HD/TW (2024-12-31). Its
   * articles are known from press excerpts, not its text; that it is in force from the day it was issued is an
   * assumption, <b>unconfirmed</b>.
   */
  public static final Instrument PARTY_REGULATION_190_2024 =
      Instrument.builder()
          .name("Quy định 190-QĐ/TW")
          .inForceFrom(LocalDate.of(2024, 10, 10))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Quy định 244-QĐ/TW (2014-06-09), the rules of elections in the Party until Quy định 190-QĐ/TW replaced it on
   * 2024-10-10; its articles are known from excerpts quoted by the Party's press.
   */
  public static final Instrument PARTY_REGULATION_244_2014 =
      Instrument.builder()
          .name("Quy định 244-QĐ/TW")
          .inForceFrom(LocalDate.of(2014, 6, 9))
          .inForceUntil(LocalDate.of(2024, 10, 9))
          .replacedBy(PARTY_REGULATION_190_2024)
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- days, deadlines and the working week --------------------------------------------------------------------

  /** Bộ luật Dân sự 91/2015/QH13, the Civil Code of 2015, in force from 2017-01-01. */
  public static final Instrument CIVIL_CODE_2015 =
      Instrument.of("Bộ luật Dân sự 91/2015/QH13", LocalDate.of(2017, 1, 1));

  /**
   * Bộ luật Dân sự 33/2005/QH11, the Civil Code of 2005, passed 2005-06-14, in force from 2006-01-01 to 2016-12-31
   * (Nghị quyết 45/2005/QH11, khoản 1, as reproduced by thuvienphapluat.vn), replaced by {@link #CIVIL_CODE_2015}; its
   * chapter on periods (Điều 149 to 153) was read in a transcription and a page that quotes it. The earliest code of
   * counting periods the library holds: its first day is the first day the working calendar answers for.
   */
  public static final Instrument CIVIL_CODE_2005 =
      Instrument.builder()
          .name("Bộ luật Dân sự 33/2005/QH11")
          .inForceFrom(LocalDate.of(2006, 1, 1))
          .inForceUntil(LocalDate.of(2016, 12, 31))
          .replacedBy(CIVIL_CODE_2015)
          .confirmation(Confirmation.REPORTED)
          .build();

  /** Bộ luật Lao động 45/2019/QH14, the Labour Code of 2019, in force from 2021-01-01. */
  public static final Instrument LABOUR_CODE_2019 =
      Instrument.of("Bộ luật Lao động 45/2019/QH14", LocalDate.of(2021, 1, 1));

  /**
   * Bộ luật Lao động 10/2012/QH13, the Labour Code of 2012, in force from 2013-05-01 to 2020-12-31, replaced by
   * {@link #LABOUR_CODE_2019}.
   */
  public static final Instrument LABOUR_CODE_2012 =
      Instrument.builder()
          .name("Bộ luật Lao động 10/2012/QH13")
          .inForceFrom(LocalDate.of(2013, 5, 1))
          .inForceUntil(LocalDate.of(2020, 12, 31))
          .replacedBy(LABOUR_CODE_2019)
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Luật 84/2007/QH11, amending Điều 73 of the Labour Code of 1994 to make the Hùng Kings' day (10/3 âm lịch) a paid
   * holiday, passed by the National Assembly on 2007-04-02; its Điều 2 puts it in force "từ ngày công bố", from the
   * day it was promulgated, which was not found (full text reproduced by antlawyers.vn; giadinh.suckhoedoisong.vn
   * reports the holiday from 2007). The library takes the day it was passed, 2007-04-02, the earliest it can be:
   * unconfirmed, though any day up to Giỗ Tổ 2007 (2007-04-26) gives the same holidays.
   */
  public static final Instrument LABOUR_CODE_AMENDMENT_2007 =
      Instrument.builder()
          .name("Luật 84/2007/QH11")
          .inForceFrom(LocalDate.of(2007, 4, 2))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * The Labour Code of 1994 (passed 1994-06-23), in force from 1995-01-01 to 2013-04-30, amended in 2007 by {@link
   * #LABOUR_CODE_AMENDMENT_2007} and replaced by {@link #LABOUR_CODE_2012}. The earliest code of holidays the
   * library holds.
   */
  public static final Instrument LABOUR_CODE_1994 =
      Instrument.builder()
          .name("Bộ luật Lao động 1994")
          .inForceFrom(LocalDate.of(1995, 1, 1))
          .inForceUntil(LocalDate.of(2013, 4, 30))
          .addAmendedBy(LABOUR_CODE_AMENDMENT_2007)
          .replacedBy(LABOUR_CODE_2012)
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Quyết định 188/1999/QĐ-TTg of the Prime Minister (1999-09-17), the forty-hour week of Monday to Friday, Saturday
   * and Sunday off, for the public service and political organisations (Điều 1, read in hethongphapluat.com's and
   * vbpl.vn's copies), in force from 1999-10-02 as Nhân Dân reported on 1999-08-29; before it these offices worked
   * six days a week.
   */
  public static final Instrument FORTY_HOUR_WEEK_1999 =
      Instrument.builder()
          .name("Quyết định 188/1999/QĐ-TTg")
          .inForceFrom(LocalDate.of(1999, 10, 2))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị quyết 28/2026/QH16, reported to make 24 November, the Day of Vietnamese Culture, a day off from
   * 2026-07-01; not confirmed.
   */
  public static final Instrument CULTURE_DAY_RESOLUTION_2026 =
      Instrument.builder()
          .name("Nghị quyết 28/2026/QH16")
          .inForceFrom(LocalDate.of(2026, 7, 1))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  // ---- documents ------------------------------------------------------------------------------------------------

  /** Nghị định 30/2020/NĐ-CP on the State's clerical work, in force from 2020-03-05. */
  public static final Instrument STATE_CLERICAL_DECREE_2020 =
      Instrument.builder()
          .name("Nghị định 30/2020/NĐ-CP")
          .inForceFrom(LocalDate.of(2020, 3, 5))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Hướng dẫn 36-HD/VPTW (2018-04-03) of the Central Party Office on the format and presentation of Party
   * documents.
   */
  public static final Instrument PARTY_DOCUMENT_FORMAT_2018 =
      Instrument.builder()
          .name("Hướng dẫn 36-HD/VPTW")
          .inForceFrom(LocalDate.of(2018, 4, 3))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Hướng dẫn 11-HD/VPTW (2004-05-28) of the Central Party Office on the format of Party documents ("về thể thức văn
   * bản của Đảng"), replaced by {@link #PARTY_DOCUMENT_FORMAT_2018} from 2018-04-03. The date is that of the
   * reproduction read (phonha.com), which gives the opening of Mục I (the mandatory components: the heading, the
   * issuing body); the rest of its text was not read. The library takes it in force from the day it is dated.
   */
  public static final Instrument PARTY_DOCUMENT_FORMAT_2004 =
      Instrument.builder()
          .name("Hướng dẫn 11-HD/VPTW")
          .inForceFrom(LocalDate.of(2004, 5, 28))
          .inForceUntil(LocalDate.of(2018, 4, 2))
          .replacedBy(PARTY_DOCUMENT_FORMAT_2018)
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Hướng dẫn 35-HD/VPTW (2010-10-18) of the Central Party Office: sample retention tables for provincial and
   * district Party bodies.
   */
  public static final Instrument PARTY_RETENTION_GUIDANCE_2010 =
      Instrument.builder()
          .name("Hướng dẫn 35-HD/VPTW")
          .inForceFrom(LocalDate.of(2010, 10, 18))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Công văn 160-CV/TW (1988-10-26): the retention periods of the Party's central documents ("tài liệu chủ yếu của
   * Đảng ở Trung ương"), counted "từ sau khi hình thành đơn vị bảo quản", from the formation of the file unit; as
   * reported. It does not cover provincial or district bodies, whose tables are {@link
   * #PARTY_RETENTION_GUIDANCE_2010}'s.
   */
  public static final Instrument PARTY_CENTRAL_RETENTION_1988 =
      Instrument.builder()
          .name("Công văn 160-CV/TW")
          .inForceFrom(LocalDate.of(1988, 10, 26))
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- Party assets ----------------------------------------------------------------------------------------------

  /**
   * Luật Quản lý, sử dụng tài sản công 15/2017/QH14, the Public Assets Law, in force from 2018-01-01 (its Điều 133 as
   * reproduced by secondary sources; the articles the asset rules cite, Điều 38 and Điều 67, were read in the
   * codification). Amended several times since (Luật 64/2020 to 90/2025); the amendments are not listed, since no
   * rule of the library rests on their text.
   */
  public static final Instrument PUBLIC_ASSETS_LAW_2017 =
      Instrument.builder()
          .name("Luật Quản lý, sử dụng tài sản công 15/2017/QH14")
          .inForceFrom(LocalDate.of(2018, 1, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị định 52/2026/NĐ-CP on the assets of Party bodies, dated and in force 2026-02-02 (as reported by the press);
   * it replaces {@link #PARTY_ASSETS_DECREE_2017}. Its articles were not read.
   */
  public static final Instrument PARTY_ASSETS_DECREE_2026 =
      Instrument.builder()
          .name("Nghị định 52/2026/NĐ-CP")
          .inForceFrom(LocalDate.of(2026, 2, 2))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị định 165/2017/NĐ-CP on the management and use of assets at Party bodies, dated 2017-12-31, until
   * 2026-02-01, replaced by {@link #PARTY_ASSETS_DECREE_2026}. Its articles were read in the codification; the first
   * day in force is taken as the day it was signed, unconfirmed.
   */
  public static final Instrument PARTY_ASSETS_DECREE_2017 =
      Instrument.builder()
          .name("Nghị định 165/2017/NĐ-CP")
          .inForceFrom(LocalDate.of(2017, 12, 31))
          .inForceUntil(LocalDate.of(2026, 2, 1))
          .replacedBy(PARTY_ASSETS_DECREE_2026)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Thông tư 23/2023/TT-BTC on the management, wear and depreciation of fixed assets, dated 2023-04-25, in force from
   * 2023-06-10 (its articles read in the codification; the day as the compiled reference reports it).
   */
  public static final Instrument FIXED_ASSETS_CIRCULAR_2023 =
      Instrument.builder()
          .name("Thông tư 23/2023/TT-BTC")
          .inForceFrom(LocalDate.of(2023, 6, 10))
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- end of Party assets ---------------------------------------------------------------------------------------

  // ---- Party finance: dues and the regional minimum wage they are reckoned from ----------------------------------

  /**
   * Quy định 01-QĐ/TW (2026-02-03) of the Bộ Chính trị on Party dues, applying from 2026-02-01 (as reported by the
   * press: its text was not read): the rates by member category, exemptions and reductions, and the collection and
   * allocation of dues. It replaces Quy định 342-QĐ/TW.
   */
  public static final Instrument PARTY_DUES_REGULATION_01_2026 =
      Instrument.builder()
          .name("Quy định 01-QĐ/TW")
          .inForceFrom(LocalDate.of(2026, 2, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Quy định 342-QĐ/TW (2010-12-28) of the Bộ Chính trị on Party dues, in force from 2011-04-01 (as reported) until
   * Quy định 01-QĐ/TW replaced it from 2026-02-01.
   */
  public static final Instrument PARTY_DUES_REGULATION_342_2010 =
      Instrument.builder()
          .name("Quy định 342-QĐ/TW")
          .inForceFrom(LocalDate.of(2011, 4, 1))
          .inForceUntil(LocalDate.of(2026, 1, 31))
          .replacedBy(PARTY_DUES_REGULATION_01_2026)
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị định 293/2025/NĐ-CP (2025-11-10) on the minimum wage of employees under labour contracts, in force from
   * 2026-01-01: its monthly amounts by region (Điều 3) are as reported by the Government's and the press's summaries.
   */
  public static final Instrument MINIMUM_WAGE_DECREE_293_2025 =
      Instrument.builder()
          .name("Nghị định 293/2025/NĐ-CP")
          .inForceFrom(LocalDate.of(2026, 1, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị định 74/2024/NĐ-CP on the minimum wage, in force from 2024-07-01 until Nghị định 293/2025/NĐ-CP replaced it
   * from 2026-01-01; its monthly amounts are those the press gives as the amounts raised in 2026.
   */
  public static final Instrument MINIMUM_WAGE_DECREE_74_2024 =
      Instrument.builder()
          .name("Nghị định 74/2024/NĐ-CP")
          .inForceFrom(LocalDate.of(2024, 7, 1))
          .inForceUntil(LocalDate.of(2025, 12, 31))
          .replacedBy(MINIMUM_WAGE_DECREE_293_2025)
          .confirmation(Confirmation.REPORTED)
          .build();

  // ---- the State budget, whose calendar the Party's budget follows -------------------------------------------
  // (Party finance and assets: the budget calendar)

  /**
   * Luật Ngân sách nhà nước 89/2025/QH15, the State Budget Law of 2025 (passed 2025-06-25), in force from
   * 2026-01-01 as a compilation reports; the day it was passed was read in the preamble of {@link
   * #CIRCULAR_26_2026_BTC}. It governs the budget from budget year 2026 and the accounts from those of 2025.
   */
  public static final Instrument STATE_BUDGET_LAW_2025 =
      Instrument.builder()
          .name("Luật Ngân sách nhà nước 89/2025/QH15")
          .inForceFrom(LocalDate.of(2026, 1, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Luật Ngân sách nhà nước 83/2015/QH13, the State Budget Law of 2015, in force from 2017-01-01 to 2025-12-31 and
   * replaced by {@link #STATE_BUDGET_LAW_2025}; its articles on the budget year and the estimate calendar (Điều 14,
   * Điều 44) were read in the codification. Its days in force are a compilation's.
   */
  public static final Instrument STATE_BUDGET_LAW_2015 =
      Instrument.builder()
          .name("Luật Ngân sách nhà nước 83/2015/QH13")
          .inForceFrom(LocalDate.of(2017, 1, 1))
          .inForceUntil(LocalDate.of(2025, 12, 31))
          .replacedBy(STATE_BUDGET_LAW_2025)
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị định 73/2026/NĐ-CP (2026-03-10), detailing the State Budget Law of 2025. The day it is dated was read in
   * {@link #CIRCULAR_26_2026_BTC}; the day it came into force was not, and the library takes it in force from the
   * day it is dated: unconfirmed.
   */
  public static final Instrument DECREE_73_2026 =
      Instrument.builder()
          .name("Nghị định 73/2026/NĐ-CP")
          .inForceFrom(LocalDate.of(2026, 3, 10))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Thông tư 26/2026/TT-BTC of the Ministry of Finance, detailing {@link #DECREE_73_2026}: in force from
   * 2026-03-25 and applied from budget year 2026 (Điều 38, khoản 1), its transition (Điều 37) and year-end dates
   * (Điều 15, Điều 19) read in a transcription of its text.
   */
  public static final Instrument CIRCULAR_26_2026_BTC =
      Instrument.builder().name("Thông tư 26/2026/TT-BTC").inForceFrom(LocalDate.of(2026, 3, 25)).build();

  private static final ImmutableList<Instrument> BUDGET =
      ImmutableList.of(STATE_BUDGET_LAW_2025, STATE_BUDGET_LAW_2015, DECREE_73_2026, CIRCULAR_26_2026_BTC);

  // ---- end of the State budget --------------------------------------------------------------------------------

  // ---- cars: the norms of official cars -------------------------------------------------------------------------

  /**
   * Nghị định 153/2025/NĐ-CP, amending {@link #CAR_DECREE_2023}, in force from 2025-07-01: the pooled cars of a
   * provincial office by the province's area (its text as reported by the press, not read in the codification).
   */
  public static final Instrument CAR_DECREE_AMENDMENT_2025 =
      Instrument.builder()
          .name("Nghị định 153/2025/NĐ-CP")
          .inForceFrom(LocalDate.of(2025, 7, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị định 72/2023/NĐ-CP (2023-09-26), the norms of official cars, in force from 2023-11-10; its original text read
   * in the codification, amended by {@link #CAR_DECREE_AMENDMENT_2025}.
   */
  public static final Instrument CAR_DECREE_2023 =
      Instrument.builder()
          .name("Nghị định 72/2023/NĐ-CP")
          .inForceFrom(LocalDate.of(2023, 11, 10))
          .addAmendedBy(CAR_DECREE_AMENDMENT_2025)
          .build();

  private static final ImmutableList<Instrument> CARS = ImmutableList.of(CAR_DECREE_AMENDMENT_2025, CAR_DECREE_2023);

  // ---- end of cars ------------------------------------------------------------------------------------------------

  // ---- reporting regimes: periodic reports ----------------------------------------------------------------------

  /**
   * Nghị định 09/2019/NĐ-CP (2019-01-24), the reporting regime of State administrative bodies, in force from 2019-03-12
   * (as reported): the cut-off periods (Điều 12), the due day of reports to the Government (Điều 13) and the minimum of
   * one working day between cut-off and due day (Điều 8, khoản 5). No amendment or replacement was found.
   */
  public static final Instrument DECREE_09_2019 =
      Instrument.builder()
          .name("Nghị định 09/2019/NĐ-CP")
          .inForceFrom(LocalDate.of(2019, 3, 12))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Nghị định 60/2018/NĐ-CP, the national statistical reporting regime, whose monthly reports count calendar months
   * (as reported). Its first day here is the day it was signed, 2018-04-20: unconfirmed.
   */
  public static final Instrument DECREE_60_2018 =
      Instrument.builder()
          .name("Nghị định 60/2018/NĐ-CP")
          .inForceFrom(LocalDate.of(2018, 4, 20))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Thông tư 06/2025/TT-TTCP (2025-09-29), the information and reporting regime of inspection, citizen reception,
   * complaints, denunciations and anti-corruption work, in force from 2025-09-30 (as reported). Its periods and due
   * days were not read.
   */
  public static final Instrument CIRCULAR_06_2025_TTCP =
      Instrument.builder()
          .name("Thông tư 06/2025/TT-TTCP")
          .inForceFrom(LocalDate.of(2025, 9, 30))
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * Thông tư 01/2024/TT-TTCP, the reporting regime of inspection and petition work, replaced by {@link
   * #CIRCULAR_06_2025_TTCP}. Its first day here is 2024-01-20, the day a provincial site names; that day and its last,
   * 2025-09-29, are unconfirmed.
   */
  public static final Instrument CIRCULAR_01_2024_TTCP =
      Instrument.builder()
          .name("Thông tư 01/2024/TT-TTCP")
          .inForceFrom(LocalDate.of(2024, 1, 20))
          .inForceUntil(LocalDate.of(2025, 9, 29))
          .replacedBy(CIRCULAR_06_2025_TTCP)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Thông tư 02/2021/TT-TTCP (2021-03-22), the reporting regime of inspection and petition work, in force from
   * 2021-05-10 (as reported), replaced by {@link #CIRCULAR_01_2024_TTCP}; its last day, the day before that one's
   * first, is unconfirmed.
   */
  public static final Instrument CIRCULAR_02_2021_TTCP =
      Instrument.builder()
          .name("Thông tư 02/2021/TT-TTCP")
          .inForceFrom(LocalDate.of(2021, 5, 10))
          .inForceUntil(LocalDate.of(2024, 1, 19))
          .replacedBy(CIRCULAR_01_2024_TTCP)
          .confirmation(Confirmation.REPORTED)
          .build();

  private static final ImmutableList<Instrument> REPORTING =
      ImmutableList.of(
          DECREE_09_2019, DECREE_60_2018, CIRCULAR_06_2025_TTCP, CIRCULAR_01_2024_TTCP, CIRCULAR_02_2021_TTCP);

  // ---- end of reporting regimes -----------------------------------------------------------------------------------
  // ---- the archive: files, hand-over, disposal ------------------------------------------------------------------

  /**
   * Luật Lưu trữ 33/2024/QH15, the Archives Law, passed 2024-06-21 and in force from 2025-07-01: its number and the
   * day it was passed as the Official Gazette's copy shows them, its articles on disposal not read (reported).
   */
  public static final Instrument ARCHIVES_LAW_2024 =
      Instrument.builder()
          .name("Luật Lưu trữ 33/2024/QH15")
          .inForceFrom(LocalDate.of(2025, 7, 1))
          .confirmation(Confirmation.REPORTED)
          .build();

  private static final ImmutableList<Instrument> ARCHIVE = ImmutableList.of(ARCHIVES_LAW_2024);

  // ---- end of the archive ---------------------------------------------------------------------------------------
  // ---- work programmes ------------------------------------------------------------------------------------------

  /**
   * Hướng dẫn 03-HD/VPTW (1998-02-06) of the Central Party Office on drawing up a party committee's work
   * programmes ("Xây dựng chương trình công tác của cấp ủy"): the list of programmes, by body and period (the
   * executive committee's programmes for its term and its year, the standing committee's for the year, the quarter
   * and the month, the standing members' for the week). Its opening was read; its deadlines for issuing each
   * programme were not, nor whether a later guidance replaced it. The library takes it in force from the day it is
   * dated.
   */
  public static final Instrument PARTY_PROGRAMME_GUIDANCE_1998 =
      Instrument.builder()
          .name("Hướng dẫn 03-HD/VPTW")
          .inForceFrom(LocalDate.of(1998, 2, 6))
          .confirmation(Confirmation.VERIFIED)
          .build();

  private static final ImmutableList<Instrument> PROGRAMMES = ImmutableList.of(PARTY_PROGRAMME_GUIDANCE_1998);

  // ---- end of work programmes -------------------------------------------------------------------------------------

  private static final ImmutableList<Instrument> ALL =
      ImmutableList.<Instrument>builder()
          .add(
          PETITION_LAWS_AMENDMENT_2025,
          COMPLAINTS_LAW_2011,
          DENUNCIATIONS_LAW_2018,
          DENUNCIATIONS_LAW_2011,
          CITIZEN_RECEPTION_LAW_2013,
          DECREE_154_2026,
          DECREE_64_2014,
          DECREE_155_2026,
          DECREE_124_2020,
          DECREE_156_2026,
          DECREE_31_2019,
          CIRCULAR_02_2016_TTCP,
          CIRCULAR_07_2013_TTCP,
          CIRCULAR_05_2021_TTCP,
          CIRCULAR_07_2014_TTCP,
          CIRCULAR_06_2014_TTCP,
          PARTY_REGULATION_296_2025,
          PARTY_REGULATION_262_2025,
          PARTY_REGULATION_22_2021,
          PARTY_INSPECTION_GUIDANCE,
          PARTY_REGULATION_30_2016,
          PARTY_CONCLUSION_215_2025,
          PARTY_REGULATION_11_2019,
          PARTY_REGULATION_298_2025,
          ORGANISATION_GUIDANCE_31_2025,
          ELECTION_LAW_AMENDMENT_2025,
          ELECTION_LAW_2015,
          CIVIL_CODE_2015,
          CIVIL_CODE_2005,
          LABOUR_CODE_2019,
          LABOUR_CODE_2012,
          LABOUR_CODE_AMENDMENT_2007,
          LABOUR_CODE_1994,
          FORTY_HOUR_WEEK_1999,
          CULTURE_DAY_RESOLUTION_2026,
          STATE_CLERICAL_DECREE_2020,
          PARTY_DOCUMENT_FORMAT_2018,
          PARTY_DOCUMENT_FORMAT_2004,
          PARTY_RETENTION_GUIDANCE_2010,
          PARTY_CENTRAL_RETENTION_1988,
          // Party finance
          PARTY_DUES_REGULATION_01_2026,
          PARTY_DUES_REGULATION_342_2010,
          MINIMUM_WAGE_DECREE_293_2025,
          MINIMUM_WAGE_DECREE_74_2024,
          // Party assets
          PUBLIC_ASSETS_LAW_2017,
          PARTY_ASSETS_DECREE_2026,
          PARTY_ASSETS_DECREE_2017,
          FIXED_ASSETS_CIRCULAR_2023)
          .addAll(BUDGET)
          // cars
          .addAll(CARS)
          // reporting regimes
          .addAll(REPORTING)
          // the archive
          .addAll(ARCHIVE)
          // work programmes
          .addAll(PROGRAMMES)
          .build();

  /**
   * Returns every instrument declared here, in the order of this class.
   *
   * @return the instruments, not null
   */
  public static ImmutableList<Instrument> all() {
    return ALL;
  }
}
