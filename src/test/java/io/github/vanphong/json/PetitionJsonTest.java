package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.Finding;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.LinkKind;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionRule;
import io.github.vanphong.petition.PetitionRuleBook;
import io.github.vanphong.petition.PetitionStage;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Recipient;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.petition.Topic;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The edges of the petition's JSON form: refused histories, codes and petitioners, and its golden file. */
class PetitionJsonTest {
  private static final PersonId CLERK = PersonId.of("HG-VP-012");
  private static final PersonId CHIEF = PersonId.of("HG-VP-001");

  private static Identity denouncer() {
    return Identity.builder()
        .fullName("Trần Thị Bảo Ngọc")
        .address("Số 9, đường Ba Mươi Tháng Tư, phường 1, Vị Thanh")
        .contact("0913 555 127")
        .idNumber("093186000412")
        .handwriting("mat/2016/0042-but-tich.pdf")
        .build();
  }

  private static Intake intake() {
    return Intake.builder()
        .id(PetitionId.of("P-2016-0042"))
        .received(LocalDate.of(2016, 3, 4))
        .channel(Channel.POST)
        .kind(PetitionKind.DENUNCIATION)
        .petitioners(Petitioners.one(denouncer()))
        .subject(Subject.of(SubjectKind.OFFICIAL, "việc cấp đất tại xã Hỏa Tiến"))
        .summary("tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận")
        .receivingUnit(UnitId.of("HG-VPTU"))
        .addLinks(Link.of(LinkKind.REPEAT, PetitionId.of("P-2015-0311")))
        .build();
  }

  /** A denunciation of 2016 from receipt to closing: classified, accepted, verified, resolved, closed. */
  private static Petition closedDenunciation() {
    Classification eligibleWithin =
        Classification.builder()
            .addTopics(Topic.INTERNAL_AFFAIRS)
            .competent(true)
            .recipient(Recipient.PARTY_COMMITTEE_OFFICE)
            .build();
    return Petition.receive(intake(), CLERK)
        .classify(eligibleWithin, LocalDate.of(2016, 3, 7), CLERK)
        .accept(LocalDate.of(2016, 3, 10), CHIEF)
        .startVerification(LocalDate.of(2016, 3, 11), CLERK)
        .notify(PetitionStage.ACCEPTANCE_NOTICE, LocalDate.of(2016, 3, 14), CLERK)
        .resolve(Finding.PARTLY_WELL_FOUNDED, LocalDate.of(2016, 5, 6), CHIEF)
        .close(LocalDate.of(2016, 5, 20), CHIEF);
  }

  @Test
  void theGoldenPetitionReadsToTheSameHistory() {
    Golden.assertGolden("vanphong.petition", 1, Petition.class, closedDenunciation());
  }

  @Test
  void aPetitionUnderTheStandardBookDoesNotWriteIt() {
    JsonNode tree = JsonLaws.MAPPER.valueToTree(closedDenunciation());
    assertThat(tree.has("ruleBook")).isFalse();
    assertThat(tree.get("format").stringValue()).isEqualTo("vanphong.petition");
  }

  @Test
  void aPetitionUnderAnotherBookWritesItInFullAndReadsBackUnderIt() {
    PetitionRule rule = PetitionRuleBook.standard().rules().get(0);
    PetitionRuleBook book = PetitionRuleBook.standard().without(rule.name());
    Petition petition = Petition.receive(intake(), book, CLERK);
    JsonNode tree = JsonLaws.MAPPER.valueToTree(petition);
    assertThat(tree.get("ruleBook").get("rules").size()).isEqualTo(book.rules().size());
    assertThat(JsonLaws.read(tree.toString(), Petition.class).ruleBook()).isEqualTo(book);
  }

