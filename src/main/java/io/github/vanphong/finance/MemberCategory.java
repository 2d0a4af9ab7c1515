package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;

/**
 * The category of a Party member that decides the dues rule (đối tượng đóng đảng phí): for example a civil servant
 * pays a share of the salary, a student a fixed amount. A category is the member's situation in a month, not a
 * trait of the person: a member who retires moves from {@link #CIVIL_SERVANT} to {@link #PENSIONER}.
 *
 * <p>The categories are those of both regulations: each rule book maps them to its rules, and a category the rules of
 * a month do not name (sick or maternity leave under Quy định 342-QĐ/TW) has no rule that month.
 */
public enum MemberCategory implements Bilingual {
  /**
   * Cán bộ, công chức, viên chức, lực lượng vũ trang: a member paid a salary by the State or a political or social
   * organisation, in compulsory social insurance.
   */
  CIVIL_SERVANT("Cán bộ, công chức, viên chức, lực lượng vũ trang", "Civil servant"),
  /**
   * Người lao động: a member employed by an enterprise, a public-service unit or another employer, in compulsory
   * social insurance.
   */
  EMPLOYEE("Người lao động trong doanh nghiệp, đơn vị sự nghiệp", "Employee"),
  /**
   * Đảng viên nghỉ ốm đau, thai sản hưởng trợ cấp bảo hiểm xã hội: a member on sick or maternity leave paid an
   * allowance by social insurance.
   */
  ON_INSURED_LEAVE("Đảng viên nghỉ ốm đau, thai sản hưởng trợ cấp bảo hiểm xã hội", "On sick or maternity leave"),
  /** Đảng viên hưởng lương hưu: a member drawing a pension. */
  PENSIONER("Đảng viên hưởng lương hưu", "Pensioner"),
  /** Đảng viên là học sinh, sinh viên: a member who is a pupil or student. */
  STUDENT("Đảng viên là học sinh, sinh viên", "Student"),
  /**
   * Đảng viên khác chưa đến tuổi nghỉ hưu: a member outside social insurance, without a pension, below retirement age.
   */
  OTHER_BELOW_RETIREMENT_AGE("Đảng viên khác chưa đến tuổi nghỉ hưu", "Other member below retirement age"),
  /** Đảng viên khác từ tuổi nghỉ hưu: a member outside social insurance, without a pension, at or above it. */
  OTHER_AT_RETIREMENT_AGE("Đảng viên khác từ tuổi nghỉ hưu trở lên", "Other member at or above retirement age");

  private final String vietnameseName;
  private final String englishName;

  MemberCategory(String vietnameseName, String englishName) {
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
