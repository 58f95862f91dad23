package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: one 1 MiB line of unknown keys produced a 25 MB decision (130 000 violations). The reader
 * now lists at most {@link ReadLimits#maxViolationsPerRecord()} violations of a record, in document
 * order, and one more at path "" counting the rest.
 */
class RecordOutputBoundTest {

    @Test
    void aMegabyteOfUnknownKeysGivesAShortDecision() throws IOException {
        StringBuilder line = new StringBuilder("{");
        int keys = 0;
        while (line.length() < 1_000_000) {
            line.append(keys == 0 ? "" : ",").append("\"k").append(keys++).append("\":0");
        }
        line.append('}');
        List<Decision> decisions = jsonl(ReadLimits.DEFAULTS, line + "\n");
        assertThat(decisions).singleElement().satisfies(d -> {
            List<Violation> v = d.violations();
            assertThat(v).hasSize(101);
            assertThat(v.subList(0, 100)).allSatisfy(x -> assertThat(x.message()).startsWith("unknown property 'k"));
            assertThat(v.get(0).path()).isEqualTo("k0");
            assertThat(v.get(99).path()).isEqualTo("k99");
            assertThat(v.get(100).path()).isEmpty();
            assertThat(DecisionJson.write(d).length()).isLessThan(50_000);
        });
        // The rest: the other unknown keys and the five required properties that are missing.
        int more = keys - 100 + 5;
        assertThat(decisions.get(0).violations().get(100).message())
                .isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", more)
                        + " more problems in this record are not listed: at most 100 are listed for one record");
    }

    @Test
    void theCapIsAReadLimit() throws IOException {
        ReadLimits three = ReadLimits.DEFAULTS.withMaxViolationsPerRecord(3);
        String dup = "{\"a\":1" + ",\"a\":1".repeat(10) + "}";
        assertThat(Records.read(three, (dup + "\n").getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES))
                .singleElement().satisfies(d -> {
            // The duplicate (said once, however often repeated), the unknown name, then five required properties.
            assertThat(d.violations()).extracting(Violation::path).containsExactly("a", "a", "schemaVersion", "");
            assertThat(d.violations().get(3).message()).startsWith("4 more problems");
        });
        ApplicationRecord read = ApplicationJson.reader(three).read("{\"x\":1,\"y\":2,\"z\":3}");
        assertThat(read.violations()).hasSize(4);
        // A CSV list cell of 150 bad items: every row's list is bounded too.
        String items = String.join(";", java.util.Collections.nCopies(150, "EP1|RENTED|LOST"));
        List<ApplicationRecord> csv = Records.read(("applicationId,patents\r\nA-1,\"" + items + "\"\r\n")
                .getBytes(StandardCharsets.UTF_8), InputFormat.CSV);
        assertThat(csv).singleElement().satisfies(d -> {
            assertThat(d.violations()).hasSize(101);
            assertThat(Records.shown(d).get(100).message()).startsWith("row 1 (line 2): ")
                    .endsWith("more problems in this record are not listed: at most 100 are listed for one record");
        });
    }

    private static List<Decision> jsonl(ReadLimits limits, String text) throws IOException {
        List<Decision> out = new ArrayList<>();
        ApplicationFiles.using(new StubEvaluator(), limits).decide(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES, out::add);
        return out;
    }
}
