package it.esibe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Verdict;
import it.esibe.core.message.Message;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Reform;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.CriterionDescription;
import it.esibe.core.spi.Registered;
import it.esibe.examples.extending.ExampleMessages;
import it.esibe.examples.extending.ExampleRulesets;
import it.esibe.examples.extending.ExampleTaxonomy;
import it.esibe.examples.lombardia.LombardyRulesets;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.Rulesets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules reference generated from the rulesets: a section for every criterion of every bundled
 * ruleset, every parameter with its value, the readings of the report in its own words, a derived
 * ruleset as a difference from its base, escaped and self-contained HTML, and a minimal section for
 * a criterion that does not describe itself.
 */
class RulesReferenceTest {

    private static final EsibeRegistry ESIBE = Esibe.builder().build();
    /** With the regional example (on the test class path) and the pilot ruleset of docs/EXTENDING.md. */
    private static final EsibeRegistry DISCOVERED = discovered();

    private static EsibeRegistry discovered() {
        return Esibe.builder().discoverProviders().rulesetProvider(new ExampleRulesets.PilotRulesets())
                .taxonomyProvider(new ExampleTaxonomy()).messageProvider(new ExampleMessages()).build();
    }

    private static String render(EsibeRegistry registry, Ruleset r, Locale lang, RulesReference.Format format) {
        List<Ruleset> all = registry.rulesets().stream().map(Registered::value).toList();
        return RulesReference.of(registry.messages(), lang).render(r, RulesReference.baseOf(r, all).orElse(null),
                format, "esibe rules");
    }

    private static List<Ruleset> bundled() {
        List<Ruleset> all = new ArrayList<>(DISCOVERED.rulesets().stream().map(Registered::value).toList());
        all.add(ExampleRulesets.loweredThreshold());
        return all;
    }

    @Test
    void everyCriterionOfEveryBundledRulesetHasAnAnchoredSectionWithItsCitation() {
        assertThat(bundled()).extracting(Ruleset::id)
                .contains(Rulesets.INTERIM_2024, LombardyRulesets.ID, "pilot-2026", "esibe-2027-example");
        for (Ruleset r : bundled()) {
            for (Locale lang : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                String md = render(DISCOVERED, r, lang, RulesReference.Format.md);
                String html = render(DISCOVERED, r, lang, RulesReference.Format.html);
                for (Criterion c : r.criteria()) {
                    String anchor = RulesReference.anchor(c.id());
                    assertThat(md).as("%s %s in %s", r.id(), c.id(), lang)
                            .contains("<a id=\"" + anchor + "\"></a>\n### " + RulesReference.md(c.id()))
                            .contains(RulesReference.md(c.citation()));
                    assertThat(html).contains("<h3 id=\"" + anchor + "\">" + c.id());
                    if (c.description().described()) {
                        assertThat(md).as("described %s", c.id()).doesNotContain("does not describe itself")
                                .doesNotContain("non si descrive");
                    }
                }
            }
        }
    }

    @Test
    void everyParameterIsListedWithItsValueAndSource() {
        for (Ruleset r : bundled()) {
            String md = render(DISCOVERED, r, Locale.ENGLISH, RulesReference.Format.md);
            for (ParameterKey<?> k : r.parameters().keys()) {
                assertThat(md).as("%s %s", r.id(), k.name())
                        .containsPattern("\\n\\| " + Pattern.quote(RulesReference.md(k.name())) + " \\| [^|]+ \\|")
                        .contains(RulesReference.md(k.source()));
            }
        }
        String national = render(ESIBE, Rulesets.interim(), Locale.ENGLISH, RulesReference.Format.md);
        // The values of ESIBE-RULES-v1's table of parameters.
        assertThat(national).contains("| rd.min.precisionMedicine | EUR 2,000,000.00 |",
                "| rd.min.industrialEnvironmental | EUR 800,000.00 |", "| rd.italy.minShareExclusive | 0.5 |",
                "| patents.acceptPending | false |", "| sme.required | true |",
                "| sme.corporateBacking | EXCLUDE\\_BACKERS |", "| sme.maxStaff | 250 |",
                "| sme.maxTurnover | EUR 50,000,000.00 |", "| sme.maxBalanceSheet | EUR 43,000,000.00 |");
        String italian = render(ESIBE, Rulesets.interim(), Locale.ITALIAN, RulesReference.Format.md);
        assertThat(italian).contains("| rd.min.precisionMedicine | 2.000.000,00 EUR |", "| rd.italy.minShareExclusive | 0,5 |");
    }

