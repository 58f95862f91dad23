package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Violation;
import it.esibe.io.internal.ReadProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import it.esibe.core.message.MessageCatalog;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reader messages are the reader's own words: what was wrong, where (line, column, row, cell) and
 * what is allowed; never a JSON path (the violation's path carries it), a Java name or the parser's
 * text ("[Source: REDACTED …", "StreamReadFeature", "code 34").
 */
class ReaderMessagesTest {

    private static final String APP = Samples.applicationLine();

    /** Words only a parser or Java would write. */
    private static final List<String> PARSER_TEXT = List.of("Source", "REDACTED", "StreamRead", "JsonRead",
            "Feature", "fasterxml", "jackson", "Jackson", "Exception", "(code ", "ALLOW_", "token 'null'", "CTRL-CHAR",
            "end-of-input", "java.", "null pointer", "BigDecimal", "NumberFormat", "getMax", "Constraints");

    /** Every kind of broken record the readers know, in every format. */
    private static List<Violation> everyViolation() throws IOException {
        List<String> jsonTexts = List.of("{\"schemaVersion\": NaN}", "{\"a\": Infinity}", "{\"a\": -Infinity}",
                "{\"a\": 01}", "{\"a\": 1,}", "{'a': 1}", "{a: 1}", "{\"a\": 1} // comment", "{\"a\": 1} x",
                "{\"a\": 1}{}", "{\"a\": 1}]", "", "   ", "{", "nul", "\"unterminated", "{\"a\": \"\u0001\"}",
                "{\"a\":1}\u0000", "{\"a\":-}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12G4\"}", "{\"a\":[1}", "{\"a\":1]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "[1 2]", "[,1]", "\u00a0{}",
                "{\"a\":TRUE}", "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}",
                "{\"" + "n".repeat(2_000) + "\":1}", "{\"a\":\"" + "s".repeat(1_000_001) + "\"}",
                "{\"a\":" + "9".repeat(200) + "}", "{\"a\":1e99999999999}", "{\"a\":1e-400}",
                "{\"applicationId\":\"A\",\"applicationId\":\"B\"}", "[1,2]", "42", "\"text\"", "null",
                APP.replace("\"track\":", "\"notes\":null,\"track\":"),
                APP.replace("\"schemaVersion\":1", "\"schemaVersion\":1.0"),
                APP.replace("\"schemaVersion\":1", "\"schemaVersion\":4294967297"),
                APP.replace("\"track\":\"PRECISION_MEDICINE\"", "\"track\":\"precision\""),
                APP.replace("\"submittedOn\":\"2025-03-15\"", "\"submittedOn\":\"2025-02-30\""),
                APP.replace("\"submittedOn\":\"2025-03-15\"", "\"submittedOn\":\"15/03/2025\""),
                APP.replace("\"submittedOn\":\"2025-03-15\"", "\"submittedOn\":null"),
                APP.replace("\"submittedOn\":\"2025-03-15\",", ""),
                APP.replace("\"patents\":[{", "\"patents\":[null,{"),
                APP.replace("\"turnover\":120000", "\"turnover\":\"a lot\""),
                APP.replace("\"patents\":[", "\"patents\":[" + "{},".repeat(1_001)));
        List<Violation> out = new ArrayList<>();
        for (String text : jsonTexts) {
            out.addAll(ApplicationJson.reader().read(text).violations());
            out.addAll(decide(text.replace('\n', ' ') + "\n", InputFormat.JSON_LINES));
        }
        out.addAll(ApplicationJson.reader().read(new byte[] {'{', (byte) 0xFF, '}'}).violations());
        out.addAll(decide("[" + APP + ", " + APP.substring(0, 30), InputFormat.JSON));
        out.addAll(decide("[" + APP + " " + APP + ",,] x", InputFormat.JSON));
        out.addAll(decide("[" + APP, InputFormat.JSON));
        out.addAll(decide("[\"" + "x".repeat(2_000_000) + "\"]", InputFormat.JSON));
        out.addAll(decide("", InputFormat.JSON));
        out.addAll(decide("{\"a\":" + "1,\"a\":".repeat(150) + "1}\n", InputFormat.JSON_LINES));
        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        out.addAll(decide("", InputFormat.CSV));
        out.addAll(decide("colour,applicationId,applicationId\r\n1,2,3\r\n", InputFormat.CSV));
        out.addAll(decide("nothing,known\r\n1,2\r\n", InputFormat.CSV));
        out.addAll(decide(header + "\r\n1,\"A\"x,2\r\n1,A-2,2025-01-01,\"never closed\r\n", InputFormat.CSV));
        out.addAll(decide(header + "\r\n1,A,2025-01-01,N,,IT,,,IT,,,PRECISION_MEDICINE,,2024.5|1.000.000|1e-400|"
                + "1E2147483648|" + "9".repeat(200) + "|a|b|c|d,,,,,\r\n1,2\r\n", InputFormat.CSV));
        return out;
    }

    @Test
    void noViolationHoldsParserTextJavaNamesOrItsOwnPath() throws IOException {
        List<Violation> violations = everyViolation();
        assertThat(violations).hasSizeGreaterThan(150);
        for (Violation v : violations) {
            for (String word : PARSER_TEXT) {
                assertThat(v.message()).as(v.toString()).doesNotContain(word);
            }
            if (v.path().contains(".") || v.path().contains("[")) {
                assertThat(v.message()).as(v.toString()).doesNotContain(v.path());
            }
            assertThat(v.message()).as("messages stay short").hasSizeLessThan(600);
        }
    }

    @Test
    void everyProblemHasItsOwnKeyAndATextInItalianAndEnglish() {
        Set<String> keys = new HashSet<>();
        MessageCatalog catalog = MessageCatalog.builtIn();
        for (ReadProblem p : ReadProblem.values()) {
            assertThat(p.key()).startsWith("read.");
            assertThat(keys.add(p.key())).as(p.key()).isTrue();
            assertThat(catalog.knows(p.key())).as(p.key()).isTrue();
            String english = catalog.render(Locale.ENGLISH, p.message("A", "B", "C", "D"));
            String italian = catalog.render(Locale.ITALIAN, p.message("A", "B", "C", "D"));
            assertThat(english).isNotBlank().doesNotContain("{0}");
            assertThat(italian).isNotBlank().doesNotContain("{0}");
            if (!p.key().equals("read.verbatim") && !p.key().equals("read.type.null")) {
                assertThat(italian).as("%s has an Italian text of its own", p.key()).isNotEqualTo(english);
            }
        }
        assertThat(catalog.render(Locale.ENGLISH, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_STRING.message(),
                ReadProblem.TYPE_NULL.message()))).isEqualTo("must be a string, got null");
        assertThat(catalog.render(Locale.ITALIAN, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_STRING.message(),
                ReadProblem.TYPE_NULL.message()))).isEqualTo("deve essere un testo (stringa), trovato null");
    }

    /** Every violation of the records read from {@code text}, as a decision in English shows it. */
    private static List<Violation> decide(String text, InputFormat format) {
        List<Violation> out = new ArrayList<>();
        for (ApplicationRecord r : Records.read(text, format)) {
            out.addAll(Records.shown(r));
        }
        return out;
    }
}
