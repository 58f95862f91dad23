package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.ReformDefinition;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.Origin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A reform file's definition becomes a ruleset through the registry, and every problem in it is
 * reported at once, each at the JSON path of the reform file's format.
 */
class ReformDerivationTest {

    /** A criterion of a provider's ruleset, reading a parameter the national ruleset lacks. */
    static final ParameterKey<Boolean> EXTRA_REQUIRED = ParameterKey.flag("t.extra.required", "test call, art. 1");

    static final Criterion EXTRA = criterion("test call, art. 1", context -> {
        boolean required = context.parameters().get(EXTRA_REQUIRED);
        return CriterionResult.builder().id("T-EXTRA").result(required ? Verdict.FAIL : Verdict.PASS)
                .message(new LocalizedText(required ? "richiesto" : "non richiesto", required ? "required" : "not required"))
                .citation("test call, art. 1").build();
    });

    /** A criterion {@code T-EXTRA} citing {@code citation}, deciding with {@code body}. */
    static Criterion criterion(String citation, java.util.function.Function<CriterionContext, CriterionResult> body) {
        return new Criterion() {
            @Override
            public String id() {
                return "T-EXTRA";
            }

            @Override
            public String citation() {
                return citation;
            }

            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public CriterionResult evaluate(CriterionContext context) {
                return body.apply(context);
            }
        };
    }

    /** The national rules plus a provider's ruleset {@code t-extra} with criterion T-EXTRA. */
    static final EsibeRegistry REGISTRY = Esibe.builder()
            .rulesetProvider(TestProviders.rulesets("extra", context -> List.of(context.ruleset(Rulesets.INTERIM_2024)
                    .derive("t-extra").add(EXTRA).addParameter(EXTRA_REQUIRED, true).build())))
            .build();

    static ReformDefinition.Builder lowered() {
        return ReformDefinition.builder().base(Rulesets.INTERIM_2024).id("t-lower-rd").version("1")
                .effectiveFrom(LocalDate.of(2026, 1, 1))
                .parameter(p -> p.name("rd.min.precisionMedicine").value("1500000.00")
                        .reason("reach smaller companies").source("consultation 2026"));
    }

