package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import it.esibe.core.InvalidInputException;
import it.esibe.io.ReformJson;
import it.esibe.rules.Esibe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema of reform files and the library agree, checked with a real validator
 * (networknt, as for the application format): a file both accept, files both refuse for their
 * structure, and files the schema accepts that only the rules can refuse (an unknown parameter, a
 * value that does not suit its parameter, an unknown criterion).
 */
class ReformSchemaConformanceTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReformJson.schema());

    private static final String HEAD = "\"schemaVersion\": 1, \"base\": \"esibe-2024-interim\", \"id\": \"t-x\","
            + " \"version\": \"1\", \"effectiveFrom\": \"2026-01-01\"";

    /** How a file fares: accepted by both, refused by both, or accepted by the schema and refused by the rules. */
    enum Kind { VALID, INVALID, BEYOND }

    static Stream<Arguments> corpus() throws IOException {
        return Stream.of(
                Arguments.of("the README's reform", Kind.VALID, Files.readString(
                        QuotedCode.ROOT.resolve("docs/reforms/lower-rd-precision-medicine.json"), StandardCharsets.UTF_8)),
                Arguments.of("every part", Kind.VALID, "{" + HEAD + ", \"series\": \"esibe\", \"description\": null,"
                        + " \"parameters\": [{\"name\": \"patents.acceptPending\", \"value\": true, \"reason\": \"r\","
                        + " \"source\": \"s\"}, {\"name\": \"sme.corporateBacking\", \"value\": \"WAIVE_TEST\","
                        + " \"reason\": \"r\", \"source\": \"s\"}], \"neutralised\": [{\"criterion\": \"ESIBE-SME\","
                        + " \"reason\": \"r\"}], \"added\": []}"),
                Arguments.of("no schemaVersion", Kind.INVALID, "{" + HEAD.substring(HEAD.indexOf("\"base\"")) + "}"),
                Arguments.of("schemaVersion 2", Kind.INVALID, "{" + HEAD.replace("1,", "2,") + "}"),
                Arguments.of("an unknown property", Kind.INVALID, "{" + HEAD + ", \"colour\": \"red\"}"),
                Arguments.of("an unknown property of a parameter", Kind.INVALID, "{" + HEAD + ", \"parameters\":"
                        + " [{\"name\": \"a\", \"value\": 1, \"reason\": \"r\", \"source\": \"s\", \"why\": 1}]}"),
                Arguments.of("a value that is an object", Kind.INVALID, "{" + HEAD + ", \"parameters\":"
                        + " [{\"name\": \"a\", \"value\": {}, \"reason\": \"r\", \"source\": \"s\"}]}"),
                Arguments.of("a parameter without a source", Kind.INVALID, "{" + HEAD + ", \"parameters\":"
                        + " [{\"name\": \"a\", \"value\": 1, \"reason\": \"r\"}]}"),
                Arguments.of("a date of another form", Kind.INVALID, "{" + HEAD.replace("2026-01-01", "1/1/2026") + "}"),
                Arguments.of("a base that is a number", Kind.INVALID, "{" + HEAD.replace("\"esibe-2024-interim\"", "7") + "}"),
                Arguments.of("neutralised as an object", Kind.INVALID, "{" + HEAD + ", \"neutralised\":"
                        + " {\"criterion\": \"ESIBE-SME\", \"reason\": \"r\"}}"),
                Arguments.of("an unknown parameter", Kind.BEYOND, "{" + HEAD + ", \"parameters\":"
                        + " [{\"name\": \"rd.min.precisionMedecine\", \"value\": 1, \"reason\": \"r\", \"source\": \"s\"}]}"),
                Arguments.of("an amount with 3 decimals", Kind.BEYOND, "{" + HEAD + ", \"parameters\":"
                        + " [{\"name\": \"rd.min.precisionMedicine\", \"value\": 1.001, \"reason\": \"r\", \"source\": \"s\"}]}"),
                Arguments.of("an unknown criterion", Kind.BEYOND, "{" + HEAD + ", \"added\":"
                        + " [{\"criterion\": \"T-NOWHERE\", \"reason\": \"r\"}]}"),
                Arguments.of("an unknown base", Kind.BEYOND, "{" + HEAD.replace("esibe-2024-interim", "esibe-2023") + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theSchemaAndTheLibraryAgree(String name, Kind kind, String text) throws IOException {
        List<Error> errors = SCHEMA.validate(MAPPER.readTree(text));
        boolean read;
        boolean derived;
        try {
            Esibe.defaults().derive(ReformJson.read(text));
            read = true;
            derived = true;
        } catch (InvalidInputException e) {
            read = !e.getMessage().startsWith("the reform file is not valid");
            derived = false;
        }
        switch (kind) {
            case VALID -> {
                assertThat(errors).as("schema").isEmpty();
                assertThat(derived).as("library").isTrue();
            }
            case INVALID -> {
                assertThat(errors).as("schema").isNotEmpty();
                assertThat(read).as("the reader refuses it").isFalse();
            }
            default -> {
                assertThat(errors).as("schema").isEmpty();
                assertThat(read).as("the reader accepts it").isTrue();
                assertThat(derived).as("the rules refuse it").isFalse();
            }
        }
    }
}
