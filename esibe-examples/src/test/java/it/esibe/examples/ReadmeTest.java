package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        assertThat(checked).contains("quick-start", "reform");
    }

    @Test
    void theQuickStartPrintsTheOutcomeAndTheExplanationItsCommentsShow() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly(
                "NOT_ELIGIBLE",
                "FAIL: R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold");
    }
}
