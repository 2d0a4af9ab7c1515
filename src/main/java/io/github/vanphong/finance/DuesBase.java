package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;

/**
 * What a member's monthly dues are reckoned from (căn cứ tính đảng phí): for example {@link
 * #SOCIAL_INSURANCE_SALARY}, the salary on which social insurance was paid the month before, of which a member in
 * compulsory social insurance pays 1% under Quy định 01-QĐ/TW. {@link #NONE} is the base of a fixed amount.
 */
public enum DuesBase implements Bilingual {
  /** Tiền lương tháng đóng bảo hiểm xã hội của tháng trước liền kề: last month's social-insurance salary base. */
  SOCIAL_INSURANCE_SALARY("Tiền lương tháng đóng bảo hiểm xã hội tháng trước", "Social-insurance salary of last month"),
  /** Tiền lương và các khoản phụ cấp tính đóng bảo hiểm xã hội: the salary and insured allowances. */
  SALARY_AND_ALLOWANCES("Tiền lương và các khoản phụ cấp", "Salary and allowances"),
  /** Tiền trợ cấp bảo hiểm xã hội: a sickness or maternity allowance paid by social insurance. */
  INSURANCE_ALLOWANCE("Tiền trợ cấp bảo hiểm xã hội", "Social-insurance allowance"),
  /** Lương hưu: a pension. */
  PENSION("Lương hưu", "Pension"),
  /** Mức lương tối thiểu vùng theo tháng: the regional minimum monthly wage where the member is active. */
  REGIONAL_MINIMUM_WAGE("Mức lương tối thiểu vùng theo tháng", "Regional minimum monthly wage"),
  /** Mức do tổ chức đảng quy định: an amount the Party organisation sets within the rule's bounds. */
  AMOUNT_SET_BY_ORGANISATION("Mức do tổ chức đảng quy định", "Amount set by the organisation"),
  /** Mức cố định: a fixed amount, reckoned from nothing. */
  NONE("Mức cố định", "Fixed amount");

  private final String vietnameseName;
  private final String englishName;

  DuesBase(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
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
