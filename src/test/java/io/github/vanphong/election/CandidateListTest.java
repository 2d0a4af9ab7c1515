package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateListTest {

  private static final LocalDate BORN = LocalDate.of(1975, 3, 2);

  private static Candidate candidate(int id, String name) {
    return Candidate.of(PersonId.of("UCV-" + id), name, BORN);
  }

  private static List<Candidate> candidates(String... names) {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      list.add(candidate(i, names[i]));
    }
    return list;
  }

  private static List<CandidateRule> rules(CandidateList list) {
    return list.findings().stream().map(CandidateViolation::rule).toList();
  }

  @Test
  void aLawfulListHasNoFinding() {
    CandidateList list =
        CandidateList.of(
            "Đơn vị bầu cử số 1",
            ElectionLevel.NATIONAL_ASSEMBLY,
            3,
            candidates("Dương Văn An", "Đào Thị Bình", "Lê Ảnh", "Lê Ánh", "Ưng Minh Uyên"));
    assertThat(list.findings()).isEmpty();
    assertThat(list.minimumCandidates()).isEqualTo(5);
    assertThat(list.maximumSeats()).isEqualTo(3);
    assertThat(list.people()).isEqualTo(5);
    assertThat(list).hasToString("'Đơn vị bầu cử số 1' NATIONAL_ASSEMBLY, 3 seats, 5 candidates");
  }

  @Test
  void nationalAssemblySeats() {
    CandidateList list =
        CandidateList.of("Đơn vị 1", ElectionLevel.NATIONAL_ASSEMBLY, 4, candidates("A", "B", "C", "D", "E", "G"));
    assertThat(rules(list)).containsExactly(CandidateRule.NATIONAL_ASSEMBLY_SEATS);
    CandidateViolation finding = list.findings().get(0);
    assertThat(finding.values()).containsExactly("Đơn vị 1", 4);
    assertThat(finding.message())
        .isEqualTo("a National Assembly constituency elects at most 3 deputies; 'Đơn vị 1' elects 4");
    assertThat(finding.toString()).startsWith("NATIONAL_ASSEMBLY_SEATS (Luật Bầu cử").contains("Điều 10, khoản 4");
  }

  @Test
  void councilSeats() {
    CandidateList five =
        CandidateList.of("Đơn vị 1", ElectionLevel.COMMUNE_COUNCIL, 5, candidates("A", "B", "C", "D", "E", "G", "H", "I"));
    assertThat(five.findings()).isEmpty();
    CandidateList six =
        CandidateList.of(
            "Đơn vị 1", ElectionLevel.PROVINCIAL_COUNCIL, 6, candidates("A", "B", "C", "D", "E", "G", "H", "I", "K"));
    assertThat(rules(six)).containsExactly(CandidateRule.COUNCIL_SEATS);
    assertThat(six.maximumSeats()).isEqualTo(5);
  }

  @Test
  void nationalAssemblyCandidateSurplus() {
    CandidateList list = CandidateList.of("Đơn vị 2", ElectionLevel.NATIONAL_ASSEMBLY, 2, candidates("A", "B", "C"));
    assertThat(rules(list)).containsExactly(CandidateRule.NATIONAL_ASSEMBLY_CANDIDATE_SURPLUS);
    assertThat(list.findings().get(0).values()).containsExactly("Đơn vị 2", 2, 3);
    assertThat(list.findings().get(0).message())
        .isEqualTo("a National Assembly constituency of 2 seats lists at least 4 candidates; 'Đơn vị 2' lists 3");
    assertThat(CandidateList.of("Đơn vị 2", ElectionLevel.NATIONAL_ASSEMBLY, 2, candidates("A", "B", "C", "D")).findings())
        .isEmpty();
  }

  @Test
  void councilCandidateSurplus() {
    // 1 or 2 seats: more candidates than seats; 3 seats: 2 more; 4 or 5 seats: 3 more
    int[][] seatsAndFewest = {{1, 2}, {2, 3}, {3, 5}, {4, 7}, {5, 8}};
    String[] names = {"A", "B", "C", "D", "E", "G", "H", "I", "K"};
    for (int[] row : seatsAndFewest) {
      String[] enough = Arrays.copyOf(names, row[1]);
      String[] short1 = Arrays.copyOf(names, row[1] - 1);
      CandidateList ok = CandidateList.of("Đơn vị 3", ElectionLevel.DISTRICT_COUNCIL, row[0], candidates(enough));
      CandidateList shortList = CandidateList.of("Đơn vị 3", ElectionLevel.DISTRICT_COUNCIL, row[0], candidates(short1));
      assertThat(ok.minimumCandidates()).as("%s seats", row[0]).isEqualTo(row[1]);
      assertThat(ok.findings()).as("%s seats", row[0]).isEmpty();
      assertThat(rules(shortList)).as("%s seats", row[0]).containsExactly(CandidateRule.COUNCIL_CANDIDATE_SURPLUS);
    }
  }

  @Test
  void nationalAssemblyAlphabeticalOrder() {
    CandidateList list =
        CandidateList.of(
            "Đơn vị 4", ElectionLevel.NATIONAL_ASSEMBLY, 1, candidates("Đào Văn Bình", "Dương Thị An", "Lê Văn Cường"));
    assertThat(rules(list)).containsExactly(CandidateRule.NATIONAL_ASSEMBLY_ALPHABETICAL_ORDER);
    CandidateViolation finding = list.findings().get(0);
    assertThat(finding.candidates()).extracting(Candidate::name).containsExactly("Đào Văn Bình", "Dương Thị An");
    assertThat(finding.message())
        .isEqualTo(
            "the names are listed in Vietnamese alphabetical order (the whole name, from the first word); on the list"
                + " of 'Đơn vị 4', 'Đào Văn Bình' comes before 'Dương Thị An'");
    assertThat(list.sorted(VietnameseCollation.WHOLE_NAME).findings()).isEmpty();
  }

  @Test
  void councilAlphabeticalOrder() {
    CandidateList list =
        CandidateList.of(
            "Đơn vị 5", ElectionLevel.COMMUNE_COUNCIL, 1, candidates("Nguyễn Thị An", "Lê Văn Bình", "Trần Văn Cường"));
    assertThat(rules(list)).containsExactly(CandidateRule.COUNCIL_ALPHABETICAL_ORDER);
    assertThat(list.findings(VietnameseCollation.GIVEN_NAME_FIRST)).isEmpty();
    CandidateList sorted = list.sorted(VietnameseCollation.WHOLE_NAME);
    assertThat(sorted.candidates())
        .extracting(Candidate::name)
        .containsExactly("Lê Văn Bình", "Nguyễn Thị An", "Trần Văn Cường");
    assertThat(sorted.findings(VietnameseCollation.GIVEN_NAME_FIRST))
        .extracting(CandidateViolation::rule)
        .containsExactly(CandidateRule.COUNCIL_ALPHABETICAL_ORDER);
  }

  @Test
  void nationalAssemblyOneConstituency() {
    Candidate an = candidate(1, "Nguyễn Thị An");
    CandidateList twice =
        CandidateList.of(
            "Đơn vị 6", ElectionLevel.NATIONAL_ASSEMBLY, 1, List.of(an, candidate(2, "Trần Bình"), an));
    // listed twice on one list, and so counted once: 2 people for 1 seat is short of the surplus
    assertThat(rules(twice))
        .containsExactly(
            CandidateRule.NATIONAL_ASSEMBLY_CANDIDATE_SURPLUS,
            CandidateRule.NATIONAL_ASSEMBLY_ONE_CONSTITUENCY,
            CandidateRule.NATIONAL_ASSEMBLY_ALPHABETICAL_ORDER);
    assertThat(twice.findings().get(1).values()).containsExactly("Đơn vị 6", an, 2);
    assertThat(twice.people()).isEqualTo(2);

    CandidateList first =
        CandidateList.of("Đơn vị 1", ElectionLevel.NATIONAL_ASSEMBLY, 1, candidates("An", "Bình", "Chi"));
    CandidateList second =
        CandidateList.of(
            "Đơn vị 2", ElectionLevel.NATIONAL_ASSEMBLY, 1, List.of(candidate(0, "An"), candidate(7, "Dung")));
    CandidateList council = CandidateList.of("Đơn vị 1", ElectionLevel.PROVINCIAL_COUNCIL, 1, candidates("An", "Bình"));
    List<CandidateViolation> found = CandidateList.oneConstituencyFindings(List.of(first, second, council, first));
    assertThat(found).extracting(CandidateViolation::rule).containsExactly(CandidateRule.NATIONAL_ASSEMBLY_ONE_CONSTITUENCY);
    assertThat(found.get(0).values()).containsExactly(candidate(0, "An"), "Đơn vị 1", "Đơn vị 2");
    assertThat(found.get(0).message())
        .isEqualTo("a person is on the list of one constituency only; UCV-0 'An' is on those of 2: 'Đơn vị 1', 'Đơn vị 2'");
  }

  @Test
  void councilOneConstituency() {
    List<CandidateList> lists = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      lists.add(CandidateList.of("Đơn vị " + i, ElectionLevel.COMMUNE_COUNCIL, 1, candidates("An", "Bình")));
    }
    List<CandidateViolation> found = CandidateList.oneConstituencyFindings(lists);
    assertThat(found).extracting(CandidateViolation::rule).containsOnly(CandidateRule.COUNCIL_ONE_CONSTITUENCY).hasSize(2);
    assertThat(found.get(0).values()).hasSize(8);
    assertThat(found.get(0).message()).endsWith("'Đơn vị 5', …");
    assertThat(CandidateList.oneConstituencyFindings(List.of())).isEmpty();
  }

  @Test
  void everyRuleCitesTheElectionLawAndIsFoundByOneTest() {
    for (CandidateRule rule : CandidateRule.values()) {
      assertThat(rule.citation()).get().asString().startsWith("Luật Bầu cử đại biểu Quốc hội");
      assertThat(rule.basis().article()).startsWith("Điều ");
    }
    assertThat(CandidateRule.COUNCIL_CANDIDATE_SURPLUS.basis().article()).isEqualTo("Điều 58, khoản 3");
  }

  @Test
  void badInputsAreRefusedByName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CandidateList.of(" ", ElectionLevel.NATIONAL_ASSEMBLY, 1, List.of()))
        .withMessageContaining("a constituency has a name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CandidateList.of("Đơn vị 1", ElectionLevel.NATIONAL_ASSEMBLY, 0, List.of()))
        .withMessage("a constituency elects 1 deputy or more; 'Đơn vị 1' elects 0");
    assertThatNullPointerException()
        .isThrownBy(() -> CandidateList.of("Đơn vị 1", ElectionLevel.NATIONAL_ASSEMBLY, 1, Arrays.asList((Candidate) null)))
        .withMessage("an element of candidates");
    assertThatNullPointerException()
        .isThrownBy(() -> CandidateList.of("Đơn vị 1", ElectionLevel.NATIONAL_ASSEMBLY, 1, List.of()).findings(null))
        .withMessage("order");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Candidate.of(PersonId.of("UCV-1"), "\u200B", BORN))
        .withMessageContaining("a candidate has a name");
    assertThatNullPointerException().isThrownBy(() -> Candidate.of(PersonId.of("UCV-1"), null, BORN)).withMessage("name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CandidateViolation.of(CandidateRule.COUNCIL_SEATS, "x", LocalDate.MIN))
        .withMessageContaining("constituencies, counts and candidates");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CandidateViolation.of(CandidateRule.COUNCIL_SEATS, " "))
        .withMessageContaining("states its facts");
  }

  @Test
  void aCandidateIsItsIdNameAndBirthInNfc() {
    Candidate nfd = Candidate.of(PersonId.of("UCV-1"), Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD), BORN);
    Candidate nfc = Candidate.of(PersonId.of("UCV-1"), "Nguyễn Thị Ánh", BORN);
    new EqualsTester()
        .addEqualityGroup(nfd, nfc)
        .addEqualityGroup(Candidate.of(PersonId.of("UCV-2"), "Nguyễn Thị Ánh", BORN))
        .addEqualityGroup(Candidate.of(PersonId.of("UCV-1"), "Nguyễn Thị Anh", BORN))
        .addEqualityGroup(Candidate.of(PersonId.of("UCV-1"), "Nguyễn Thị Ánh", BORN.plusDays(1)))
        .testEquals();
    assertThat(nfc).hasToString("UCV-1 Nguyễn Thị Ánh (1975-03-02)");
  }

  @Test
  void theRecipeRuns() {
    Candidate dao = Candidate.of(PersonId.of("UCV-1"), "Đào Văn Bình", LocalDate.of(1970, 1, 5));
    Candidate duong = Candidate.of(PersonId.of("UCV-2"), "Dương Thị An", LocalDate.of(1980, 6, 1));
    Candidate le = Candidate.of(PersonId.of("UCV-3"), "Lê Văn Cường", LocalDate.of(1975, 3, 2));
    CandidateList list =
        CandidateList.of("Đơn vị bầu cử số 2", ElectionLevel.PROVINCIAL_COUNCIL, 3, List.of(dao, duong, le));
    assertThat(list.findings())
        .extracting(CandidateViolation::rule)
        .containsExactly(CandidateRule.COUNCIL_CANDIDATE_SURPLUS, CandidateRule.COUNCIL_ALPHABETICAL_ORDER);
    assertThat(list.findings().get(0).message())
        .isEqualTo(
            "a People's Council constituency of 3 seats lists at least 5 candidates; 'Đơn vị bầu cử số 2' lists 3");
    assertThat(list.findings().get(1).message()).endsWith("'Đào Văn Bình' comes before 'Dương Thị An'");
    assertThat(list.sorted(VietnameseCollation.WHOLE_NAME).candidates()).containsExactly(duong, dao, le);
    assertThat(list.findings(VietnameseCollation.GIVEN_NAME_FIRST))
        .extracting(CandidateViolation::rule)
        .containsExactly(CandidateRule.COUNCIL_CANDIDATE_SURPLUS, CandidateRule.COUNCIL_ALPHABETICAL_ORDER);
    CandidateList other = CandidateList.of("Đơn vị bầu cử số 3", ElectionLevel.PROVINCIAL_COUNCIL, 1, List.of(le));
    assertThat(CandidateList.oneConstituencyFindings(List.of(list, other)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(CandidateRule.COUNCIL_ONE_CONSTITUENCY);
              assertThat(f.message()).contains("UCV-3 'Lê Văn Cường'");
            });
    List<String> names = new ArrayList<>(List.of("Ánh", "Uyên", "Đào", "Ảnh", "Ưng", "Anh", "Dương"));
    names.sort(VietnameseCollation.WHOLE_NAME);
    assertThat(names).containsExactly("Anh", "Ảnh", "Ánh", "Dương", "Đào", "Uyên", "Ưng");
  }
}
