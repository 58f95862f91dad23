package it.esibe.rules;

import static it.esibe.rules.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Program;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Ruleset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A reform that changes nothing changes no decision: only the decision's ruleset id differs. And
 * the parameter hash a decision records follows the values, not how they are written.
 */
class ReformPropertiesTest {

    static final Ruleset INTERIM = Rulesets.interim();
    static final Ruleset UNCHANGED = INTERIM.derive("t-unchanged").build();
    /** Every parameter of the spec set to its own value, written with another scale where it is a number. */
    static final Ruleset SAME_VALUES = INTERIM.derive("t-same-values")
             .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("2000000.00"))
             .parameter(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, new BigDecimal("800000.0"))
             .parameter(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE, new BigDecimal("0.50"))
             .parameter(InterimParameters.PATENTS_ACCEPT_PENDING, false)
             .parameter(InterimParameters.SME_REQUIRED, true)
             .parameter(InterimParameters.SME_CORPORATE_BACKING, CorporateBacking.EXCLUDE_BACKERS)
             .parameter(InterimParameters.SME_MAX_STAFF, new BigDecimal("250.000"))
             .parameter(InterimParameters.SME_MAX_TURNOVER, new BigDecimal("5E+7"))
             .parameter(InterimParameters.SME_MAX_BALANCE_SHEET, new BigDecimal("43000000.00"))
            .build();

    static final ApplicationEvaluator BASE = Esibe.evaluator().ruleset(INTERIM).build();

    /** {@code d} as if ruleset {@code id} had made it. */
    static Decision namedAs(Decision d, String id) {
        return Decision.builder().applicationId(d.applicationId()).outcome(d.outcome()).ruleset(id)
                .rulesetStamp(d.rulesetVersion(), d.parametersSha256()).referenceDate(d.referenceDate())
                .referenceYear(d.referenceYear()).criteria(d.criteria()).violations(d.violations())
                .inputSha256(d.inputSha256()).position(d.position()).build();
    }

    /**
     * Generated applications, mostly valid (with the format's eligible example among them), and
     * four in ten broken in one of several ways the format forbids.
     */
    static Gen<Apps> validAndInvalid() {
        return Generators.applications().zip(integers().between(0, 9), (app, breakage) -> {
            switch (breakage) {
                case 0 -> {
                    return Apps.example();
                }
                case 1 -> app.vat = "IT00743110158"; // wrong check digit (ESIBE-FORMAT-v1, company.vatNumber)
                case 2 -> app.programs = new ArrayList<>(List.of(new Program("P", "TEC-TELEPORT", List.of("PAT-ONCO"))));
                case 3 -> app.years = new ArrayList<>(List.of(new FiscalYear(2024, new BigDecimal("-1.00"), null, null,
                        null, null, null)));
                case 4 -> app.id = " ";
                default -> {
                    // valid as generated
                }
            }
            return app;
        });
    }

    @Test
    void theGeneratedSetHasValidAndInvalidApplications() {
        List<Outcome> outcomes = new ArrayList<>();
        qt().forAll(validAndInvalid()).checkAssert(app -> outcomes.add(BASE.evaluate(app.build()).outcome()));
        assertThat(outcomes).contains(Outcome.INVALID, Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE);
    }

    @Test
    void aReformThatChangesNothingDecidesAsItsBase() {
        for (Ruleset same : List.of(UNCHANGED, SAME_VALUES)) {
            ApplicationEvaluator derived = Esibe.evaluator().ruleset(same).build();
            qt().forAll(validAndInvalid()).checkAssert(app -> {
                Decision base = BASE.evaluate(app.build());
                Decision d = derived.evaluate(app.build());
                assertThat(d.ruleset()).isEqualTo(same.id());
                assertThat(d).as("%s on %s", same.id(), base).isEqualTo(namedAs(base, same.id()));
                // esibe-2024-interim is version 2 since spec v1.1; a reform keeps its base's version.
                assertThat(d.rulesetVersion()).isEqualTo("2");
                assertThat(d.parametersSha256()).isEqualTo(INTERIM.parametersSha256()).isNotNull();
            });
        }
    }

    @Test
    void theParameterHashFollowsTheValuesNotTheirScale() {
        assertThat(UNCHANGED.parametersSha256()).isEqualTo(INTERIM.parametersSha256());
        assertThat(SAME_VALUES.parametersSha256()).isEqualTo(INTERIM.parametersSha256());
        assertThat(INTERIM.parametersSha256()).matches("[0-9a-f]{64}");
        List<ParameterKey<BigDecimal>> numbers = List.of(InterimParameters.RD_MIN_PRECISION_MEDICINE,
                InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE,
                InterimParameters.SME_MAX_STAFF, InterimParameters.SME_MAX_TURNOVER, InterimParameters.SME_MAX_BALANCE_SHEET);
        List<String> hashes = new ArrayList<>();
        hashes.add(INTERIM.parametersSha256());
        for (ParameterKey<BigDecimal> key : numbers) {
            BigDecimal value = INTERIM.parameters().get(key);
            hashes.add(INTERIM.derive("t").parameter(key, value.add(new BigDecimal("0.01"))).build().parametersSha256());
        }
        for (ParameterKey<Boolean> key : List.of(InterimParameters.PATENTS_ACCEPT_PENDING, InterimParameters.SME_REQUIRED)) {
            hashes.add(INTERIM.derive("t").parameter(key, !INTERIM.parameters().get(key)).build().parametersSha256());
        }
        ParameterKey<BigDecimal> extra = ParameterKey.number("t.extra", "test");
        hashes.add(INTERIM.derive("t").addParameter(extra, BigDecimal.ZERO).build().parametersSha256());
        assertThat(hashes).as("every change of value gives another hash").doesNotHaveDuplicates();
        // Zero at any scale is one value.
        Ruleset zeroA = INTERIM.derive("t").addParameter(extra, new BigDecimal("0.00")).build();
        Ruleset zeroB = INTERIM.derive("t").addParameter(extra, new BigDecimal("0E+3")).build();
        assertThat(zeroA.parametersSha256()).isEqualTo(zeroB.parametersSha256());
    }
}
