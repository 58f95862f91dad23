package it.esibe.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.io.ApplicationJson;
import it.esibe.rules.Esibe;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drools, Easy Rules, Camunda DMN and the plain loop ({@link PlainCriteria}) decide every generated
 * application and every valid application of the sample call exactly as ESIBE does (each
 * criterion's verdict and the outcome): the check the benchmarks run before timing anything.
 */
class EngineAgreementTest {

    private static final Path SAMPLE_CALL =
            Path.of("../esibe-examples/src/main/resources/it/esibe/examples/sample-call.jsonl");

    private static final ApplicationEvaluator ESIBE = Esibe.evaluator().build();
    private static List<Application> applications;

    @BeforeAll
    static void applications() throws IOException {
        List<Application> all = new ArrayList<>(SyntheticApplications.generate(250,
                Long.getLong("esibe.qt.seed", SyntheticApplications.SEED)));
        for (String line : Files.readAllLines(SAMPLE_CALL, StandardCharsets.UTF_8)) {
            ApplicationRecord read = ApplicationJson.reader().read(line);
            if (read.isWellFormed() && ESIBE.evaluate(read).outcome() != Outcome.INVALID) {
                all.add(read.application());
            }
        }
        applications = all;
    }

    // Built once: compiling the DRL and parsing the DMN model take seconds.
    private static final List<RuleEngine> ENGINES = List.of(new DroolsEngine(), new EasyRulesEngine(),
            new CamundaDmnEngine());

    static Stream<RuleEngine> engines() {
        return ENGINES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void agreesWithEsibeOnEveryApplication(RuleEngine engine) {
        assertThat(Agreement.check(ESIBE, Esibe.taxonomy(), engine, applications)).isEqualTo(applications.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aDisagreementFailsTheCheck(RuleEngine engine) {
        // The same engine, but with the SME verdict of every application turned round.
        RuleEngine wrong = new RuleEngine() {
            @Override
            public String name() {
                return "wrong " + engine.name();
            }

            @Override
            public EngineResult decide(Facts facts) {
                EngineResult r = engine.decide(facts);
                Map<String, Verdict> v = new HashMap<>(r.verdicts());
                v.put("ESIBE-SME", v.get("ESIBE-SME") == Verdict.PASS ? Verdict.FAIL : Verdict.PASS);
                return new EngineResult(v, r.outcome());
            }
        };
        // A few dozen applications are enough to meet both an SME PASS and a FAIL.
        assertThatThrownBy(() -> Agreement.check(ESIBE, Esibe.taxonomy(), wrong, applications.subList(0, 40)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ESIBE-SME");
    }

    @Test
    void thePlainLoopAgreesWithEsibeOnEveryApplication() {
        PlainCriteria plain = new PlainCriteria(Esibe.taxonomy());

        assertThat(Agreement.check(ESIBE, "the plain loop", plain::decide, applications)).isEqualTo(applications.size());
        // The benchmark times outcome(), which must be the outcome the check compared.
        for (Application a : applications) {
            assertThat(plain.outcome(a)).as(a.applicationId()).isEqualTo(ESIBE.evaluate(a).outcome());
        }
    }

    @Test
    void aDisagreementOfThePlainLoopFailsTheCheck() {
        // The plain loop with the strict "> 0.5" of ESIBE-RD-ITALY read as ">= 0.5": the applications
        // with exactly half of their R&D in Italy tell the two apart.
        PlainCriteria plain = new PlainCriteria(Esibe.taxonomy());
        Function<Application, EngineResult> atLeastHalf = a -> {
            EngineResult r = plain.decide(a);
            FiscalYear y = a.fiscalYear(a.submittedOn().getYear() - 1).orElse(null);
            BigDecimal rd = y == null ? null : y.rdExpenditure();
            BigDecimal italy = y == null ? null : y.rdExpenditureItaly();
            if (rd == null || italy == null || rd.signum() == 0 || italy.add(italy).compareTo(rd) != 0) {
                return r;
            }
            Map<String, Verdict> v = new HashMap<>(r.verdicts());
            v.put("ESIBE-RD-ITALY", Verdict.PASS);
            return new EngineResult(v, r.outcome());
        };

        assertThatThrownBy(() -> Agreement.check(ESIBE, "a lenient plain loop", atLeastHalf, applications))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ESIBE-RD-ITALY PASS, ESIBE FAIL");
    }

    @Test
    void theApplicationsReachEveryVerdictOfEveryCriterionAndEveryOutcome() {
        Map<String, Set<Verdict>> seen = new HashMap<>();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (Application a : applications) {
            Decision d = ESIBE.evaluate(a);
            outcomes.add(d.outcome());
            d.criteria().forEach(c -> seen.computeIfAbsent(c.id(), k -> EnumSet.noneOf(Verdict.class))
                    .add(c.result()));
        }
        assertThat(outcomes).contains(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE);
        // Every criterion that can be unknown is seen unknown; the others pass and fail.
        assertThat(seen).hasSize(7);
        seen.forEach((id, verdicts) -> assertThat(verdicts).as(id).contains(Verdict.PASS, Verdict.FAIL));
        for (String id : List.of("ESIBE-STAGE", "ESIBE-RD-MIN", "ESIBE-RD-ITALY", "ESIBE-SME")) {
            assertThat(seen.get(id)).as(id).contains(Verdict.UNKNOWN);
        }
    }
}
