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

    /** ESIBE-FORMAT v1.1, "Decision": the spec's own examples. */
    @Test
    void numbersArePlainWithoutExponentOrTrailingFractionalZeros() {
        JsonNode node = Trees.parse("[120000, 120000.00, 1.2E+5, 0.50, -0, -0.0, 0E+7, 0.000]");
        assertThat(CanonicalJson.canonicalize(node)).isEqualTo("[120000,120000,120000,0.5,0,0,0,0]");
    }

    @Test
    void numbersKeepTheirExactValue() {
        JsonNode node = Trees.parse("[2500000.00, 2500000, 38.5, 1.0E3, 1e-7, -12.340, 12345678901234567890123,"
                + " 1200E-2, 100.10]");
        assertThat(CanonicalJson.canonicalize(node))
                .isEqualTo("[2500000,2500000,38.5,1000,0.0000001,-12.34,12345678901234567890123,12,100.1]");
    }

    @Test
    void integersAndDecimalsOfOneValueAreOneNumber() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode array = nodes.arrayNode().add(nodes.numberNode(new java.math.BigInteger("1000")))
                .add(nodes.numberNode(new java.math.BigDecimal("1E+3"))).add(nodes.numberNode(1000L))
                .add(nodes.numberNode(1000.0));
        assertThat(CanonicalJson.canonicalize(array)).isEqualTo("[1000,1000,1000,1000]");
    }

    /** Plain notation up to 1000 digits on each side of the point; beyond, which no reader accepts, the exponent form. */
    @Test
    void hugeExponentsAreNotExpanded() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(new java.math.BigDecimal("1E+999999999"))))
                .isEqualTo("1E+999999999");
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(new java.math.BigDecimal("-2.50E-999999999"))))
                .isEqualTo("-2.5E-999999999");
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(new java.math.BigDecimal("1E+999"))))
                .isEqualTo("1" + "0".repeat(999));
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(new java.math.BigDecimal("1E+1000"))))
                .isEqualTo("1E+1000");
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(new java.math.BigDecimal("1E-1000"))))
                .isEqualTo("0." + "0".repeat(999) + "1");
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(new java.math.BigDecimal("1E-1001"))))
                .isEqualTo("1E-1001");
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(java.math.BigInteger.TEN.pow(5000))))
                .isEqualTo("1E+5000");
        // A huge unscaled value with many trailing zeros: stripped in one step, not digit by digit.
        java.math.BigDecimal wide = new java.math.BigDecimal(java.math.BigInteger.TEN.pow(200_000), 199_998);
        assertThat(CanonicalJson.canonicalize(nodes.numberNode(wide))).isEqualTo("100");
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

    /** v1.1: the value is the evidence, not its notation (v1 hashed 1.0 and 1 apart). */
    @Test
    void notationIsNotPartOfTheEvidence() {
        assertThat(CanonicalJson.sha256(Trees.parse("{\"a\":1.0}"))).isEqualTo(CanonicalJson.sha256(Trees.parse("{\"a\":1}")));
        assertThat(CanonicalJson.sha256(Trees.parse("{\"a\":1.01}"))).isNotEqualTo(CanonicalJson.sha256(Trees.parse("{\"a\":1}")));
        assertThat(ApplicationJson.reader().read(Samples.application().replace("\"turnover\": 120000", "\"turnover\": 1.2E+5"))
                .inputSha256()).isEqualTo(ApplicationJson.reader().read(Samples.application()).inputSha256());
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
