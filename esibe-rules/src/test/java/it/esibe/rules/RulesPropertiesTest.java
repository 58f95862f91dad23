package it.esibe.rules;

import static it.esibe.rules.Generators.applications;
import static it.esibe.rules.Generators.euros;
import static it.esibe.rules.Generators.linkedEnterprise;
import static it.esibe.rules.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.HolderType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of the rules, checked on generated applications with a fixed seed ({@link Generators#SEED}). */
class RulesPropertiesTest {

    static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();

    static Verdict rdMin(Apps app, BigDecimal rd) {
        app.years = new ArrayList<>(List.of(new FiscalYear(2024, rd, null, app.years.isEmpty() ? null
                : app.years.get(0).euInternationalGrants(), null, null, null)));
        Decision d = EVALUATOR.evaluate(app.build());
        assertThat(d.violations()).isEmpty();
        return d.criterion(CriterionIds.RD_MIN).orElseThrow().result();
    }

    @Test
    void rdMinIsMonotoneInRdExpenditure() {
        qt().forAll(applications(), euros(4_000_000), euros(4_000_000)).checkAssert((app, a, b) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            Verdict atLow = rdMin(app, low);
            Verdict atHigh = rdMin(app, high);
            if (atLow == Verdict.PASS) {
                assertThat(atHigh).as("PASS at %s, so at %s", low, high).isEqualTo(Verdict.PASS);
            }
            if (atHigh == Verdict.FAIL) {
                assertThat(atLow).as("FAIL at %s, so at %s", high, low).isEqualTo(Verdict.FAIL);
            }
        });
    }

    @Test
    void outcomeIsExactlyTheSpecsFunctionOfTheCriterionResults() {
        qt().forAll(applications()).checkAssert(app -> {
            Decision d = EVALUATOR.evaluate(app.build());
            assertThat(d.violations()).isEmpty();
            List<Verdict> results = d.criteria().stream().map(CriterionResult::result).toList();
            // ESIBE-RULES-v1, "Outcomes", written out independently of Outcome.of.
            Outcome expected = results.contains(Verdict.FAIL) ? Outcome.NOT_ELIGIBLE
                    : results.contains(Verdict.UNKNOWN) ? Outcome.INCOMPLETE : Outcome.ELIGIBLE;
            assertThat(d.outcome()).isEqualTo(expected);
            assertThat(d.criteria()).extracting(CriterionResult::id).isEqualTo(CriterionIds.IN_ORDER);
            assertThat(d.criteria()).allSatisfy(c -> assertThat(c.remedy() == null || c.result() == Verdict.FAIL)
                    .isTrue());
        });
    }

    @Test
    void evaluationIsDeterministic() {
        ApplicationEvaluator other = Esibe.evaluator().build();
        qt().forAll(applications()).checkAssert(app -> {
            Application a = app.build();
            assertThat(EVALUATOR.evaluate(a)).isEqualTo(other.evaluate(app.build())).isEqualTo(EVALUATOR.evaluate(a));
        });
    }

    @Test
    void withoutExplanationsOnlyTheMessagesChangeAndEachIsItsKey() {
        ApplicationEvaluator terse = Esibe.evaluator().explanations(false).build();
        qt().forAll(applications()).checkAssert(app -> {
            Application a = app.build();
            Decision full = EVALUATOR.evaluate(a);
            Decision bare = terse.evaluate(a);
            assertThat(bare.outcome()).isEqualTo(full.outcome());
            assertThat(bare.criteria()).hasSameSizeAs(full.criteria());
            for (int i = 0; i < full.criteria().size(); i++) {
                CriterionResult f = full.criteria().get(i);
                CriterionResult b = bare.criteria().get(i);
                assertThat(List.of(b.id(), b.result(), b.citation(), String.valueOf(b.remedy())))
                        .isEqualTo(List.of(f.id(), f.result(), f.citation(), String.valueOf(f.remedy())));
                // A message key: dotted words, the same in both languages, never a rendered sentence.
                assertThat(b.message().it()).isEqualTo(b.message().en()).matches("[a-zA-Z]+(\\.[a-zA-Z]+)+")
                        .isNotEqualTo(f.message().en());
            }
        });
    }

    @Test
    void addingALinkedEnterpriseNeverTurnsANonSmeIntoAnSme() {
        qt().forAll(applications(), linkedEnterprise()).checkAssert((app, linked) -> {
            Verdict before = Esibe.smeCalculator().assess(app.build(), 2024).verdict();
            app.participations = new ArrayList<>(app.participations);
            app.participations.add(linked);
            Verdict after = Esibe.smeCalculator().assess(app.build(), 2024).verdict();
            if (before == Verdict.FAIL) {
                assertThat(after).as("linked %s", linked).isNotEqualTo(Verdict.PASS);
            }
        });
    }

    @Test
    void underTheV1ReadingACorporateHolderWithCapitalAlwaysPassesSme() {
        SmeCalculator waive = SmeCalculator.of(InterimParameters.values()
                .with(InterimParameters.SME_CORPORATE_BACKING, CorporateBacking.WAIVE_TEST));
        qt().forAll(applications()).checkAssert(app -> {
            app.holders = new ArrayList<>(app.holders.subList(0, Math.min(1, app.holders.size())));
            app.holders.add(Apps.holder("Group", HolderType.CORPORATE, "0.01"));
            assertThat(waive.assess(app.build(), 2024).verdict()).isEqualTo(Verdict.PASS);
        });
    }

    /**
     * ESIBE-RD-ITALY remedies (spec v1.1): moving {@code missingAmount} to Italy (total unchanged) or
     * spending {@code additionalAmount} more in Italy (total grown by it) makes the criterion pass,
     * and one cent less of either does not.
     */
    @Test
    void eitherRemedyOfRdItalyIsExactlyEnough() {
        qt().forAll(euros(1_000_000_000_000L).map(t -> t.max(new BigDecimal("0.01"))), integers().between(0, 10_000),
                integers().between(0, 3)).checkAssert((total, basisPoints, extra) -> {
            // An Italian part at or below half of the total, near half more often than not.
            BigDecimal half = total.divide(BigDecimal.valueOf(2), 2, RoundingMode.FLOOR);
            BigDecimal italy = basisPoints < 5000 ? half.subtract(BigDecimal.valueOf(extra, 2)).max(BigDecimal.ZERO)
                    : half.multiply(BigDecimal.valueOf(basisPoints - 5000, 4)).setScale(2, RoundingMode.DOWN);
            CriterionResult failing = rdItaly(italy, total);
            assertThat(failing.result()).as("%s of %s", italy, total).isEqualTo(Verdict.FAIL);
            BigDecimal moved = failing.remedy().missingAmount().orElseThrow();
            BigDecimal added = failing.remedy().additionalAmount().orElseThrow();
            BigDecimal cent = new BigDecimal("0.01");
            assertThat(rdItaly(italy.add(moved), total).result()).as("moving %s", moved).isEqualTo(Verdict.PASS);
            assertThat(rdItaly(italy.add(moved).subtract(cent), total).result()).as("moving a cent less than %s", moved)
                    .isEqualTo(Verdict.FAIL);
            assertThat(rdItaly(italy.add(added), total.add(added)).result()).as("adding %s", added)
                    .isEqualTo(Verdict.PASS);
            assertThat(rdItaly(italy.add(added).subtract(cent), total.add(added).subtract(cent)).result())
                    .as("adding a cent less than %s", added).isEqualTo(Verdict.FAIL);
        });
    }

    static CriterionResult rdItaly(BigDecimal italy, BigDecimal total) {
        Apps app = Apps.example();
        app.years = new ArrayList<>(List.of(new FiscalYear(2024, total, italy, null, null, null, null)));
        Decision d = EVALUATOR.evaluate(app.build());
        assertThat(d.violations()).isEmpty();
        return d.criterion(CriterionIds.RD_ITALY).orElseThrow();
    }
}
