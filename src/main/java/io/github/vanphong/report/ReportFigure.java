package io.github.vanphong.report;

import io.github.vanphong.Bilingual;

/**
 * A figure of an office's periodic report ({@link OfficeReport}), with its name in both languages so that an
 * application renders the report in either without printing a Java name: for example {@link #PETITIONS}, "Đơn thư
 * tiếp nhận trong kỳ" and "Petitions received in the period". The figures are grouped by the domain they come from, in
 * the order a report reads: staffing, petitions, receptions, documents, action items, the work programme, elections,
 * congresses, dues and assets.
 */
public enum ReportFigure implements Bilingual {
  /** Units whose staffing is counted. */
  STAFFED_UNITS("Đơn vị được tính biên chế", "Units whose staff are counted"),
  /** Staff counted against the norms. */
  STAFF("Cán bộ, công chức trong biên chế", "Staff counted"),
  /** Units whose staff fall below their norm. */
  UNITS_BELOW_NORM("Đơn vị thiếu biên chế so với định mức", "Units below their staffing norm"),
  /** Petitions received in the period. */
  PETITIONS("Đơn thư tiếp nhận trong kỳ", "Petitions received in the period"),
  /** Of those, the ones still open at the period's end. */
  PETITIONS_OPEN("Đơn thư chưa giải quyết xong", "Petitions still open"),
  /** Duties of a time limit overdue at the period's end. */
  PETITION_DUTIES_OVERDUE("Việc quá hạn giải quyết", "Petition duties overdue"),
  /** Reception sessions held in the period. */
  RECEPTION_SESSIONS("Buổi tiếp công dân", "Reception sessions"),
  /** Matters received at them. */
  RECEPTION_MATTERS("Vụ việc tiếp nhận khi tiếp công dân", "Cases received at reception"),
  /** Citizens received at them. */
  CITIZENS_RECEIVED("Lượt công dân được tiếp", "Citizens received"),
  /** Documents issued in the period's months. */
  DOCUMENTS_ISSUED("Văn bản ban hành", "Documents issued"),
  /** Numbers voided in those months. */
  DOCUMENTS_VOIDED("Số văn bản bị hủy", "Document numbers voided"),
  /** Action items of briefings assigned by the period's end. */
  ACTION_ITEMS("Nhiệm vụ sau giao ban", "Action items of briefings"),
  /** Of those, the ones reported done. */
  ACTION_ITEMS_DONE("Nhiệm vụ đã hoàn thành", "Action items done"),
  /** Of those, the ones overdue at the period's end. */
  ACTION_ITEMS_OVERDUE("Nhiệm vụ quá hạn", "Action items overdue"),
  /** Items of the work programmes. */
  PROGRAMME_ITEMS("Nội dung trong chương trình công tác", "Work programme items"),
  /** Of those, the ones discussed and concluded. */
  PROGRAMME_CONCLUDED("Nội dung đã cho ý kiến kết luận", "Work programme items concluded"),
  /** Of those, the open ones late. */
  PROGRAMME_LATE("Nội dung chậm so với chương trình", "Work programme items late"),
  /** Milestones of elections followed. */
  ELECTION_MILESTONES("Mốc công việc bầu cử", "Election milestones"),
  /** Of those, overdue. */
  ELECTION_MILESTONES_OVERDUE("Mốc công việc bầu cử quá hạn", "Election milestones overdue"),
  /** Party organisations whose congress is followed. */
  CONGRESSES("Tổ chức đảng theo dõi đại hội", "Party organisations followed for their congress"),
  /** Of those, overdue for their congress. */
  CONGRESSES_OVERDUE("Tổ chức đảng quá hạn đại hội", "Party organisations overdue for their congress"),
  /** Dues collected by the cells, in đồng. */
  DUES_COLLECTED("Đảng phí thu được (đồng)", "Dues collected (đồng)"),
  /** Dues kept at their levels, in đồng. */
  DUES_KEPT("Đảng phí trích giữ lại (đồng)", "Dues kept (đồng)"),
  /** Dues sent up, in đồng. */
  DUES_SENT_UP("Đảng phí nộp cấp trên (đồng)", "Dues sent up (đồng)"),
  /** Assets on the registers. */
  ASSETS("Tài sản đang theo dõi", "Assets on the registers"),
  /** Their value, in đồng. */
  ASSET_VALUE("Giá trị tài sản (đồng)", "Value of the assets (đồng)");

  private final String vietnameseName;
  private final String englishName;

  ReportFigure(String vietnameseName, String englishName) {
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
