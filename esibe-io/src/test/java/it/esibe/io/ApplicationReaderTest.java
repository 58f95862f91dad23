package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.MessageCatalog;
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
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader alone, without any evaluator: one record per record of the file, in order, with its
 * position and hash, every bad record costing only itself.
 */
class ApplicationReaderTest {

    private static final String APP = Samples.applicationLine();

    private final ApplicationReader files = ApplicationReader.create();

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ JSON Lines

    @Test
    void oneRecordPerLineInOrderWithLineNumbers() throws IOException {
        String content = APP + "\n"
                + "\n"                                // 2 blank: no record
                + "this is not JSON\n"                // 3
                + "[1,2]\n"                           // 4
                + app("CRLF-1") + "\r\n"              // 5
                + "   \t \u00a0\u3000\n"              // 6 white space only: no record
                + "{\"applicationId\":\"ID-7\",\"x\":1}\n" // 7 object with problems
                + app("LAST-8");                      // 8 no final newline
        List<ApplicationRecord> decisions = jsonl(content.getBytes(StandardCharsets.UTF_8));

        assertThat(decisions).extracting(ApplicationRecord::position)
                .containsExactly(line(1), line(3), line(4), line(5), line(7), line(8));
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true,
                false, false, true, false, true);
        assertThat(decisions).extracting(ApplicationRecord::applicationId)
                .containsExactly("CALL2025-0001", null, null, "CRLF-1", "ID-7", "LAST-8");
        assertThat(message(decisions.get(1))).contains("not valid JSON");
        assertThat(message(decisions.get(2))).contains("not a JSON object");
        assertThat(decisions.get(4).violations()).extracting(Violation::path).contains("x", "schemaVersion");
        assertThat(decisions).allSatisfy(d -> assertThat(d.inputSha256()).matches("[0-9a-f]{64}"));
        assertThat(decisions.get(0).inputSha256()).isEqualTo(ApplicationJson.reader().read(Samples.application()).inputSha256());
        assertThat(decisions.get(1).inputSha256())
                .isEqualTo(CanonicalJson.sha256("this is not JSON".getBytes(StandardCharsets.UTF_8)));
        assertThat(decisions).extracting(ApplicationRecord::application).map(a -> a != null)
                .containsExactly(true, false, false, true, true, true);
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
                .satisfies(d -> assertThat(d.isWellFormed()).isFalse());
        assertThat(jsonl((APP + "\r\n" + APP + "\r").getBytes(StandardCharsets.UTF_8)))
                .extracting(ApplicationRecord::isWellFormed).containsExactly(true, true);
        // An over-long line of white space is no record either, though its bytes are never held.
        ApplicationReader small = ApplicationReader.create(ReadLimits.DEFAULTS.withMaxRecordBytes(100));
        List<ApplicationRecord> decisions = new ArrayList<>();
        small.read(new ByteArrayInputStream((" \u00a0".repeat(500) + "\n[]").getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON_LINES, decisions::add);
        assertThat(decisions).singleElement().satisfies(d -> assertThat(d.position()).isEqualTo(line(2)));
    }

