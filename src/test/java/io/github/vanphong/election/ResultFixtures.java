package io.github.vanphong.election;

import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small named fixtures of the results tests: candidates, lists and tally records of made-up constituencies. */
final class ResultFixtures {

  static final LocalDate DAY_2016 = LocalDate.of(2016, 5, 22);
  static final LocalDate DAY_2026 = LocalDate.of(2026, 3, 15);

  static final Candidate AN = candidate(1, "Nguyễn Văn An", 1960);
  static final Candidate BINH = candidate(2, "Trần Thị Bình", 1965);
  static final Candidate CUONG = candidate(3, "Lê Văn Cường", 1970);
  static final Candidate DUNG = candidate(4, "Phạm Thị Dung", 1975);
  static final Candidate HA = candidate(5, "Võ Thị Hà", 1980);
  static final Candidate KHANH = candidate(6, "Đỗ Văn Khánh", 1985);
  static final Candidate LAN = candidate(7, "Bùi Thị Lan", 1990);
  static final Candidate MINH = candidate(8, "Huỳnh Văn Minh", 1972);

  private ResultFixtures() {}

  static Candidate candidate(int n, String name, int born) {
    return Candidate.of(PersonId.of("UCV-0" + n), name, LocalDate.of(born, 1, 1));
  }

  /** A People's Council list of 5 seats and 8 candidates. */
  static CandidateList councilOfFive() {
    return CandidateList.of(
        "Đơn vị bầu cử số 1",
        ElectionLevel.PROVINCIAL_COUNCIL,
        5,
        List.of(AN, BINH, CUONG, DUNG, HA, KHANH, LAN, MINH));
  }

  /** A record of 1,000 voters, of whom {@code voted} voted, every ballot valid, with the given votes. */
  static TallyRecord tally(String constituency, int seats, int voted, Map<Candidate, Integer> votes) {
    return TallyRecord.builder()
        .constituency(constituency)
        .seats(seats)
        .voters(1_000)
        .voted(voted)
        .issued(voted)
        .returned(voted)
        .valid(voted)
        .invalid(0)
        .votes(votes)
        .build();
  }
}
