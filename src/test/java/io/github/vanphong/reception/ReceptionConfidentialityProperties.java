package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.testing.PetitionArbitraries;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A citizen's identity received at a session is as confidential as a petitioner's (Luật Tố cáo 25/2018/QH14, Điều 8,
 * 9, 47, 56): the same types ({@link Identity}, {@link Petitioners}), and nothing reception shows contains one — no
 * session, event, matter, refusal, delegation, finding, register, entry, cell, tally or compliance, no message of a
 * refused command or a bad argument — and no public method without arguments leads from them to an identity. The one
 * way to it is the petition's {@link Petition#revealIdentity}, which these properties use to learn the secrets.
 */
class ReceptionConfidentialityProperties {

  private static final PersonId INSPECTOR = PersonId.of("HG-UBKT-007");
  private static final String WHY = "bố trí gặp người tố cáo tại địa điểm bảo đảm bí mật";

  /** The identities the petition of an intake reveals, through the one recorded way. */
  private static List<Identity> revealed(Intake intake) {
    Petition petition = Petition.receive(intake, INSPECTOR);
    if (!petition.allowedCommands().contains(PetitionCommand.ACCESS_IDENTITY)) {
      return List.of();
    }
    return petition.revealIdentity(WHY, intake.received(), INSPECTOR).identities();
  }

  private static List<String> secrets(Collection<Identity> identities) {
    List<String> secrets = new ArrayList<>();
    for (Identity identity : identities) {
      secrets.add(identity.fullName());
      secrets.add(identity.address());
      identity.contact().ifPresent(secrets::add);
      identity.idNumber().ifPresent(secrets::add);
      identity.handwriting().ifPresent(secrets::add);
    }
    return secrets;
  }

  private static List<String> secrets(ReceptionSession session) {
    List<Identity> identities = new ArrayList<>();
    session.intakes().forEach(intake -> identities.addAll(revealed(intake)));
    for (Refusal refusal : session.refusals()) {
      identities.addAll(
          revealed(
              Intake.builder()
                  .id(PetitionId.of("R-" + refusal.number()))
                  .received(refusal.on())
                  .channel(io.github.vanphong.petition.Channel.IN_PERSON)
                  .kind(io.github.vanphong.petition.PetitionKind.DENUNCIATION)
                  .petitioners(refusal.citizens())
                  .subject(io.github.vanphong.petition.Subject.of(io.github.vanphong.petition.SubjectKind.OTHER, "từ chối"))
                  .summary("công dân bị từ chối tiếp")
                  .receivingUnit(session.unit())
                  .build()));
    }
    return secrets(identities);
  }

  private static void noneContains(Collection<String> texts, List<String> secrets) {
    for (String text : texts) {
      for (String secret : secrets) {
        if (text.contains(secret)) {
          fail("a text of the library shows the secret '%s': %s", secret, text);
        }
      }
    }
  }

  private static String message(Supplier<?> action) {
    try {
      return String.valueOf(action.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e.getMessage() + "\n" + e;
    }
  }

  private static List<String> textsOf(ReceptionSession session) {
    List<String> texts = new ArrayList<>();
    texts.add(session.toString());
    texts.add(session.opening().toString());
    session.history().forEach(e -> texts.add(e.toString()));
    session.matters().forEach(m -> texts.add(m.toString()));
    session.matters().forEach(m -> m.delegation().ifPresent(d -> texts.add(d.toString())));
    session.refusals().forEach(r -> texts.add(r.toString()));
    session.intakes().forEach(i -> texts.add(i.toString()));
    texts.add(session.redacted().toString());
    Entered entered = ReceptionRegister.of(session.unit()).enter(session);
    texts.add(entered.toString());
    for (ReceptionEntry entry : entered.entries()) {
      texts.add(entry.toString());
      for (RegisterColumn column : entry.form().map(RegisterForm::columns).orElse(com.google.common.collect.ImmutableList.of())) {
        texts.add(entry.cell(column));
      }
    }
    texts.add(ReceptionTally.of(session, ReceptionArbitraries.province(), CutOff.monthEnd()).toString());
    LocalDate day = session.lastEventDay();
    texts.add(message(() -> session.receive(ReceptionFixtures.complaint("P-NEW-1"), day, INSPECTOR)));
    texts.add(message(() -> session.refuse(RefusalGround.WEAPONS, Petitioners.anonymous(), day, INSPECTOR)));
    texts.add(message(() -> session.end(day.plusDays(1), INSPECTOR)));
    texts.add(message(() -> session.issueConclusionNotice("9/TB", day, INSPECTOR)));
    texts.add(message(() -> session.notifyRefusal(99, "9/TB", day, INSPECTOR)));
    if (!session.matters().isEmpty()) {
      Matter first = session.matters().get(0);
      texts.add(message(() -> session.receive(first, session.day(), INSPECTOR)));
      texts.add(message(() -> Matter.builder().from(first).summary(" ").build()));
    }
    return texts;
  }

  @Property(tries = 200)
  void noTextOfASessionItsRegisterOrItsTallyShowsACitizensIdentity(@ForAll ReceptionSession session) {
    List<String> secrets = secrets(session);
    noneContains(textsOf(session), secrets);
  }

  @Provide
  Arbitrary<List<Identity>> people() {
    return PetitionArbitraries.identities().list().ofMinSize(5).ofMaxSize(16).uniqueElements();
  }

  @Property(tries = 100)
  void theRedactedJsonFormOfASessionAndItsRegisterShowsNoCitizensIdentity(@ForAll ReceptionSession session) {
    // the JSON an application exchanges: the redacted forms carry no identity; only the full form, kept in the
    // application's own confidential store, does (docs/json.md)
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new io.github.vanphong.json.VanphongModule())
            .build();
    ReceptionRegister register = ReceptionRegister.of(session.unit()).enter(session).register();
    noneContains(
        List.of(
            mapper.writeValueAsString(session.redacted()),
            mapper.writeValueAsString(register.redacted()),
            mapper.writeValueAsString(ReceptionTally.of(session, ReceptionArbitraries.province(), CutOff.monthEnd()))),
        secrets(session));
  }

