package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationFilesTest {

    private static final String APP = Samples.applicationLine();

    private final StubEvaluator evaluator = new StubEvaluator();
    private final ApplicationFiles files = ApplicationFiles.using(evaluator);

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ JSON Lines

    @Test
    void oneDecisionPerLineInOrderWithLineNumbers() throws IOException {
        String content = APP + "\n"
                + "\n"                                // 2 blank: no record
                + "this is not JSON\n"                // 3
                + "[1,2]\n"                           // 4
                + app("CRLF-1") + "\r\n"              // 5
                + "   \t \u00a0\u3000\n"              // 6 white space only: no record
                + "{\"applicationId\":\"ID-7\",\"x\":1}\n" // 7 object with problems
                + app("LAST-8");                      // 8 no final newline
        List<Decision> decisions = jsonl(content.getBytes(StandardCharsets.UTF_8));

        assertThat(decisions).extracting(Decision::position)
                .containsExactly(line(1), line(3), line(4), line(5), line(7), line(8));
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE,
                Outcome.INVALID, Outcome.INVALID, Outcome.ELIGIBLE, Outcome.INVALID, Outcome.ELIGIBLE);
        assertThat(decisions).extracting(Decision::applicationId)
                .containsExactly("CALL2025-0001", null, null, "CRLF-1", "ID-7", "LAST-8");
        assertThat(message(decisions.get(1))).contains("not valid JSON");
        assertThat(message(decisions.get(2))).contains("not a JSON object");
        assertThat(decisions.get(4).violations()).extracting(Violation::path).contains("x", "schemaVersion");
        assertThat(decisions).allSatisfy(d -> assertThat(d.inputSha256()).matches("[0-9a-f]{64}"));
        assertThat(decisions.get(0).inputSha256()).isEqualTo(ApplicationJson.reader().read(Samples.application()).inputSha256());
        assertThat(decisions.get(1).inputSha256())
                .isEqualTo(CanonicalJson.sha256("this is not JSON".getBytes(StandardCharsets.UTF_8)));
        assertThat(evaluator.evaluated).hasValue(4);
        assertThat(evaluator.rejected).hasValue(2);
    }

    /** ESIBE-FORMAT v1.1: a line holding only white space is not a record; positions still count it. */
    @Test
    void aFinalNewlineDoesNotStartARecordAndBlankLinesAreNoRecords() throws IOException {
        assertThat(jsonl(new byte[0])).isEmpty();
        assertThat(jsonl((APP + "\n").getBytes(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(jsonl((APP + "\n\n").getBytes(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(jsonl("\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(jsonl((" \t\n\u2003\n" + APP).getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(d -> assertThat(d.position()).isEqualTo(line(3)));
        // A zero-width space is not white space: that line is a record, and not JSON.
        assertThat(jsonl("\u200b\n".getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(Outcome.INVALID));
        assertThat(jsonl((APP + "\r\n" + APP + "\r").getBytes(StandardCharsets.UTF_8)))
                .extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.ELIGIBLE);
        // An over-long line of white space is no record either, though its bytes are never held.
        ApplicationFiles small = ApplicationFiles.using(evaluator, ReadLimits.DEFAULTS.withMaxRecordBytes(100));
        List<Decision> decisions = new ArrayList<>();
        small.decide(new ByteArrayInputStream((" \u00a0".repeat(500) + "\n[]").getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON_LINES, decisions::add);
        assertThat(decisions).singleElement().satisfies(d -> assertThat(d.position()).isEqualTo(line(2)));
    }

    /** Issue 12: a bare CR (old spreadsheets on macOS) ends a line as CRLF and LF do. */
    @Test
    void aBareCarriageReturnEndsALine() throws IOException {
        List<Decision> decisions = jsonl((APP + "\r" + app("B") + "\r\rnope\r\n" + app("D") + "\n" + app("E"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(decisions).extracting(Decision::applicationId).containsExactly("CALL2025-0001", "B", null, "D", "E");
        assertThat(decisions).extracting(Decision::position).containsExactly(line(1), line(2), line(4), line(5),
                line(6));
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.ELIGIBLE,
                Outcome.INVALID, Outcome.ELIGIBLE, Outcome.ELIGIBLE);
    }

    @Test
    void crlfHashesLikeLf() throws IOException {
        List<Decision> lf = jsonl(("bad\n" + APP + "\n").getBytes(StandardCharsets.UTF_8));
        List<Decision> crlf = jsonl(("bad\r\n" + APP + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(crlf).extracting(Decision::inputSha256).isEqualTo(lf.stream().map(Decision::inputSha256).collect(Collectors.toList()));
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<Decision> decisions = jsonl(concat(bom, (APP + "\n" + APP).getBytes(StandardCharsets.UTF_8)));
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.ELIGIBLE);
        assertThat(decisions.get(0).position()).isEqualTo(line(1));
        // Only at the start of the file.
        List<Decision> second = jsonl(concat((APP + "\n").getBytes(StandardCharsets.UTF_8),
                concat(bom, APP.getBytes(StandardCharsets.UTF_8))));
        assertThat(second).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID);
        assertThat(jsonl(bom)).isEmpty();
    }

    @Test
    void invalidUtf8IsOneInvalidDecisionForItsLineOnly() throws IOException {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        byte[] content = concat(concat((APP + "\n").getBytes(StandardCharsets.UTF_8), bad),
                ("\n" + APP + "\n").getBytes(StandardCharsets.UTF_8));
        List<Decision> decisions = jsonl(content);
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID,
                Outcome.ELIGIBLE);
        assertThat(message(decisions.get(1))).contains("UTF-8").contains("byte 7");
        assertThat(decisions.get(1).inputSha256()).isEqualTo(CanonicalJson.sha256(bad));
        assertThat(decisions.get(2).position()).isEqualTo(line(3));
    }

    @Test
    void anOverLongLineIsSkippedWithoutBufferingAndHashedWhole() throws IOException {
        int max = 1000;
        ApplicationFiles small = ApplicationFiles.using(evaluator, ReadLimits.DEFAULTS.withMaxRecordBytes(max));
        String longLine = "{\"applicationId\":\"" + "x".repeat(5000) + "\"}";
        String atLimit = "[" + "1,".repeat((max - 3) / 2) + "1]";
        assertThat(atLimit.length()).isLessThanOrEqualTo(max);
        String content = APP + "\n" + longLine + "\r\n" + atLimit + "\n" + APP + "\n";
        List<Decision> decisions = new ArrayList<>();
        small.decide(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES,
                decisions::add);
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID,
                Outcome.INVALID, Outcome.ELIGIBLE);
        assertThat(decisions.get(1).applicationId()).isNull();
        assertThat(message(decisions.get(1))).contains("over the limit of 1000 bytes").contains(longLine.length() + " bytes");
        assertThat(decisions.get(1).inputSha256())
                .isEqualTo(CanonicalJson.sha256(longLine.getBytes(StandardCharsets.UTF_8)));
        assertThat(message(decisions.get(2))).contains("not a JSON object");
        assertThat(decisions).extracting(Decision::position).containsExactly(line(1), line(2), line(3), line(4));
    }

    @Test
    void aHugeLineCostsNoMemory() throws IOException {
        // 64 MiB of one line, generated on the fly: must be skipped, not buffered.
        long size = 64L * 1024 * 1024;
        InputStream huge = new InputStream() {
            long produced;

            @Override
            public int read() {
                return produced++ < size ? 'x' : (produced == size + 1 ? '\n' : -1);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (produced > size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - produced);
                if (n == 0) {
                    b[off] = '\n';
                    produced++;
                    return 1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                produced += n;
                return n;
            }
        };
        List<Decision> decisions = new ArrayList<>();
        files.decide(new java.io.SequenceInputStream(huge, new ByteArrayInputStream(APP.getBytes(StandardCharsets.UTF_8))),
                InputFormat.JSON_LINES, decisions::add);
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.INVALID, Outcome.ELIGIBLE);
    }

    @Test
    void decisionsStreamAsTheyAreMade() throws IOException {
        Path file = write("in.jsonl", APP + "\nnope\n" + APP + "\n");
        try (Stream<Decision> stream = files.stream(file)) {
            assertThat(stream.map(Decision::outcome)).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID, Outcome.ELIGIBLE);
        }
        try (DecisionIterator it = files.open(file)) {
            assertThat(it.next().position()).isEqualTo(line(1));
            assertThat(evaluator.evaluated).hasValue(3); // 2 from the stream, 1 now: lazily
            assertThat(it.hasNext()).isTrue();
        }
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void aJsonArrayGivesOneDecisionPerElementWithIndexes() throws IOException {
        Path file = write("in.json", "[\n" + Samples.application() + ",\n  [1],\n" + app("C") + "\n]\n");
        List<Decision> decisions = new ArrayList<>();
        assertThat(files.decide(file, decisions::add)).isEqualTo(3);
        assertThat(decisions).extracting(Decision::position)
                .containsExactly(RecordPosition.index(0), RecordPosition.index(1), RecordPosition.index(2));
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID,
                Outcome.ELIGIBLE);
        assertThat(decisions.get(0).inputSha256()).isEqualTo(ApplicationJson.reader().read(APP).inputSha256());
    }

    @Test
    void aSingleObjectHasNoPosition() throws IOException {
        Path file = write("one.JSON", Samples.application());
        List<Decision> decisions = new ArrayList<>();
        files.decide(file, decisions::add);
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.position()).isNull();
            assertThat(d.inputSha256()).isEqualTo(ApplicationJson.reader().read(APP).inputSha256());
        });
    }

    @Test
    void aSyntaxErrorMidArrayRejectsOnlyThatElement() throws IOException {
        List<Decision> decisions = json("[" + APP + ", {\"applicationId\": tru}, " + app("C") + "]");
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID,
                Outcome.ELIGIBLE);
        assertThat(decisions).extracting(Decision::applicationId).containsExactly("CALL2025-0001", null, "C");
        assertThat(decisions.get(1).position()).isEqualTo(RecordPosition.index(1));
        assertThat(message(decisions.get(1))).contains("not valid JSON").contains("line 1")
                .contains("'tru' is not a JSON value");

        List<Decision> truncated = json("[" + APP + ", " + APP.substring(0, 40));
        assertThat(truncated).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID);
        assertThat(message(truncated.get(1))).contains("the file ends inside the element");

        List<Decision> missingComma = json("[" + APP + " " + app("B") + "]");
        assertThat(missingComma).extracting(Decision::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1));
        assertThat(missingComma).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID);
        assertThat(missingComma.get(1).applicationId()).isEqualTo("B");
        assertThat(message(missingComma.get(1))).contains("a comma is missing before this element");
    }

    @Test
    void aDuplicateKeyInAnElementDoesNotStopTheArray() throws IOException {
        List<Decision> decisions = json("[{\"applicationId\":\"A\",\"applicationId\":\"B\"}, " + APP + "]");
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.INVALID, Outcome.ELIGIBLE);
        // v1.1: neither value of a duplicated property is taken, not even to name the decision.
        assertThat(decisions.get(0).applicationId()).isNull();
        assertThat(decisions.get(0).violations()).extracting(Violation::path).contains("applicationId");
    }

    @Test
    void anOversizedElementIsSkippedAndTheArrayGoesOn() throws IOException {
        ApplicationFiles small = ApplicationFiles.using(evaluator, ReadLimits.DEFAULTS.withMaxRecordBytes(2000));
        String big = "{\"applicationId\":\"BIG\",\"x\":[" + "{\"a\":[1,2,3]},".repeat(500) + "0]}";
        List<Decision> decisions = new ArrayList<>();
        small.decide(new ByteArrayInputStream(("[" + APP + "," + big + "," + APP + "]").getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON, decisions::add);
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID,
                Outcome.ELIGIBLE);
        assertThat(message(decisions.get(1))).contains("over the limit of 2000 bytes");
        assertThat(decisions).extracting(Decision::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1), RecordPosition.index(2));
        // An oversized scalar element too.
        List<Decision> scalar = new ArrayList<>();
        small.decide(new ByteArrayInputStream(("[\"" + "y".repeat(5000) + "\", " + APP + "]").getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON, scalar::add);
        assertThat(scalar).extracting(Decision::outcome).containsExactly(Outcome.INVALID, Outcome.ELIGIBLE);
    }

    @Test
    void aFileThatIsNotJsonIsOneInvalidDecisionHashedWhole() throws IOException {
        String content = "name,turnover\nEsempio,120000\n" + "z".repeat(100_000);
        List<Decision> decisions = json(content);
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.position()).isNull();
            assertThat(d.inputSha256()).isEqualTo(CanonicalJson.sha256(content.getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(json("")).singleElement().satisfies(d -> assertThat(message(d)).contains("empty"));
        assertThat(json("  \n ")).hasSize(1);
        assertThat(json("42")).singleElement().satisfies(d -> assertThat(message(d)).contains("not a JSON object"));
        assertThat(json(APP + " trailing")).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.applicationId()).isEqualTo("CALL2025-0001");
        });
    }

    @Test
    void contentAfterTheTopLevelArrayIsNotIgnored() throws IOException {
        List<Decision> decisions = json("[" + APP + "] {}");
        assertThat(decisions).extracting(Decision::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1));
        assertThat(message(decisions.get(1))).contains("after the end of the top-level array");
        assertThat(json("[]")).isEmpty();
        assertThat(json("[]\n")).isEmpty();
    }

    @Test
    void invalidUtf8InAJsonFile() throws IOException {
        byte[] bad = concat(("[" + APP + ", {\"a\":\"").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0x80});
        List<Decision> decisions = new ArrayList<>();
        files.decide(new ByteArrayInputStream(concat(bad, "\"}]".getBytes(StandardCharsets.UTF_8))), InputFormat.JSON,
                decisions::add);
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID);
        assertThat(message(decisions.get(1))).contains("UTF-8");

        byte[] whole = {'{', (byte) 0xFF, '}'};
        List<Decision> one = new ArrayList<>();
        files.decide(new ByteArrayInputStream(whole), InputFormat.JSON, one::add);
        assertThat(one).singleElement().satisfies(d -> assertThat(d.inputSha256()).isEqualTo(CanonicalJson.sha256(whole)));
    }

    @Test
    void aByteOrderMarkInAJsonFileIsSkipped() throws IOException {
        byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ("[" + APP + "]").getBytes(StandardCharsets.UTF_8));
        List<Decision> decisions = new ArrayList<>();
        files.decide(new ByteArrayInputStream(content), InputFormat.JSON, decisions::add);
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE);
    }

    @Test
    void deepNestingInAJsonFileIsAViolationNotACrash() throws IOException {
        List<Decision> decisions = json("[" + APP + ", {\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}]");
        assertThat(decisions).extracting(Decision::outcome).containsExactly(Outcome.ELIGIBLE, Outcome.INVALID);
        assertThat(decisions.get(1).violations()).extracting(Violation::path).contains("x");
        assertThat(decisions.get(1).violations()).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("nested too deeply").contains("64"));
    }

    // ------------------------------------------------------------------ I/O errors and formats

    @Test
    void aMissingFileIsAnIOException() {
        assertThatThrownBy(() -> files.decide(dir.resolve("missing.jsonl"), d -> { }))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> files.open(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aReadFailureIsThrownNotTurnedIntoADecision() {
        InputStream failing = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n < APP.length() + 1) {
                    return n < APP.length() ? APP.charAt(n++) : (n++ == APP.length() ? '\n' : -1);
                }
                throw new IOException("disk on fire");
            }
        };
        List<Decision> decisions = new ArrayList<>();
        assertThatThrownBy(() -> files.decide(failing, InputFormat.JSON_LINES, decisions::add))
                .isInstanceOf(IOException.class).hasMessage("disk on fire");
        assertThat(decisions).hasSize(1);

        InputStream failingJson = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        };
        assertThatThrownBy(() -> files.decide(failingJson, InputFormat.JSON, d -> { }))
                .isInstanceOf(IOException.class).hasMessage("gone");
    }

    @Test
    void iteratorReadFailuresAreUnchecked() throws IOException {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        };
        try (DecisionIterator it = files.open(failing, InputFormat.JSON_LINES)) {
            assertThatThrownBy(it::hasNext).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void theFormatComesFromTheExtension() throws IOException {
        assertThat(InputFormat.fromFileName("a.jsonl")).contains(InputFormat.JSON_LINES);
        assertThat(InputFormat.fromFileName("A.JSONL")).contains(InputFormat.JSON_LINES);
        assertThat(InputFormat.fromFileName("a.json")).contains(InputFormat.JSON);
        assertThat(InputFormat.fromFileName("a.CSV")).contains(InputFormat.CSV);
        assertThat(InputFormat.fromFileName("a.xlsx")).isEmpty();
        Path xlsx = write("a.xlsx", "x");
        assertThatThrownBy(() -> files.decide(xlsx, d -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".jsonl").hasMessageContaining(".csv");
    }

    @Test
    void theCallersStreamIsNotClosed() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(APP.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        files.decide(in, InputFormat.JSON, d -> { });
        files.decide(in, InputFormat.JSON_LINES, d -> { });
        assertThat(closed[0]).isFalse();
    }

    // ------------------------------------------------------------------ writing decisions

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
        assertThat(DecisionJson.read(lines[0]).position()).isEqualTo(line(1));
        assertThat(DecisionJson.read(lines[1]).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(lines[1]).endsWith(",\"line\":2}");
    }

    // ------------------------------------------------------------------ helpers

    private static RecordPosition line(long n) {
        return RecordPosition.line(n);
    }

    private static String app(String id) {
        return APP.replace("CALL2025-0001", id);
    }

    private static String message(Decision d) {
        assertThat(d.violations()).isNotEmpty();
        return d.violations().get(0).message();
    }

    private List<Decision> jsonl(byte[] content) throws IOException {
        List<Decision> out = new ArrayList<>();
        long n = files.decide(new ByteArrayInputStream(content), InputFormat.JSON_LINES, out::add);
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    private List<Decision> json(String content) throws IOException {
        List<Decision> out = new ArrayList<>();
        files.decide(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON, out::add);
        return out;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
