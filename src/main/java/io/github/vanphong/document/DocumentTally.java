package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Texts;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The count of documents issued, by type and month: for example 12 reports and 3 plans of the Party issued in March
 * 2016, and 1 number voided. Entries are counted from {@link RegisterEntry}s, by the month of issue and the type's
 * system and code; an entry whose number was voided counts among the voided, not the issued.
 *
 * <p>Tallies merge: {@link #plus(DocumentTally) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector()} collects sequentially or in parallel alike, so that the tallies of several
 * registers, offices or years add up. A tally counts entries; an entry counted in two tallies counts twice in their
 * sum. It is not a register: it keeps no symbol or summary.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class DocumentTally implements Summary<DocumentTally> {

  private static final DocumentTally EMPTY = new DocumentTally(ImmutableSortedMap.of(), ImmutableSortedMap.of());

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable keys and values
  private final ImmutableSortedMap<Key, Integer> issued;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable keys and values
  private final ImmutableSortedMap<Key, Integer> voided;

  private DocumentTally(ImmutableSortedMap<Key, Integer> issued, ImmutableSortedMap<Key, Integer> voided) {
    this.issued = issued;
    this.voided = voided;
  }

  /**
   * Returns the tally of nothing.
   *
   * @return the empty tally, the identity of {@link #plus(DocumentTally) plus}, not null
   */
  public static DocumentTally empty() {
    return EMPTY;
  }

  /**
   * Returns the tally of one entry: one issued, or one voided, of its type in its month of issue.
   *
   * @param entry the register entry, not null
   * @return the tally of the entry, not null
   */
  public static DocumentTally of(RegisterEntry entry) {
    requireNonNull(entry, "entry");
    Key key =
        new Key(entry.type().system(), entry.type().code(), YearMonth.from(entry.issuedOn()));
    ImmutableSortedMap<Key, Integer> one = ImmutableSortedMap.of(key, 1);
    return entry.isVoid()
        ? new DocumentTally(ImmutableSortedMap.of(), one)
        : new DocumentTally(one, ImmutableSortedMap.of());
  }

  /**
   * Returns the tally of one type of document in one month from its counts, for a tally exchanged between offices
   * and read back: {@code DocumentTally.of(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3), 12, 1)} for 12 reports
   * of the Party issued in March 2016 and 1 number voided. The tally of several types and months is the {@link
   * #plus} of theirs. Counts of zero leave the type and month out, as a tally of entries does: both zero give
   * {@link #empty()}.
   *
   * @param system the system of the type, not null
   * @param typeCode the type's code, one or more letters, for example "BC"; not null
   * @param month the month of issue, not null
   * @param issued the number issued, zero or more
   * @param voided the number voided, zero or more
   * @return the tally, not null
   * @throws IllegalArgumentException naming the count, if a count is negative, or if the code is not one or more
   *     letters
   */
  public static DocumentTally of(DocumentSystem system, String typeCode, YearMonth month, int issued, int voided) {
    requireNonNull(system, "system");
    requireNonNull(month, "month");
    String code = DocumentSymbol.checkTypeCode(typeCode);
    checkArgument(
        issued >= 0, "issued must not be negative: %s of %s %s in %s", issued, system, Texts.quote(code), month);
    checkArgument(
        voided >= 0, "voided must not be negative: %s of %s %s in %s", voided, system, Texts.quote(code), month);
    if (issued == 0 && voided == 0) {
      return EMPTY;
    }
    Key key = new Key(system, code, month);
    return new DocumentTally(
        issued == 0 ? ImmutableSortedMap.of() : ImmutableSortedMap.of(key, issued),
        voided == 0 ? ImmutableSortedMap.of() : ImmutableSortedMap.of(key, voided));
  }

  /**
   * Returns the tally of every entry of a register.
   *
   * @param register the register, not null
   * @return the tally, not null
   */
  public static DocumentTally of(OutgoingRegister register) {
    requireNonNull(register, "register");
    return register.entries().stream().collect(collector());
  }

  /**
   * Returns a collector of register entries into their tally, for sequential and parallel streams alike: {@code
   * register.entries().stream().collect(DocumentTally.collector())}. The order of the entries does not matter;
   * collecting none gives {@link #empty()}.
   *
   * <p>The collector counts into maps of its own and makes the tally once, at the end: collecting {@code n} entries
   * costs about {@code n log k} for {@code k} types and months, where adding tallies one by one would copy the
   * counts for each entry.
   *
   * @return the collector, not null
   */
  public static Collector<RegisterEntry, ?, DocumentTally> collector() {
    return Collector.<RegisterEntry, Counts, DocumentTally>of(
        Counts::new,
        Counts::add,
        Counts::addAll,
        counts ->
            counts.issued.isEmpty() && counts.voided.isEmpty()
                ? EMPTY
                : new DocumentTally(ImmutableSortedMap.copyOf(counts.issued), ImmutableSortedMap.copyOf(counts.voided)),
        Collector.Characteristics.UNORDERED);
  }

  /** The running counts of a collection of entries. */
  private static final class Counts {
    final Map<Key, Integer> issued = new TreeMap<>();
    final Map<Key, Integer> voided = new TreeMap<>();

    void add(RegisterEntry entry) {
      Key key = new Key(entry.type().system(), entry.type().code(), YearMonth.from(entry.issuedOn()));
      (entry.isVoid() ? voided : issued).merge(key, 1, Math::addExact);
    }

    Counts addAll(Counts other) {
      other.issued.forEach((k, v) -> issued.merge(k, v, Math::addExact));
      other.voided.forEach((k, v) -> voided.merge(k, v, Math::addExact));
      return this;
    }
  }

  /**
   * Returns the sum of this tally and another.
   *
   * @param other the other tally, not null
   * @return the sum, not null
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public DocumentTally plus(DocumentTally other) {
    requireNonNull(other, "other");
    return new DocumentTally(sum(issued, other.issued), sum(voided, other.voided));
  }

  private static ImmutableSortedMap<Key, Integer> sum(Map<Key, Integer> a, Map<Key, Integer> b) {
    Map<Key, Integer> result = new TreeMap<>(a);
    b.forEach((k, v) -> result.merge(k, v, Math::addExact));
    return ImmutableSortedMap.copyOf(result);
  }

  /**
   * Returns the documents of a type issued in a month, voided ones left out.
   *
   * @param type the type, not null
   * @param month the month, not null
   * @return the count, zero or more
   */
  public int issued(DocumentType type, YearMonth month) {
    requireNonNull(type, "type");
    requireNonNull(month, "month");
    return issued.getOrDefault(new Key(type.system(), type.code(), month), 0);
  }

  /**
   * Returns the documents of a type issued in every month, voided ones left out.
   *
   * @param type the type, not null
   * @return the count, zero or more
   */
  public int issued(DocumentType type) {
    requireNonNull(type, "type");
    return issued.entrySet().stream()
        .filter(e -> e.getKey().system == type.system() && e.getKey().code.equals(type.code()))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /**
   * Returns the documents of every type issued in a month, voided ones left out.
   *
   * @param month the month, not null
   * @return the count, zero or more
   */
  public int issued(YearMonth month) {
    requireNonNull(month, "month");
    return issued.entrySet().stream()
        .filter(e -> e.getKey().month.equals(month))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /**
   * Returns the counts of each type's documents issued, month by month, for one system: for example {@code BC ->
   * {2016-03=12}}. Types and months with none are left out.
   *
   * @param system the system, not null
   * @return the counts by type code and month, sorted, not null
   */
  public ImmutableSortedMap<String, ImmutableSortedMap<YearMonth, Integer>> byTypeAndMonth(DocumentSystem system) {
    return rows(issued, system);
  }

  /**
   * Returns the numbers voided in a system, by type code and month of issue, as {@link #byTypeAndMonth} gives those
   * issued: for example {BC={2016-03=1}}.
   *
   * @param system the system, not null
   * @return the counts of each type code by month, codes and months in order, not null
   */
  public ImmutableSortedMap<String, ImmutableSortedMap<YearMonth, Integer>> voidedByTypeAndMonth(
      DocumentSystem system) {
    return rows(voided, system);
  }

  private static ImmutableSortedMap<String, ImmutableSortedMap<YearMonth, Integer>> rows(
      Map<Key, Integer> counts, DocumentSystem system) {
    requireNonNull(system, "system");
    Map<String, TreeMap<YearMonth, Integer>> rows = new TreeMap<>();
    counts.forEach(
        (k, v) -> {
          if (k.system == system) {
            rows.computeIfAbsent(k.code, c -> new TreeMap<>()).put(k.month, v);
          }
        });
    ImmutableSortedMap.Builder<String, ImmutableSortedMap<YearMonth, Integer>> result =
        ImmutableSortedMap.naturalOrder();
    rows.forEach((code, months) -> result.put(code, ImmutableSortedMap.copyOfSorted(months)));
    return result.build();
  }

  /**
   * Returns the months in which something was issued or voided.
   *
   * @return the months, sorted, not null
   */
  public ImmutableSortedSet<YearMonth> months() {
    ImmutableSortedSet.Builder<YearMonth> months = ImmutableSortedSet.naturalOrder();
    issued.keySet().forEach(k -> months.add(k.month));
    voided.keySet().forEach(k -> months.add(k.month));
    return months.build();
  }

  /**
   * Returns the documents issued, voided ones left out.
   *
   * @return the total, zero or more
   */
  public int totalIssued() {
    return issued.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the numbers voided.
   *
   * @return the total, zero or more
   */
  public int totalVoided() {
    return voided.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentTally other && issued.equals(other.issued) && voided.equals(other.voided);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issued, voided);
  }

  /**
   * Returns the totals and the counts: "DocumentTally[15 issued, 1 voided, {PARTY BC 2016-03=12, PARTY KH
   * 2016-03=3}]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "DocumentTally[" + totalIssued() + " issued, " + totalVoided() + " voided, " + issued + "]";
  }

  /** A type of one system in one month: the key of the counts, not part of the API. */
  @Immutable
  static final class Key implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.<Key, DocumentSystem>comparing(k -> k.system)
            .thenComparing(k -> k.code)
            .thenComparing(k -> k.month);

    private final DocumentSystem system;
    private final String code;
    private final YearMonth month;

    Key(DocumentSystem system, String code, YearMonth month) {
      this.system = system;
      this.code = code;
      this.month = month;
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(system, code, month);
    }

    @Override
    public String toString() {
      return system + " " + code + " " + month;
    }
  }
}