  @Test
  void anEventTheRulesRefuseIsNamedByItsPlaceInTheHistory() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(closedDenunciation());
    ArrayNode history = (ArrayNode) tree.get("history");
    history.remove(1); // acceptance without classification
    JsonLaws.assertRefusedAt(tree.toString(), Petition.class, "$.history[1]");
  }

  @Test
  void aHistoryMustStartWithTheReceiptOnTheDayReceived() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(closedDenunciation());
    ((ObjectNode) tree.get("history").get(0)).put("on", "2016-03-05");
    JsonLaws.assertRefusedAt(tree.toString(), Petition.class, "$.history[0]");
  }

  @Test
  void anEmptyHistoryIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(closedDenunciation());
    tree.putArray("history");
    JsonLaws.assertRefusedAt(tree.toString(), Petition.class, "$.history");
  }

  @Test
  void anUnknownCommandIsRefusedAtItsField() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(closedDenunciation());
    ((ObjectNode) tree.get("history").get(1)).put("command", "approve");
    JsonLaws.assertRefusedAt(tree.toString(), Petition.class, "$.history[1].command");
  }

  @Test
  void aNewerVersionOfTheFormatIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(closedDenunciation());
    tree.put("version", 2);
    JsonLaws.assertRefusedAt(tree.toString(), Petition.class, "$.version");
  }

  @Test
  void anUnknownKindOfRuleIsRefused() {
    ObjectNode rule = JsonLaws.MAPPER.valueToTree(PetitionRuleBook.standard().rules().get(0));
    rule.put("rule", "policy");
    JsonLaws.assertRefusedAt(rule.toString(), PetitionRule.class, "$.rule");
  }

  @Test
  void redactedPetitionersCarryNoIdentities() {
    ObjectNode redacted = JsonLaws.MAPPER.valueToTree(Petitioners.one(denouncer()).redacted());
    assertThat(redacted.has("identities")).isFalse();
    redacted.set("identities", JsonLaws.MAPPER.createArrayNode().add(JsonLaws.MAPPER.valueToTree(denouncer())));
    JsonLaws.assertRefusedAt(redacted.toString(), Petitioners.class, "$.identities");
  }

  @Test
  void theCountOfPetitionersMustAgreeWithTheirIdentities() {
    ObjectNode signatories =
        JsonLaws.MAPPER.valueToTree(Petitioners.signatories(List.of(denouncer(), denouncer())));
    signatories.put("count", 3);
    JsonLaws.assertRefusedAt(signatories.toString(), Petitioners.class, "$.count");
  }

  @Test
  void aRefusedPetitionerNeverShowsTheIdentityInTheMessage() {
    ObjectNode one = JsonLaws.MAPPER.valueToTree(Petitioners.one(denouncer()));
    one.put("kind", "anonymous");
    JsonLaws.assertRefusedAt(one.toString(), Petitioners.class, "$");
    assertThat(refusal(one.toString(), Petitioners.class)).doesNotContain("Ngọc").doesNotContain("Vị Thanh");
  }

  @Test
  void onlyASubjectOfThePartyMemberKindNamesAPerson() {
    ObjectNode subject = JsonLaws.MAPPER.valueToTree(Subject.partyMember(PersonId.of("HG-DV-0421"), "đảng viên"));
    subject.put("kind", "official");
    JsonLaws.assertRefusedAt(subject.toString(), Subject.class, "$.person");
  }

  @Test
  void aRedactedPetitionReadsBackRedacted() {
    Petition redacted = closedDenunciation().redacted();
    String json = JsonLaws.write(redacted);
    assertThat(json).doesNotContain("Ngọc").doesNotContain("0913 555 127").doesNotContain("093186000412");
    assertThat(JsonLaws.read(json, Petition.class)).isEqualTo(redacted);
  }

  private static String refusal(String json, Class<?> type) {
    try {
      JsonLaws.read(json, type);
    } catch (tools.jackson.core.JacksonException e) {
      return e.getMessage();
    }
    throw new AssertionError("read " + json);
  }
}
