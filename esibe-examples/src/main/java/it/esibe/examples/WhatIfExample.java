package it.esibe.examples;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.io.ApplicationReader;
import it.esibe.io.InputFormat;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.Rulesets;
import it.esibe.rules.whatif.ApplicantComparison;
import it.esibe.rules.whatif.Comparison;
import it.esibe.rules.whatif.ComparisonSummary;
import it.esibe.rules.whatif.Sweep;
import it.esibe.rules.whatif.SweepResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

/**
 * What if, from Java: the bundled sample call compared under the interim ruleset and a reform that
 * lowers the precision-medicine R&amp;D threshold, applicant by applicant, then swept along that
 * threshold. docs/WHATIF.md quotes it.
 */
public final class WhatIfExample {

    private WhatIfExample() {
    }

    /** Prints who changes outcome under the reform, and where along the threshold each applicant changes. */
    public static void main(String[] args) throws IOException {
        // tag::compare[]
        EsibeRegistry registry = Esibe.defaults();
        Ruleset lowered = Rulesets.interim().derive("esibe-2026-lower-rd")
                .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000.00"))
                .build();
        Comparison comparison = Comparison.builder(registry)
                .ruleset(Rulesets.interim())               // the baseline
                .ruleset(lowered)
                .build();
        Comparison.Run run = comparison.start();
        try (InputStream call = WhatIfExample.class.getResourceAsStream("sample-call.jsonl")) {
            // Each record as read, decided under both rulesets with its line and hash.
            ApplicationReader.create().read(call, InputFormat.JSON_LINES, record -> {
                ApplicantComparison c = run.add(record);
                for (ApplicantComparison.Change change : c.changes()) {
                    if (change.outcomeChanged()) {
                        System.out.println(c.applicationId() + ": " + change.before() + " -> " + change.after());
                        change.criteria().forEach(cc -> System.out.println("  " + cc.id() + ": "
                                + cc.before().message().en() + " / " + cc.after().message().en()));
                    }
                }
            });
        }
        ComparisonSummary.Impact impact = run.summary().impacts().get(0);
        System.out.println("entered " + impact.entered() + ", left " + impact.left()
                + ", unaffected " + run.summary().unaffected());
        // end::compare[]

        // tag::sweep[]
        Sweep sweep = Sweep.builder(registry, Rulesets.interim())
                .axis("rd.min.precisionMedicine", new BigDecimal("1000000"), new BigDecimal("3000000"),
                        new BigDecimal("100000"))
                .build();
        Sweep.Run swept = sweep.start();
        try (InputStream call = WhatIfExample.class.getResourceAsStream("sample-call.jsonl")) {
            ApplicationReader.create().read(call, InputFormat.JSON_LINES, swept::add);
        }
        for (SweepResult.Flip f : swept.result().flips()) {
            // The last value with the old outcome and the first with the new: one cent apart.
            System.out.println(f.applicationId() + ": " + f.before() + " up to " + f.below().toPlainString()
                    + ", " + f.after() + " from " + f.above().toPlainString());
        }
        // end::sweep[]
    }
}
