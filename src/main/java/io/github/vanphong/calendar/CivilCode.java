package io.github.vanphong.calendar;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A civil code as the source of the rules that count a period of days, one constant per code: for example {@link
 * #CODE_2015}, Bộ luật Dân sự 91/2015/QH13, in force from 2017-01-01, under which a period starts the day after its
 * event (Điều 147), ends at 24:00 of its last day (Điều 148) and, if that day is a weekly rest day or a holiday, ends
 * on the next working day (Điều 148, khoản 5).
 *
 * <p>Both codes the library holds count a period of days the same way; they differ in the articles a deadline
 * cites. A {@link Deadline} cites the code in force on the day its period starts, the day of the start event ("ngày
 * được xác định", which the period does not count): {@link #inForceOn(LocalDate) inForceOn}. A period whose event falls on
 * 2016-12-31 is counted under the code of 2005 even though its first counted day falls under the code of 2015.
 *
 * <p>Confirmation: the code of 2015 is verified against its text (the official codification); of the code of 2005,
 * Điều 149 to 151 were read in a transcription of the code and Điều 153 in a page that quotes it in full (reported),
 * while Điều 152, the start of a period, is cited by its place in the chapter and its text was not read
 * (unconfirmed). No earlier code is held: a period that starts before 2006-01-01 is refused.
 */
public enum CivilCode implements Bilingual {
  /** Bộ luật Dân sự 33/2005/QH11, in force from 2006-01-01 to 2016-12-31: Điều 152 and 153. */
  CODE_2005(
      "Bộ luật Dân sự 2005",
      "Civil Code of 2005",
      Instruments.CIVIL_CODE_2005,
      basis(Instruments.CIVIL_CODE_2005, "Điều 152", Confirmation.UNCONFIRMED),
      basis(Instruments.CIVIL_CODE_2005, "Điều 153", Confirmation.REPORTED),
      basis(Instruments.CIVIL_CODE_2005, "Điều 153, khoản 5", Confirmation.REPORTED)),
  /** Bộ luật Dân sự 91/2015/QH13, in force from 2017-01-01: Điều 147 and 148. */
  CODE_2015(
      "Bộ luật Dân sự 2015",
      "Civil Code of 2015",
      Instruments.CIVIL_CODE_2015,
      LegalBasis.of(Instruments.CIVIL_CODE_2015, "Điều 147"),
      LegalBasis.of(Instruments.CIVIL_CODE_2015, "Điều 148"),
      LegalBasis.of(Instruments.CIVIL_CODE_2015, "Điều 148, khoản 5"));

  private final String vietnameseName;
  private final String englishName;
  private final Instrument instrument;
  private final LegalBasis countingStarts;
  private final LegalBasis countingEnds;
  private final LegalBasis endMovesToWorkingDay;

  CivilCode(
      String vietnameseName,
      String englishName,
      Instrument instrument,
      LegalBasis countingStarts,
      LegalBasis countingEnds,
      LegalBasis endMovesToWorkingDay) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.instrument = instrument;
    this.countingStarts = countingStarts;
    this.countingEnds = countingEnds;
    this.endMovesToWorkingDay = endMovesToWorkingDay;
  }

  private static LegalBasis basis(Instrument instrument, String article, Confirmation confirmation) {
    return LegalBasis.builder().instrument(instrument).article(article).confirmation(confirmation).build();
  }

  /**
   * Returns the code in force on the day a period starts, the day of its start event: {@link #CODE_2015} from
   * 2017-01-01, {@link #CODE_2005} from 2006-01-01 to 2016-12-31.
   *
   * @param day the day of the start event, from 2006-01-01, not null
   * @return the code in force, not null
   * @throws DateTimeException if the day is before 2006-01-01, the first day of the earliest code the library
   *     holds
   */
  public static CivilCode inForceOn(LocalDate day) {
    if (CODE_2015.instrument.isInForceOn(day)) {
      return CODE_2015;
    }
    if (CODE_2005.instrument.isInForceOn(day)) {
      return CODE_2005;
    }
    throw new DateTimeException(
        "day must lie on or after "
            + CODE_2005.instrument.inForceFrom()
            + ", the first day of "
            + CODE_2005.instrument.name()
            + ", the earliest code of counting periods the library holds: "
            + day);
  }

  /**
   * Returns the code as an instrument, for example {@link Instruments#CIVIL_CODE_2015}.
   *
   * @return the instrument, with its days in force, not null
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Returns the article under which a period counted in days starts the day after its event: "Bộ luật Dân sự
   * 91/2015/QH13, Điều 147" or "Bộ luật Dân sự 33/2005/QH11, Điều 152".
   *
   * @return the basis, not null
   */
  public LegalBasis countingStarts() {
    return countingStarts;
  }

  /**
   * Returns the article under which a period ends at 24:00 of its last day: "Bộ luật Dân sự 91/2015/QH13, Điều 148"
   * (khoản 1 and 6) or "Bộ luật Dân sự 33/2005/QH11, Điều 153" (khoản 1 and 6).
   *
   * @return the basis, not null
   */
  public LegalBasis countingEnds() {
    return countingEnds;
  }

  /**
   * Returns the article under which a period whose last day is a weekly rest day or a holiday ends at the end of
   * the next working day: "Bộ luật Dân sự 91/2015/QH13, Điều 148, khoản 5" or "Bộ luật Dân sự 33/2005/QH11, Điều 153,
   * khoản 5".
   *
   * @return the basis, not null
   */
  public LegalBasis endMovesToWorkingDay() {
    return endMovesToWorkingDay;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
