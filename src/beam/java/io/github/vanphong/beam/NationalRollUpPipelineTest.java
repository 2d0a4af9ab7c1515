package io.github.vanphong.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.ReportFigure;
import io.github.vanphong.report.ReportingPeriod;
import io.github.vanphong.testing.PetitionArbitraries;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import net.jqwik.engine.SourceOfRandomness;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.io.GenerateSequence;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.junit.jupiter.api.Test;

/**
 * The summaries merge in the combiners of a distributed engine: a few hundred thousand generated petitions and
 * reception sessions, spread over the 34 provinces, become the office reports ({@link OfficeReport}) of one period of
 * the units that received them, which are added up by unit, then by province, then for the nation on Apache Beam's
 * direct runner, with the library's JSON form as the coder of every value that moves between steps; the results equal
 * the reports added up one by one on a single thread, and their petition and reception parts the tallies of the
 * petitions and sessions themselves.
 *
 * <p>The direct runner encodes and decodes every element and accumulator with its coder and splits the input into
 * bundles of its own choosing, so the run also checks that each value survives its JSON form and that the merge does
 * not depend on how the input was cut. The values come in blocks of a thousand, each block from its own seed (the
 * library's jqwik generators, seeded), and each block belongs to one province; the engine's side starts from the
 * block numbers alone. The sizes can be changed with {@code -Dvanphong.beam.petitions} and {@code
 * -Dvanphong.beam.sessions} (multiples of a thousand).
 */
class NationalRollUpPipelineTest {

  /** The number of provinces (and centrally governed cities) from 2025-07-01. */
  static final int PROVINCES = 34;

  static final int PETITIONS = Integer.getInteger("vanphong.beam.petitions", 200_000);
  static final int SESSIONS = Integer.getInteger("vanphong.beam.sessions", 20_000);

  static final LocalDate AS_OF = PetitionArbitraries.LAST_DAY.plusDays(1);
  static final CutOff CUT_OFF = CutOff.onDay(14);

  /**
   * The period of the reports: a term from the first day a petition may be received to the day the tallies hold on,
   * so that every generated petition and session falls in it.
   */
  static final ReportingPeriod PERIOD = ReportingPeriod.term(PetitionArbitraries.FIRST_DAY, AS_OF);

