package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.asset.AssetRegister;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.election.CongressStatus;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.MilestoneStatus;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.staffing.StaffingSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The office's periodic report (báo cáo định kỳ của văn phòng cấp ủy) of a period: each domain's own summary over
 * the period, as of its last day. Staffing against the norms, the petitions received and the reception sessions held
 * in the period, the documents issued in its months, the action items of briefings and their progress, the work
 * programme's completion, the milestones of elections and the congresses followed, the dues of its months and the
 * assets on the registers. For example the report of Hậu Giang's provincial committee office for the first quarter of
 * 2016, 2016-01-01 to 2016-03-31 in calendar months.
 *
 * <p>A report is of one unit's figures, or of several units' added up: {@link #plus(OfficeReport) plus} adds each
 * part to the same part, so a province's report is the sum of its units' reports ({@link OfficeReportRollUp}), and
 * after a restructuring the same sum is taken over the units that carry their history. It is associative and
 * commutative with {@link #empty()} as its identity; two reports merge only if they are of the same period, since
 * each part's figures hold on the period's last day ({@link ReportingRule#FIGURES_OF_THE_PERIOD}). The empty report
 * has no period and merges with any. The parts keep their own keys: a petition tally of the sum still counts by the
 * unit that received each petition.
 *
 * <p>The report is a value an application renders: {@link #figure(ReportFigure)} reads one figure, and {@link
 * #lines(Locale)} writes them as lines of one language, Vietnamese for a Vietnamese locale and English otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class OfficeReport implements Summary<OfficeReport> {

  private static final OfficeReport EMPTY =
      new OfficeReport(
          null,
          StaffingSummary.empty(),
          PetitionTally.empty(),
          ReceptionTally.empty(),
          DocumentTally.empty(),
          ActionItemSummary.empty(),
          ProgrammeSummary.empty(),
          MilestoneSummary.empty(),
          CongressSummary.empty(),
          DuesSummary.empty(),
          AssetSummary.empty());

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final DateTimeFormatter VIETNAMESE_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  @SuppressWarnings("Immutable") // a final class of final fields of immutable values
  private final @Nullable ReportingPeriod period;

  @SuppressWarnings("Immutable") // each part is an immutable summary
  private final StaffingSummary staffing;

  @SuppressWarnings("Immutable")
  private final PetitionTally petitions;

  @SuppressWarnings("Immutable")
  private final ReceptionTally receptions;

  @SuppressWarnings("Immutable")
  private final DocumentTally documents;

  @SuppressWarnings("Immutable")
  private final ActionItemSummary actionItems;

  private final ProgrammeSummary programme;

  @SuppressWarnings("Immutable")
  private final MilestoneSummary elections;

  @SuppressWarnings("Immutable")
  private final CongressSummary congresses;

  @SuppressWarnings("Immutable")
  private final DuesSummary dues;

  @SuppressWarnings("Immutable")
  private final AssetSummary assets;

  private OfficeReport(
      @Nullable ReportingPeriod period,
      StaffingSummary staffing,
      PetitionTally petitions,
      ReceptionTally receptions,
      DocumentTally documents,
      ActionItemSummary actionItems,
      ProgrammeSummary programme,
      MilestoneSummary elections,
      CongressSummary congresses,
      DuesSummary dues,
      AssetSummary assets) {
    this.period = period;
    this.staffing = staffing;
    this.petitions = petitions;
    this.receptions = receptions;
    this.documents = documents;
    this.actionItems = actionItems;
    this.programme = programme;
    this.elections = elections;
    this.congresses = congresses;
    this.dues = dues;
    this.assets = assets;
  }

  /**
   * Returns the report of nothing, of no period.
   *
   * @return the empty report, the identity of {@link #plus(OfficeReport) plus}, not null
   */
  public static OfficeReport empty() {
    return EMPTY;
  }

  /**
   * Returns a builder of a unit's report of a period, every part empty until given.
   *
   * @param period the period, not null
   * @return the builder, not null
   */
  public static Builder builder(ReportingPeriod period) {
    return new Builder(period);
  }

  /**
   * Returns a collector that adds reports of one period up, for sequential and parallel streams alike.
   *
   * @return the collector, not null
   */
  public static Collector<OfficeReport, ?, OfficeReport> collector() {
    return Collectors.reducing(EMPTY, OfficeReport::plus);
  }

  /**
   * Returns the sum of this report and another of the same period: each part added to the same part.
   *
   * @param other the other report, of the same period or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both have periods and they differ ({@link
   *     ReportingRule#FIGURES_OF_THE_PERIOD}), or two parts do not merge; neither report changes
   * @throws ArithmeticException if a count or an amount overflows
   */
  @Override
  public OfficeReport plus(OfficeReport other) {
    requireNonNull(other, "other");
    if (other.period == null) {
      return this;
    }
    if (period == null) {
      return other;
    }
    checkArgument(
        period.equals(other.period),
        "%s: reports of different periods do not add up, since their figures hold on different days; this one is"
            + " of %s, the other of %s",
        ReportingRule.FIGURES_OF_THE_PERIOD.name(),
        period,
        other.period);
    return new OfficeReport(
        period,
        staffing.plus(other.staffing),
        petitions.plus(other.petitions),
        receptions.plus(other.receptions),
        documents.plus(other.documents),
        actionItems.plus(other.actionItems),
        programme.plus(other.programme),
        elections.plus(other.elections),
        congresses.plus(other.congresses),
        dues.plus(other.dues),
        assets.plus(other.assets));
  }

  /**
   * Returns the period of the report.
   *
   * @return the period, or empty for {@link #empty()}
   */
  public Optional<ReportingPeriod> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Tells whether this is the report of nothing, {@link #empty()}.
   *
   * @return true if it has no period
   */
  public boolean isEmpty() {
    return period == null;
  }

  /**
   * Returns the staffing against the norms.
   *
   * @return the summary, not null
   */
  public StaffingSummary staffing() {
    return staffing;
  }

  /**
   * Returns the tally of the petitions received in the period, as of its last day.
   *
   * @return the tally, not null
   */
  public PetitionTally petitions() {
    return petitions;
  }

  /**
   * Returns the tally of the reception sessions held in the period.
   *
   * @return the tally, not null
   */
  public ReceptionTally receptions() {
    return receptions;
  }

  /**
   * Returns the tally of the documents issued in the period's months.
   *
   * @return the tally, not null
   */
  public DocumentTally documents() {
    return documents;
  }

  /**
   * Returns the action items of briefings as of the period's last day.
   *
   * @return the summary, not null
   */
  public ActionItemSummary actionItems() {
    return actionItems;
  }

  /**
   * Returns the completion of the work programmes as of the period's last day.
   *
   * @return the summary, not null
   */
  public ProgrammeSummary programme() {
    return programme;
  }

  /**
   * Returns the milestones of elections as of the period's last day.
   *
   * @return the summary, not null
   */
  public MilestoneSummary elections() {
    return elections;
  }

  /**
   * Returns the congresses followed, as of the period's last day.
   *
   * @return the summary, not null
   */
  public CongressSummary congresses() {
    return congresses;
  }

  /**
   * Returns the dues of the period's months.
   *
   * @return the summary, not null
   */
  public DuesSummary dues() {
    return dues;
  }

  /**
   * Returns the assets on the registers as of the period's last day.
   *
   * @return the summary, not null
   */
  public AssetSummary assets() {
    return assets;
  }

  /**
   * Returns one figure of the report: a count, or an amount in đồng for the figures of dues and assets.
   *
   * @param figure the figure, not null
   * @return its value, 0 for a part not given
   */
  public long figure(ReportFigure figure) {
    requireNonNull(figure, "figure");
    return switch (figure) {
      case STAFFED_UNITS -> staffing.units();
      case STAFF -> staffing.totalStaff();
      case UNITS_BELOW_NORM -> staffing.unitsBelowNorm().size();
      case PETITIONS -> petitions.petitions();
      case PETITIONS_OPEN -> petitions.open();
      case PETITION_DUTIES_OVERDUE -> petitions.dutiesOverdue();
      case RECEPTION_SESSIONS -> receptions.sessions();
      case RECEPTION_MATTERS -> receptions.matters();
      case CITIZENS_RECEIVED -> receptions.citizens();
      case DOCUMENTS_ISSUED -> documents.totalIssued();
      case DOCUMENTS_VOIDED -> documents.totalVoided();
      case ACTION_ITEMS -> actionItems.total().total();
      case ACTION_ITEMS_DONE -> actionItems.total().done();
      case ACTION_ITEMS_OVERDUE -> actionItems.total().overdue();
      case PROGRAMME_ITEMS -> programme.total();
      case PROGRAMME_CONCLUDED -> programme.concluded();
      case PROGRAMME_LATE -> programme.late();
      case ELECTION_MILESTONES -> elections.total();
      case ELECTION_MILESTONES_OVERDUE -> elections.count(MilestoneStatus.OVERDUE);
      case CONGRESSES -> congresses.total();
      case CONGRESSES_OVERDUE -> congresses.count(CongressStatus.OVERDUE);
      case DUES_COLLECTED -> dues.collected().dong();
      case DUES_KEPT -> dues.kept().dong();
      case DUES_SENT_UP -> dues.sentUp().dong();
      case ASSETS -> assets.count();
      case ASSET_VALUE -> assets.value().dong();
    };
  }

  /**
   * Returns the report as lines of one language: a heading with the period, then each figure's name and value.
   * For example, in Vietnamese, {@code "Đơn thư tiếp nhận trong kỳ: 12"}; in English, {@code "Petitions received in
   * the period: 12"}. No line mixes the languages or names a Java constant.
   *
   * @param locale the language: Vietnamese for a locale of the language {@code vi}, English for any other, not null
   * @return the lines, not null
   */
  public ImmutableList<String> lines(Locale locale) {
    requireNonNull(locale, "locale");
    boolean vietnamese = locale.getLanguage().equals(VIETNAMESE.getLanguage());
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(heading(vietnamese));
    for (ReportFigure figure : ReportFigure.values()) {
      lines.add(figure.displayName(vietnamese ? VIETNAMESE : Locale.ENGLISH) + ": " + figure(figure));
    }
    return lines.build();
  }

  private String heading(boolean vietnamese) {
    if (period == null) {
      return vietnamese ? "Báo cáo không có kỳ" : "Report of no period";
    }
    return vietnamese
        ? period.kind().vietnameseName() + " từ ngày " + VIETNAMESE_DAY.format(period.first()) + " đến ngày "
            + VIETNAMESE_DAY.format(period.last())
        : period.kind().englishName() + " from " + period.first() + " to " + period.last();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OfficeReport other
        && Objects.equals(period, other.period)
        && staffing.equals(other.staffing)
        && petitions.equals(other.petitions)
        && receptions.equals(other.receptions)
        && documents.equals(other.documents)
        && actionItems.equals(other.actionItems)
        && programme.equals(other.programme)
        && elections.equals(other.elections)
        && congresses.equals(other.congresses)
        && dues.equals(other.dues)
        && assets.equals(other.assets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        period, staffing, petitions, receptions, documents, actionItems, programme, elections, congresses, dues,
        assets);
  }

  /**
   * Returns the period and the figures that are not zero.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("OfficeReport[").append(period == null ? "no period" : period);
    for (ReportFigure figure : ReportFigure.values()) {
      long value = figure(figure);
      if (value != 0) {
        text.append(", ").append(figure.englishName()).append(' ').append(value);
      }
    }
    return text.append(']').toString();
  }

  /**
   * Builds a unit's report of a period, part by part. A part is given as the domain's summary, which must be of the
   * period, or as the domain's records, of which the builder takes those of the period. A refused part leaves the
   * builder as it was.
   */
  public static final class Builder {

    private final ReportingPeriod period;
    private StaffingSummary staffing = StaffingSummary.empty();
    private PetitionTally petitions = PetitionTally.empty();
    private ReceptionTally receptions = ReceptionTally.empty();
    private DocumentTally documents = DocumentTally.empty();
    private ActionItemSummary actionItems = ActionItemSummary.empty();
    private ProgrammeSummary programme = ProgrammeSummary.empty();
    private MilestoneSummary elections = MilestoneSummary.empty();
    private CongressSummary congresses = CongressSummary.empty();
    private DuesSummary dues = DuesSummary.empty();
    private AssetSummary assets = AssetSummary.empty();

    private Builder(ReportingPeriod period) {
      this.period = requireNonNull(period, "period");
    }

    /**
     * Sets the staffing against the norms, which the application counts as of the period's last day.
     *
     * @param staffing the summary, not null
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder staffing(StaffingSummary staffing) {
      this.staffing = requireNonNull(staffing, "staffing");
      return this;
    }

    /**
     * Sets the tally of the petitions received in the period.
     *
     * @param petitions the tally, as of the period's last day or empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the tally is as of another day ({@link ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder petitions(PetitionTally petitions) {
      requireNonNull(petitions, "petitions");
      checkDay("petitions", petitions.asOf());
      this.petitions = petitions;
      return this;
    }

    /**
     * Tallies the petitions received in the period, as of its last day; the others are left out.
     *
     * @param petitions the petitions, not null, none null
     * @param calendar the working calendar their time limits count on, not null
     * @return this builder, not null
     * @throws java.time.DateTimeException if a time limit counts past the calendar's range
     */
    @CanIgnoreReturnValue
    public Builder petitions(Iterable<Petition> petitions, WorkingCalendar calendar) {
      ImmutableList<Petition> all = Arguments.list(petitions, "petitions");
      requireNonNull(calendar, "calendar");
      this.petitions =
          all.stream()
              .filter(petition -> within(petition.received()))
              .collect(PetitionTally.collector(calendar, period.last()));
      return this;
    }

    /**
     * Sets the tally of the reception sessions held in the period.
     *
     * @param receptions the tally, of the period's cut-off and of report months of the period, or empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the tally has another cut-off or counts a month outside the period ({@link
     *     ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder receptions(ReceptionTally receptions) {
      requireNonNull(receptions, "receptions");
      Optional<CutOff> cutOff = receptions.cutOff();
      if (cutOff.isPresent()) {
        checkArgument(
            period.cutOff().isEmpty() || period.cutOff().equals(cutOff),
            "%s: the reception sessions of a report are counted in the report months of its period, under %s; the"
                + " tally counts under %s",
            ReportingRule.FIGURES_OF_THE_PERIOD.name(),
            period.cutOff().map(Object::toString).orElse(""),
            cutOff.get());
        checkMonths(
            "reception sessions",
            receptions.sessionsByMonth().keySet(),
            cutOff.get().reportMonthOf(period.first()),
            cutOff.get().reportMonthOf(period.last()));
        // matters are received in sessions: a tally counts them only in months of its sessions
      }
      this.receptions = receptions;
      return this;
    }

    /**
     * Tallies the reception sessions held in the period, in the report months of its cut-off (calendar months for a
     * term); the others are left out.
     *
     * @param sessions the sessions, not null, none null
     * @param chart the org chart of the units that received, not null
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder receptions(Iterable<ReceptionSession> sessions, OrgChart chart) {
      ImmutableList<ReceptionSession> all = Arguments.list(sessions, "sessions");
      requireNonNull(chart, "chart");
      CutOff cutOff = period.cutOff().orElseGet(CutOff::monthEnd);
      this.receptions =
          all.stream()
              .filter(session -> within(session.day()))
              .collect(ReceptionTally.collector(chart, cutOff));
      return this;
    }

    /**
     * Sets the tally of the documents issued in the period's months.
     *
     * @param documents the tally, of months from the period's first day's to its last day's, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the tally counts a month outside the period ({@link
     *     ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder documents(DocumentTally documents) {
      requireNonNull(documents, "documents");
      checkMonths("documents", documents.months(), YearMonth.from(period.first()), period.lastMonth());
      this.documents = documents;
      return this;
    }

    /**
     * Tallies the documents of a register issued in the period; the others are left out.
     *
     * @param register the outgoing register, not null
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder documents(OutgoingRegister register) {
      requireNonNull(register, "register");
      this.documents =
          register.entries().stream()
              .filter(entry -> within(entry.issuedOn()))
              .map(DocumentTally::of)
              .collect(Collectors.reducing(DocumentTally.empty(), DocumentTally::plus));
      return this;
    }

    /**
     * Sets the action items of briefings.
     *
     * @param actionItems the summary, as of the period's last day or empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if it is as of another day ({@link ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder actionItems(ActionItemSummary actionItems) {
      requireNonNull(actionItems, "actionItems");
      checkDay("action items", actionItems.asOf());
      this.actionItems = actionItems;
      return this;
    }

    /**
     * Sums up action items as of the period's last day; one assigned later counts nowhere.
     *
     * @param actionItems the items, not null, none null
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder actionItems(Iterable<ActionItem> actionItems) {
      ImmutableList<ActionItem> all = Arguments.list(actionItems, "actionItems");
      this.actionItems = all.stream().collect(ActionItemSummary.collector(period.last()));
      return this;
    }

    /**
     * Sets the completion of the work programmes.
     *
     * @param programme the summary, as of the period's last day or empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if it is as of another day ({@link ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder programme(ProgrammeSummary programme) {
      requireNonNull(programme, "programme");
      checkDay("programme", programme.asOf());
      this.programme = programme;
      return this;
    }

    /**
     * Sums up programme items as of the period's last day; one planned later counts nowhere.
     *
     * @param items the items, not null, none null
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder programme(Iterable<ProgrammeItem> items) {
      ImmutableList<ProgrammeItem> all = Arguments.list(items, "items");
      this.programme = all.stream().collect(ProgrammeSummary.collector(period.last()));
      return this;
    }

    /**
     * Sets the milestones of elections.
     *
     * @param elections the summary, as of the period's last day or empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if it is as of another day ({@link ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder elections(MilestoneSummary elections) {
      requireNonNull(elections, "elections");
      checkDay("elections", elections.asOf());
      this.elections = elections;
      return this;
    }

    /**
     * Sums up the follow-up of elections as of the period's last day.
     *
     * @param followUps the offices' records of what they did, not null, none null
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder elections(Iterable<ElectionFollowUp> followUps) {
      ImmutableList<ElectionFollowUp> all = Arguments.list(followUps, "followUps");
      this.elections = all.stream().collect(MilestoneSummary.collector(period.last()));
      return this;
    }

    /**
     * Sets the congresses followed.
     *
     * @param congresses the summary, as of the period's last day or empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if it is as of another day ({@link ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder congresses(CongressSummary congresses) {
      requireNonNull(congresses, "congresses");
      checkDay("congresses", congresses.asOf());
      this.congresses = congresses;
      return this;
    }

    /**
     * Sets the dues of the period's months.
     *
     * @param dues the summary, of months from the period's first day's to its last day's, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if it counts a month outside the period ({@link
     *     ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder dues(DuesSummary dues) {
      requireNonNull(dues, "dues");
      checkMonths("dues", dues.months(), YearMonth.from(period.first()), period.lastMonth());
      this.dues = dues;
      return this;
    }

    /**
     * Sets the assets on the registers.
     *
     * @param assets the summary, as of the period's last day or empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if it is as of another day ({@link ReportingRule#FIGURES_OF_THE_PERIOD})
     */
    @CanIgnoreReturnValue
    public Builder assets(AssetSummary assets) {
      requireNonNull(assets, "assets");
      checkDay("assets", assets.asOf());
      this.assets = assets;
      return this;
    }

    /**
     * Sums up an asset register as of the period's last day.
     *
     * @param register the register, not null
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder assets(AssetRegister register) {
      requireNonNull(register, "register");
      this.assets = AssetSummary.of(register, period.last());
      return this;
    }

    /**
     * Returns the report.
     *
     * @return the report of the period with the parts given, not null
     */
    public OfficeReport build() {
      return new OfficeReport(
          period, staffing, petitions, receptions, documents, actionItems, programme, elections, congresses, dues,
          assets);
    }

    private boolean within(LocalDate day) {
      return period.contains(day);
    }

    private void checkDay(String part, Optional<LocalDate> asOf) {
      asOf.ifPresent(
          day ->
              checkArgument(
                  day.equals(period.last()),
                  "%s: the figures of a report hold on its period's last day, %s; the %s are as of %s",
                  ReportingRule.FIGURES_OF_THE_PERIOD.name(),
                  period.last(),
                  part,
                  day));
    }

    private void checkMonths(String part, Collection<YearMonth> months, YearMonth first, YearMonth last) {
      for (YearMonth month : months) {
        checkArgument(
            !month.isBefore(first) && !month.isAfter(last),
            "%s: the %s of a report are counted in its period's months, %s to %s; %s is not one of them",
            ReportingRule.FIGURES_OF_THE_PERIOD.name(),
            part,
            first,
            last,
            month);
      }
    }
  }
}
