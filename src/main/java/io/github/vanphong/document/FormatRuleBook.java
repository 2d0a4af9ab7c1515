package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule book of the format of Party documents: every {@link FormatRule} a draft is checked against, each with its
 * instrument and article, chosen by the day the draft is checked. For example {@code
 * FormatRuleBook.standard().check(form, DocumentCodeBook.NOTICE, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
 * LocalDate.of(2016, 3, 4))} checks a notice of 2016 by the rules of Hướng dẫn 11-HD/VPTW (2004), and the same form
 * on 2018-04-03 or later by those of Hướng dẫn 36-HD/VPTW (2018), which replaced it.
 *
 * <p><b>The built-in rules</b>, {@link #standard()}, are the constants of this class, resting on Hướng dẫn
 * 36-HD/VPTW (03/4/2018) as reproduced by secondary sources (reported; {@link #NUMBER_LEFT_BLANK} is the library's
 * reading, unconfirmed), in force from 2018-04-03; and, for the days of Hướng dẫn 11-HD/VPTW (28/5/2004 to
 * 2018-04-02), each of them carried over under that guide as a rule named with the suffix {@link #UNDER_11_HD},
 * {@code _2004}. Of 11-HD/VPTW only the opening of Mục I was read, in a reproduction (phonha.com): the heading
 * "Đảng Cộng sản Việt Nam" (điểm 1) and the name of the issuing body (điểm 2) are mandatory components, so {@code
 * HEADING_TEXT_2004} and {@code ISSUING_BODY_NAMED_2004} are {@link Confirmation#REPORTED}; the other rules are
 * carried over from 36-HD/VPTW with the same checks, marked {@link Confirmation#UNCONFIRMED}, since no requirement of
 * 11-HD/VPTW beyond those was read. No rule is built in before 2004-05-28: a draft checked earlier has no finding.
 *
 * <p><b>An application's own rules</b> come in with {@link #with(FormatRule) with}: a rule of the same name replaces the
 * book's in its place; a new one comes last and takes precedence over the earlier rules making the same check on the
 * days both are in force (logged at DEBUG). {@link #without(String) without} takes a rule out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class FormatRuleBook {

  private static final Logger LOG = LoggerFactory.getLogger(FormatRuleBook.class);

  /** The suffix of a rule of {@link #standard()} carried over to Hướng dẫn 11-HD/VPTW (2004): "_2004". */
  public static final String UNDER_11_HD = "_2004";

  /** The bases, held apart so that the constants can name them. */
  private static final class Bases {
    static final Instrument HD_36 = Instruments.PARTY_DOCUMENT_FORMAT_2018;
    static final Instrument HD_11 = Instruments.PARTY_DOCUMENT_FORMAT_2004;

    static final LegalBasis COMPONENTS =
        LegalBasis.builder()
            .instrument(HD_36)
            .article("Mục II (thành phần thể thức bắt buộc của văn bản)")
            .confirmation(Confirmation.REPORTED)
            .build();
    static final LegalBasis PRESENTATION =
        LegalBasis.builder()
            .instrument(HD_36)
            .article("kỹ thuật trình bày (bảng chữ in hoa, cỡ và kiểu chữ)")
            .confirmation(Confirmation.REPORTED)
            .build();
    static final LegalBasis NUMBER_AT_ISSUE =
        LegalBasis.builder()
            .instrument(HD_36)
            .article("Mục II, điểm 1.3.1 (số được cấp khi phát hành; chưa đối chiếu)")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();

    static final LegalBasis HEADING_2004 =
        LegalBasis.builder()
            .instrument(HD_11)
            .article("Mục I, điểm 1 (tiêu đề \"Đảng Cộng sản Việt Nam\")")
            .confirmation(Confirmation.REPORTED)
            .build();
    static final LegalBasis ISSUING_BODY_2004 =
        LegalBasis.builder()
            .instrument(HD_11)
            .article("Mục I, điểm 2 (tên cơ quan ban hành văn bản)")
            .confirmation(Confirmation.REPORTED)
            .build();

    /** A rule of 36-HD/VPTW carried over to 11-HD/VPTW, whose article on it was not read. */
    static LegalBasis carriedOver(LegalBasis basis) {
      return LegalBasis.builder()
          .instrument(HD_11)
          .article("chưa đọc; như " + basis.citation())
          .confirmation(Confirmation.UNCONFIRMED)
          .build();
    }

    private Bases() {}
  }

  /** The heading reads "ĐẢNG CỘNG SẢN VIỆT NAM": Hướng dẫn 36-HD/VPTW, Mục II, reported. */
  public static final FormatRule HEADING_TEXT =
      FormatRule.of("HEADING_TEXT", FormatCheck.HEADING_TEXT, Bases.COMPONENTS);

  /** The issuing body is named: Hướng dẫn 36-HD/VPTW, Mục II, reported. */
  public static final FormatRule ISSUING_BODY_NAMED =
      FormatRule.of("ISSUING_BODY_NAMED", FormatCheck.ISSUING_BODY_NAMED, Bases.COMPONENTS);

  /**
   * The issuing body and the superior body are written in capitals: Hướng dẫn 36-HD/VPTW, presentation table,
   * reported.
   */
  public static final FormatRule ISSUING_BODY_IN_CAPITALS =
      FormatRule.of("ISSUING_BODY_IN_CAPITALS", FormatCheck.ISSUING_BODY_IN_CAPITALS, Bases.PRESENTATION);

  /**
   * The line reads "Số {number}-{type}/{issuer}", without a colon: Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3,
   * reported.
   */
  public static final FormatRule SYMBOL_LINE_FORM =
      FormatRule.of("SYMBOL_LINE_FORM", FormatCheck.SYMBOL_LINE_FORM, DocumentSymbol.PARTY_FORM);

  /**
   * A draft leaves its number blank until issue: the library's reading of Hướng dẫn 36-HD/VPTW, Mục II, điểm
   * 1.3.1, unconfirmed.
   */
  public static final FormatRule NUMBER_LEFT_BLANK =
      FormatRule.of("NUMBER_LEFT_BLANK", FormatCheck.NUMBER_LEFT_BLANK, Bases.NUMBER_AT_ISSUE);

  /** The symbol names the document's type: Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3, reported. */
  public static final FormatRule SYMBOL_NAMES_TYPE =
      FormatRule.of("SYMBOL_NAMES_TYPE", FormatCheck.SYMBOL_NAMES_TYPE, DocumentSymbol.PARTY_FORM);

  /** The symbol names the issuing body: Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3, reported. */
  public static final FormatRule SYMBOL_NAMES_ISSUER =
      FormatRule.of("SYMBOL_NAMES_ISSUER", FormatCheck.SYMBOL_NAMES_ISSUER, DocumentSymbol.PARTY_FORM);

  /** The place is written before the date: Hướng dẫn 36-HD/VPTW, Mục II, reported. */
  public static final FormatRule PLACE_NAMED =
      FormatRule.of("PLACE_NAMED", FormatCheck.PLACE_NAMED, Bases.COMPONENTS);

  /**
   * A document other than a công văn shows its type name in capitals, a công văn none: Hướng dẫn 36-HD/VPTW, Mục
   * II, reported.
   */
  public static final FormatRule TYPE_NAME_SHOWN =
      FormatRule.of("TYPE_NAME_SHOWN", FormatCheck.TYPE_NAME_SHOWN, Bases.COMPONENTS);

  /** The summary (trích yếu) is written: Hướng dẫn 36-HD/VPTW, Mục II, reported. */
  public static final FormatRule SUMMARY_GIVEN =
      FormatRule.of("SUMMARY_GIVEN", FormatCheck.SUMMARY_GIVEN, Bases.COMPONENTS);

  /** The signer's title is written: Hướng dẫn 36-HD/VPTW, Mục II, reported. */
  public static final FormatRule SIGNER_TITLE_GIVEN =
      FormatRule.of("SIGNER_TITLE_GIVEN", FormatCheck.SIGNER_TITLE_GIVEN, Bases.COMPONENTS);

  /** The signer is named: Hướng dẫn 36-HD/VPTW, Mục II, reported. */
  public static final FormatRule SIGNER_NAMED =
      FormatRule.of("SIGNER_NAMED", FormatCheck.SIGNER_NAMED, Bases.COMPONENTS);

  /** At least one recipient is listed, and no line is blank: Hướng dẫn 36-HD/VPTW, Mục II, reported. */
  public static final FormatRule RECIPIENTS_LISTED =
      FormatRule.of("RECIPIENTS_LISTED", FormatCheck.RECIPIENTS_LISTED, Bases.COMPONENTS);

  private static final ImmutableList<FormatRule> HD_36_RULES =
      ImmutableList.of(
          HEADING_TEXT,
          ISSUING_BODY_NAMED,
          ISSUING_BODY_IN_CAPITALS,
          SYMBOL_LINE_FORM,
          NUMBER_LEFT_BLANK,
          SYMBOL_NAMES_TYPE,
          SYMBOL_NAMES_ISSUER,
          PLACE_NAMED,
          TYPE_NAME_SHOWN,
          SUMMARY_GIVEN,
          SIGNER_TITLE_GIVEN,
          SIGNER_NAMED,
          RECIPIENTS_LISTED);

  private static final FormatRuleBook STANDARD = new FormatRuleBook(standardRules());

  private static ImmutableList<FormatRule> standardRules() {
    ImmutableList.Builder<FormatRule> rules = ImmutableList.<FormatRule>builder().addAll(HD_36_RULES);
    for (FormatRule rule : HD_36_RULES) {
      LegalBasis basis =
          rule == HEADING_TEXT
              ? Bases.HEADING_2004
              : rule == ISSUING_BODY_NAMED ? Bases.ISSUING_BODY_2004 : Bases.carriedOver(rule.basis());
      rules.add(FormatRule.of(rule.name() + UNDER_11_HD, rule.formatCheck(), basis));
    }
    return rules.build();
  }

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<FormatRule> rules;

  private FormatRuleBook(ImmutableList<FormatRule> rules) {
    Set<String> names = new HashSet<>();
    for (FormatRule rule : rules) {
      checkArgument(names.add(rule.name()), "a rule book has one rule of each name; %s is given twice", Texts.quote(rule.name()));
    }
    this.rules = rules;
  }

  /**
   * Returns the built-in rules: those of Hướng dẫn 36-HD/VPTW from 2018-04-03 (the constants of this class), and
   * each of them carried over to Hướng dẫn 11-HD/VPTW for 2004-05-28 to 2018-04-02, named with the suffix {@link
   * #UNDER_11_HD}.
   *
   * @return the built-in rule book, not null
   */
  public static FormatRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a rule book of the given rules only, later ones taking precedence over earlier ones making the same
   * check.
   *
   * @param rules the rules, in order of precedence, lowest first; none null, no two of the same name
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   * @throws IllegalArgumentException if two rules have the same name
   */
  public static FormatRuleBook of(FormatRule... rules) {
    return of(Arguments.list("rules", rules));
  }

  /**
   * Returns a rule book of the given rules only, later ones taking precedence over earlier ones making the same
   * check.
   *
   * @param rules the rules, in order of precedence, lowest first; none null, no two of the same name
   * @return the rule book, not null
   * @throws NullPointerException if a rule is null
   * @throws IllegalArgumentException if two rules have the same name
   */
  public static FormatRuleBook of(Iterable<FormatRule> rules) {
    return new FormatRuleBook(Arguments.list(rules, "rules"));
  }

  /**
   * Returns this rule book with an application's own rule: in place of the rule of the same name if there is one,
   * otherwise last, so that it takes precedence over the earlier rules making the same check on the days both are in
   * force. This book is left as it was.
   *
   * @param rule the rule, not null
   * @return a new rule book, not null
   */
  public FormatRuleBook with(FormatRule rule) {
    requireNonNull(rule, "rule");
    return new FormatRuleBook(NamedLists.with(rules, rule, FormatRule::name));
  }

  /**
   * Returns this rule book without the rule of the given name, for an application whose own rules do not have it.
   * This book is left as it was.
   *
   * @param name the name of the rule, for example "NUMBER_LEFT_BLANK_2004", not null
   * @return a new rule book, not null
   * @throws IllegalArgumentException if this book has no rule of that name
   */
  public FormatRuleBook without(String name) {
    requireNonNull(name, "name");
    checkArgument(rule(name).isPresent(), "this format rule book has no rule named %s", Texts.quote(name));
    return new FormatRuleBook(NamedLists.without(rules, name, FormatRule::name));
  }

  /**
   * Returns every rule, in order of precedence, lowest first.
   *
   * @return the rules, not null
   */
  public ImmutableList<FormatRule> rules() {
    return rules;
  }

  /**
   * Returns the rule of the given name, for example "HEADING_TEXT_2004".
   *
   * @param name the name, not null
   * @return the rule, or empty if this book has none of that name
   */
  public Optional<FormatRule> rule(String name) {
    requireNonNull(name, "name");
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * Returns the rules a draft checked on a day is checked against: for each check, the last rule of this book in
   * force on the day that makes it, in the order of the book. On 2016-03-04 the rules of Hướng dẫn 11-HD/VPTW; from
   * 2018-04-03 those of Hướng dẫn 36-HD/VPTW.
   *
   * @param day the day the draft is checked, not null
   * @return the rules, empty before the first rule's day, not null
   */
  public ImmutableList<FormatRule> rulesOn(LocalDate day) {
    requireNonNull(day, "day");
    Map<FormatCheck, FormatRule> chosen = new EnumMap<>(FormatCheck.class);
    for (FormatRule rule : rules) {
      if (rule.isInForceOn(day)) {
        @Nullable FormatRule earlier = chosen.put(rule.formatCheck(), rule);
        if (earlier != null) {
          LOG.debug("format rule {} overrides {} on {}", rule, earlier, day);
        }
      }
    }
    return rules.stream()
        .filter(r -> chosen.get(r.formatCheck()) == r)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks a form by the rules in force on a day ({@link #rulesOn(LocalDate) rulesOn}) and returns every finding, in the
   * order of the rules.
   *
   * @param form the form of the draft, not null
   * @param type the type of the document, a Party type, not null
   * @param issuer the issuing body, not null
   * @param day the day the draft is checked, not null
   * @return the findings, each naming the rule in force that day, empty if the form passes every rule, not null
   */
  public ImmutableList<FormatFinding> check(DocumentForm form, DocumentType type, Issuer issuer, LocalDate day) {
    requireNonNull(form, "form");
    requireNonNull(type, "type");
    requireNonNull(issuer, "issuer");
    ImmutableList.Builder<FormatFinding> findings = ImmutableList.builder();
    for (FormatRule rule : rulesOn(day)) {
      rule.check(form, type, issuer).ifPresent(findings::add);
    }
    return findings.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FormatRuleBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the number of rules: "FormatRuleBook[26 rules]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "FormatRuleBook[" + rules.size() + " rules]";
  }
}
