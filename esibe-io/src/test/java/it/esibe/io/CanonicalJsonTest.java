package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedRecursivelyWithoutWhiteSpace() {
        JsonNode node = Trees.parse("{ \"b\": [ {\"z\": 1, \"a\": 2} ], \"a\": { \"y\": null, \"x\": true } }");
        assertThat(CanonicalJson.canonicalize(node)).isEqualTo("{\"a\":{\"x\":true,\"y\":null},\"b\":[{\"a\":2,\"z\":1}]}");
    }

    @Test
    void keysSortByUtf16CodeUnits() {
        JsonNode node = Trees.parse("{\"é\":1,\"Z\":2,\"a\":3,\"\uD83D\uDE00\":4,\"\uFF21\":5}");
        assertThat(CanonicalJson.canonicalize(node)).isEqualTo(
                "{\"Z\":2,\"a\":3,\"é\":1,\"\\ud83d\\ude00\":4,\"\uFF21\":5}");
    }

    @Test
    void numbersAreTheirExactValue() {
        JsonNode node = Trees.parse("[2500000.00, 2500000, 38.5, 1.0E3, 1e-7, -0, 12345678901234567890123]");
        assertThat(CanonicalJson.canonicalize(node))
                .isEqualTo("[2500000.00,2500000,38.5,1.0E+3,1E-7,0,12345678901234567890123]");
    }

    @Test
    void hugeExponentsAreNotExpanded() {
        JsonNode node = JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1E+999999999"));
        assertThat(CanonicalJson.canonicalize(node)).isEqualTo("1E+999999999");
    }

    @Test
    void stringsAreEscapedAsStandardJson() {
        JsonNode node = Trees.parse("[\"a\\\"b\\\\c\\/d\\u0001\\n\\t\\u00e9\\u2028\"]");
        assertThat(CanonicalJson.canonicalize(node)).isEqualTo("[\"a\\\"b\\\\c/d\\u0001\\n\\té\u2028\"]");
    }

    @Test
    void loneSurrogatesHashWithoutLoss() {
        JsonNode lone = Trees.parse("[\"\\ud800\"]");
        JsonNode other = Trees.parse("[\"\\udc00\"]");
        assertThat(CanonicalJson.canonicalize(lone)).isEqualTo("[\"\\ud800\"]");
        assertThat(CanonicalJson.sha256(lone)).isNotEqualTo(CanonicalJson.sha256(other));
    }

    @Test
    void hashIsSha256OfTheCanonicalUtf8() throws Exception {
        JsonNode node = Trees.parse("{\"b\":\"è\",\"a\":1}");
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("{\"a\":1,\"b\":\"è\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(CanonicalJson.sha256(node)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(CanonicalJson.canonicalBytes(node)).isEqualTo("{\"a\":1,\"b\":\"è\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rawBytesHash() {
        assertThat(CanonicalJson.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sameApplicationDifferentFormattingSameHash() {
        String indented = Samples.application();
        String compact = Samples.applicationLine();
        assertThat(ApplicationJson.reader().read(indented).inputSha256())
                .isEqualTo(ApplicationJson.reader().read(compact).inputSha256());
    }

    @Test
    void scaleIsPartOfTheEvidence() {
        assertThat(CanonicalJson.sha256(Trees.parse("{\"a\":1.0}"))).isNotEqualTo(CanonicalJson.sha256(Trees.parse("{\"a\":1}")));
    }

    @Test
    void deepTreesDoNotOverflowTheStack() {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < 200_000; i++) {
            current = current.addArray();
        }
        assertThatCode(() -> CanonicalJson.sha256(root)).doesNotThrowAnyException();
    }

    @Test
    void doublesFromAnEmbeddersTreeAreWrittenExactly() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("a", 0.1).put("b", Double.NaN);
        assertThat(CanonicalJson.canonicalize(node)).isEqualTo("{\"a\":0.1,\"b\":\"NaN\"}");
    }
}