    static List<Violation> violations(Consumer<ReformDefinition.Builder> change) {
        ReformDefinition.Builder b = lowered();
        change.accept(b);
        ReformDefinition d = b.build();
        try {
            REGISTRY.derive(d);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("derive accepted " + d);
    }

    @Test
    void aDefinitionBecomesTheRulesetItStates() {
        Ruleset r = REGISTRY.derive(lowered().description("lower R&D").build());

        assertThat(r.id()).isEqualTo("t-lower-rd");
        assertThat(r.series()).as("a series of its own").isEqualTo("t-lower-rd");
        assertThat(r.version()).isEqualTo("1");
        assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(r.parameters().get(InterimParameters.RD_MIN_PRECISION_MEDICINE)).isEqualByComparingTo("1500000");
        assertThat(r.criteria()).isEqualTo(Rulesets.interim().criteria());
        assertThat(REGISTRY.ruleset("t-lower-rd")).as("the registry is unchanged").isEmpty();
    }

    @Test
    void aSeriesMakesTheReformItsBasesSuccessor() {
        Ruleset r = REGISTRY.derive(lowered().series(Rulesets.NATIONAL_SERIES).build());

        EsibeRegistry with = REGISTRY.withRuleset(r, new Origin("reform file", Origin.Kind.REGISTERED, "lower.json"));

        assertThat(with.rulesetInForce(Rulesets.NATIONAL_SERIES, LocalDate.of(2026, 3, 1))).contains(r);
        assertThat(with.rulesetInForce(Rulesets.NATIONAL_SERIES, LocalDate.of(2025, 3, 1))).contains(Rulesets.interim());
        assertThat(with.rulesets()).anySatisfy(x -> {
            assertThat(x.value()).isEqualTo(r);
            assertThat(x.origin().toString()).isEqualTo("reform file (registered, lower.json)");
        });
    }

    @Test
    void aRegistryWithTheRulesetPinsItAndDerivesFromIt() {
        Ruleset r = REGISTRY.derive(lowered().build());
        EsibeRegistry with = REGISTRY.withRuleset(r, new Origin("reform file", Origin.Kind.REGISTERED, null));
        Decision d = with.evaluator().ruleset("t-lower-rd").build().evaluate(Apps.example()
                .years(Apps.year(2024, "1650000", "1400000", "0", "38.5", "120000", "9000000")).build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Ruleset chained = with.derive(ReformDefinition.builder().base("t-lower-rd").id("t-chained").version("1")
                .effectiveFrom(LocalDate.of(2026, 1, 1))
                .parameter(p -> p.name("rd.min.industrialEnvironmental").value("700000").reason("r").source("s"))
                .build());
        assertThat(chained.parameters().get(InterimParameters.RD_MIN_PRECISION_MEDICINE)).isEqualByComparingTo("1500000");
        assertThat(chained.parameters().get(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL)).isEqualByComparingTo("700000");
        assertThatThrownBy(() -> with.withRuleset(r, Origin.BUILT_IN)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("repeats the id");
    }

    @Test
    void aCriterionOfAProviderIsAddedByIdWhereTheFileSaysWithItsParameter() {
        Ruleset r = REGISTRY.derive(lowered().add(a -> a.criterion("T-EXTRA").after(CriterionIds.SEAT)
                .reason("regional call")).build());

        assertThat(r.criteria().stream().map(Criterion::id)).containsExactly(CriterionIds.TRACK_ALIGN,
                CriterionIds.STAGE, CriterionIds.RD_MIN, CriterionIds.PATENT, CriterionIds.SEAT, "T-EXTRA",
                CriterionIds.RD_ITALY, CriterionIds.SME);
        assertThat(r.parameters().get(EXTRA_REQUIRED)).as("brought from t-extra").isTrue();

        Ruleset last = REGISTRY.derive(lowered().add(a -> a.criterion("T-EXTRA").from("t-extra").reason("r"))
                .parameter(p -> p.name("t.extra.required").value("false").reason("r").source("s")).build());
        assertThat(last.criteria().get(last.criteria().size() - 1).id()).as("appended by default").isEqualTo("T-EXTRA");
        assertThat(last.parameters().get(EXTRA_REQUIRED)).as("a brought parameter may be overridden").isFalse();
    }

    @Test
    void aNeutralisedCriterionPassesWithItsReason() {
        Ruleset r = REGISTRY.derive(lowered().neutralise(n -> n.criterion(CriterionIds.PATENT)
                .reason("patents are not required in 2026")).build());
        ApplicationEvaluator e = REGISTRY.evaluator().ruleset(r).build();

        Decision d = e.evaluate(Apps.example().patents().build());

        CriterionResult patent = d.criterion(CriterionIds.PATENT).orElseThrow();
        assertThat(patent.result()).isEqualTo(Verdict.PASS);
        assertThat(patent.message().en()).isEqualTo("Criterion neutralised by ruleset t-lower-rd: patents are not"
                + " required in 2026");
    }

    @Test
    void anUnknownBaseNamesTheKnownRulesets() {
        List<Violation> v = violations(b -> b.base("esibe-2023"));

        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("base");
            assertThat(x.message()).isEqualTo("unknown ruleset \"esibe-2023\"; known: esibe-2024-interim, t-extra");
        });
    }

    @Test
    void everyProblemIsReportedAtOnceAtItsPath() {
        List<Violation> v = violations(b -> b
                .parameter(p -> p.name("rd.min.precisionMedecine").value("1").reason("r").source("s"))
                .parameter(p -> p.name("rd.min.industrialEnvironmental").value("1,5 Mio").reason("r").source("s"))
                .parameter(p -> p.name("sme.corporateBacking").value("WAIVE").reason(" ").source("s"))
                .parameter(p -> p.name("rd.min.precisionMedicine").value("1").reason("r").source(""))
                .neutralise(n -> n.criterion("ESIBE-PATENTS").reason("r"))
                .add(a -> a.criterion("T-NOWHERE").reason("r"))
                .add(a -> a.criterion("T-EXTRA").after("ESIBE-NOPE").reason("r"))
                .add(a -> a.criterion(CriterionIds.SEAT).reason("r")));

        assertThat(v).extracting(Violation::path).containsExactlyInAnyOrder("added[0].criterion", "added[1].after",
                "added[2].criterion", "neutralised[0].criterion", "parameters[1].name", "parameters[2].value",
                "parameters[3].reason", "parameters[3].value", "parameters[4].source", "parameters[4].name");
        assertThat(v).filteredOn(x -> x.path().equals("parameters[1].name")).singleElement().extracting(Violation::message)
                .asString().startsWith("unknown parameter \"rd.min.precisionMedecine\"; known: patents.acceptPending,"
                        + " rd.italy.minShareExclusive, rd.min.industrialEnvironmental, rd.min.precisionMedicine");
        assertThat(v).filteredOn(x -> x.path().equals("parameters[2].value")).singleElement().extracting(Violation::message)
                .isEqualTo("parameter rd.min.industrialEnvironmental is an amount in euro from 0 to 999999999999999.99"
                        + " with at most 2 decimals, such as 1500000.00; got \"1,5 Mio\"");
        assertThat(v).filteredOn(x -> x.path().equals("parameters[3].value")).singleElement().extracting(Violation::message)
                .asString().contains("one of EXCLUDE_BACKERS, WAIVE_TEST").endsWith("got \"WAIVE\"");
        assertThat(v).filteredOn(x -> x.path().equals("parameters[4].name")).singleElement().extracting(Violation::message)
                .isEqualTo("parameter rd.min.precisionMedicine is overridden already at parameters[0]");
        assertThat(v).filteredOn(x -> x.path().equals("added[0].criterion")).singleElement().extracting(Violation::message)
                .asString().startsWith("no ruleset the tool knows has criterion \"T-NOWHERE\"; known criteria: ESIBE-PATENT,");
        assertThat(v).filteredOn(x -> x.path().equals("neutralised[0].criterion")).singleElement()
                .extracting(Violation::message).asString().startsWith("no criterion \"ESIBE-PATENTS\" in the ruleset");
    }

    @Test
    void theFailureSaysWhatIsWrongAndHowManyMore() {
        assertThatThrownBy(() -> REGISTRY.derive(lowered().base("x").id("Bad Id").build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("reform Bad Id cannot be derived: base: unknown ruleset \"x\"; known: esibe-2024-interim,"
                        + " t-extra (and 1 more)");
    }

    @Test
    void anIdThatIsTakenOrADayThatIsTakenInTheSeriesIsRefused() {
        assertThat(violations(b -> b.id("t-extra"))).extracting(Violation::path).containsExactly("id");
        assertThat(violations(b -> b.series(Rulesets.NATIONAL_SERIES).effectiveFrom(LocalDate.of(2024, 10, 1))))
                .extracting(Violation::path).containsExactly("effectiveFrom");
        assertThat(violations(b -> b.series("Esibe"))).extracting(Violation::path).containsExactly("series");
        assertThat(violations(b -> b.version(" "))).extracting(Violation::path).containsExactly("version");
    }

    @Test
    void aCriterionIdThatDiffersBetweenRulesetsNeedsFrom() {
        Criterion other = criterion("another call", context -> CriterionResult.builder().id("T-EXTRA").result(Verdict.PASS)
                .message(new LocalizedText("sì", "yes")).citation("another call").build());
        EsibeRegistry two = Esibe.builder()
                .rulesetProvider(TestProviders.rulesets("extra", context -> List.of(
                        context.ruleset(Rulesets.INTERIM_2024).derive("t-extra").add(EXTRA)
                                .addParameter(EXTRA_REQUIRED, true).build(),
                        context.ruleset(Rulesets.INTERIM_2024).derive("t-other").add(other).build())))
                .build();
        ReformDefinition d = lowered().add(a -> a.criterion("T-EXTRA").reason("r")).build();

        assertThatThrownBy(() -> two.derive(d)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
                        .satisfies(x -> {
                            assertThat(x.path()).isEqualTo("added[0].from");
                            assertThat(x.message()).isEqualTo("rulesets t-extra, t-other hold different criteria with"
                                    + " id T-EXTRA; say which with \"from\"");
                        }));
        Ruleset chosen = two.derive(lowered().add(a -> a.criterion("T-EXTRA").from("t-other").reason("r")).build());
        assertThat(chosen.criterion("T-EXTRA")).containsSame(other);
        assertThat(chosen.parameters().key("t.extra.required")).as("t-other has no such parameter").isEmpty();
    }

    @Test
    void theOverriddenValueIsTheOneDecisionsUse() {
        Ruleset r = REGISTRY.derive(lowered().build());

        assertThat(r.parametersSha256()).isNotEqualTo(Rulesets.interim().parametersSha256());
        assertThat(r.parametersSha256()).isEqualTo(Rulesets.interim().derive("x")
                .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000")).build()
                .parametersSha256());
    }
}
