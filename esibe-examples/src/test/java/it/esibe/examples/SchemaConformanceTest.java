package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.io.ApplicationJson;
import it.esibe.io.ApplicationSchema;
import it.esibe.rules.Esibe;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a real JSON Schema validator (networknt, draft 2020-12) with the schema shipped in esibe-io
 * over a corpus of applications, and checks that it accepts and rejects the same files as the
 * library (valid = any outcome but INVALID). Files named {@code valid-*} must pass both,
 * {@code invalid-*} must fail both, and {@code beyond-*} break a rule JSON Schema cannot state
 * (docs/JSON-SCHEMA.md): the schema accepts them and only the library rejects them.
 */
class SchemaConformanceTest {

    /** Amounts are compared exactly (multipleOf 0.01), so numbers are read as BigDecimal. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ApplicationSchema.json());

    private static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(SchemaConformanceTest.class.getResource("/schema-corpus")).toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theSchemaAndTheLibraryAgree(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Error> errors = SCHEMA.validate(MAPPER.readTree(text));
        Decision decision = EVALUATOR.evaluate(ApplicationJson.reader().read(text));
        boolean schemaAccepts = errors.isEmpty();
        boolean libraryAccepts = decision.outcome() != Outcome.INVALID;
        if (name.startsWith("valid-")) {
            assertThat(schemaAccepts).as("schema on %s: %s", name, errors).isTrue();
            assertThat(libraryAccepts).as("library on %s: %s", name, decision.violations()).isTrue();
        } else if (name.startsWith("invalid-")) {
            assertThat(schemaAccepts).as("schema on %s", name).isFalse();
            assertThat(libraryAccepts).as("library on %s", name).isFalse();
        } else {
            assertThat(name).startsWith("beyond-");
            assertThat(schemaAccepts).as("schema on %s: %s", name, errors).isTrue();
            assertThat(libraryAccepts).as("library on %s", name).isFalse();
        }
    }

    @Test
    void theCorpusCoversAllThreeKinds() throws IOException, URISyntaxException {
        List<String> names = corpus().map(p -> p.getFileName().toString()).toList();
        assertThat(names).anyMatch(n -> n.startsWith("valid-")).anyMatch(n -> n.startsWith("invalid-"))
                .anyMatch(n -> n.startsWith("beyond-")).hasSizeGreaterThan(40);
    }

    @Test
    void theSampleCallIsValidUnderTheSchema() throws IOException {
        List<String> lines = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);
        for (String line : lines) {
            JsonNode tree = MAPPER.readTree(line);
            boolean libraryAccepts = EVALUATOR.evaluate(ApplicationJson.reader().read(line)).outcome() != Outcome.INVALID;
            if (libraryAccepts) {
                assertThat(SCHEMA.validate(tree)).as(tree.path("applicationId").asText()).isEmpty();
            }
        }
    }
}
