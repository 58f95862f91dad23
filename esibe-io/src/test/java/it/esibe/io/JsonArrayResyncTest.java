package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.RecordPosition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: in a {@code .json} array, one bad element silently dropped every element after it. Now
 * the bad element is a record with violations and its index, and the next element is read as
 * usual, the way JSON Lines goes on after a bad line; where the array truly cannot be
 * resynchronised, the record says from which line the file could not be read. Read without any
 * evaluator: a well-formed record is what the rules then decide.
 */
class JsonArrayResyncTest {

    private static final String APP = Samples.applicationLine();

    static List<Arguments> badElements() {
        String name = "\"Esempio Bio S.r.l.\"";
        return List.of(
                Arguments.of("NaN", APP.replace("\"rdExpenditure\":2500000", "\"rdExpenditure\":NaN"),
                        "'NaN' is not a JSON value"),
                Arguments.of("a comment", APP.replace("\"track\":", "/* the track */ \"track\":"),
                        "comments are not allowed"),
                Arguments.of("a comment holding quotes and brackets",
                        APP.replace("\"track\":", "/* \"], [{ */ \"track\":"), "comments are not allowed"),
                Arguments.of("a line comment", APP.replace("\"track\":", "// \"track\": [\n \"track\":"),
                        "comments are not allowed"),
                Arguments.of("a missing comma inside", APP.replace(",\"track\":", " \"track\":"),
                        "a comma is missing between two values"),
                Arguments.of("a missing colon", APP.replace("\"track\":", "\"track\" "),
                        "a colon is missing after a property name"),
                Arguments.of("single quotes", APP.replace("\"track\":", "'track':"),
                        "double quotes, not single quotes"),
                Arguments.of("a trailing comma", APP.replace("\"participations\":[]", "\"participations\":[],"),
                        "a comma before a closing bracket"),
                Arguments.of("a bracket of the wrong kind", APP.replace("\"priorities\":[\"PAT-ONCO\"]",
                        "\"priorities\":[\"PAT-ONCO\"}"), "a closing bracket that does not match"),
                Arguments.of("a raw line break in a string", APP.replace(name, "\"Esempio\nBio\""),
                        "a control character"),
                Arguments.of("nesting over the limit", APP.replace("\"track\":", "\"x\":" + "[".repeat(100)
                        + "]".repeat(100) + ",\"track\":"), "nested too deeply"),
                Arguments.of("a 10 MB company name", APP.replace(name, "\"" + "N".repeat(10_000_000) + "\""),
                        "over the limit of 1,048,576 bytes"),
                Arguments.of("a string over the string limit", APP.replace(name, "\"" + "N".repeat(1_000_001) + "\""),
                        "a text of 1,000,001 characters, over the limit of 1,000,000 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badElements")
    void aBadElementIsInvalidWithItsIndexAndTheNextIsReadAsUsual(String name, String bad, String reason)
            throws IOException {
        List<ApplicationRecord> decisions = decide("[\n" + app("A") + ",\n" + bad + ",\n" + app("C") + ",\n" + app("D") + "\n]\n");
        assertThat(decisions).extracting(ApplicationRecord::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1), RecordPosition.index(2), RecordPosition.index(3));
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true, true);
        assertThat(decisions).extracting(ApplicationRecord::applicationId).containsSubsequence("A", "C", "D");
        assertThat(messages(decisions.get(1))).contains(reason);
        assertThat(decisions.get(1).inputSha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void invalidUtf8CostsOnlyItsElement() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(("[" + app("A") + ", {\"applicationId\":\"B\",\"x\":\"").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xFF});
        file.writeBytes(("\"}, " + app("C") + "]").getBytes(StandardCharsets.UTF_8));
        List<ApplicationRecord> decisions = decide(file.toByteArray());
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true);
        assertThat(messages(decisions.get(1))).contains("not valid UTF-8");
    }

    @Test
    void aTruncatedFileSaysWhereItEnds() throws IOException {
        List<ApplicationRecord> midElement = decide("[\n" + app("A") + ",\n" + APP.substring(0, 50));
        assertThat(midElement).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(messages(midElement.get(1))).contains("the file ends inside the element that starts at line 3,"
                + " column 1").contains("from line 3");

        List<ApplicationRecord> afterElement = decide("[\n" + app("A") + ",\n" + app("B"));
        assertThat(afterElement).extracting(ApplicationRecord::isWellFormed).containsExactly(true, true,
                false);
        assertThat(messages(afterElement.get(2))).contains("the file ends before its top-level array is closed");

        List<ApplicationRecord> afterComma = decide("[\n" + app("A") + ",\n");
        assertThat(afterComma).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(afterComma).extracting(ApplicationRecord::position).containsExactly(RecordPosition.index(0),
                RecordPosition.index(1));

        assertThat(decide("[")).singleElement().satisfies(d -> assertThat(messages(d)).contains("is closed"));
    }

    /**
     * The only case the array cannot be resynchronised: a string never closed swallows the rest of
     * the file, which is then one INVALID decision saying from which line nothing could be read.
     */
    @Test
    void aStringNeverClosedTakesTheRestOfTheFileAndSaysFromWhichLine() throws IOException {
        String file = "[\n" + app("A") + ",\n" + app("B").replace("\"Esempio Bio S.r.l.\"", "\"Esempio Bio S.r.l.")
                .replace("\"", "'").replaceFirst("'", "\"") + ",\n" + app("C").replace("\"", "'") + "\n]\n";
        List<ApplicationRecord> decisions = decide(file);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false);
        assertThat(messages(decisions.get(1))).contains("line 3").contains("could not be read as separate elements");
    }

    /** Counting brackets, a missing one would take every later element with it; the second scan stops that. */
    @Test
    void aMissingClosingBracketCostsOnlyItsElement() throws IOException {
        String noBracket = app("B").replace("\"priorities\":[\"PAT-ONCO\"]", "\"priorities\":[\"PAT-ONCO\"");
        List<ApplicationRecord> decisions = decide("[\n" + app("A") + ",\n" + noBracket + ",\n" + app("C") + ",\n" + app("D")
                + "\n]\n");
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true, true);
        assertThat(decisions).extracting(ApplicationRecord::applicationId).containsExactly("A", null, "C", "D");
        assertThat(messages(decisions.get(1))).contains("not valid JSON at line 3");

        String noBrace = app("B").replace("\"participations\":[]}", "\"participations\":[]");
        List<ApplicationRecord> again = decide("[\n" + app("A") + ",\n" + noBrace + ",\n" + app("C") + "\n]");
        assertThat(again).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                true);
        assertThat(again.get(2).position()).isEqualTo(RecordPosition.index(2));
        // A bracket of the wrong kind is a typo of one level: counted, it costs only its element too.
        String wrongKind = app("B").replace("\"priorities\":[\"PAT-ONCO\"]", "\"priorities\":[\"PAT-ONCO\"}");
        assertThat(decide("[" + app("A") + "," + wrongKind + "," + app("C") + "]")).extracting(ApplicationRecord::isWellFormed)
                .containsExactly(true, false, true);
    }

    @Test
    void aMissingCommaBetweenElementsKeepsBothElements() throws IOException {
        List<ApplicationRecord> decisions = decide("[" + app("A") + "\n" + app("B") + " " + app("C") + ", 42 43, \"x\" {}]");
        assertThat(decisions).extracting(ApplicationRecord::applicationId).containsExactly("A", "B", "C", null, null, null,
                null);
        assertThat(decisions).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false,
                false, false, false, false, false);
        assertThat(messages(decisions.get(1))).contains("not valid JSON at line 2, column 1: a comma is missing");
        assertThat(messages(decisions.get(4))).contains("a comma is missing");
    }

    @Test
    void emptySlotsAndContentAfterTheArrayAreSaidNotSkipped() throws IOException {
        List<ApplicationRecord> decisions = decide("[," + app("A") + ",," + app("B") + ",] trailing");
        assertThat(decisions).extracting(ApplicationRecord::applicationId).containsExactly(null, "A", null, "B", null, null);
        assertThat(decisions).extracting(ApplicationRecord::position).extracting(RecordPosition::value)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(messages(decisions.get(0))).contains("line 1, column 2: no element where the array expects one");
        assertThat(messages(decisions.get(2))).contains("no element");
        assertThat(messages(decisions.get(4))).contains("no element");
        assertThat(messages(decisions.get(5))).contains("content after the end of the top-level array");
        assertThat(decide("[]")).isEmpty();
        assertThat(decide(" [ \n ] \n")).isEmpty();
    }

    @Test
    void positionsInMessagesAreThoseOfTheFile() throws IOException {
        String file = "[\r\n  " + app("A") + ",\r  " + app("B").replace("\"track\":", "\"track\": tru,\"t\":") + "\n]";
        List<ApplicationRecord> decisions = decide(file);
        int column = app("B").indexOf("\"track\":") + "\"track\": ".length() + 3;
        assertThat(messages(decisions.get(1))).contains("not valid JSON at line 3, column " + column
                + ": 'tru' is not a JSON value");
    }

    @Test
    void anUnreadableElementIsHashedOverItsBytes() throws IOException {
        String bad = "{\"applicationId\":\"X\", oops}";
        List<ApplicationRecord> decisions = decide("[ " + bad + " ,\n" + app("A") + "]");
        assertThat(decisions.get(0).inputSha256()).isEqualTo(CanonicalJson.sha256((bad + " ").getBytes(StandardCharsets.UTF_8)));
        assertThat(decisions.get(1).inputSha256()).isEqualTo(ApplicationJson.reader().read(app("A")).inputSha256());
    }

    private static String app(String id) {
        return APP.replace("CALL2025-0001", id);
    }

    private static String messages(ApplicationRecord r) {
        return Records.messages(r);
    }

    private List<ApplicationRecord> decide(String content) throws IOException {
        return decide(content.getBytes(StandardCharsets.UTF_8));
    }

    private List<ApplicationRecord> decide(byte[] content) throws IOException {
        return Records.read(content, InputFormat.JSON);
    }
}