    @Test
    void theNationalReferenceQuotesTheReportsWordsForEachReading() {
        String md = render(ESIBE, Rulesets.interim(), Locale.ENGLISH, RulesReference.Format.md);
        // The report's words, §5.3 and §6, quoted as it wrote them.
        assertThat(md).contains("almeno 2 milioni di euro all’anno in R&D", "investire o di avere ricevuto",
                "almeno 800mila euro l’anno in R&D", "non essere in fase commerciale",
                "direttamente o tramite licenza, dei brevetti", "per la parte prevalente",
                "sede legale e di headquarter",
                "società sostenute da corporate, anche se non si qualificano come PMI secondo le definizioni dell’UE");
        // The readings.
        assertThat(md).contains("either route suffices on its own, and the two are not added",
                "exactly half is not prevalent", "at least one patent in force on the reference date",
                "a patent application still pending is no patent",
                "The corporate backer is set aside, not the test", "WAIVE\\_TEST",
                "status does not change after one period only", "the calendar year before the reference date’s year",
                "NOT\\_ELIGIBLE when any criterion fails, even if others are UNKNOWN",
                "VENTURE\\_CAPITAL", "combined share g", "three-valued logic", "25 % or more",
                "200.01 euro", "400.01 euro");
    }

    @Test
    void aDerivedRulesetIsShownAsItsDifferenceFromItsBase() {
        List<Ruleset> all = bundled();
        Ruleset lom = all.stream().filter(r -> r.id().equals(LombardyRulesets.ID)).findFirst().orElseThrow();
        assertThat(RulesReference.baseOf(lom, all)).map(Ruleset::id).contains(Rulesets.INTERIM_2024);
        assertThat(RulesReference.baseOf(Rulesets.interim(), all)).isEmpty();
        String md = render(DISCOVERED, lom, Locale.ENGLISH, RulesReference.Format.md);
        assertThat(md).contains("## Difference from ruleset esibe-2024-interim (version 2)",
                "- Parameter rd.min.precisionMedicine changed: EUR 2,000,000.00 in the base, EUR 1,500,000.00 here.",
                "- Criterion added: [LOM-SEAT](#rule-LOM-SEAT)");
        Ruleset pilot = all.stream().filter(r -> r.id().equals("pilot-2026")).findFirst().orElseThrow();
        String p = render(DISCOVERED, pilot, Locale.ENGLISH, RulesReference.Format.md);
        assertThat(p).contains("- Criterion added: [EX-ACTIVE](#rule-EX-ACTIVE)",
                "- Criterion neutralised (it always passes): [ESIBE-SME](#rule-ESIBE-SME): pilot open to large companies too",
                "Neutralised by ruleset pilot-2026");
        Ruleset same = Rulesets.interim().derive("esibe-same").build();
        assertThat(RulesReference.of(ESIBE.messages(), Locale.ENGLISH).render(same, Rulesets.interim(),
                RulesReference.Format.md, null)).contains("No parameter or criterion differs.");
    }

    @Test
    void aCriterionWithoutADescriptionGetsAMinimalSection() {
        Criterion bare = new Criterion() {
            @Override
            public String id() {
                return "X-BARE";
            }

            @Override
            public String citation() {
                return "Bando <X> & \"Y\"";
            }

            @Override
            public String spiVersion() {
                return "1.0";
            }

            @Override
            public CriterionResult evaluate(CriterionContext context) {
                return CriterionResult.builder().id("X-BARE").result(Verdict.PASS)
                        .message(context.text("criterion.neutralised")).citation(citation()).build();
            }
        };
        assertThat(bare.description()).isEqualTo(CriterionDescription.undescribed());
        Ruleset r = Rulesets.interim().derive("x-bare").add(bare).build();
        String md = RulesReference.of(ESIBE.messages(), Locale.ENGLISH).render(r, null, RulesReference.Format.md, null);
        assertThat(md).contains("<a id=\"rule-X-BARE\"></a>\n### X-BARE\n",
                "- Citation in every explanation: Bando \\<X\\> & \"Y\"",
                "This criterion does not describe itself");
        String html = RulesReference.of(ESIBE.messages(), Locale.ITALIAN).render(r, null, RulesReference.Format.html,
                null);
        assertThat(html).contains("<h3 id=\"rule-X-BARE\">X-BARE</h3>", "Bando &lt;X&gt; &amp; &quot;Y&quot;",
                "Questo criterio non si descrive");
    }