    /** Issue 12: a bare CR (old spreadsheets on macOS) ends a line as CRLF and LF do. */
    @Test
    void aBareCarriageReturnEndsALine() throws IOException {
        List<ApplicationRecord> decisions = jsonl((APP + "\r" + app("B") + "\r\rnope\r\n" + app("D") + "\n" + app("E"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(decisions).extracting(ApplicationRecord::applicationId).containsExactly("CALL2025-0001", "B", null, "D", "E");
        assertThat(decisions).extracting(ApplicationRecord::position).containsExactly(line(1), line(2), line(4), line(5),
                line(6));
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, true,
                false, true, true);
    }

    @Test
    void crlfHashesLikeLf() throws IOException {
        List<ApplicationRecord> lf = jsonl(("bad\n" + APP + "\n").getBytes(StandardCharsets.UTF_8));
        List<ApplicationRecord> crlf = jsonl(("bad\r\n" + APP + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(crlf).extracting(ApplicationRecord::inputSha256).isEqualTo(lf.stream().map(ApplicationRecord::inputSha256).collect(Collectors.toList()));
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<ApplicationRecord> decisions = jsonl(concat(bom, (APP + "\n" + APP).getBytes(StandardCharsets.UTF_8)));
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, true);
        assertThat(decisions.get(0).position()).isEqualTo(line(1));
        // Only at the start of the file.
        List<ApplicationRecord> second = jsonl(concat((APP + "\n").getBytes(StandardCharsets.UTF_8),
                concat(bom, APP.getBytes(StandardCharsets.UTF_8))));
        assertThat(second).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(jsonl(bom)).isEmpty();
    }

    @Test
    void invalidUtf8IsOneMalformedRecordForItsLineOnly() throws IOException {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        byte[] content = concat(concat((APP + "\n").getBytes(StandardCharsets.UTF_8), bad),
                ("\n" + APP + "\n").getBytes(StandardCharsets.UTF_8));
        List<ApplicationRecord> decisions = jsonl(content);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true);
        assertThat(message(decisions.get(1))).contains("UTF-8").contains("byte 7");
        assertThat(decisions.get(1).inputSha256()).isEqualTo(CanonicalJson.sha256(bad));
        assertThat(decisions.get(2).position()).isEqualTo(line(3));
    }

    @Test
    void anOverLongLineIsSkippedWithoutBufferingAndHashedWhole() throws IOException {
        int max = 1000;
        ApplicationReader small = ApplicationReader.create(ReadLimits.DEFAULTS.withMaxRecordBytes(max));
        String longLine = "{\"applicationId\":\"" + "x".repeat(5000) + "\"}";
        String atLimit = "[" + "1,".repeat((max - 3) / 2) + "1]";
        assertThat(atLimit.length()).isLessThanOrEqualTo(max);
        String content = APP + "\n" + longLine + "\r\n" + atLimit + "\n" + APP + "\n";
        List<ApplicationRecord> decisions = new ArrayList<>();
        small.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES,
                decisions::add);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                false, true);
        assertThat(decisions.get(1).applicationId()).isNull();
        assertThat(message(decisions.get(1))).contains("over the limit of 1000 bytes").contains(longLine.length() + " bytes");
        assertThat(decisions.get(1).inputSha256())
                .isEqualTo(CanonicalJson.sha256(longLine.getBytes(StandardCharsets.UTF_8)));
        assertThat(message(decisions.get(2))).contains("not a JSON object");
        assertThat(decisions).extracting(ApplicationRecord::position).containsExactly(line(1), line(2), line(3), line(4));
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
        List<ApplicationRecord> decisions = new ArrayList<>();
        files.read(new java.io.SequenceInputStream(huge, new ByteArrayInputStream(APP.getBytes(StandardCharsets.UTF_8))),
                InputFormat.JSON_LINES, decisions::add);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(false, true);
    }

    @Test
    void decisionsStreamAsTheyAreMade() throws IOException {
        Path file = write("in.jsonl", APP + "\nnope\n" + APP + "\n");
        try (Stream<ApplicationRecord> stream = files.stream(file)) {
            assertThat(stream.map(ApplicationRecord::isWellFormed)).containsExactly(true, false, true);
        }
        try (RecordIterator it = files.open(file)) {
            assertThat(it.next().position()).isEqualTo(line(1));
            assertThat(it.hasNext()).isTrue();
        }
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void aJsonArrayGivesOneRecordPerElementWithIndexes() throws IOException {
        Path file = write("in.json", "[\n" + Samples.application() + ",\n  [1],\n" + app("C") + "\n]\n");
        List<ApplicationRecord> decisions = new ArrayList<>();
        assertThat(files.read(file, decisions::add)).isEqualTo(3);
        assertThat(decisions).extracting(ApplicationRecord::position)
                .containsExactly(RecordPosition.index(0), RecordPosition.index(1), RecordPosition.index(2));
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true);
        assertThat(decisions.get(0).inputSha256()).isEqualTo(ApplicationJson.reader().read(APP).inputSha256());
    }

