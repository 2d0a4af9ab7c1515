package io.github.vanphong.reception;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Bilingual;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The form of the reception register (sổ tiếp công dân) the law prescribes in a period, with its columns: Mẫu
 * 06-TCD of Thông tư 06/2014/TT-TTCP from 2014-12-15 to 2026-06-30, and Mẫu 03/TCD of Nghị định 154/2026/NĐ-CP, with
 * its 13 columns, from 2026-07-01. For example {@code RegisterForm.on(LocalDate.of(2026, 7, 15))} is {@link
 * #FORM_03_TCD}.
 *
 * <p>An entry is made under the form in force on its day ({@link ReceptionEntry#form()}); a day before 2014-12-15 has
 * no prescribed form. The columns of Mẫu 03/TCD were read in the decree's copy (verified); those of Mẫu 06-TCD are
 * the criteria Thông tư 06/2014/TT-TTCP, Điều 16 and 27 list, which were read (verified; the circular's own days in
 * force are reported).
 */
public enum RegisterForm implements Bilingual {
  /** Mẫu số 06-TCD: the register of Thông tư 06/2014/TT-TTCP, 8 columns. */
  FORM_06_TCD(
      "Sổ tiếp công dân, Mẫu số 06-TCD",
      "Reception register, Form 06-TCD",
      ReceptionBases.CIRCULAR_REGISTER,
      ImmutableList.of(
          RegisterColumn.NUMBER,
          RegisterColumn.DATE,
          RegisterColumn.NAME_AND_ADDRESS,
          RegisterColumn.PEOPLE,
          RegisterColumn.CONTENT,
          RegisterColumn.EARLIER_HANDLING,
          RegisterColumn.REQUESTS,
          RegisterColumn.OUTCOME)),
  /** Mẫu số 03/TCD: the register of Nghị định 154/2026/NĐ-CP, 13 columns. */
  FORM_03_TCD(
      "Sổ tiếp công dân, Mẫu số 03/TCD",
      "Reception register, Form 03/TCD",
      ReceptionBases.DECREE_REGISTER,
      ImmutableList.of(
          RegisterColumn.NUMBER,
          RegisterColumn.DATE,
          RegisterColumn.NAME_AND_ADDRESS,
          RegisterColumn.IDENTITY_PAPERS,
          RegisterColumn.CONTENT,
          RegisterColumn.KIND,
          RegisterColumn.PEOPLE,
          RegisterColumn.EARLIER_HANDLING,
          RegisterColumn.WITHIN_COMPETENCE,
          RegisterColumn.GUIDANCE,
          RegisterColumn.TRANSFER,
          RegisterColumn.FOLLOW_UP,
          RegisterColumn.NOTES));

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;
  private final ImmutableList<RegisterColumn> columns;

  RegisterForm(
      String vietnameseName, String englishName, LegalBasis basis, ImmutableList<RegisterColumn> columns) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
    this.columns = columns;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the instrument and the form's article, with its days in force and confirmation.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the days the form is prescribed: those of its basis.
   *
   * @return the days, not null
   */
  public Validity validity() {
    return basis.validity();
  }

  /**
   * Returns the columns, in the order of the form: 8 for Mẫu 06-TCD, 13 for Mẫu 03/TCD.
   *
   * @return the columns, not empty
   */
  public ImmutableList<RegisterColumn> columns() {
    return columns;
  }

  /**
   * Returns the form prescribed on a day.
   *
   * @param day the day, not null
   * @return the form, or empty before 2014-12-15
   */
  public static Optional<RegisterForm> on(LocalDate day) {
    requireNonNull(day, "day");
    for (RegisterForm form : values()) {
      if (form.validity().contains(day)) {
        return Optional.of(form);
      }
    }
    return Optional.empty();
  }
}