    @Test
    void htmlIsEscapedAndSelfContained() {
        Ruleset hostile = Rulesets.interim().derive("hostile").neutralise(CriterionIds.SEAT,
                "<script>alert(1)</script> <img src=\"http://x/y.png\">").build();
        for (Locale lang : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            String html = RulesReference.of(ESIBE.messages(), lang).render(hostile, Rulesets.interim(),
                    RulesReference.Format.html, "esibe rules");
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang.getLanguage() + "\">",
                    "content=\"default-src 'none'; style-src 'unsafe-inline'\"",
                    "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=&quot;http://x/y.png&quot;&gt;");
            assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContain("src=\"")
                    .doesNotContain("href=\"http").doesNotContain("@import").doesNotContain("url(");
            // Every link stays in the page, and lands on a section of it.
            Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
            while (m.find()) {
                assertThat(html).contains("id=\"" + m.group(1) + "\"");
            }
            String md = RulesReference.of(ESIBE.messages(), lang).render(hostile, Rulesets.interim(),
                    RulesReference.Format.md, null);
            // The only raw HTML of the Markdown is the anchors; every other '<' is escaped.
            assertThat(md).contains("\\<script\\>");
            assertThat(md.replace("\\<", "").replaceAll("<a id=\"rule[a-zA-Z0-9._-]*\"></a>", "")).doesNotContain("<");
        }
    }

    /**
     * A law over random reforms of the national ruleset (amounts changed, criteria neutralised with
     * hostile reasons): the page is the same bytes twice, its difference from the base names exactly
     * the parameters changed and the criteria neutralised, every criterion keeps its section, and no
     * reason ever becomes markup.
     */
    @Test
    void aRandomReformIsShownAsExactlyItsDifferenceAndRendersTheSameTwice() {
        List<ParameterKey<BigDecimal>> amounts = List.of(InterimParameters.RD_MIN_PRECISION_MEDICINE,
                InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, InterimParameters.SME_MAX_TURNOVER,
                InterimParameters.SME_MAX_BALANCE_SHEET);
        qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(60)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    Random random = new Random(seed);
                    Reform reform = Rulesets.interim().derive("reform-" + Long.toHexString(seed & 0xffffL));
                    List<String> changed = new ArrayList<>();
                    for (ParameterKey<BigDecimal> k : amounts) {
                        if (random.nextBoolean()) {
                            BigDecimal was = Rulesets.interim().parameters().get(k);
                            BigDecimal now = was.add(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2));
                            reform.parameter(k, now);
                            changed.add(k.name());
                        }
                    }
                    List<String> neutralised = new ArrayList<>();
                    for (String id : CriterionIds.IN_ORDER) {
                        if (random.nextInt(4) == 0) {
                            reform.neutralise(id, "<b>" + id + "</b> & \"" + random.nextInt() + "\"");
                            neutralised.add(id);
                        }
                    }
                    Ruleset r = reform.build();
                    for (Locale lang : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                        RulesReference ref = RulesReference.of(ESIBE.messages(), lang);
                        String md = ref.render(r, Rulesets.interim(), RulesReference.Format.md, null);
                        String html = ref.render(r, Rulesets.interim(), RulesReference.Format.html, null);
                        assertThat(ref.render(r, Rulesets.interim(), RulesReference.Format.md, null)).isEqualTo(md);
                        assertThat(RulesReference.of(ESIBE.messages(), lang).render(r, Rulesets.interim(),
                                RulesReference.Format.html, null)).isEqualTo(html);
                        String difference = md.substring(md.indexOf("rules-difference"), md.indexOf("rules-general"));
                        for (ParameterKey<BigDecimal> k : amounts) {
                            assertThat(difference.contains("- Param" + (lang == Locale.ITALIAN ? "etro " : "eter ")
                                    + RulesReference.md(k.name()) + " "))
                                    .as("%s listed as changed", k.name()).isEqualTo(changed.contains(k.name()));
                        }
                        for (String id : CriterionIds.IN_ORDER) {
                            assertThat(difference.contains("[" + RulesReference.md(id) + "]"))
                                    .as("%s listed as neutralised", id).isEqualTo(neutralised.contains(id));
                            assertThat(html).contains("id=\"" + RulesReference.anchor(id) + "\"");
                        }
                        assertThat(html).doesNotContain("<b>");
                        if (changed.isEmpty() && neutralised.isEmpty()) {
                            assertThat(difference).contains(lang == Locale.ITALIAN ? "Nessun parametro" : "No parameter");
                        }
                    }
                });
    }

    @ParameterizedTest
    @EnumSource(RulesReference.Format.class)
    void generationIsDeterministic(RulesReference.Format format) {
        for (Ruleset r : bundled()) {
            for (Locale lang : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                String first = render(DISCOVERED, r, lang, format);
                assertThat(render(discovered(), r, lang, format)).isEqualTo(first);
            }
        }
    }

    /**
     * English words that Italian prose does not use: a running text that has them is not (wholly)
     * Italian. Codes, parameter names and the report's quotes hold none of them.
     */
    private static final List<String> ENGLISH_WORDS = List.of("the", "and", "when", "which", "with", "otherwise",
            "must", "is", "are", "of", "from", "not", "each", "every", "passes", "fails", "reading", "remedy",
            "amount", "year", "company", "whose", "there", "this");

    @Test
    void theItalianPageHasNoneOfTheEnglishWordsOfTheEnglishOne() {
        for (Ruleset r : bundled()) {
            String en = words(render(DISCOVERED, r, Locale.ENGLISH, RulesReference.Format.md));
            String it = words(render(DISCOVERED, r, Locale.ITALIAN, RulesReference.Format.md));
            int found = 0;
            for (String w : ENGLISH_WORDS) {
                Pattern word = Pattern.compile("\\b" + w + "\\b", Pattern.CASE_INSENSITIVE);
                if (word.matcher(en).find()) {
                    found++;
                    Matcher m = word.matcher(it);
                    assertThat(m.find()).as("%s: English word '%s' in the Italian page: …%s…", r.id(), w,
                            m.find(0) ? it.substring(Math.max(0, m.start() - 60), Math.min(it.length(), m.end() + 60))
                                    : "").isFalse();
                }
            }
            assertThat(found).as("the check has English words to look for").isGreaterThan(15);
        }
    }

    /**
     * The running text of a page: without the report's quotes (Italian in both pages), the
     * parameters' sources (citations, in Italian), the SHA-256 and the command that generated it.
     */
    private static String words(String md) {
        StringBuilder s = new StringBuilder();
        for (String line : md.split("\n")) {
            if (line.startsWith("> ") || line.startsWith("<a id=")) {
                continue;
            }
            if (line.startsWith("| ") && !line.startsWith("| Param")) {
                // name | value | meaning | source | read by: keep the meaning only.
                String[] cells = line.split(" \\| ");
                s.append(cells.length > 2 ? cells[2] : "").append('\n');
                continue;
            }
            s.append(line.replaceAll("\\([^()]*Rapporto ad interim[^()]*\\)", "")).append('\n');
        }
        // Codes (NOT_ELIGIBLE, PAT-*, ESIBE-RD-MIN) and parameter names are the same in both languages.
        return s.toString().replace("\\", "").replaceAll("\\b[A-Z][A-Z0-9_*-]*[A-Z0-9*]\\b", "")
                .replaceAll("\\b[a-z]+(\\.[A-Za-z]+)+\\b", "");
    }

    @Test
    void everyBuiltInDescriptionKeyHasItalianAndEnglish() {
        for (Criterion c : Rulesets.interim().criteria()) {
            CriterionDescription d = c.description();
            assertThat(d.described()).as(c.id()).isTrue();
            assertThat(d.quotes()).as(c.id()).isNotEmpty();
            assertThat(d.resultKeys()).as(c.id()).containsKeys(Verdict.PASS, Verdict.FAIL);
            for (String key : d.messageKeys()) {
                assertThat(ESIBE.messages().knows(key)).as(key).isTrue();
                String italian = ESIBE.messages().render(Locale.ITALIAN, Message.of(key));
                String en = ESIBE.messages().render(Locale.ENGLISH, Message.of(key));
                assertThat(italian).as("Italian of %s", key).isNotEqualTo(en).doesNotContain("''");
            }
        }
        for (ParameterKey<?> k : InterimParameters.values().keys()) {
            assertThat(ESIBE.messages().knows(k.messageKey())).as(k.messageKey()).isTrue();
        }
        // Every parameter of the national ruleset is read by a criterion that says so.
        List<String> read = Rulesets.interim().criteria().stream()
                .flatMap(c -> c.description().parameters().stream()).map(ParameterKey::name).toList();
        assertThat(read).containsExactlyInAnyOrderElementsOf(InterimParameters.values().values().keySet());
    }

    @Test
    void theCallReportsStyleAndSectionAreSelfContained() {
        String section = RulesReference.of(ESIBE.messages(), Locale.ENGLISH).htmlSection(Rulesets.interim(), null);
        assertThat(section).startsWith("<section id=\"rules\"").contains("<h2>Rules of ruleset esibe-2024-interim")
                .contains("<h4 id=\"rule-ESIBE-RD-MIN\">");
        assertThat(RulesReference.STYLE).doesNotContain("url(").doesNotContain("@import");
    }
}
