package it.esibe.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.Track;
import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.CompanyLookup;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.EsibeProvider;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.Evidence;
import it.esibe.core.spi.EvidenceAnswer;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.Origin;
import it.esibe.core.spi.PatentEvidence;
import it.esibe.core.spi.PatentLookup;
import it.esibe.core.spi.Registered;
import it.esibe.core.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rulesets, reforms and the small SPI types of esibe-core, on their own (the rules module tests them in use). */
class RulesetTypesTest {

    static final LocalDate FROM = LocalDate.of(2024, 10, 1);
    static final ParameterKey<BigDecimal> RD_MIN = ParameterKey.amount("rd.min.precisionMedicine", "§5.3 bullet 1");
    static final ParameterKey<Boolean> PENDING = ParameterKey.flag("patents.acceptPending", "§5.3 bullet 3");
    /** Two parameters of ESIBE-RULES-v1 with the spec's values. */
    static final RulesetParameters SPEC = RulesetParameters.empty().plus(RD_MIN, new BigDecimal("2000000"))
            .plus(PENDING, Boolean.FALSE);

    static Criterion criterion(String id, Verdict verdict) {
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
                return "Rapporto ad interim, §5.3";
            }

            @Override
            public CriterionResult evaluate(CriterionContext context) {
                return CriterionResult.builder().id(id).result(verdict).message(new LocalizedText("sì", "yes"))
                        .citation(citation()).build();
            }
        };
    }

    static final Criterion A = criterion("A", Verdict.FAIL);
    static final Criterion B = criterion("B", Verdict.FAIL);
    static final Ruleset BASE = new Ruleset("base-1", "base", "1", FROM, SPEC, List.of(A, B));

    static CriterionContext context() {
        Application app = new Application(1, "A", LocalDate.of(2025, 3, 15), null, Track.PRECISION_MEDICINE, null,
                null, null, null, null);
        return CriterionContext.builder(app, SPEC, EMPTY).build();
    }

    /** A taxonomy without codes: the one a context gets when none is set. */
    static final Taxonomy EMPTY = CriterionContext.builder(new Application(1, "A", FROM, null,
            Track.PRECISION_MEDICINE, null, null, null, null, null)).build().taxonomy();

    @Nested
    class Rulesets {

        @Test
        void namesAreLowerCaseWordsAndEveryPartIsChecked() {
            assertThatThrownBy(() -> new Ruleset("Esibe 2024", "1", FROM, SPEC, List.of(A)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("'Esibe 2024' is not allowed");
            assertThatThrownBy(() -> new Ruleset("r", "Series", "1", FROM, SPEC, List.of(A)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("series 'Series'");
            assertThatThrownBy(() -> new Ruleset("r", "r", " ", FROM, SPEC, List.of(A)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("version");
            assertThatThrownBy(() -> new Ruleset("r", "1", FROM, SPEC, List.of()))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("no criteria");
            assertThatThrownBy(() -> new Ruleset("r", "1", FROM, SPEC, List.of(A, criterion("A", Verdict.PASS))))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("criterion A twice");
            assertThat(new Ruleset("esibe-2024-interim", "1", FROM, SPEC, List.of(A)).series())
                    .isEqualTo("esibe-2024-interim");
        }

        @Test
        void namespacesAreSortedAndUnmodifiable() {
            Ruleset r = new Ruleset("r", "s", "1", FROM, SPEC, List.of(A), Set.of("LOM", "ABR"));
            assertThat(r.namespaces()).containsExactly("ABR", "LOM");
            assertThatThrownBy(() -> r.namespaces().add("X")).isInstanceOf(UnsupportedOperationException.class);
            assertThat(BASE.namespaces()).isEmpty();
        }

        @Test
        void aCriterionIsFoundById() {
            assertThat(BASE.criterion("B")).containsSame(B);
            assertThat(BASE.criterion("C")).isEmpty();
            assertThat(BASE).hasToString("base-1 v1 (series base, from 2024-10-01)");
        }

        @Test
        void withParametersKeepsCriteriaVersionDateAndNamespacesInASeriesOfItsOwn() {
            Ruleset r = new Ruleset("r", "s", "7", FROM, SPEC, List.of(A), Set.of("LOM"));
            Ruleset derived = r.withParameters("r-low", SPEC.with(RD_MIN, new BigDecimal("1500000")));
            assertThat(derived.series()).isEqualTo("r-low");
            assertThat(derived.version()).isEqualTo("7");
            assertThat(derived.effectiveFrom()).isEqualTo(FROM);
            assertThat(derived.criteria()).containsExactly(A);
            assertThat(derived.namespaces()).containsExactly("LOM");
            assertThat(derived.parametersSha256()).isNotEqualTo(r.parametersSha256());
        }
    }

    @Nested
    class Parameters {

        @Test
        void theHashIsThatOfTheDocumentedLinesWhateverTheScale() throws Exception {
            // name=value per line in name order, numbers without trailing zeros (RulesetParameters#sha256).
            String lines = "patents.acceptPending=false\nrd.min.precisionMedicine=2000000\n";
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(lines.getBytes(StandardCharsets.UTF_8)));
            assertThat(SPEC.sha256()).isEqualTo(expected);
            assertThat(SPEC.with(RD_MIN, new BigDecimal("2000000.00")).sha256()).isEqualTo(expected);
            assertThat(SPEC.with(RD_MIN, new BigDecimal("2000000.01")).sha256()).isNotEqualTo(expected);
            ParameterKey<BigDecimal> x = ParameterKey.number("x", "test");
            assertThat(RulesetParameters.empty().plus(x, new BigDecimal("0.000")).sha256())
                    .isEqualTo(RulesetParameters.empty().plus(x, BigDecimal.ZERO).sha256());
        }

        @Test
        void theKindOfAKeyTakesNoPartInTheHash() {
            assertThat(RulesetParameters.empty().plus(ParameterKey.number("x", "a"), BigDecimal.ONE).sha256())
                    .isEqualTo(RulesetParameters.empty().plus(ParameterKey.amount("x", "b"), BigDecimal.ONE).sha256());
        }

        @Test
        void namesAndAdditionsAreChecked() {
            assertThatThrownBy(() -> ParameterKey.amount("a=b", "§5.3"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("'a=b' is not allowed");
            assertThatThrownBy(() -> SPEC.plus(RD_MIN, BigDecimal.ONE))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("exists already");
            ParameterKey<Boolean> region = ParameterKey.flag("lom.region", "regional call");
            RulesetParameters more = SPEC.plus(region, Boolean.TRUE);
            assertThat(more.get(region)).isTrue();
            assertThat(SPEC.values()).doesNotContainKey("lom.region");
        }
    }

    /** A choice among readings, as {@code sme.corporateBacking} is in the rules module. */
    enum Reading {
        FIRST,
        // A constant with a body has a class of its own: the parameter's type is still Reading.
        SECOND {
            @Override
            public String toString() {
                return "the second reading";
            }
        }
    }

    /** Another enum, to show that a choice keeps its enum. */
    enum Other {
        FIRST
    }

    static final ParameterKey<Reading> READING = ParameterKey.choice("x.reading", Reading.class, "test");

    @Nested
    class EnumParameters {

        static final RulesetParameters WITH_CHOICE = SPEC.plus(READING, Reading.FIRST);

        @Test
        void anEnumConstantIsReadBackAsItsEnum() {
            assertThat(WITH_CHOICE.get(READING)).isSameAs(Reading.FIRST);
            assertThat(WITH_CHOICE.with(READING, Reading.SECOND).get(READING)).isSameAs(Reading.SECOND);
            assertThat(WITH_CHOICE.get(READING)).as("the original is unchanged").isSameAs(Reading.FIRST);
        }

        @Test
        void aChangeKeepsTheEnumEvenFromAConstantWithABody() {
            RulesetParameters second = WITH_CHOICE.with(READING, Reading.SECOND);
            assertThat(second.with(READING, Reading.FIRST).get(READING)).isSameAs(Reading.FIRST);
            assertThat(second.key("x.reading")).contains(READING);
        }

        @Test
        void aLookupUnderAKeyOfAnotherEnumIsAConfigurationError() {
            assertThatThrownBy(() -> WITH_CHOICE.get(ParameterKey.choice("x.reading", Other.class, "test")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter x.reading is one of FIRST, SECOND, not one of FIRST");
            assertThatThrownBy(() -> WITH_CHOICE.with(ParameterKey.choice("x.reading", Other.class, "test"), Other.FIRST))
                    .isInstanceOf(ConfigurationException.class);
            assertThatThrownBy(() -> WITH_CHOICE.get(ParameterKey.flag("x.reading", "test")))
                    .isInstanceOf(ConfigurationException.class);
            assertThatThrownBy(() -> WITH_CHOICE.get(ParameterKey.choice("x.none", Reading.class, "test")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("x.reading");
        }

        @Test
        void theHashWritesTheConstantsNameNotItsText() throws Exception {
            String lines = "patents.acceptPending=false\nrd.min.precisionMedicine=2000000\nx.reading=SECOND\n";
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(lines.getBytes(StandardCharsets.UTF_8)));
            assertThat(WITH_CHOICE.with(READING, Reading.SECOND).sha256()).isEqualTo(expected);
            assertThat(WITH_CHOICE.sha256()).isNotEqualTo(expected);
        }

        @Test
        void aReformChangesAChoiceLikeAnyOtherParameterByKeyOrByName() {
            Ruleset base = new Ruleset("base", "1", FROM, WITH_CHOICE, List.of(A));
            Ruleset reformed = base.derive("v1-reading").parameter(READING, Reading.SECOND).build();
            assertThat(reformed.parameters().get(READING)).isSameAs(Reading.SECOND);
            assertThat(reformed.parametersSha256()).isNotEqualTo(base.parametersSha256());
            assertThat(base.parameters().get(READING)).isSameAs(Reading.FIRST);
            assertThat(base.derive("v1-reading").parameter("x.reading", "SECOND").build().parameters())
                    .isEqualTo(reformed.parameters());
        }
    }

    @Nested
    class Reforms {

        @Test
        void byDefaultADerivedRulesetIsItsOwnSeriesWithTheBasesEverythingElse() {
            Ruleset same = BASE.derive("copy").build();
            assertThat(same.id()).isEqualTo("copy");
            assertThat(same.series()).isEqualTo("copy");
            assertThat(same.version()).isEqualTo(BASE.version());
            assertThat(same.effectiveFrom()).isEqualTo(BASE.effectiveFrom());
            assertThat(same.parameters()).isEqualTo(BASE.parameters());
            assertThat(same.criteria()).isEqualTo(BASE.criteria());
        }

        static final ParameterKey<Boolean> LOM_X = ParameterKey.flag("lom.x", "regional call");

        @Test
        void everyOperationLeavesTheBaseUnchanged() {
            Criterion c = criterion("C", Verdict.PASS);
            Criterion b2 = criterion("B2", Verdict.PASS);
            Ruleset r = BASE.derive("reformed").series("base").version("2").effectiveFrom(FROM.plusYears(2))
                    .parameter(RD_MIN, new BigDecimal("1500000")).addParameter(LOM_X, Boolean.TRUE)
                    .add(c).addAfter("A", criterion("A2", Verdict.PASS)).replace("B", b2).acceptNamespace("LOM").build();
            assertThat(r.criteria()).extracting(Criterion::id).containsExactly("A", "A2", "B2", "C");
            assertThat(r.series()).isEqualTo("base");
            assertThat(r.version()).isEqualTo("2");
            assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(r.parameters().get(RD_MIN)).isEqualByComparingTo("1500000");
            assertThat(r.parameters().get(LOM_X)).isTrue();
            assertThat(r.namespaces()).containsExactly("LOM");
            assertThat(BASE.criteria()).containsExactly(A, B);
            assertThat(BASE.parameters()).isEqualTo(SPEC);
        }

        @Test
        void aNeutralisedCriterionPassesInItsPlaceAndSaysWhoWaivedItAndWhy() {
            Ruleset r = BASE.derive("pilot").neutralise("A", "open to all").build();
            Criterion waived = r.criteria().get(0);
            assertThat(waived.id()).isEqualTo("A");
            assertThat(waived.citation()).isEqualTo(A.citation());
            CriterionResult result = waived.evaluate(context());
            assertThat(result.result()).isEqualTo(Verdict.PASS);
            assertThat(result.message().en()).isEqualTo("Criterion neutralised by ruleset pilot: open to all");
            assertThat(result.message().it()).isEqualTo("Criterio neutralizzato dal regolamento pilot: open to all");
            assertThat(result.citation()).isEqualTo("Rapporto ad interim, §5.3");
            assertThat(waived).hasToString("A (neutralised)");
            assertThat(A.evaluate(context()).result()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void unknownOrRepeatedIdsAndBlankReasonsAreConfigurationErrors() {
            assertThatThrownBy(() -> BASE.derive("x").neutralise("Z", "why"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("no criterion Z; known: [A, B]");
            assertThatThrownBy(() -> BASE.derive("x").neutralise("A", " "))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("needs a reason");
            assertThatThrownBy(() -> BASE.derive("x").add(criterion("B", Verdict.PASS)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("B is already present");
            assertThatThrownBy(() -> BASE.derive("x").replace("A", criterion("B", Verdict.PASS)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("B is already present");
            assertThatThrownBy(() -> BASE.derive("x").addAfter("Z", criterion("C", Verdict.PASS)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("no criterion Z");
            assertThatThrownBy(() -> BASE.derive("x").parameter("patents.acceptPending", "1"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter patents.acceptPending is a switch, true or false; got \"1\"");
            // Replacing a criterion by one with the same id is allowed.
            assertThat(BASE.derive("x").replace("A", criterion("A", Verdict.PASS)).build().criteria()).hasSize(2);
        }
    }

    @Nested
    class SpiTypes {

        EsibeProvider provider(String version) {
            return new EsibeProvider() {
                @Override
                public String name() {
                    return "lombardia";
                }

                @Override
                public String spiVersion() {
                    return version;
                }
            };
        }

        @Test
        void aProviderOfAnotherSpiVersionIsNamedWithWhatToDo() {
            EsibeSpi.check(provider(EsibeSpi.VERSION));
            assertThatThrownBy(() -> EsibeSpi.check(provider("1.1")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("provider lombardia")
                    .hasMessageContaining("version 1.1").hasMessageContaining("supports SPI versions 1.0")
                    .hasMessageContaining("upgrade ESIBE");
            assertThatThrownBy(() -> EsibeSpi.check(provider("2.0")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("upgrade ESIBE");
            assertThatThrownBy(() -> EsibeSpi.check(provider("0.9")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("rebuild the provider");
            assertThatThrownBy(() -> EsibeSpi.check(provider("1")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("not of the form major.minor");
        }

        @Test
        void originsDescribeThemselves() {
            assertThat(Origin.BUILT_IN).hasToString("esibe (built-in)");
            assertThat(new Origin("lombardia", Origin.Kind.DISCOVERED, "lom.jar"))
                    .hasToString("lombardia (discovered, lom.jar)");
            assertThat(new Origin("x", Origin.Kind.REGISTERED, null)).hasToString("x (registered)");
            assertThatThrownBy(() -> new Registered<>(null, Origin.BUILT_IN)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void noEvidenceKnowsNothingAndASourceByDefaultServesNothing() throws Exception {
            Evidence none = Evidence.none();
            assertThat(none.hasPatentSources()).isFalse();
            assertThat(none.hasCompanySources()).isFalse();
            assertThat(none.patent("EP1", FROM)).isEqualTo(new EvidenceAnswer.NotFound<PatentEvidence>(List.of()));
            assertThat(none.company("00743110157")).isInstanceOf(EvidenceAnswer.NotFound.class);
            EvidenceSource nothing = () -> EsibeSpi.VERSION;
            assertThat(nothing.servesPatents()).isFalse();
            assertThat(nothing.servesCompanies()).isFalse();
            assertThat(nothing.patent(new PatentLookup("EP1", FROM))).isEmpty();
            assertThat(nothing.company(new CompanyLookup("00743110157"))).isEmpty();
            assertThat(nothing.name()).isEqualTo(nothing.getClass().getName());
        }

        @Test
        void evidenceRecordsRejectMissingParts() {
            assertThatThrownBy(() -> new PatentLookup(null, FROM)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new PatentEvidence("EP1", true, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new CompanyEvidence("1", null, null, true)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new EvidenceAnswer.Found<>(null, "s")).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new EvidenceAnswer.Unavailable<>("s", null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new MessageLookup("k", null)).isInstanceOf(NullPointerException.class);
            assertThat(new MessageLookup("rdMin.pass", Locale.GERMAN).language()).isEqualTo(Locale.GERMAN);
        }

        @Test
        void aContextDefaultsToTheYearBeforeTheSubmissionWithExplanationsAndNoEvidence() {
            CriterionContext c = context();
            assertThat(c.referenceDate()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(c.referenceYear()).isEqualTo(2024);
            assertThat(c.explanations()).isTrue();
            assertThat(c.evidence()).isSameAs(Evidence.none());
            assertThat(c.taxonomy()).isSameAs(EMPTY);
            Application undated = new Application(1, "A", null, null, Track.PRECISION_MEDICINE, null, null, null,
                    null, null);
            assertThatThrownBy(() -> CriterionContext.builder(undated, SPEC, EMPTY).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no reference date");
            CriterionContext fixed = CriterionContext.builder(undated, SPEC, EMPTY).referenceDate(FROM).referenceYear(2020)
                    .explanations(false).build();
            assertThat(fixed.referenceYear()).isEqualTo(2020);
            assertThat(fixed.explanations()).isFalse();
            CriterionContext bare = CriterionContext.builder(c.application()).build();
            assertThat(bare.parameters().values()).as("no parameters unless set").isEmpty();
            assertThat(bare.taxonomy().entries()).isEmpty();
            assertThat(bare.taxonomy().find("PAT-ONCO")).isEmpty();
            assertThat(CriterionContext.builder(c.application()).parameters(SPEC).taxonomy(EMPTY).build().parameters()).isSameAs(SPEC);
        }
    }
}
