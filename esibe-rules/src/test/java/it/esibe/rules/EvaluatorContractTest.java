package it.esibe.rules;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.ruleset.Ruleset;
import static it.esibe.rules.Apps.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Program;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's contract (ApplicationEvaluator, ESIBE-RULES-v1 "Evaluation context" and
 * "Outcomes") and the configuration an embedder can change: rulesets, parameters, taxonomy.
 */
class EvaluatorContractTest {

    /** A criterion of its own id whose evaluation is {@code body}. */
    static Criterion criterion(String id, Function<CriterionContext, CriterionResult> body) {
        return new Criterion() {
            @Override
            public String spiVersion() {
                return it.esibe.core.spi.EsibeSpi.VERSION;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String citation() {
                return "test";
            }

            @Override
            public CriterionResult evaluate(CriterionContext context) {
                return body.apply(context);
            }
        };
    }

    static CriterionResult passOf(String id) {
        return CriterionResult.builder().id(id).result(Verdict.PASS).message(new LocalizedText("sì", "yes")).citation("test")
                .build();
    }

    static ApplicationRecord rejected(String id, List<Violation> why) {
        return ApplicationRecord.builder().applicationId(id).violations(why).build();
    }

    static Ruleset rulesetOf(Criterion... criteria) {
        return new Ruleset("custom", "1", LocalDate.of(2025, 1, 1), InterimParameters.values(), List.of(criteria));
    }

    @Nested
    class Context {

        @Test
        void theRulesetIdIsTheRulesets() {
            assertThat(Esibe.evaluator().build().rulesetId()).isEqualTo("esibe-2024-interim");
            assertThat(Esibe.evaluator().ruleset(rulesetOf(criterion("X", c -> passOf("X")))).build().rulesetId())
                    .isEqualTo("custom");
        }

        @Test
        void aCriterionSeesTheReferenceDateYearAndParameters() {
            List<CriterionContext> seen = new ArrayList<>();
            Ruleset spy = rulesetOf(criterion("SPY", c -> {
                seen.add(c);
                return passOf("SPY");
            }));
            Decision byDefault = Esibe.evaluator().ruleset(spy).build().evaluate(example().build());
            assertThat(byDefault.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(byDefault.ruleset()).isEqualTo("custom");
            Esibe.evaluator().ruleset(spy).referenceYear(2021).build().evaluate(example().build());
            Esibe.evaluator().ruleset(spy).referenceDate(LocalDate.of(2026, 1, 10)).build().evaluate(example().build());
            assertThat(seen).extracting(CriterionContext::referenceDate).containsExactly(LocalDate.of(2025, 3, 15),
                    LocalDate.of(2025, 3, 15), LocalDate.of(2026, 1, 10));
            assertThat(seen).extracting(CriterionContext::referenceYear).containsExactly(2024, 2021, 2025);
            assertThat(seen.get(0).parameters()).isEqualTo(InterimParameters.values());
            assertThat(seen.get(0).application().applicationId()).isEqualTo("CALL2025-0001");
        }

        @Test
        void aRejectedRecordCarriesTheConfiguredContextOnly() {
            List<Violation> why = List.of(new Violation("", "not JSON"));
            Decision plain = Esibe.evaluator().build().evaluate(ApplicationRecord.builder().violations(why).build());
            assertThat(plain.referenceDate()).isNull();
            assertThat(plain.referenceYear()).isNull();
            assertThat(plain.violations()).isEqualTo(why);
            assertThat(plain.ruleset()).isEqualTo("esibe-2024-interim");
            Decision withYear = Esibe.evaluator().referenceYear(2022).build().evaluate(rejected("A", why));
            assertThat(withYear.referenceYear()).isEqualTo(2022);
            assertThat(withYear.referenceDate()).isNull();
            Decision both = Esibe.evaluator().referenceDate(LocalDate.of(2025, 6, 30)).referenceYear(2020).build()
                    .evaluate(rejected("A", why));
            assertThat(both.referenceYear()).isEqualTo(2020);
            assertThat(both.referenceDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        }
    }

    @Nested
    class Outcomes {

        @Test
        void theOutcomeFollowsTheCriteriaOfTheRuleset() {
            Criterion unknown = criterion("U", c -> CriterionResult.builder().id("U").result(Verdict.UNKNOWN)
                    .message(new LocalizedText("?", "?")).citation("test").build());
            Criterion fail = criterion("F", c -> CriterionResult.builder().id("F").result(Verdict.FAIL)
                    .message(new LocalizedText("no", "no")).citation("test").build());
            Criterion pass = criterion("P", c -> passOf("P"));
            ApplicationEvaluator incomplete = Esibe.evaluator().ruleset(rulesetOf(pass, unknown)).build();
            Decision d = incomplete.evaluate(example().build());
            assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
            assertThat(d.criteria()).extracting(CriterionResult::id).containsExactly("P", "U");
            assertThat(Esibe.evaluator().ruleset(rulesetOf(unknown, fail)).build().evaluate(example().build())
                    .outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        }

        @Test
        void aCriterionThatThrowsIsAConfigurationErrorNamingIt() {
            Ruleset broken = rulesetOf(criterion("BROKEN", c -> {
                throw new IllegalStateException("boom");
            }));
            assertThatThrownBy(() -> Esibe.evaluator().ruleset(broken).build().evaluate(example().build()))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("BROKEN")
                    .hasMessageContaining("CALL2025-0001").hasMessageContaining("boom")
                    .hasCauseInstanceOf(IllegalStateException.class);
        }

        @Test
        void aCriterionMustAnswerForItself() {
            Ruleset wrongId = rulesetOf(criterion("MINE", c -> passOf("OTHER")));
            assertThatThrownBy(() -> Esibe.evaluator().ruleset(wrongId).build().evaluate(example().build()))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("MINE")
                    .hasMessageContaining("OTHER");
            Ruleset silent = rulesetOf(criterion("SILENT", c -> null));
            assertThatThrownBy(() -> Esibe.evaluator().ruleset(silent).build().evaluate(example().build()))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("SILENT");
        }

        @Test
        void anInvalidApplicationRunsNoCriterion() {
            List<String> ran = new ArrayList<>();
            Ruleset spy = rulesetOf(criterion("SPY", c -> {
                ran.add("SPY");
                return passOf("SPY");
            }));
            Apps app = example();
            app.vat = "IT00743110158";
            Decision d = Esibe.evaluator().ruleset(spy).build().evaluate(app.build());
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.referenceDate()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(d.referenceYear()).isEqualTo(2024);
            assertThat(ran).isEmpty();
        }
    }

    @Nested
    class ReadViolations {

        static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();

        static List<String> paths(Apps app, String... readPaths) {
            List<Violation> read = Arrays.stream(readPaths).map(p -> new Violation(p, "unreadable")).toList();
            return EVALUATOR.evaluate(ApplicationRecord.builder().application(app.build()).violations(read).build())
                    .violations().stream().map(Violation::path).toList();
        }

        @Test
        void aReadersProblemCoversTheConstraintsUnderItsPath() {
            Apps app = example();
            app.name = null; // as a reader leaves a value it could not read
            assertThat(paths(app, "company.name")).containsExactly("company.name");
            assertThat(paths(app, "company")).containsExactly("company");
            app.years = new ArrayList<>(List.of(Apps.year(2024, "-1", null, null, "1", "1", "1")));
            assertThat(paths(app, "fiscalYears")).containsExactly("company.name", "fiscalYears");
        }

        @Test
        void aPathThatOnlySharesAPrefixOrTheRootCoversNothing() {
            Apps app = example();
            app.name = null;
            assertThat(paths(app, "comp")).containsExactly("comp", "company.name");
            assertThat(paths(app, "")).containsExactly("", "company.name");
        }

        @Test
        void readViolationsAloneMakeAValidApplicationInvalid() {
            Decision d = EVALUATOR.evaluate(ApplicationRecord.builder().application(example().build())
                    .violations(List.of(new Violation("extra", "unknown property"))).build());
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.criteria()).isEmpty();
        }
    }

    @Nested
    class TaxonomyCodes {

        @Test
        void programmeCodesAreCheckedAgainstTheEvaluatorsTaxonomyInItsLanguage() {
            Program p = new Program("x", "TEC-RNA", List.of("PAT-ONCO", "IND-FOOD"));
            Taxonomy medicalOnly = new Taxonomy() {
                @Override
                public List<TaxonomyEntry> entries() {
                    return NationalTaxonomy.get().entries().stream().filter(e -> !e.code().startsWith("IND-")).toList();
                }

                @Override
                public Optional<TaxonomyEntry> find(String code) {
                    return entries().stream().filter(e -> e.code().equals(code)).findFirst();
                }
            };
            Decision national = Esibe.evaluator().build().evaluate(example().programs(p).build());
            assertThat(national.outcome()).isEqualTo(Outcome.ELIGIBLE);
            Decision narrow = Esibe.evaluator().taxonomy(medicalOnly).locale(Locale.ITALIAN).build()
                    .evaluate(example().programs(p).build());
            assertThat(narrow.violations()).extracting(Violation::path).containsExactly("programs[0].priorities[1]");
            assertThat(narrow.violations().get(0).message()).contains("IND-FOOD").contains("priorità")
                    .contains("PAT-ONCO").doesNotContain("IND-GHG").doesNotContain("TEC-RNA");
        }

        @Test
        void aTechnologyUsedAsAPriorityAndAPriorityUsedAsATechnologyAreViolations() {
            Program swapped = new Program("x", "PAT-ONCO", List.of("TEC-RNA"));
            Decision d = Esibe.evaluator().build().evaluate(example().programs(swapped).build());
            assertThat(d.violations()).extracting(Violation::path)
                    .containsExactly("programs[0].priorities[0]", "programs[0].technology");
            // The allowed technologies are those of ESIBE-TAXONOMY-v1, and no priority.
            assertThat(d.violations().get(1).message()).startsWith("PAT-ONCO")
                    .contains("TEC-GENE-CELL (Gene and cell therapies), TEC-IMMUNO (").contains("TEC-MICROBIOME (")
                    .doesNotContain("PAT-CARDIO").doesNotContain("IND-");
        }

        @Test
        void missingProgrammePartsAreReportedOnceByTheFormatCheck() {
            Apps app = example();
            app.programs = new ArrayList<>(Arrays.asList(null, new Program("x", null, null)));
            Decision d = Esibe.evaluator().build().evaluate(app.build());
            assertThat(d.violations()).extracting(Violation::path)
                    .containsExactly("programs[0]", "programs[1].priorities", "programs[1].technology");
        }
    }

    @Nested
    class Configuration {

        @Test
        void aRulesetNeedsAnIdAndUniqueCriteria() {
            Criterion a = criterion("A", c -> passOf("A"));
            LocalDate from = LocalDate.of(2025, 1, 1);
            assertThatThrownBy(() -> new Ruleset(" ", "1", from, InterimParameters.values(), List.of(a)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("is not allowed");
            assertThatThrownBy(() -> new Ruleset("r", "1", from, InterimParameters.values(), List.of()))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("r");
            assertThatThrownBy(() -> new Ruleset("r", "1", from, InterimParameters.values(), List.of(a,
                    criterion("A", c -> passOf("A"))))).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("A");
        }

        @Test
        void derivingARulesetKeepsEverythingButIdAndParameters() {
            Ruleset interim = Rulesets.interim();
            Ruleset derived = interim.withParameters("derived", InterimParameters.values()
                    .with(InterimParameters.SME_MAX_STAFF, new BigDecimal("500")));
            assertThat(derived.id()).isEqualTo("derived");
            assertThat(derived.version()).isEqualTo(interim.version());
            assertThat(derived.effectiveFrom()).isEqualTo(interim.effectiveFrom());
            assertThat(derived.criteria()).isEqualTo(interim.criteria());
            assertThat(derived.parameters().get(InterimParameters.SME_MAX_STAFF)).isEqualByComparingTo("500");
        }

        @Test
        void theInterimRulesetIsTheSpecs() {
            Ruleset interim = Rulesets.interim();
            assertThat(interim.id()).isEqualTo("esibe-2024-interim").isEqualTo(Rulesets.INTERIM_2024);
            assertThat(interim.effectiveFrom()).isEqualTo(LocalDate.of(2024, 10, 1));
            assertThat(interim.criteria()).extracting(Criterion::id).isEqualTo(CriterionIds.IN_ORDER);
            assertThat(interim.criteria()).extracting(Criterion::citation).allMatch(c -> c.startsWith("Rapporto"));
            assertThat(interim.criteria()).extracting(Object::toString).allMatch(s -> s.startsWith("ESIBE-"));
            var p = interim.parameters();
            assertThat(p.get(InterimParameters.RD_MIN_PRECISION_MEDICINE)).isEqualByComparingTo("2000000");
            assertThat(p.get(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL)).isEqualByComparingTo("800000");
            assertThat(p.get(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE)).isEqualByComparingTo("0.5");
            assertThat(p.get(InterimParameters.PATENTS_ACCEPT_PENDING)).isFalse();
            assertThat(p.get(InterimParameters.SME_REQUIRED)).isTrue();
            assertThat(p.get(InterimParameters.SME_MAX_STAFF)).isEqualByComparingTo("250");
            assertThat(p.get(InterimParameters.SME_MAX_TURNOVER)).isEqualByComparingTo("50000000");
            assertThat(p.get(InterimParameters.SME_MAX_BALANCE_SHEET)).isEqualByComparingTo("43000000");
        }

        @Test
        void theEntryPointGivesTheNationalTaxonomyAndTheInterimSmeCeilings() {
            assertThat(Esibe.taxonomy()).isSameAs(NationalTaxonomy.get());
            assertThat(NationalTaxonomy.get().relevantPriorities("TEC-TELEPORT")).isEmpty();
            assertThat(Esibe.smeCalculator().assess(example().years(Apps.smeYear(2024, "249.99", "1", "1")).build(),
                    2024).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void builderArgumentsAreRequired() {
            EvaluatorBuilder b = Esibe.evaluator();
            assertThatThrownBy(() -> b.ruleset((Ruleset) null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> b.taxonomy(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> b.referenceDate(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> b.locale(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void aMessageMissingFromTheBundleIsADefectNeverABlank() {
            assertThatThrownBy(() -> Esibe.builder().build().messages().render(Locale.ENGLISH,
                    it.esibe.core.message.Message.of("no.such.message")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("no.such.message");
        }
    }

    @Nested
    class InputHashes {

        @Test
        void aJavaBuiltApplicationCarriesItsHashOnlyWhenAskedFor() {
            it.esibe.core.model.Application app = example().build();
            assertThat(Esibe.evaluator().build().evaluate(app).inputSha256())
                    .as("off by default: nothing was read, nothing is hashed").isNull();
            ApplicationEvaluator hashing = Esibe.evaluator().inputHashes(true).build();
            Decision d = hashing.evaluate(app);
            assertThat(d.inputSha256()).isEqualTo(app.inputSha256()).matches("[0-9a-f]{64}");
            assertThat(d).as("nothing else changes").usingRecursiveComparison().ignoringFields("inputSha256")
                    .isEqualTo(Esibe.evaluator().build().evaluate(app));
        }

        @Test
        void anInvalidApplicationCarriesItToo() {
            Apps apps = example();
            apps.id = "not an id!";
            it.esibe.core.model.Application invalid = apps.build();
            Decision d = Esibe.evaluator().inputHashes(true).build().evaluate(invalid);
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.inputSha256()).isEqualTo(invalid.inputSha256());
        }

        @Test
        void theReadersPathNeverComputesIt() {
            // A record is the readers' path: it carries the hash of the record as read, or none.
            assertThat(Esibe.evaluator().inputHashes(true).build()
                    .evaluate(it.esibe.core.ApplicationRecord.of(example().build())).inputSha256())
                    .isNull();
        }
    }
}
