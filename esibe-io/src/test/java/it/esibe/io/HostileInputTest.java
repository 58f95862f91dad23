package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One file mixing valid records with every kind of hostile input the issue names: each record is
 * read exactly once, in order; each hostile one has violations with a reason that says what was
 * wrong (its decision is then INVALID); the valid ones around them are read as usual. No evaluator:
 * this is reading.
 */
class HostileInputTest {

    private static final ReadLimits LIMITS = ReadLimits.DEFAULTS.withMaxRecordBytes(8 * 1024)
            .withMaxStringLength(1_000).withMaxNumberLength(50).withMaxNestingDepth(10).withMaxItemsPerList(20);

    private static final String VALID = Samples.applicationLine();

    /** A record and what its violations must say; no {@code reason} means a valid record. */
    private record Case(String name, byte[] bytes, String... reason) {
        boolean hostile() {
            return reason.length > 0;
        }

        /** A line or row of white space only: no record (ESIBE-FORMAT v1.1). */
        static Case blank(String name, byte[] bytes) {
            return new Case(name, bytes, NO_RECORD);
        }

        boolean isRecord() {
            return reason.length != 1 || !NO_RECORD.equals(reason[0]);
        }
    }

    private static final String NO_RECORD = "(no record)";

    private final ApplicationReader reader = ApplicationReader.create(LIMITS);

    @Test
    void jsonLinesMixingValidAndHostileRecords() throws IOException {
        String patent = "{\"holding\":\"OWNED\",\"number\":\"EP3456789B1\",\"status\":\"GRANTED\"}";
        List<Case> cases = List.of(
                new Case("byte order mark, then a valid record with a Windows line end", bytes("\uFEFF" + VALID)),
                new Case("duplicate key", bytes(VALID.replace("\"track\":", "\"track\":\"X\",\"track\":")),
                        "duplicate", "track"),
                new Case("valid", bytes(VALID)),
                new Case("NaN", bytes(VALID.replace("\"rdExpenditure\":2500000", "\"rdExpenditure\":NaN")),
                        "not valid JSON"),
                new Case("huge number", bytes(VALID.replace("\"rdExpenditure\":2500000", "\"rdExpenditure\":1e999999")),
                        "fiscalYears[0].rdExpenditure", "number too large"),
                new Case("number literal over the length limit",
                        bytes(VALID.replace("\"rdExpenditure\":2500000", "\"rdExpenditure\":" + "9".repeat(60))),
                        "fiscalYears[0].rdExpenditure", "a number written with 60 characters, over the limit of 50"),
                Case.blank("blank line", bytes("  \t\u00a0 ")),
                new Case("invalid UTF-8", concat(bytes(VALID.substring(0, 60)), new byte[] {(byte) 0xC3, (byte) 0x28},
                        bytes(VALID.substring(60))), "not valid UTF-8"),
                new Case("string over the length limit",
                        bytes(VALID.replace("\"Esempio Bio S.r.l.\"", "\"" + "x".repeat(2_000) + "\"")),
                        "company.name", "a text of 2000 characters, over the limit of 1000"),
                new Case("nesting over the depth limit", bytes("{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}"),
                        "nested too deeply"),
                new Case("list over the item limit", bytes(VALID.replace("\"patents\":[",
                        "\"patents\":[" + String.join(",", java.util.Collections.nCopies(20, patent)) + ",")),
                        "patents", "too many items: 21"),
                new Case("record over the size limit",
                        bytes(VALID.replace("\"Esempio Bio S.r.l.\"", "\"" + "y".repeat(900) + "\"")
                                .replace("}", "}" + " ".repeat(800))), "over the limit of 8192 bytes"),
                new Case("valid after all that", bytes(VALID)),
                new Case("truncated at the end of the file", bytes(VALID.substring(0, VALID.length() / 2)),
                        "not valid JSON", "ends before its JSON value is complete"));
        assertThat(VALID).contains("\"rdExpenditure\":2500000", "\"track\":", "\"patents\":[{");

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < cases.size(); i++) {
            file.write(cases.get(i).bytes());
            if (i < cases.size() - 1) {
                file.write(i % 2 == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        List<ApplicationRecord> records = Records.read(reader, file.toByteArray(), InputFormat.JSON_LINES);

        check(cases, records, RecordPosition::line);
    }

    @Test
    void csvMixingValidAndHostileRows() throws IOException {
        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        String valid = new String(CsvFilesTest.csv(CsvOptions.DEFAULTS,
                ApplicationJson.reader().read(Samples.application()).application()), StandardCharsets.UTF_8)
                .split("\r\n")[1];
        List<Case> cases = List.of(
                new Case("valid", bytes(valid)),
                Case.blank("empty row", bytes("")),
                Case.blank("row of empty cells", bytes(",,,,")),
                new Case("invalid UTF-8", concat(bytes(valid.substring(0, 30)), new byte[] {(byte) 0xFF},
                        bytes(valid.substring(30))), "not valid UTF-8"),
                new Case("amount with a decimal comma", bytes(valid.replace("\"2024|2500000|", "\"2024|2500000,50|")),
                        "row 5 (line 6)", "column 14 'fiscalYears'", "field rdExpenditure", "'2500000,50'"),
                new Case("row over the size limit", bytes(valid.replace("Esempio Bio S.r.l.", "z".repeat(9_000))),
                        "over the limit of 8192 bytes"),
                new Case("too many items", bytes(valid.replace("\"EP3456789B1|OWNED|GRANTED|2038-05-01|\"",
                        "\"" + String.join(";", java.util.Collections.nCopies(21, "EP3456789B1|OWNED|GRANTED||")) + "\"")),
                        "patents", "too many items: 21"),
                new Case("a quote that is never closed", bytes("1,\"A-1,2025-01-01"), "not valid CSV"));
        assertThat(valid).contains("\"2024|2500000|", "\"EP3456789B1|OWNED|GRANTED|2038-05-01|\"");

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(bytes(header + "\r\n"));
        for (Case c : cases) {
            file.write(c.bytes());
            file.write(new byte[] {'\r', '\n'});
        }
        List<ApplicationRecord> records = Records.read(reader, file.toByteArray(), InputFormat.CSV);

        check(cases, records, RecordPosition::row);
    }

    private static void check(List<Case> all, List<ApplicationRecord> records,
            java.util.function.LongFunction<RecordPosition> position) {
        List<Case> cases = all.stream().filter(Case::isRecord).toList();
        assertThat(records).as("one record per record").hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            ApplicationRecord r = records.get(i);
            // Positions count the lines and rows that are no record too.
            assertThat(r.position()).as(c.name()).isEqualTo(position.apply(all.indexOf(c) + 1));
            if (!c.hostile()) {
                assertThat(r.isWellFormed()).as(c.name() + ": " + r.violations()).isTrue();
                continue;
            }
            assertThat(r.isWellFormed()).as(c.name()).isFalse();
            List<Violation> shown = Records.shown(r);
            String reasons = shown.stream().map(v -> v.path() + ": " + v.message())
                    .reduce("", (a, b) -> a + "\n" + b).toLowerCase(java.util.Locale.ROOT);
            for (String word : c.reason()) {
                assertThat(reasons).as(c.name()).contains(word.toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(reasons).as(c.name() + ": messages stay short").hasSizeLessThan(2_000);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