  @Test
  void officeReportsByUnitProvinceAndForTheNationEqualTheSequentialSums() {
    Map<String, OfficeReport> byUnit = new TreeMap<>();
    Map<String, PetitionTally> petitionsByProvince = new TreeMap<>();
    Map<String, ReceptionTally> receptionsByProvince = new TreeMap<>();
    for (long block = 0; block < PETITIONS / Generated.BLOCK; block++) {
      for (Petition petition : Generated.petitions(block)) {
        PetitionTally tally = PetitionTally.of(petition, Generated.CALENDAR, AS_OF);
        petitionsByProvince.merge(provinceOf(block), tally, PetitionTally::plus);
        byUnit.merge(unitOf(block, petition), reportOf(tally), OfficeReport::plus);
      }
    }
    for (long block = 0; block < SESSIONS / Generated.BLOCK; block++) {
      for (ReceptionSession session : Generated.sessions(block)) {
        ReceptionTally tally = ReceptionTally.of(session, ReceptionArbitraries.province(), CUT_OFF);
        receptionsByProvince.merge(provinceOf(block), tally, ReceptionTally::plus);
        byUnit.merge(unitOf(block, session), reportOf(tally), OfficeReport::plus);
      }
    }
    Map<String, OfficeReport> byProvince = new TreeMap<>();
    byUnit.forEach((unit, report) -> byProvince.merge(provinceOfUnit(unit), report, OfficeReport::plus));
    OfficeReport nation = byUnit.values().stream().collect(OfficeReport.collector());
    assertThat(nation.period()).contains(PERIOD);
    assertThat(nation.petitions())
        .isEqualTo(petitionsByProvince.values().stream().reduce(PetitionTally.empty(), PetitionTally::plus));
    assertThat(nation.receptions())
        .isEqualTo(receptionsByProvince.values().stream().reduce(ReceptionTally.empty(), ReceptionTally::plus));
    assertThat(nation.figure(ReportFigure.PETITIONS)).isEqualTo(PETITIONS);
    assertThat(nation.figure(ReportFigure.RECEPTION_SESSIONS)).isEqualTo(SESSIONS);
    byProvince.forEach(
        (province, report) -> {
          assertThat(report.petitions()).isEqualTo(petitionsByProvince.getOrDefault(province, PetitionTally.empty()));
          assertThat(report.receptions())
              .isEqualTo(receptionsByProvince.getOrDefault(province, ReceptionTally.empty()));
        });

    Pipeline pipeline = pipeline();
    PCollection<KV<String, OfficeReport>> ofPetitions =
        pipeline
            .apply("petition blocks", GenerateSequence.from(0).to(PETITIONS / Generated.BLOCK))
            .apply("petitions", ParDo.of(new GeneratePetitions()))
            .apply("report petitions", ParDo.of(new ReportPetitions()));
    PCollection<KV<String, OfficeReport>> ofSessions =
        pipeline
            .apply("session blocks", GenerateSequence.from(0).to(SESSIONS / Generated.BLOCK))
            .apply("sessions", ParDo.of(new GenerateSessions()))
            .apply("report sessions", ParDo.of(new ReportSessions()));
    PCollection<KV<String, OfficeReport>> units =
        PCollectionList.of(ofPetitions)
            .and(ofSessions)
            .apply("both", Flatten.pCollections())
            .apply("by unit", Combine.perKey(new Merging<>(OfficeReport::empty, OfficeReport::plus)));
    PCollection<KV<String, OfficeReport>> provinces =
        units
            .apply("to the province", ParDo.of(new ToProvince()))
            .apply("by province", Combine.perKey(new Merging<>(OfficeReport::empty, OfficeReport::plus)));
    PCollection<OfficeReport> national =
        provinces
            .apply(Values.create())
            .apply("nation", Combine.globally(new Merging<>(OfficeReport::empty, OfficeReport::plus)).withoutDefaults());
    PAssert.that(units).containsInAnyOrder(kvs(byUnit));
    PAssert.that(provinces).containsInAnyOrder(kvs(byProvince));
    PAssert.thatSingleton(national).isEqualTo(nation);
    pipeline.run().waitUntilFinish();
  }

