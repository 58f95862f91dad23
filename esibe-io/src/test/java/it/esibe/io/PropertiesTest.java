package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import it.esibe.core.ApplicationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.model.Application;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Property-based tests of the readers and writers, with a fixed seed (-Dqt.seed=N on the Maven command line to explore). */
class PropertiesTest {

    private static final long SEED = Long.getLong("esibe.qt.seed", 20261122L);

    /** JSON-ish fragments: random lines of them reach the parser's corners far more often than random text. */
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\"applicationId\"", "\"a\"", "1",
        "-0", "1.50", "1e999999999", "1e-400", "0." + "1".repeat(120), "null", "true", "NaN", "Infinity", " ", "\t",
        "\r", "\\", "\\u", "\\ud800", "\"x\"", "-", ".", "0", "E", "//", "/*", "'", "\u00e9", "\uFEFF", "\u0000",
        "\"schemaVersion\"", "\"company\"", "\"fiscalYears\"", "\"2025-02-30\""};

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED);
    }

    private final ApplicationJson reader = ApplicationJson.reader();
    private final JsonNode sample = Samples.tree(Samples.application());
    private final String sampleHash = reader.read(Samples.application()).inputSha256();

    @Test
    void inputHashIgnoresKeyOrderAndWhiteSpace() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            JsonNode shuffled = Trees.shuffled(sample, random);
            String text = Trees.reindented(shuffled, random);
            ApplicationRecord read = reader.read(text);
            assertThat(read.violations()).isEmpty();
            assertThat(read.inputSha256()).isEqualTo(sampleHash);
            assertThat(read.application()).isEqualTo(reader.read(Samples.application()).application());
        });
    }

    @Test
    void inputHashOfAJsonLinesRecordIgnoresKeyOrder() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            String line = ApplicationJsonTest.json(Trees.shuffled(sample, new Random(seed)));
            List<ApplicationRecord> decisions = jsonl(line + "\n");
            assertThat(decisions).singleElement().extracting(ApplicationRecord::inputSha256).isEqualTo(sampleHash);
        });
    }

    @Test
    void applicationJsonRoundTrip() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Application complete = new RandomModel(seed, true).application();
            ApplicationRecord back = reader.read(ApplicationJson.write(complete));
            assertThat(back.violations()).isEmpty();
            assertThat(back.application()).isEqualTo(complete);

            Application partial = new RandomModel(seed, false).application();
            assertThat(reader.read(ApplicationJson.write(partial)).application()).isEqualTo(partial);
        });
    }

    @Test
    void applicationJsonRoundTripThroughBytesAndHashIsStable() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Application a = new RandomModel(seed, false).application();
            String json = ApplicationJson.write(a);
            ApplicationRecord fromBytes = reader.read(json.getBytes(StandardCharsets.UTF_8));
            assertThat(fromBytes.application()).isEqualTo(a);
            assertThat(fromBytes.inputSha256()).isEqualTo(CanonicalJson.sha256(ApplicationJson.toTree(a)));
        });
    }

    @Test
    void decisionJsonRoundTrip() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Decision d = new RandomModel(seed, false).decision();
            String json = DecisionJson.write(d);
            assertThat(json).doesNotContain("\n").doesNotContain("\r");
            assertThat(DecisionJson.read(json)).isEqualTo(d);
            assertThat(DecisionJson.write(DecisionJson.read(json))).isEqualTo(json);
        });
    }

    @Test
    void anyGarbageStringAsAJsonLinesLineIsExactlyOneMalformedRecord() {
        qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(garbage -> {
            String line = oneLine(garbage);
            assertOneInvalidLine(line.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void anyGarbageBytesAsAJsonLinesLineIsExactlyOneMalformedRecord() {
        qt().withExamples(1000).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 200))
                .checkAssert(values -> {
                    byte[] bytes = new byte[values.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        int b = values.get(i);
                        bytes[i] = (byte) (b == '\n' || b == '\r' ? ' ' : b);
                    }
                    assertOneInvalidLine(bytes);
                });
    }

    @Test
    void anyJsonLikeGarbageLineIsExactlyOneMalformedRecord() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            String line = oneLine(jsonLike(new Random(seed)));
            assertOneInvalidLine(line.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void anyJsonLikeGarbageFileNeverThrows() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String content = (random.nextBoolean() ? "[" : "") + jsonLike(random);
            List<ApplicationRecord> decisions = decide(content.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
            if (decisions.isEmpty()) {
                // Only an empty top-level array has no record.
                assertThat(content).matches("\uFEFF?[ \t\r\n]*\\[[ \t\r\n]*\\][ \t\r\n]*");
            }
            assertThat(decisions).allSatisfy(d -> assertThat(d.isWellFormed()).isFalse());
            // Positions, when present, count up from 0 without gaps.
            for (int i = 0; i < decisions.size(); i++) {
                RecordPosition p = decisions.get(i).position();
                if (p != null) {
                    assertThat(p).isEqualTo(RecordPosition.index(i));
                }
            }
        });
    }

    @Test
    void linesOfGarbageBetweenApplicationsKeepTheirNumbers() {
        String app = Samples.applicationLine();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            StringBuilder content = new StringBuilder();
            List<Boolean> valid = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            String[] ends = {"\n", "\r\n", "\r"};
            for (int i = random.nextInt(6) + 1, line = 1; i > 0; i--, line++) {
                boolean good = random.nextBoolean();
                String garbage = oneLine(jsonLike(random));
                if (good || !blank(garbage)) {
                    // A line of white space only is no record: no decision, but it keeps its number.
                    valid.add(good);
                    lines.add((long) line);
                }
                content.append(good ? app : garbage).append(ends[random.nextInt(ends.length)]);
            }
            List<ApplicationRecord> decisions = jsonl(content.toString());
            assertThat(decisions).hasSize(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                assertThat(decisions.get(i).position()).isEqualTo(RecordPosition.line(lines.get(i)));
                assertThat(decisions.get(i).isWellFormed()).isEqualTo(valid.get(i));
            }
        });
    }

    /** {@code text} with every line end (LF, CR) made a space: one JSON Lines line. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /** Whether {@code text} holds only Unicode White_Space (the spec's list), or nothing. */
    static boolean blank(String text) {
        return text.codePoints().allMatch(c -> (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000);
    }

    private void assertOneInvalidLine(byte[] line) {
        byte[] withNewline = java.util.Arrays.copyOf(line, line.length + 1);
        withNewline[line.length] = '\n';
        List<ApplicationRecord> decisions = decide(withNewline, InputFormat.JSON_LINES);
        assertThat(reader.read(line).violations()).isNotEmpty();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(line);
        if (line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            bytes.position(3); // a byte order mark at the start of the file is not part of the line
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = null;
        }
        if (text != null && blank(text)) {
            // A line of white space only is not a record (ESIBE-FORMAT v1.1): no decision.
            assertThat(decisions).isEmpty();
            return;
        }
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.isWellFormed()).isFalse();
            assertThat(d.position()).isEqualTo(RecordPosition.line(1));
            assertThat(d.inputSha256()).matches("[0-9a-f]{64}");
        });
    }

    private static String jsonLike(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(40); i >= 0; i--) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return sb.toString();
    }

    private static List<ApplicationRecord> jsonl(String content) {
        return decide(content.getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES);
    }

    /** Reading, without any evaluator: a record with violations is one its decision makes INVALID. */
    private static List<ApplicationRecord> decide(byte[] content, InputFormat format) {
        return Records.read(content, format);
    }
}
