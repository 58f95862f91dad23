package it.esibe.examples;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Location;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.rules.Esibe;
import java.time.LocalDate;

/**
 * The first example of the README, which quotes the tagged region below (a test checks that the
 * quote and this code stay equal): build an application in Java, decide it, read the outcome and
 * one criterion's explanation.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Builds, decides and prints.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::quick-start[]
        Application application = Application.builder()
                .applicationId("CALL2025-0004")
                .submittedOn(LocalDate.of(2025, 3, 3))
                .company(Company.of("Esempio Bio S.r.l.", Location.of("IT").withRegion("Lombardia")))
                .track(Track.PRECISION_MEDICINE)
                .fiscalYear(FiscalYear.builder(2024).rdExpenditure(1_650_000).rdExpenditureItaly(1_400_000).build())
                .program(Program.of("TEC-GENE-CELL", "PAT-ONCO"))
                .build();
        Decision decision = Esibe.evaluator().build().evaluate(application);
        System.out.println(decision.outcome());                       // NOT_ELIGIBLE
        CriterionResult rdMin = decision.criterion("ESIBE-RD-MIN").orElseThrow();
        System.out.println(rdMin.result() + ": " + rdMin.message().en());
        // FAIL: R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold
        // end::quick-start[]
    }
}
