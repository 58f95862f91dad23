package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, the CSV side: hostile cells and rows cost only themselves, and say what was wrong, with
 * the row, line and column a decision shows before each message. Read without any evaluator.
 */
class CsvHostileTest {

    private static final Application SAMPLE = ApplicationJson.reader().read(Samples.application()).application();
    private static final String HEADER = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
    private static final String GOOD = row(SAMPLE);
    private static final String AMOUNT = "\"2024|2500000|";

    /** Issue 12: an exponent beyond int threw NumberFormatException out of the reader, losing every later row. */
    @ParameterizedTest
    @ValueSource(strings = {"1E2147483648", "6E+9999999999", "-1e99999999999999999999"})
    void anExponentBeyondIntIsTooLargeAndTheNextRowsAreRead(String number) throws IOException {
        List<ApplicationRecord> decisions = decide(HEADER + "\r\n" + amount(number) + "\r\n" + GOOD + "\r\n");
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(false, true);
        assertThat(Records.shown(decisions.get(0))).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("fiscalYears[0].rdExpenditure");
            assertThat(v.message()).endsWith(": number too large: at most 30 digits before the decimal point are accepted");
        });
    }

    /** Issue 12: a CSV number had no length limit, and a 1 M-digit cell cost 20 s a row. */
    @Test
    void millionDigitCellsAreRejectedByTheSameLengthLimitAsJson() throws IOException {
        String digits = "9".repeat(1_000_000);
        StringBuilder file = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 20; i++) {
            file.append(amount(digits)).append("\r\n");
        }
        file.append(GOOD).append("\r\n");
        List<ApplicationRecord> decisions = decide(file.toString());
        assertThat(decisions).hasSize(21);
        assertThat(decisions.subList(0, 20)).allSatisfy(d -> assertThat(Records.shown(d)).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("fiscalYears[0].rdExpenditure");
                    assertThat(v.message()).endsWith(": a number written with 1,000,000 characters, over the limit of 100"
                            + " characters; it was not read");
                }));
        assertThat(decisions.get(20).isWellFormed()).isTrue();
    }

    /** One number reader for both formats: the same limits and the same words. */
    @ParameterizedTest
    @ValueSource(strings = {"1E2147483648", "1e-400", "1000000000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000", "12345678901234567890123456789012",
        "0E1000000000", "2500000.50"})
    void csvAndJsonJudgeANumberAlike(String number) throws IOException {
        List<ApplicationRecord> csv = decide(HEADER + "\r\n" + amount(number) + "\r\n");
        ApplicationRecord json = ApplicationJson.reader().read(Samples.application()
                .replace("\"rdExpenditure\": 2500000", "\"rdExpenditure\": " + number));
        assertThat(json.violations().size()).isLessThanOrEqualTo(1);
        assertThat(csv).singleElement().satisfies(d -> {
            assertThat(Records.shown(d)).hasSameSizeAs(json.violations());
            for (int i = 0; i < json.violations().size(); i++) {
                Violation v = json.violations().get(i);
                assertThat(Records.shown(d).get(i).path()).isEqualTo(v.path());
                assertThat(Records.shown(d).get(i).message()).endsWith(": " + v.message());
            }
        });
    }

    /** Integers are written as integers in CSV as in JSON: the same message for 2024.0. */
    @Test
    void anIntegerCellWithADecimalPointIsJudgedAsInJson() throws IOException {
        List<ApplicationRecord> csv = decide(HEADER + "\r\n" + GOOD.replace("\"2024|", "\"2024.0|").replaceFirst("\"1\"", "\"1.0\"")
                + "\r\n");
        ApplicationRecord json = ApplicationJson.reader().read(Samples.application().replace("\"year\": 2024", "\"year\": 2024.0")
                .replace("\"schemaVersion\": 1", "\"schemaVersion\": 1.0"));
        assertThat(json.violations()).extracting(Violation::path).containsExactly("schemaVersion", "fiscalYears[0].year");
        assertThat(csv).singleElement().satisfies(d -> {
            assertThat(Records.shown(d)).extracting(Violation::path).containsExactly("schemaVersion", "fiscalYears[0].year");
            for (int i = 0; i < 2; i++) {
                assertThat(Records.shown(d).get(i).message()).endsWith(": " + json.violations().get(i).message());
            }
        });
    }

    /** ESIBE-FORMAT v1.1: digits are ASCII only. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "1\u0662", "+5", "1.", "٫5"})
    void onlyAsciiDigitsMakeANumber(String number) throws IOException {
        List<ApplicationRecord> decisions = decide(HEADER + "\r\n" + amount(number) + "\r\n");
        assertThat(decisions).singleElement().satisfies(d -> assertThat(Records.shown(d)).singleElement()
                .extracting(Violation::message).asString().contains("must be a number written with digits"));
    }

    /** Issue 12: a stray quote inside an unquoted cell swallowed the rest of the file into one row. */
    @Test
    void aStrayQuoteInsideAnUnquotedCellIsText() throws IOException {
        String header = "schemaVersion,applicationId,companyName,legalSeatCountry";
        List<ApplicationRecord> records = decide(header + "\r\n1,A-1,Esempio 5\" Bio,IT\r\n1,A-2,Esempio,IT\r\n"
                + "1,A-3,\"Quoted \"\"5\"\"\",IT\r\n");
        assertThat(records).extracting(ApplicationRecord::applicationId).containsExactly("A-1", "A-2", "A-3");
        assertThat(records).extracting(ApplicationRecord::position).containsExactly(RecordPosition.row(1),
                RecordPosition.row(2), RecordPosition.row(3));
        assertThat(records.get(0).application().company().name()).isEqualTo("Esempio 5\" Bio");
        assertThat(records.get(2).application().company().name()).isEqualTo("Quoted \"5\"");
    }

    /** Issue 12: old-Mac CR-only line ends merged a whole file into one INVALID record. */
    @Test
    void aBareCarriageReturnEndsARowOutsideQuotes() throws IOException {
        Application twoLines = CsvFilesTest.withName(SAMPLE, "Bio\rNord");
        String second = row(twoLines);
        List<ApplicationRecord> records = decide(HEADER + "\r" + GOOD + "\r" + second + "\r"
                + GOOD.replace("CALL2025-0001", "C-3") + "\rnothing");
        assertThat(records).extracting(ApplicationRecord::applicationId)
                .containsExactly("CALL2025-0001", "CALL2025-0001", "C-3", null);
        assertThat(records.get(1).application().company().name()).isEqualTo("Bio\rNord");
        // The quoted CR is a line of the file too: the fourth row starts on line 6.
        assertThat(records.get(3).location("")).map(m -> it.esibe.core.message.MessageCatalog.builtIn()
                .render(java.util.Locale.ENGLISH, m)).contains("row 4 (line 6)");
        assertThat(Records.shown(records.get(3)).get(0).message()).startsWith("row 4 (line 6): ");
    }

    /** v1.1 reading, for CSV as for JSON Lines: a row without content is no application, but is counted. */
    @Test
    void emptyRowsAreNoRecordsButKeepTheirNumber() throws IOException {
        List<ApplicationRecord> decisions = decide(HEADER + "\r\n\r\n" + ",".repeat(17) + "\r\n \t \r\n\"\",\" \"\r\n" + GOOD
                + "\r\n\r\n");
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(RecordPosition.row(5));
            assertThat(d.isWellFormed()).isTrue();
        });
    }

    private static String amount(String number) {
        assertThat(GOOD).contains(AMOUNT);
        return GOOD.replace(AMOUNT, "\"2024|" + number + "|");
    }

    private static String row(Application a) {
        try {
            return new String(CsvFilesTest.csv(CsvOptions.DEFAULTS, a), StandardCharsets.UTF_8).split("\r\n", 3)[1];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<ApplicationRecord> decide(String text) {
        return Records.read(text, InputFormat.CSV);
    }
}