  private static Pipeline pipeline() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    CoderRegistry coders = pipeline.getCoderRegistry();
    coders.registerCoderForClass(Petition.class, JsonCoder.of(Petition.class));
    coders.registerCoderForClass(ReceptionSession.class, JsonCoder.of(ReceptionSession.class));
    coders.registerCoderForClass(OfficeReport.class, JsonCoder.of(OfficeReport.class));
    return pipeline;
  }

  /** A unit's report of the period that holds one petition's tally. */
  static OfficeReport reportOf(PetitionTally tally) {
    return OfficeReport.builder(PERIOD).petitions(tally).build();
  }

  /** A unit's report of the period that holds one session's tally. */
  static OfficeReport reportOf(ReceptionTally tally) {
    return OfficeReport.builder(PERIOD).receptions(tally).build();
  }

  /** The key of the unit that received a petition, under the province of its block: {@code P07/HG-VPTU}. */
  static String unitOf(long block, Petition petition) {
    return provinceOf(block) + "/" + petition.intake().receivingUnit();
  }

  /** The key of the unit that held a session, under the province of its block. */
  static String unitOf(long block, ReceptionSession session) {
    return provinceOf(block) + "/" + session.unit();
  }

  static String provinceOfUnit(String unit) {
    return unit.substring(0, unit.indexOf('/'));
  }

  static String provinceOf(long index) {
    return String.format("P%02d", index % PROVINCES);
  }

  private static <V> List<KV<String, V>> kvs(Map<String, V> map) {
    List<KV<String, V>> kvs = new ArrayList<>();
    map.forEach((k, v) -> kvs.add(KV.of(k, v)));
    return kvs;
  }

  /** The values of each index, the same on the engine's side and the sequential side. */
  static final class Generated {
    static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
    private static final long SEED = 20_160_301L;

    /** How many values one seed gives. */
    static final int BLOCK = 1_000;

    /**
     * The blocks already generated in this JVM. Generating is the dearest step (about 1 ms a petition and 5 ms a
     * session of CPU), and the direct runner runs in the test's JVM, so the engine's side takes the blocks the
     * sequential side generated rather than generating them again; on another runner each worker would generate
     * its blocks from their seeds, with the same values.
     */
    private static final ConcurrentMap<Long, List<Petition>> PETITION_BLOCKS = new ConcurrentHashMap<>();

    private static final ConcurrentMap<Long, List<ReceptionSession>> SESSION_BLOCKS = new ConcurrentHashMap<>();

    private Generated() {}

    /** The petitions of a block of {@link #BLOCK} indices, from the first index of the block. */
    static List<Petition> petitions(long block) {
      return PETITION_BLOCKS.computeIfAbsent(
          block,
          b -> {
            SourceOfRandomness.create(Long.toString(SEED + b));
            return PetitionArbitraries.petitions().sampleStream().limit(BLOCK).toList();
          });
    }

    /** The sessions of a block of {@link #BLOCK} indices, from the first index of the block. */
    static List<ReceptionSession> sessions(long block) {
      return SESSION_BLOCKS.computeIfAbsent(
          block,
          b -> {
            SourceOfRandomness.create(Long.toString(SEED - b));
            return ReceptionArbitraries.sessions().sampleStream().limit(BLOCK).toList();
          });
    }
  }

  /** Generates each block's petitions under the unit that received each, in the block's province. */
  static final class GeneratePetitions extends DoFn<Long, KV<String, Petition>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void processElement(@Element Long index, OutputReceiver<KV<String, Petition>> out) {
      for (Petition petition : Generated.petitions(index)) {
        out.output(KV.of(unitOf(index, petition), petition));
      }
    }
  }

  /** Makes the unit's report of one petition. */
  static final class ReportPetitions extends DoFn<KV<String, Petition>, KV<String, OfficeReport>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void processElement(@Element KV<String, Petition> petition, OutputReceiver<KV<String, OfficeReport>> out) {
      out.output(
          KV.of(petition.getKey(), reportOf(PetitionTally.of(petition.getValue(), Generated.CALENDAR, AS_OF))));
    }
  }

  /** Generates each block's reception sessions under the unit that held each, in the block's province. */
  static final class GenerateSessions extends DoFn<Long, KV<String, ReceptionSession>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void processElement(@Element Long index, OutputReceiver<KV<String, ReceptionSession>> out) {
      for (ReceptionSession session : Generated.sessions(index)) {
        out.output(KV.of(unitOf(index, session), session));
      }
    }
  }

  /** Makes the unit's report of one reception session. */
  static final class ReportSessions extends DoFn<KV<String, ReceptionSession>, KV<String, OfficeReport>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void processElement(
        @Element KV<String, ReceptionSession> session, OutputReceiver<KV<String, OfficeReport>> out) {
      out.output(
          KV.of(
              session.getKey(),
              reportOf(ReceptionTally.of(session.getValue(), ReceptionArbitraries.province(), CUT_OFF))));
    }
  }

  /** Files a unit's report under its province. */
  static final class ToProvince extends DoFn<KV<String, OfficeReport>, KV<String, OfficeReport>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void processElement(@Element KV<String, OfficeReport> unit, OutputReceiver<KV<String, OfficeReport>> out) {
      out.output(KV.of(provinceOfUnit(unit.getKey()), unit.getValue()));
    }
  }

  /**
   * A combiner made of a summary's identity and its merge: the engine merges partial summaries in whatever order and
   * grouping its bundles give.
   */
  static final class Merging<S> implements SerializableFunction<Iterable<S>, S> {
    private static final long serialVersionUID = 1L;

    private final SerializableSupplier<S> empty;
    private final SerializableBinaryOperator<S> plus;

    Merging(SerializableSupplier<S> empty, SerializableBinaryOperator<S> plus) {
      this.empty = empty;
      this.plus = plus;
    }

    @Override
    public S apply(Iterable<S> summaries) {
      S sum = empty.get();
      for (S summary : summaries) {
        sum = plus.apply(sum, summary);
      }
      return sum;
    }
  }

  /** A merge the engine may ship to its workers. */
  interface SerializableBinaryOperator<S> extends BinaryOperator<S>, java.io.Serializable {}

  /** An identity the engine may ship to its workers. */
  interface SerializableSupplier<S> extends Supplier<S>, java.io.Serializable {}
}
