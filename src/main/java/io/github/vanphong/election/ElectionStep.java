package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * A step of the work of an election that the Election Law dates from election day, in the order the law gives: for
 * example {@link #VOTER_LISTS_POSTED}, the voter lists posted at the latest 40 days before election day (Luật
 * 85/2015/QH13, Điều 32). A step is what is done; the {@link ElectionRule} of a rule book says by when, for which
 * elections, under which article.
 */
public enum ElectionStep implements Bilingual {
  /** Công bố ngày bầu cử: election day announced (Điều 5). */
  ELECTION_DAY_ANNOUNCED("Công bố ngày bầu cử", "Election day announced"),
  /** Dự kiến cơ cấu, thành phần, phân bổ người ứng cử: the composition of the candidates planned (Điều 8, 9). */
  COMPOSITION_PLANNED(
      "Dự kiến cơ cấu, thành phần, phân bổ người được giới thiệu ứng cử", "Composition of the candidates planned"),
  /** Thành lập Ủy ban bầu cử: the election committees of the provinces and communes formed (Điều 22). */
  ELECTION_COMMITTEES_FORMED("Thành lập Ủy ban bầu cử", "Election committees formed"),
  /** Hội nghị hiệp thương lần thứ nhất: the first consultation (Điều 38, 39, 50). */
  FIRST_CONSULTATION("Hội nghị hiệp thương lần thứ nhất", "First consultation"),
  /** Điều chỉnh lần thứ nhất: the first adjustment of the composition (Điều 40, 51). */
  FIRST_ADJUSTMENT("Điều chỉnh lần thứ nhất cơ cấu, thành phần, số lượng người ứng cử", "First adjustment"),
  /** Công bố danh sách đơn vị bầu cử: the constituencies announced (Điều 10). */
  CONSTITUENCIES_ANNOUNCED("Công bố số đơn vị bầu cử, danh sách các đơn vị bầu cử", "Constituencies announced"),
  /** Thành lập Ban bầu cử: the election boards formed, one per constituency (Điều 24). */
  ELECTION_BOARDS_FORMED("Thành lập Ban bầu cử", "Election boards formed"),
  /** Nộp hồ sơ ứng cử: the last day to file a candidacy (Điều 35). */
  CANDIDATE_FILES_DUE("Hạn nộp hồ sơ ứng cử", "Candidate files due"),
  /** Hội nghị hiệp thương lần thứ hai: the second consultation (Điều 43, 44, 53). */
  SECOND_CONSULTATION("Hội nghị hiệp thương lần thứ hai", "Second consultation"),
  /** Điều chỉnh lần thứ hai: the second adjustment of the composition, by the Standing Committee (Điều 47). */
  SECOND_ADJUSTMENT("Điều chỉnh lần thứ hai cơ cấu, thành phần, số lượng người ứng cử", "Second adjustment"),
  /** Thành lập Tổ bầu cử: the polling teams formed, one per polling area (Điều 25). */
  POLLING_TEAMS_FORMED("Thành lập Tổ bầu cử", "Polling teams formed"),
  /** Niêm yết danh sách cử tri: the voter lists posted (Điều 32). */
  VOTER_LISTS_POSTED("Niêm yết danh sách cử tri", "Voter lists posted"),
  /** Xác minh, trả lời vụ việc cử tri nêu: the voters' concerns about candidates checked and answered (Điều 46, 55). */
  VOTER_CONCERNS_ANSWERED("Xác minh và trả lời các vụ việc mà cử tri nêu", "Voters' concerns answered"),
  /** Hội nghị hiệp thương lần thứ ba: the third consultation (Điều 48, 49, 56). */
  THIRD_CONSULTATION("Hội nghị hiệp thương lần thứ ba", "Third consultation"),
  /** Gửi danh sách người đủ tiêu chuẩn ứng cử: the Front sends the qualified candidates (Điều 57, 58). */
  CANDIDATES_SENT("Gửi biên bản hiệp thương lần thứ ba và danh sách người đủ tiêu chuẩn ứng cử", "Candidates sent"),
  /** Phân phối tài liệu, phiếu bầu cho Ban bầu cử: documents and ballots to the boards (Điều 23). */
  BALLOTS_TO_BOARDS("Phân phối tài liệu, phiếu bầu cử cho Ban bầu cử", "Ballots to the boards"),
  /** Công bố danh sách chính thức người ứng cử: the official candidate list published (Điều 57, 58). */
  CANDIDATE_LIST_PUBLISHED("Lập và công bố danh sách chính thức những người ứng cử", "Candidate list published"),
  /** Công bố danh sách người ứng cử ở địa phương: the provincial committee announces it (Điều 57, khoản 7). */
  CANDIDATE_LIST_ANNOUNCED_LOCALLY(
      "Công bố danh sách người ứng cử đại biểu Quốc hội ở địa phương", "Candidate list announced locally"),
  /** Niêm yết danh sách người ứng cử: the candidate lists posted at the polling areas (Điều 59). */
  CANDIDATE_LISTS_POSTED("Niêm yết danh sách chính thức những người ứng cử", "Candidate lists posted"),
  /** Phân phối tài liệu, phiếu bầu cho Tổ bầu cử: documents and ballots to the polling teams (Điều 24). */
  BALLOTS_TO_TEAMS("Phân phối tài liệu, phiếu bầu cử cho Tổ bầu cử", "Ballots to the polling teams"),
  /** Ngừng xem xét khiếu nại về người ứng cử: complaints about candidates no longer considered (Điều 61). */
  CANDIDATE_COMPLAINTS_CLOSED("Ngừng việc xem xét, giải quyết khiếu nại về người ứng cử", "Candidate complaints closed"),
  /** Thông báo thời gian, địa điểm bỏ phiếu: the voters told when and where to vote (Điều 70). */
  VOTING_NOTIFIED("Thông báo thời gian, địa điểm bỏ phiếu", "Voting notified"),
  /** Kết thúc vận động bầu cử: campaigning ends 24 hours before voting begins (Điều 64). */
  CAMPAIGN_ENDS("Kết thúc vận động bầu cử", "Campaign ends"),
  /** Gửi biên bản kết quả kiểm phiếu: the tally records of the polling areas sent (Điều 76). */
  TALLY_RECORDS_SENT("Gửi biên bản kết quả kiểm phiếu", "Tally records sent"),
  /** Gửi biên bản xác định kết quả ở đơn vị bầu cử: the constituency result records sent (Điều 77). */
  CONSTITUENCY_RECORDS_SENT("Gửi biên bản xác định kết quả bầu cử ở đơn vị bầu cử", "Constituency records sent"),
  /** Gửi biên bản tổng kết ở tỉnh: the provincial record of the National Assembly election sent (Điều 83). */
  PROVINCIAL_RECORD_SENT("Gửi biên bản tổng kết cuộc bầu cử đại biểu Quốc hội ở tỉnh", "Provincial record sent"),
  /** Công bố kết quả bầu cử: the results and the deputies elected announced (Điều 86). */
  RESULTS_ANNOUNCED("Công bố kết quả bầu cử và danh sách người trúng cử", "Results announced"),
  /** Khiếu nại về kết quả bầu cử: the last day to complain about the results (Điều 87). */
  RESULT_COMPLAINTS_CLOSED("Hết thời hạn khiếu nại về kết quả bầu cử", "Result complaints closed");

  private final String vietnameseName;
  private final String englishName;

  ElectionStep(String vietnameseName, String englishName) {
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
