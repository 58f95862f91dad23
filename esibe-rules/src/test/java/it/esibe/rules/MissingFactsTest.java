package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.holder;
import static it.esibe.rules.Apps.participation;
import static it.esibe.rules.Apps.smeYear;
import static it.esibe.rules.Apps.year;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.ParameterValue;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The missing facts of each criterion, derived by hand from ESIBE-RULES-v1: exactly the absent
 * fields that leave it undecided, and none whose absence the known figures make irrelevant (the
 * three-valued ceilings of ESIBE-SME, the grant route of ESIBE-RD-MIN); and the facts and
 * parameters a verdict names.
 */
class MissingFactsTest {

    private static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();

    private static CriterionResult sme(Apps app) {
        return EVALUATOR.evaluate(app.build()).criterion(CriterionIds.SME).orElseThrow();
    }

    @Test
    void withoutTheReferenceYearEveryCriterionOnItAsksForItsFieldsOfThatYear() {
        Decision d = EVALUATOR.evaluate(example().years(smeYear(2023, "10", "1", "1")).build());
        String y = "fiscalYears[year=2024].";
        assertThat(d.criterion(CriterionIds.RD_MIN).orElseThrow().missingFacts()).containsExactly(y + "rdExpenditure");
        assertThat(d.criterion(CriterionIds.RD_ITALY).orElseThrow().missingFacts())
                .containsExactly(y + "rdExpenditure", y + "rdExpenditureItaly");
        assertThat(d.criterion(CriterionIds.SME).orElseThrow().missingFacts())
                .containsExactly(y + "staffHeadcount", y + "turnover", y + "balanceSheetTotal");
        assertThat(d.missingFacts()).containsExactly(y + "rdExpenditure", y + "rdExpenditureItaly",
                y + "staffHeadcount", y + "turnover", y + "balanceSheetTotal");
    }

    @Test
    void smeAsksOnlyForTheFiguresOfACeilingTheKnownFiguresLeaveOpen() {
        // Staff 10 < 250 and balance sheet 1 <= 43 M decide the year whatever the turnover: no missing fact.
        assertThat(sme(example().years(smeYear(2024, "10", null, "1"))).result()).isEqualTo(Verdict.PASS);
        // Turnover 1 <= 50 M decides the money ceiling: only the staff is missing.
        assertThat(sme(example().years(smeYear(2024, null, "1", null))).missingFacts())
                .containsExactly("fiscalYears[0].staffHeadcount");
        // Staff known below the ceiling, neither money figure: both are asked for.
        assertThat(sme(example().years(smeYear(2024, "10", null, null))).missingFacts())
                .containsExactly("fiscalYears[0].turnover", "fiscalYears[0].balanceSheetTotal");
        // Turnover above 50 M: the balance sheet alone can still pass it; the turnover is known.
        assertThat(sme(example().years(smeYear(2024, "10", "60000000", null))).missingFacts())
                .containsExactly("fiscalYears[0].balanceSheetTotal");
    }

    @Test
    void smeAsksForTheFiguresOfTheEnterprisesItMustAdd() {
        // A 60% participation is linked (100% added); its turnover is absent, and so is the company's balance sheet.
        CriterionResult r = sme(example().years(smeYear(2024, "10", "1000", null))
                .participations(participation("Lab", "60", "5", null, "100")));
        assertThat(r.missingFacts()).containsExactly("ownership.participations[0].turnover",
                "fiscalYears[0].balanceSheetTotal");
        // A 10% participation is autonomous: its absent figures are never needed.
        assertThat(sme(example().years(smeYear(2024, "10", "1000", "1000"))
                .participations(participation("Lab", "10", null, null, null))).result()).isEqualTo(Verdict.PASS);
        // Year 2024 absent: its three figures, each followed by an added enterprise's when it lacks it.
        r = sme(example().years(smeYear(2023, "10", "1", "1"))
                .holders(holder("Founders", HolderType.INDIVIDUAL, "70"),
                        holder("Holding", HolderType.OTHER_ENTERPRISE, "30", null, "40", null, "5"))
                .participations(participation("Lab", "60", null, "1", "1")));
        assertThat(r.missingFacts()).containsExactly("fiscalYears[year=2024].staffHeadcount",
                "ownership.participations[0].staffHeadcount", "fiscalYears[year=2024].turnover",
                "ownership.holders[1].turnover", "fiscalYears[year=2024].balanceSheetTotal");
    }

