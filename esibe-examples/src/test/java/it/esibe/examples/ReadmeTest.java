package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README quotes compiled code, as docs/EXTENDING.md does ({@link QuotedCode}), and its first
 * example prints what its comments say: the spec's own example of a failing ESIBE-RD-MIN
 * (ESIBE-FORMAT-v1, "Decision").
 */
class ReadmeTest {

    @Test
    void everyQuotedBlockMatchesItsTaggedSourceRegion() throws IOException {
        List<String> checked = QuotedCode.check("README.md");
        assertThat(checked).contains("quick-start");
    }

    @Test
    void theQuickStartPrintsTheOutcomeAndTheExplanationItsCommentsShow() throws Exception {
        assertThat(StandardOutput.of(QuickStart::main)).containsExactly(
                "NOT_ELIGIBLE",
                "FAIL: R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold");
    }
}
