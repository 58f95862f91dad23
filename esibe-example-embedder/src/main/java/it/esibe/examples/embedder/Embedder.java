package it.esibe.examples.embedder;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Location;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.Rulesets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Builds an application, decides it under the national rules, then under a regional reform: the
 * precision-medicine R&D minimum lowered to EUR 1 500 000 (a typed parameter) and the regional
 * criterion {@link PiedmontSeatCriterion} added, explained in Italian, English and German.
 */
public final class Embedder {

    private Embedder() {
    }

    /** An application of 2025 that misses the national R&D minimum of §5.3 (2 000 000) by 350 000. */
    static Application application() {
        Location turin = Location.of("IT").withRegion("Piemonte").withCity("Torino");
        return Application.builder()
                .applicationId("PIE2025-0001")
                .submittedOn(LocalDate.of(2025, 3, 3))
                .company(Company.builder().name("Esempio Bio Torino S.r.l.").legalSeat(turin).headquarters(turin).build())
                .track(Track.PRECISION_MEDICINE)
                .developmentStage(DevelopmentStage.PRECLINICAL)
                .fiscalYear(FiscalYear.builder(2024).rdExpenditure(1_650_000).rdExpenditureItaly(1_400_000)
                        .euInternationalGrants(0).staffHeadcount(30).turnover(900_000).balanceSheetTotal(5_000_000)
                        .build())
                .fiscalYear(FiscalYear.builder(2023).rdExpenditure(1_500_000).rdExpenditureItaly(1_300_000)
                        .euInternationalGrants(0).staffHeadcount(25).turnover(700_000).balanceSheetTotal(4_000_000)
                        .build())
                .patent(Patent.builder("EP3456789B1").holding(PatentHolding.OWNED).status(PatentStatus.GRANTED)
                        .expiresOn(LocalDate.of(2038, 5, 1)).build())
                .program(Program.of("TEC-GENE-CELL", "PAT-ONCO"))
                .build();
    }

    /** The regional reform: a lower minimum, typed, and one criterion more. */
    static Ruleset regional() {
        return Rulesets.interim().derive("pie-2025-example")
                .version("1")
                .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000.00"))
                .add(new PiedmontSeatCriterion())
                .build();
    }

    /**
     * Prints the national outcome, the regional outcome, and the regional criterion's explanation in
     * Italian, English and German, one per line.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Application application = application();
        Decision national = Esibe.evaluator().build().evaluate(application);
        System.out.println("national: " + national.outcome());

        // Explicit registration of the criterion's words; the ruleset is handed to the evaluator itself.
        EsibeRegistry esibe = Esibe.builder().messageProvider(new PiedmontMessages()).build();
        ApplicationEvaluator evaluator = esibe.evaluator().ruleset(regional()).languages(Locale.GERMAN).build();
        Decision decision = evaluator.evaluate(application);
        System.out.println("regional: " + decision.outcome());
        CriterionResult seat = decision.criterion("PIE-SEAT").orElseThrow();
        System.out.println("it: " + seat.message().it());
        System.out.println("en: " + seat.message().en());
        System.out.println("de: " + seat.message().in(Locale.GERMAN));
    }
}
