package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.Disclosure;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionState;
import io.github.vanphong.petition.PetitionerKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.Withdrawal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/** The petition arbitraries give what they promise: reachable petitions in every state, recognisable identities. */
class PetitionArbitrariesTest {

  private static final List<Class<?>> PROVIDED =
      List.of(
          PetitionId.class,
          Identity.class,
          Petitioners.class,
          Subject.class,
          Link.class,
          Intake.class,
          Classification.class,
          Withdrawal.class,
          PetitionEvent.class,
          Disclosure.class,
          Petition.class);

  private final PetitionArbitraryProvider provider = new PetitionArbitraryProvider();

  @Provide
  Arbitrary<Tuple2<PetitionState, Petition>> statesAndPetitions() {
    return Arbitraries.of(PetitionState.class).flatMap(s -> PetitionArbitraries.petitionsIn(s).map(p -> Tuple.of(s, p)));
  }

  @Property(tries = 200)
  void aPetitionGeneratedInAStateIsInThatState(@ForAll("statesAndPetitions") Tuple2<PetitionState, Petition> pair) {
    assertThat(pair.get2().state()).isEqualTo(pair.get1());
  }

  @Property(tries = 100)
  void aGeneratedPetitionIsItsReplayedHistory(@ForAll Petition petition) {
    assertThat(Petition.replay(petition.intake(), petition.history())).isEqualTo(petition);
    assertThat(petition.received()).isBetween(PetitionArbitraries.FIRST_DAY, PetitionArbitraries.LAST_DAY);
    assertThat(petition.id().value()).startsWith("P-" + petition.received().getYear() + "-");
  }

  @Test
  void generatedPetitionsReachEveryState() {
    Set<PetitionState> reached =
        PetitionArbitraries.petitions().sampleStream().limit(400).map(Petition::state).collect(Collectors.toSet());
    assertThat(reached).containsExactlyInAnyOrder(PetitionState.values());
  }

  @Test
  void generatedHistoriesAreShortAndLong() {
    // about 1.6 % of the petitions are bare receipts: 200 samples missed them in about one run in 25, 2,000 in
    // fewer than one in 10^13
    Set<Integer> lengths =
        PetitionArbitraries.petitions().sampleStream().limit(2_000).map(p -> p.history().size())
            .collect(Collectors.toSet());
    assertThat(lengths).contains(1).anyMatch(n -> n >= 6);
  }

  @Property(tries = 100)
  void everyNextEventIsAccepted(@ForAll Petition petition) {
    PetitionEvent event = PetitionArbitraries.nextEvents(petition).sample();
    Petition next = petition.apply(event);
    assertThat(next.history()).hasSize(petition.history().size() + 1).endsWith(event);
    assertThat(petition.allowedCommands()).contains(event.command());
    assertThat(event.on()).isBetween(petition.lastEventDay(), petition.lastEventDay().plusDays(20));
  }

