package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Violation;
import it.esibe.examples.Oracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ESIBE spec v1.1 (changes 8 and 10): with {@code --lang it}, every violation message is Italian,
 * whether the reader found it (JSON, JSON Lines, CSV) or validation did, and none holds a parser's
 * own text, a Java name or a JSON path.
 */
class ItalianViolationsTest {

    /**
     * English words that never appear in Italian prose; the JSON words true, false and null may, and
     * so may "file" and "record", which Italian has borrowed.
     */
    private static final List<String> ENGLISH = List.of("must", "the", "is", "not", "allowed", "property", "unknown",
            "number", "required", "should", "only", "value", "with", "too", "large", "many", "least", "most",
            "missing", "line", "column", "row", "got", "expected", "duplicate", "invalid", "of", "and", "or",
            "an", "be", "at", "more", "characters", "decimals", "text", "listed");

    /** Texts of parsers and of Java that a message must never show. */
    private static final List<String> FOREIGN = List.of("Source:", "REDACTED", "StreamReadFeature", "com.fasterxml",
            "java.", "Exception", "jakarta.", "{0}", "{1}", "rdExpenditure", "fiscalYears[");

    @TempDir
    Path dir;

    private static String good() throws IOException {
        return Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).get(0);
    }

    /** One record per kind of problem the readers and the validator find. */
    private Path malformedJsonLines() throws IOException {
        String g = good();
        List<String> lines = new ArrayList<>();
        lines.add("not json at all");
        lines.add("{\"schemaVersion\": 1, // a comment\n}".replace("\n", " "));
        lines.add("[1, 2, 3]");
        lines.add("{\"a\": NaN}");
        lines.add("{\"applicationId\": 'single'}");
        lines.add("{\"applicationId\": \"X\" \"b\": 1}");
        lines.add("{\"applicationId\": \"X\",}");
        lines.add("{\"applicationId\": \"X\"");
        lines.add(g.replace("\"track\": \"PRECISION_MEDICINE\"", "\"track\": \"PRECISION_MEDICINE\", \"notes\": null"));
        lines.add(g.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"schemaVersion\": 1"));
        lines.add(g.replace("\"submittedOn\": \"2025-02-10\"", "\"submittedOn\": \"10/02/2025\""));
        lines.add(g.replace("\"submittedOn\": \"2025-02-10\"", "\"submittedOn\": \"2025-02-30\""));
        lines.add(g.replace("\"track\": \"PRECISION_MEDICINE\"", "\"track\": \"commercial\""));
        lines.add(g.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1.0"));
        lines.add(g.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""));
        lines.add(g.replace("\"rdExpenditure\": 2500000", "\"rdExpenditure\": 1E2147483648"));
        lines.add(g.replace("\"rdExpenditure\": 2500000", "\"rdExpenditure\": 1e-400"));
        lines.add(g.replace("\"rdExpenditure\": 2500000", "\"rdExpenditure\": 2500000.001"));
        lines.add(g.replace("\"rdExpenditure\": 2500000", "\"rdExpenditure\": 9999999999999999"));
        lines.add(g.replace("\"rdExpenditure\": 2500000", "\"rdExpenditure\": -1"));
        lines.add(g.replace("\"staffHeadcount\": 38.5", "\"staffHeadcount\": 38.555"));
        lines.add(g.replace("\"vatNumber\": \"IT04128730159\"", "\"vatNumber\": \"IT04128730158\""));
        lines.add(g.replace("\"name\": \"Oncovia Therapeutics S.r.l.\"", "\"name\": \"\\u0000=HYPERLINK()\""));
        lines.add(g.replace("\"name\": \"Oncovia Therapeutics S.r.l.\"", "\"name\": \"\\u00a0\\u00a0\""));
        lines.add(g.replace("\"name\": \"Oncovia Therapeutics S.r.l.\"", "\"name\": null"));
        lines.add(g.replace("\"applicationId\": \"CALL2025-0001\"", "\"applicationId\": \"bad id!\""));
        lines.add(g.replace("\"submittedOn\": \"2025-02-10\"", "\"submittedOn\": \"2024-05-02\""));
        lines.add(g.replace("\"fiscalYears\": [", "\"fiscalYears\": [null, "));
        lines.add(g.replace("\"fiscalYears\": [", "\"fiscalYears\": {\"x\": ["));
        lines.add(g.replace("\"country\": \"IT\"", "\"country\": \"XX\""));
        lines.add(g.replace("\"TEC-GENE-CELL\"", "\"TEC-NOPE\"").replace("\"PAT-ONCO\"", "\"PAT-NOPE\""));
        lines.add("{" + "\"k\": 1, ".repeat(300) + "\"z\": 2}");
        Path file = dir.resolve("malformed.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private Path malformedCsv() throws IOException {
        Path file = dir.resolve("malformed.csv");
        Files.writeString(file, "applicationId,nonsense,schemaVersion,submittedOn\n"
                + "A-1,x,1E2147483648,2025-02-10\n"
                + "A-2,x,\"never closed\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void assertItalian(List<Decision> decisions) {
        assertThat(decisions).allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.INVALID));
        int messages = 0;
        for (Decision d : decisions) {
            for (Violation v : d.violations()) {
                messages++;
                String m = v.message();
                for (String foreign : FOREIGN) {
                    assertThat(m).as("%s at %s", m, v.path()).doesNotContain(foreign);
                }
                String words = m.replaceAll("\"[^\"]*\"|'[^']*'", " ").toLowerCase(Locale.ROOT);
                for (String word : words.split("[^\\p{L}]+")) {
                    assertThat(ENGLISH).as("English word \"%s\" in \"%s\" at %s", word, m, v.path())
                            .doesNotContain(word);
                }
            }
        }
        assertThat(messages).as("violation messages checked").isGreaterThan(decisions.size());
    }

    @Test
    void everyViolationOfMalformedJsonLinesIsItalian() throws IOException {
        EsibeCliTest.Run run = EsibeCliTest.run("evaluate", "--lang", "it", malformedJsonLines().toString());
        assertThat(run.exitCode()).isZero();
        assertItalian(run.decisions());
    }

    @Test
    void everyViolationOfMalformedCsvIsItalian() throws IOException {
        EsibeCliTest.Run run = EsibeCliTest.run("evaluate", "--lang", "it", malformedCsv().toString());
        assertThat(run.exitCode()).isZero();
        assertItalian(run.decisions());
    }
}
