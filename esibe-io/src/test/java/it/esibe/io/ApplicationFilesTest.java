package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deciding files: a thin loop over {@link ApplicationReader}, each record handed whole to the
 * evaluator, which assembles the decision with the record's hash, position and locations. How the
 * formats are read is {@link ApplicationReaderTest}'s business.
 */
class ApplicationFilesTest {

    private static final String APP = Samples.applicationLine();

    private final StubEvaluator evaluator = new StubEvaluator();
    private final ApplicationFiles files = ApplicationFiles.using(evaluator);

    @TempDir
    Path dir;

    /** Whatever the format, deciding a file gives exactly the evaluator's decision on each record the reader reads. */
    @Test
    void eachDecisionIsTheEvaluatorsDecisionOnTheRecordTheReaderRead() throws IOException {
        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        String row = new String(CsvFilesTest.csv(CsvOptions.DEFAULTS, ApplicationJson.reader().read(APP).application()),
                StandardCharsets.UTF_8).split("\r\n")[1];
        List<Object[]> inputs = List.of(
                new Object[] {InputFormat.JSON_LINES, APP + "\n\nnot JSON\n[1]\n{\"applicationId\":\"X\",\"y\":1}\n"},
                new Object[] {InputFormat.JSON, "[" + APP + ",, {\"a\": NaN}, " + APP + "] 7"},
                new Object[] {InputFormat.JSON, APP},
                new Object[] {InputFormat.CSV, header + "\r\n" + row + "\r\n1,\"x\"y\r\n"
                        + row.replace("\"2024|2500000|", "\"2024|2.500.000|") + "\r\n"},
                new Object[] {InputFormat.CSV, "colour\r\nred\r\n"});
        for (Object[] input : inputs) {
            InputFormat format = (InputFormat) input[0];
            byte[] bytes = ((String) input[1]).getBytes(StandardCharsets.UTF_8);
            List<Decision> decided = new ArrayList<>();
            long n = files.decide(new ByteArrayInputStream(bytes), format, decided::add);
            List<Decision> expected = Records.read(bytes, format).stream().map(evaluator::evaluate).toList();
            assertThat(n).isEqualTo(expected.size());
            assertThat(decided).as(format + ": " + input[1]).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void aDecisionCarriesItsRecordsPositionHashAndLocatedViolations() throws IOException {
        String header = "schemaVersion,applicationId,submittedOn";
        String content = header + "\r\n1,A-1,2025-02-30\r\n";
        ApplicationRecord record = Records.read(content, InputFormat.CSV).get(0);
        Decision d = decideAll(content, InputFormat.CSV).get(0);
        assertThat(d.position()).isEqualTo(RecordPosition.row(1)).isEqualTo(record.position());
        assertThat(d.inputSha256()).isEqualTo(record.inputSha256()).matches("[0-9a-f]{64}");
        assertThat(d.violations()).extracting(Violation::path).contains("submittedOn");
        assertThat(d.violations()).filteredOn(v -> v.path().equals("submittedOn")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("row 1 (line 2), column 3 'submittedOn': ")
                        .contains("'2025-02-30'"));
    }

    /** The location words are the evaluator's, like the rest of its violations: one language per decision. */
    @Test
    void aCsvDecisionSpeaksTheEvaluatorsLanguageLocationIncluded() throws IOException {
        String content = "schemaVersion,applicationId,submittedOn\r\n1,A-1,2025-02-30\r\n";
        List<Decision> italian = new ArrayList<>();
        ApplicationFiles.using(new StubEvaluator(Locale.ITALIAN)).decide(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), InputFormat.CSV, italian::add);
        assertThat(italian).singleElement().satisfies(d -> assertThat(d.violations())
                .filteredOn(v -> v.path().equals("submittedOn")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("riga di dati 1 (riga 2 del file), colonna 3"
                        + " 'submittedOn': ").doesNotContain("row", "column")));
    }

    @Test
    void recordsWithAnApplicationAreEvaluatedTheOthersRejected() throws IOException {
        List<Decided> decided = new ArrayList<>();
        files.decideEach(new ByteArrayInputStream((APP + "\nnope\n[1]\n" + APP).getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON_LINES, decided::add);
        assertThat(decided).extracting(d -> d.decision().outcome()).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID,
                Outcome.INVALID, Outcome.ELIGIBLE);
        assertThat(decided).extracting(d -> d.application() != null).containsExactly(true, false, false, true);
        assertThat(evaluator.evaluated).hasValue(2);
        assertThat(evaluator.rejected).hasValue(2);
    }

    @Test
    void decisionsAreMadeAsTheyAreAskedFor() throws IOException {
        Path file = write("in.jsonl", APP + "\nnope\n" + APP + "\n");
        try (Stream<Decision> stream = files.stream(file)) {
            assertThat(stream.map(Decision::outcome)).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID, Outcome.ELIGIBLE);
        }
        try (DecisionIterator it = files.open(file)) {
            assertThat(it.next().position()).isEqualTo(RecordPosition.line(1));
            assertThat(evaluator.evaluated).hasValue(3); // 2 from the stream, 1 now: lazily
            assertThat(it.hasNext()).isTrue();
            assertThat(evaluator.rejected).hasValue(1); // the stream's only: hasNext reads, it does not decide
        }
    }

    @Test
    void anExceptionOfTheEvaluatorPropagatesUnchanged() {
        ApplicationEvaluator failing = new ApplicationEvaluator() {
            @Override
            public String rulesetId() {
                return "failing";
            }

            @Override
            public Decision evaluate(ApplicationRecord record) {
                throw new IllegalStateException("broken rules");
            }
        };
        assertThatThrownBy(() -> ApplicationFiles.using(failing).decide(new ByteArrayInputStream(APP.getBytes(
                StandardCharsets.UTF_8)), InputFormat.JSON, d -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessage("broken rules");
    }

    @Test
    void aMissingFileIsAnIOExceptionAndAnUnknownExtensionAnIllegalArgument() throws IOException {
        assertThatThrownBy(() -> files.decide(dir.resolve("missing.jsonl"), d -> { }))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> files.open(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
        Path xlsx = write("a.xlsx", "x");
        assertThatThrownBy(() -> files.decide(xlsx, d -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".jsonl").hasMessageContaining(".csv");
    }

    @Test
    void theLimitsAreTheReadersOwn() {
        ReadLimits small = ReadLimits.DEFAULTS.withMaxRecordBytes(100);
        ApplicationFiles limited = ApplicationFiles.using(evaluator, small);
        assertThat(limited.limits()).isEqualTo(small).isEqualTo(limited.reader().limits());
        assertThat(limited.evaluator()).isSameAs(evaluator);
        assertThat(files.limits()).isEqualTo(ReadLimits.DEFAULTS);
    }

    @Test
    void decisionsAreWrittenAsJsonLines() throws IOException {
        Path file = write("in.jsonl", APP + "\n\u00e8 not json\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DecisionLinesWriter out = new DecisionLinesWriter(bytes)) {
            files.decide(file, out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(DecisionJson.read(lines[0]).position()).isEqualTo(RecordPosition.line(1));
        assertThat(DecisionJson.read(lines[1]).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(lines[1]).endsWith(",\"line\":2}");
    }

    private List<Decision> decideAll(String content, InputFormat format) throws IOException {
        List<Decision> out = new ArrayList<>();
        files.decide(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format, out::add);
        return out;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