    @Test
    void industrialRdMinNeedsTheExpenditureOnlyWhenTheGrantsDoNotPass() {
        Apps industrial = example().track(Track.INDUSTRIAL_ENVIRONMENTAL);
        industrial.programs = java.util.List.of(new it.esibe.core.model.Program("x", "TEC-SYNBIO",
                java.util.List.of("IND-GHG")));
        CriterionResult byGrants = EVALUATOR.evaluate(industrial.years(year(2024, null, null, "800000", "1", "1", "1"))
                .build()).criterion(CriterionIds.RD_MIN).orElseThrow();
        assertThat(byGrants.result()).isEqualTo(Verdict.PASS);
        assertThat(byGrants.facts()).containsExactly(Fact.of("fiscalYears[0].euInternationalGrants", 800000),
                Fact.of("track", "INDUSTRIAL_ENVIRONMENTAL"));
        CriterionResult open = EVALUATOR.evaluate(industrial.years(year(2024, null, null, "799999.99", "1", "1", "1"))
                .build()).criterion(CriterionIds.RD_MIN).orElseThrow();
        assertThat(open.missingFacts()).containsExactly("fiscalYears[0].rdExpenditure");
        assertThat(open.parameters()).containsExactly(new ParameterValue("rd.min.industrialEnvironmental", 800000));
    }

    @Test
    void rdItalyNamesItsFactsItsShareAndBothWays() {
        // The spec's example: I = 999 800, T = 2 000 000 -> missingAmount 200.01, additionalAmount 400.01.
        CriterionResult r = EVALUATOR.evaluate(example().years(year(2024, "2000000", "999800", null, "1", "1", "1"))
                .build()).criterion(CriterionIds.RD_ITALY).orElseThrow();
        assertThat(r.facts()).containsExactly(Fact.of("fiscalYears[0].rdExpenditure", 2000000),
                Fact.of("fiscalYears[0].rdExpenditureItaly", 999800));
        assertThat(r.parameters()).containsExactly(new ParameterValue("rd.italy.minShareExclusive", new BigDecimal("0.5")));
        WayToPass way = r.wayToPass();
        assertThat(way.kind()).isEqualTo(WayToPass.Kind.CHANGE_FIGURES);
        assertThat(way.options().get(0).changes())
                .containsExactly(Fact.of("fiscalYears[0].rdExpenditureItaly", new BigDecimal("1000000.01")));
        assertThat(way.options().get(1).changes()).containsExactly(
                Fact.of("fiscalYears[0].rdExpenditure", new BigDecimal("2000400.01")),
                Fact.of("fiscalYears[0].rdExpenditureItaly", new BigDecimal("1000200.01")));
        assertThat(way.message().en()).contains("EUR 200.01").contains("EUR 400.01").contains("§5.3");
        assertThat(way.message().it()).contains("200,01 EUR").contains("400,01 EUR").contains("§5.3");
    }

    @Test
    void withoutFactsResultsCarryNeitherFactsNorParametersButStillTheirMissingFactsAndWays() {
        ApplicationEvaluator lean = Esibe.evaluator().facts(false).build();
        Apps app = example().stage(null).years(year(2024, "1000000", "900000", null, "1", "1", "1"));
        Decision full = EVALUATOR.evaluate(app.build());
        Decision bare = lean.evaluate(app.build());
        assertThat(bare.criteria()).allSatisfy(c -> assertThat(c.facts()).isEmpty())
                .allSatisfy(c -> assertThat(c.parameters()).isEmpty());
        assertThat(full.criteria()).anySatisfy(c -> assertThat(c.facts()).isNotEmpty());
        assertThat(bare.criteria()).isEqualTo(full.criteria().stream().map(CriterionResult::withoutFacts).toList());
        assertThat(bare.missingFacts()).containsExactly("developmentStage");
        assertThat(bare.pathToEligibility()).isEqualTo(full.pathToEligibility());
    }
}
