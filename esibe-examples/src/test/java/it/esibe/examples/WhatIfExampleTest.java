package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/WHATIF.md quotes the what-if example from compiled code ({@link QuotedCode}), and the example
 * prints what the guide says: on the sample call, lowering §5.3's 2 000 000 EUR to 1 500 000 EUR
 * admits CALL2025-0004 (R&amp;D 2024 of 1 650 000 EUR, every other criterion passed in the oracle), and
 * the sweep finds each change at the applicant's own figure, to the cent.
 */
class WhatIfExampleTest {

    @Test
    void everyQuotedBlockOfTheGuideMatchesItsTaggedSourceRegion() throws IOException {
        assertThat(QuotedCode.check("docs/WHATIF.md")).contains("compare", "sweep");
    }

    @Test
    void theExamplePrintsTheApplicantWhoEntersAndWhereEachApplicantChanges() throws Exception {
        List<String> lines = StandardOutput.of(WhatIfExample::main);

        assertThat(lines).containsExactly(
                "CALL2025-0004: NOT_ELIGIBLE -> ELIGIBLE",
                "  ESIBE-RD-MIN: R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold"
                        + " / R&D expenditure 2024: EUR 1,650,000.00, at or above the EUR 1,500,000.00 threshold",
                "entered 1, left 0, unaffected 18",
                "CALL2025-0001: ELIGIBLE up to 2500000.00, NOT_ELIGIBLE from 2500000.01",
                "CALL2025-0004: ELIGIBLE up to 1650000.00, NOT_ELIGIBLE from 1650000.01",
                "CALL2025-0013: INCOMPLETE up to 2600000.00, NOT_ELIGIBLE from 2600000.01");
    }
}
