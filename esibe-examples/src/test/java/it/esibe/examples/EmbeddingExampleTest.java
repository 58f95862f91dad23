package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding example prints one line per application, then the reasons for failures. */
class EmbeddingExampleTest {

    @Test
    void printsEachApplicationsOutcomeAndTheEnglishReasonsForFailures() throws Exception {
        List<String> lines = StandardOutput.of(EmbeddingExample::main);

        List<String> headLines = lines.stream().filter(l -> !l.startsWith(" ")).toList();
        assertThat(headLines).hasSize(Oracle.rows().size());
        for (int i = 0; i < headLines.size(); i++) {
            Oracle.Row row = Oracle.rows().get(i);
            assertThat(headLines.get(i)).isEqualTo(row.applicationId() + " " + row.outcome());
        }
        assertThat(lines).contains("  ESIBE-RD-MIN: R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  company.vatNumber: "));
    }
}