  @Property(tries = 200)
  void identitiesAreRecognisable(@ForAll Identity identity) {
    String name = identity.fullName();
    assertThat(name.split(" ")).hasSizeBetween(3, 4);
    assertThat(name).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC)).hasSizeGreaterThanOrEqualTo(10);
    assertThat(identity.address()).startsWith("Số ").contains(", ");
    identity.idNumber().ifPresent(n -> assertThat(n).matches("\\d{12}"));
    identity.contact().ifPresent(c -> assertThat(c).matches("0\\d{3} \\d{3} \\d{3}|[a-z]+\\.\\d{4}\\.\\d{4}@gmail\\.com"));
    identity.handwriting().ifPresent(h -> assertThat(h).matches("mat/but-tich-\\d{5}\\.pdf"));
  }

  @Test
  void identitiesHaveEveryOptionalFieldSometimesAndNotAlways() {
    List<Identity> sample = PetitionArbitraries.identities().sampleStream().limit(300).collect(Collectors.toList());
    assertThat(sample).anyMatch(i -> i.contact().isEmpty()).anyMatch(i -> i.contact().isPresent());
    assertThat(sample).anyMatch(i -> i.idNumber().isEmpty()).anyMatch(i -> i.idNumber().isPresent());
    assertThat(sample).anyMatch(i -> i.handwriting().isEmpty()).anyMatch(i -> i.handwriting().isPresent());
    assertThat(sample).anyMatch(i -> i.contact().orElse("").contains("@"));
    assertThat(sample).anyMatch(i -> i.fullName().split(" ").length == 4);
  }

  @Test
  void petitionersOfEveryKindAreGenerated() {
    Set<PetitionerKind> kinds =
        PetitionArbitraries.petitioners().sampleStream().limit(300).map(Petitioners::kind).collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrder(PetitionerKind.values());
  }

  @Property(tries = 100)
  void intakesAreReceivedWithinTheRuleBooksYears(@ForAll Intake intake) {
    assertThat(intake.received()).isBetween(LocalDate.of(2013, 1, 1), LocalDate.of(2027, 12, 31));
    assertThat(intake.links()).hasSizeLessThanOrEqualTo(2)
        .allSatisfy(link -> assertThat(link.earlier().value().substring(2, 6))
            .isLessThanOrEqualTo(String.valueOf(intake.received().getYear())));
    assertThat(intake.summary()).isNotBlank();
  }

  @Test
  void everyKindOfSubjectClassificationAndWithdrawalIsGenerated() {
    assertThat(PetitionArbitraries.subjects().sampleStream().limit(200).map(s -> s.person().isPresent()))
        .contains(true, false);
    assertThat(PetitionArbitraries.subjects().sampleStream().limit(200).map(s -> s.unit().isPresent()))
        .contains(true, false);
    assertThat(PetitionArbitraries.classifications().sampleStream().limit(200).map(Classification::isEligible))
        .contains(true, false);
    assertThat(PetitionArbitraries.withdrawals().sampleStream().limit(100).map(Withdrawal::stops))
        .contains(true, false);
    assertThat(PetitionArbitraries.links().sample().toString()).matches("[A-Z_]+ P-20\\d\\d-\\d{4}");
  }

  @Property(tries = 50)
  void aDisclosureRevealsTheIdentitiesAndRecordsTheAccess(@ForAll Disclosure disclosure) {
    assertThat(disclosure.identities()).isNotEmpty();
    assertThat(disclosure.petition().history().get(disclosure.petition().history().size() - 1).command())
        .isEqualTo(PetitionCommand.ACCESS_IDENTITY);
  }

  @Property(tries = 50)
  void eventsComeFromReachableHistories(@ForAll PetitionEvent event) {
    assertThat(event.on()).isAfterOrEqualTo(PetitionArbitraries.FIRST_DAY);
  }

  @Test
  void onlyTheKindsThatCanReachAStateAreGeneratedForIt() {
    assertThat(PetitionArbitraries.petitionsIn(PetitionState.FINAL).sampleStream().limit(30).map(Petition::kind))
        .containsOnly(PetitionKind.COMPLAINT);
    assertThat(PetitionArbitraries.petitionsIn(PetitionState.SUSPENDED).sampleStream().limit(60))
        .allMatch(p -> p.kind() == PetitionKind.DENUNCIATION || !p.received().isBefore(LocalDate.of(2026, 7, 1)));
    assertThat(PetitionArbitraries.petitionsIn(PetitionState.WITHDRAWN).sampleStream().limit(60).map(Petition::kind))
        .containsOnly(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION);
    assertThat(PetitionArbitraries.petitionsIn(PetitionState.CLOSED).sampleStream().limit(100).map(Petition::kind)
            .collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(PetitionKind.class));
  }

  @Test
  void theProviderProvidesOnlyThePetitionTypes() {
    for (Class<?> type : PROVIDED) {
      assertThat(provider.canProvideFor(TypeUsage.of(type))).as("%s", type).isTrue();
      assertThat(provider.provideFor(TypeUsage.of(type), t -> Set.of())).as("%s", type).hasSize(1);
    }
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> Set.of())).isEmpty();
  }

  @Test
  void theProviderIsRegisteredAsAService() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(PetitionArbitraryProvider.class);
  }
}