    @Test
    void aSingleObjectHasNoPosition() throws IOException {
        Path file = write("one.JSON", Samples.application());
        List<ApplicationRecord> decisions = new ArrayList<>();
        files.read(file, decisions::add);
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.isWellFormed()).isTrue();
            assertThat(d.position()).isNull();
            assertThat(d.inputSha256()).isEqualTo(ApplicationJson.reader().read(APP).inputSha256());
        });
    }

    @Test
    void aSyntaxErrorMidArrayRejectsOnlyThatElement() throws IOException {
        List<ApplicationRecord> decisions = json("[" + APP + ", {\"applicationId\": tru}, " + app("C") + "]");
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true);
        assertThat(decisions).extracting(ApplicationRecord::applicationId).containsExactly("CALL2025-0001", null, "C");
        assertThat(decisions.get(1).position()).isEqualTo(RecordPosition.index(1));
        assertThat(message(decisions.get(1))).contains("not valid JSON").contains("line 1")
                .contains("'tru' is not a JSON value");

        List<ApplicationRecord> truncated = json("[" + APP + ", " + APP.substring(0, 40));
        assertThat(truncated).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(message(truncated.get(1))).contains("the file ends inside the element");

        List<ApplicationRecord> missingComma = json("[" + APP + " " + app("B") + "]");
        assertThat(missingComma).extracting(ApplicationRecord::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1));
        assertThat(missingComma).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(missingComma.get(1).applicationId()).isEqualTo("B");
        assertThat(message(missingComma.get(1))).contains("a comma is missing before this element");
    }

    @Test
    void aDuplicateKeyInAnElementDoesNotStopTheArray() throws IOException {
        List<ApplicationRecord> decisions = json("[{\"applicationId\":\"A\",\"applicationId\":\"B\"}, " + APP + "]");
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(false, true);
        // v1.1: neither value of a duplicated property is taken, not even to name the decision.
        assertThat(decisions.get(0).applicationId()).isNull();
        assertThat(decisions.get(0).violations()).extracting(Violation::path).contains("applicationId");
    }

    @Test
    void anOversizedElementIsSkippedAndTheArrayGoesOn() throws IOException {
        ApplicationReader small = ApplicationReader.create(ReadLimits.DEFAULTS.withMaxRecordBytes(2000));
        String big = "{\"applicationId\":\"BIG\",\"x\":[" + "{\"a\":[1,2,3]},".repeat(500) + "0]}";
        List<ApplicationRecord> decisions = new ArrayList<>();
        small.read(new ByteArrayInputStream(("[" + APP + "," + big + "," + APP + "]").getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON, decisions::add);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true);
        assertThat(message(decisions.get(1))).contains("over the limit of 2000 bytes");
        assertThat(decisions).extracting(ApplicationRecord::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1), RecordPosition.index(2));
        // An oversized scalar element too.
        List<ApplicationRecord> scalar = new ArrayList<>();
        small.read(new ByteArrayInputStream(("[\"" + "y".repeat(5000) + "\", " + APP + "]").getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON, scalar::add);
        assertThat(scalar).extracting(ApplicationRecord::isWellFormed).containsExactly(false, true);
    }

    @Test
    void aFileThatIsNotJsonIsOneRecordWithoutApplicationHashedWhole() throws IOException {
        String content = "name,turnover\nEsempio,120000\n" + "z".repeat(100_000);
        List<ApplicationRecord> decisions = json(content);
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.isWellFormed()).isFalse();
            assertThat(d.position()).isNull();
            assertThat(d.inputSha256()).isEqualTo(CanonicalJson.sha256(content.getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(json("")).singleElement().satisfies(d -> assertThat(message(d)).contains("empty"));
        assertThat(json("  \n ")).hasSize(1);
        assertThat(json("42")).singleElement().satisfies(d -> assertThat(message(d)).contains("not a JSON object"));
        assertThat(json(APP + " trailing")).singleElement().satisfies(d -> {
            assertThat(d.isWellFormed()).isFalse();
            assertThat(d.applicationId()).isEqualTo("CALL2025-0001");
        });
    }

    @Test
    void contentAfterTheTopLevelArrayIsNotIgnored() throws IOException {
        List<ApplicationRecord> decisions = json("[" + APP + "] {}");
        assertThat(decisions).extracting(ApplicationRecord::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1));
        assertThat(message(decisions.get(1))).contains("after the end of the top-level array");
        assertThat(json("[]")).isEmpty();
        assertThat(json("[]\n")).isEmpty();
    }

    @Test
    void invalidUtf8InAJsonFile() throws IOException {
        byte[] bad = concat(("[" + APP + ", {\"a\":\"").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0x80});
        List<ApplicationRecord> decisions = new ArrayList<>();
        files.read(new ByteArrayInputStream(concat(bad, "\"}]".getBytes(StandardCharsets.UTF_8))), InputFormat.JSON,
                decisions::add);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(message(decisions.get(1))).contains("UTF-8");

        byte[] whole = {'{', (byte) 0xFF, '}'};
        List<ApplicationRecord> one = new ArrayList<>();
        files.read(new ByteArrayInputStream(whole), InputFormat.JSON, one::add);
        assertThat(one).singleElement().satisfies(d -> assertThat(d.inputSha256()).isEqualTo(CanonicalJson.sha256(whole)));
    }

    @Test
    void aByteOrderMarkInAJsonFileIsSkipped() throws IOException {
        byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ("[" + APP + "]").getBytes(StandardCharsets.UTF_8));
        List<ApplicationRecord> decisions = new ArrayList<>();
        files.read(new ByteArrayInputStream(content), InputFormat.JSON, decisions::add);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true);
    }

    @Test
    void deepNestingInAJsonFileIsAViolationNotACrash() throws IOException {
        List<ApplicationRecord> decisions = json("[" + APP + ", {\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}]");
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(decisions.get(1).violations()).extracting(Violation::path).contains("x");
        assertThat(decisions.get(1).violations()).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("nested too deeply").contains("64"));
    }

    // ------------------------------------------------------------------ I/O errors and formats

    @Test
    void aMissingFileIsAnIOException() {
        assertThatThrownBy(() -> files.read(dir.resolve("missing.jsonl"), d -> { }))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> files.open(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aReadFailureIsThrownNotTurnedIntoARecord() {
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
        List<ApplicationRecord> decisions = new ArrayList<>();
        assertThatThrownBy(() -> files.read(failing, InputFormat.JSON_LINES, decisions::add))
                .isInstanceOf(IOException.class).hasMessage("disk on fire");
        assertThat(decisions).hasSize(1);

        InputStream failingJson = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        };
        assertThatThrownBy(() -> files.read(failingJson, InputFormat.JSON, d -> { }))
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
        try (RecordIterator it = files.open(failing, InputFormat.JSON_LINES)) {
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
        assertThatThrownBy(() -> files.read(xlsx, d -> { })).isInstanceOf(IllegalArgumentException.class)
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
        files.read(in, InputFormat.JSON, d -> { });
        files.read(in, InputFormat.JSON_LINES, d -> { });
        assertThat(closed[0]).isFalse();
    }

    // ------------------------------------------------------------------ CSV locations

    /** A CSV record says where each value stood, in words any language renders; the decision prefixes them. */
    @Test
    void aCsvRecordLocatesEachPathByRowLineColumnItemAndField() throws IOException {
        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        String good = new String(CsvFilesTest.csv(CsvOptions.DEFAULTS, ApplicationJson.reader().read(APP).application()),
                StandardCharsets.UTF_8).split("\r\n")[1];
        List<ApplicationRecord> records = Records.read(header + "\r\n" + good + "\r\n"
                + good.replace("\"2024|2500000|", "\"2024|2.500.000|") + "\r\n", InputFormat.CSV);
        ApplicationRecord bad = records.get(1);
        MessageCatalog catalog = MessageCatalog.builtIn();
        assertThat(bad.location("fiscalYears[0].rdExpenditure")).map(m -> catalog.render(Locale.ENGLISH, m))
                .contains("row 2 (line 3), column 14 'fiscalYears', item 1, field rdExpenditure");
        assertThat(bad.location("fiscalYears[0].rdExpenditure")).map(m -> catalog.render(Locale.ITALIAN, m))
                .contains("riga di dati 2 (riga 3 del file), colonna 14 'fiscalYears', voce 1, campo rdExpenditure");
        assertThat(bad.location("company.legalSeat.country")).map(m -> catalog.render(Locale.ENGLISH, m))
                .contains("row 2 (line 3), column 6 'legalSeatCountry'");
        assertThat(bad.location("")).map(m -> catalog.render(Locale.ENGLISH, m)).contains("row 2 (line 3)");
        // The reader's own violation keeps its plain text; the location is added when it is shown.
        assertThat(bad.violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).startsWith("must be a number");
            assertThat(bad.located(v, catalog, Locale.ENGLISH).message()).isEqualTo(
                    "row 2 (line 3), column 14 'fiscalYears', item 1, field rdExpenditure: " + v.message());
        });
        assertThat(records.get(0).location("")).isPresent();
        assertThat(Records.read(APP, InputFormat.JSON_LINES).get(0).location("company.name")).isEmpty();
    }

    @Test
    void aCsvFileWithoutAUsableHeaderIsARecordForTheHeaderAndOneForEachRow() {
        List<ApplicationRecord> records = Records.read("colour;size\r\nred;1\r\nblue;2\r\n", InputFormat.CSV);
        assertThat(records).extracting(ApplicationRecord::position).containsExactly(RecordPosition.row(0),
                RecordPosition.row(1), RecordPosition.row(2));
        assertThat(records.get(0).application()).isNull();
        assertThat(Records.messages(records.get(0))).startsWith("row 0 (line 1): the first row is not a header");
        assertThat(records.subList(1, 3)).allSatisfy(r -> {
            assertThat(r.isWellFormed()).isFalse();
            assertThat(Records.messages(r)).contains("column 1 'colour' is not a column");
        });
        assertThat(Records.messages(records.get(2))).startsWith("row 2 (line 3): ");
    }

    // ------------------------------------------------------------------ helpers

    private static RecordPosition line(long n) {
        return RecordPosition.line(n);
    }

    private static String app(String id) {
        return APP.replace("CALL2025-0001", id);
    }

    private static String message(ApplicationRecord d) {
        assertThat(d.violations()).isNotEmpty();
        return d.violations().get(0).message();
    }

    private List<ApplicationRecord> jsonl(byte[] content) throws IOException {
        List<ApplicationRecord> out = new ArrayList<>();
        long n = files.read(new ByteArrayInputStream(content), InputFormat.JSON_LINES, out::add);
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    private List<ApplicationRecord> json(String content) throws IOException {
        List<ApplicationRecord> out = new ArrayList<>();
        files.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON, out::add);
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