  @Property(tries = 150)
  void noTextOfADelegationItsFindingsOrItsRefusalShowsARepresentativeOrASignatory(
      @ForAll("people") List<Identity> people, @ForAll("reps") int reps, @ForAll boolean allSign) {
    int named = Math.min(reps, people.size());
    Delegation delegation =
        Delegation.of(people.size(), people.subList(0, named))
            .appointedInWriting(allSign ? people : people.subList(1, people.size()));
    LocalDate day = LocalDate.of(2016, 3, 15);
    ReceptionSession open =
        ReceptionFixtures.session("TCD-D", ReceptionFixtures.HG_CHAIR, ReceptionFixtures.HG_CT1, SessionKind.HEAD_PERIODIC, day);
    Matter matter = Matter.builder().from(ReceptionFixtures.complaint("P-D-1")).byDelegation(delegation).build();
    List<String> texts = new ArrayList<>();
    texts.add(delegation.toString());
    texts.add(delegation.redacted().toString());
    texts.add(matter.toString());
    ReceptionRuleBook.standard().findings(delegation, day).forEach(f -> {
      texts.add(f.toString());
      texts.add(f.values().toString());
    });
    texts.add(message(() -> open.receive(matter, day, INSPECTOR)));
    texts.add(message(() -> Delegation.of(1, people)));
    texts.add(message(() -> Delegation.of(people.size(), List.of(people.get(0), people.get(0)))));
    texts.add(message(() -> delegation.appointedInWriting(List.of(people.get(0), people.get(0)))));
    noneContains(texts, secrets(people));
  }

  @Provide
  Arbitrary<Integer> reps() {
    return net.jqwik.api.Arbitraries.integers().between(1, 8);
  }

  @Property(tries = 100)
  void noPublicMethodWithoutArgumentsLeadsFromReceptionToAnIdentity(
      @ForAll ReceptionSession session, @ForAll Delegation delegation) {
    Walk walk = new Walk();
    walk.visit(session, 0);
    walk.visit(session.redacted(), 0);
    walk.visit(ReceptionRegister.of(session.unit()).enter(session), 0);
    walk.visit(delegation, 0);
    walk.visit(ReceptionRuleBook.standard().findings(delegation, session.day()), 0);
    assertThat(walk.identities).as("the paths to an identity").isEmpty();
  }

  /** Calls every public method without arguments of every value reached, through the library's types. */
  static final class Walk {
    private static final int DEPTH = 5;
    private static final Set<String> SKIPPED =
        Set.of("hashCode", "getClass", "fillInStackTrace", "getStackTrace", "getSuppressed", "notify", "notifyAll", "wait");

    final List<String> identities = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();

    void visit(Object value, int depth) {
      if (value instanceof Identity) {
        identities.add(String.join(" > ", path));
        return;
      }
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(v -> visit(v, depth));
        return;
      }
      if (value instanceof Collection<?> collection) {
        collection.forEach(v -> visit(v, depth));
        return;
      }
      if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> {
          visit(k, depth);
          visit(v, depth);
        });
        return;
      }
      if (depth >= DEPTH || seen.put(value, Boolean.TRUE) != null || !value.getClass().getName().startsWith("io.github.vanphong.")) {
        return;
      }
      for (Method method : value.getClass().getMethods()) {
        if (method.getParameterCount() != 0
            || Modifier.isStatic(method.getModifiers())
            || method.getReturnType() == void.class
            || method.getReturnType().isArray()
            || SKIPPED.contains(method.getName())) {
          continue;
        }
        path.add(value.getClass().getSimpleName() + "." + method.getName());
        try {
          method.setAccessible(true);
          visit(method.invoke(value), depth + 1);
        } catch (InvocationTargetException e) {
          // a method that refuses to answer, as a cell of a column its form lacks
        } catch (IllegalAccessException | RuntimeException e) {
          // a method of a hidden class that the public type overrides: its public form is called elsewhere
        }
        path.remove(path.size() - 1);
      }
    }
  }
}
