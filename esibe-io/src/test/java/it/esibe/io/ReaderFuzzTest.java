package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the readers (docs/FUZZING.md). In a normal build Jazzer runs each method once per
 * file of the committed seed corpus ({@code ReaderFuzzTestInputs/<method>/}) as a regression test;
 * with {@code JAZZER_FUZZ=1} it mutates inputs coverage-guided for as long as asked.
 *
 * <p>The property: whatever the bytes, a reader never throws, and gives one record per record in
 * order, each with its position; a record without an application says why. The file readers are
 * fuzzed without any evaluator; the single-record reader is fuzzed through the decision codec too. Small limits make the
 * fuzzer reach the over-limit paths with short inputs.
 */
class ReaderFuzzTest {

    private static final ReadLimits LIMITS = ReadLimits.DEFAULTS.withMaxRecordBytes(2_048).withMaxStringLength(256)
            .withMaxNumberLength(40).withMaxNestingDepth(12).withMaxItemsPerList(8);

    private static final ApplicationReader READER = ApplicationReader.create(LIMITS);

    @FuzzTest(maxDuration = "30s")
    void jsonLines(byte[] input) throws IOException {
        List<ApplicationRecord> decisions = read(input, InputFormat.JSON_LINES);
        List<Long> lines = recordLines(input);
        assertThat(decisions).hasSameSizeAs(lines);
        for (int i = 0; i < decisions.size(); i++) {
            assertThat(decisions.get(i).position()).isEqualTo(RecordPosition.line(lines.get(i)));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void json(byte[] input) throws IOException {
        List<ApplicationRecord> decisions = read(input, InputFormat.JSON);
        assertThat(decisions).isNotEmpty();
        if (decisions.size() > 1 || decisions.get(0).position() != null) {
            positionsCount(decisions, RecordPosition.Kind.INDEX, 0);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] input) throws IOException {
        List<ApplicationRecord> decisions = read(input, InputFormat.CSV);
        if (!decisions.isEmpty() && decisions.get(0).position().value() == 0) {
            // The header could not be read: it is rejected as row 0, and every row after it too.
            assertThat(decisions.get(0).application()).isNull();
            decisions = decisions.subList(1, decisions.size());
            assertThat(decisions).allSatisfy(d -> assertThat(d.isWellFormed()).isFalse());
        }
        // Rows without content get no decision but keep their number: positions rise, with gaps.
        long previous = 0;
        for (ApplicationRecord d : decisions) {
            assertThat(d.position().kind()).isEqualTo(RecordPosition.Kind.ROW);
            assertThat(d.position().value()).isGreaterThan(previous);
            previous = d.position().value();
        }
    }

    /** One record through the single-record reader and the (stub) evaluator, then through the decision codec. */
    @FuzzTest(maxDuration = "30s")
    void oneRecordAndItsDecision(byte[] input) {
        ApplicationRecord read = ApplicationJson.reader(LIMITS).read(input);
        Decision decision = new StubEvaluator().evaluate(read);
        assertThat(decision.outcome() == Outcome.INVALID).isEqualTo(!read.violations().isEmpty());
        assertThat(decision.inputSha256()).matches("[0-9a-f]{64}");
        assertThat(DecisionJson.read(DecisionJson.write(decision))).isEqualTo(decision);
        if (read.application() != null) {
            ApplicationRecord again = ApplicationJson.reader(LIMITS).read(ApplicationJson.write(read.application()));
            assertThat(again.application()).isEqualTo(read.application());
        }
    }

    private static List<ApplicationRecord> read(byte[] input, InputFormat format) throws IOException {
        List<ApplicationRecord> records = new ArrayList<>();
        READER.read(new ByteArrayInputStream(input), format, records::add);
        for (ApplicationRecord r : records) {
            if (r.application() == null) {
                assertThat(r.violations()).as("a record without an application says why").isNotEmpty();
            }
            // Every location can be shown, whatever the path.
            assertThat(Records.shown(r)).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        }
        return records;
    }

    private static void positionsCount(List<ApplicationRecord> decisions, RecordPosition.Kind kind, long first) {
        for (int i = 0; i < decisions.size(); i++) {
            assertThat(decisions.get(i).position()).isEqualTo(new RecordPosition(kind, first + i));
        }
    }

    /**
     * The line numbers of the records of a JSON Lines file: its lines (ended by CRLF, LF or a bare
     * CR, a final line end starting none), except those of white space only.
     */
    private static List<Long> recordLines(byte[] input) {
        List<Long> lines = new ArrayList<>();
        int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        long line = 1;
        int from = start;
        for (int i = start; i <= input.length; i++) {
            boolean end = i == input.length;
            if (!end && input[i] != '\n' && input[i] != '\r') {
                continue;
            }
            if (!(end && from == input.length) && !blank(input, from, i)) {
                lines.add(line);
            }
            if (!end && input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
                i++;
            }
            line++;
            from = i + 1;
        }
        return lines;
    }

    private static boolean blank(byte[] input, int from, int to) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(input, from, to - from)).toString();
            return PropertiesTest.blank(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
