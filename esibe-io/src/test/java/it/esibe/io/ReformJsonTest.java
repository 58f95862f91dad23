package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.Violation;
import it.esibe.core.ruleset.ReformDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Reform files are read strictly, every problem at its JSON path, values exactly as written; a
 * definition written and read back is the same.
 */
class ReformJsonTest {

    private static final long SEED = Long.getLong("esibe.qt.seed", 20261122L);

    static final String LOWER = """
            {
              "schemaVersion": 1,
              "base": "esibe-2024-interim",
              "id": "esibe-2026-lower-rd",
              "version": "1",
              "effectiveFrom": "2026-01-01",
              "description": "Lower the precision-medicine R&D threshold",
              "parameters": [
                {"name": "rd.min.precisionMedicine", "value": 1500000.00, "reason": "reach first clinical phases",
                 "source": "Consultazione 2026"},
                {"name": "patents.acceptPending", "value": true, "reason": "r", "source": "s"},
                {"name": "sme.corporateBacking", "value": "WAIVE_TEST", "reason": "r", "source": "s"}
              ],
              "neutralised": [{"criterion": "ESIBE-PATENT", "reason": "patents waived"}],
              "added": [{"criterion": "LOM-SEAT", "from": "lom-2026", "after": "ESIBE-SEAT", "reason": "regional"},
                        {"criterion": "X", "from": null, "after": null, "reason": "r"}]
            }
            """;

    static List<Violation> violations(String json) {
        try {
            ReformJson.read(json);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aReformFileIsReadAsWritten() {
        ReformDefinition d = ReformJson.read(LOWER);

        assertThat(d.base()).isEqualTo("esibe-2024-interim");
        assertThat(d.id()).isEqualTo("esibe-2026-lower-rd");
        assertThat(d.version()).isEqualTo("1");
        assertThat(d.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.series()).isNull();
        assertThat(d.description()).isEqualTo("Lower the precision-medicine R&D threshold");
        assertThat(d.parameters()).extracting(ReformDefinition.ParameterChange::value)
                .as("numbers exactly as written, switches and constants as text")
                .containsExactly("1500000.00", "true", "WAIVE_TEST");
        assertThat(d.parameters().get(0).source()).isEqualTo("Consultazione 2026");
        assertThat(d.neutralised()).containsExactly(new ReformDefinition.Neutralisation("ESIBE-PATENT", "patents waived"));
        assertThat(d.added()).containsExactly(new ReformDefinition.Addition("LOM-SEAT", "lom-2026", "ESIBE-SEAT", "regional"),
                new ReformDefinition.Addition("X", null, null, "r"));
    }

    @Test
    void aByteOrderMarkIsSkippedAndInvalidUtf8IsRefused() throws IOException {
        byte[] text = LOWER.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        assertThat(ReformJson.read(new ByteArrayInputStream(bom)).id()).isEqualTo("esibe-2026-lower-rd");

        byte[] broken = text.clone();
        broken[20] = (byte) 0xFF;
        assertThatThrownBy(() -> ReformJson.read(new ByteArrayInputStream(broken)))
                .isInstanceOf(InvalidInputException.class).hasMessage("the file is not valid UTF-8 text");
        assertThatThrownBy(() -> ReformJson.read(new ByteArrayInputStream(new byte[ReformJson.MAX_BYTES + 1])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 1048576 bytes");
    }

    @Test
    void everyStructuralProblemIsReportedAtItsPath() {
        String json = """
                {"schemaVersion": 2, "base": 7, "id": "x", "effectiveFrom": "2026-02-30", "series": null,
                 "colour": "red",
                 "parameters": [{"name": "a", "value": {"x": 1}, "reason": "r", "source": "s", "why": 1},
                                {"name": "b", "reason": "r", "source": "s"}, 5],
                 "neutralised": {"criterion": "ESIBE-PATENT"},
                 "added": [{"criterion": "C", "after": 3}]}
                """;

        List<Violation> v = violations(json);

        assertThat(v).extracting(x -> x.path() + ": " + x.message()).containsExactly(
                "colour: unknown property \"colour\"; allowed here: schemaVersion, base, id, version, effectiveFrom,"
                        + " series, description, parameters, neutralised, added",
                "schemaVersion: must be the integer 1, the version of this format; got 2",
                "base: must be a string; got the number 7",
                "version: is required: a string",
                "effectiveFrom: the date 2026-02-30 does not exist",
                "parameters[0].why: unknown property \"why\"; allowed here: name, value, reason, source",
                "parameters[0].value: must be a number, true or false, or a string; got an object",
                "parameters[1].value: is required: the new value: a number, true or false, or a string",
                "parameters[2]: must be an object with name, value, reason, source; got the number 5",
                "neutralised: must be an array of objects; got an object",
                "added[0].after: must be a string; got the number 3",
                "added[0].reason: is required: a string");
    }

    @Test
    void aDuplicatePropertyIsRefusedAtItsPath() {
        assertThat(violations("{\"schemaVersion\": 1, \"parameters\": [{\"name\": \"a\", \"name\": \"b\"}]}"))
                .singleElement().satisfies(x -> {
                    assertThat(x.path()).isEqualTo("parameters[0].name");
                    assertThat(x.message()).startsWith("the property appears twice at line 1");
                });
    }

    @Test
    void textThatIsNotOneJsonObjectIsRefused() {
        assertThat(violations("{\"schemaVersion\": 1,}")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("not valid JSON at line 1, column 21"));
        assertThat(violations("[1]")).singleElement()
                .satisfies(x -> assertThat(x.message()).isEqualTo("a reform file is one JSON object, not an array"));
        assertThat(violations("{} {}")).singleElement().satisfies(x -> assertThat(x.message()).startsWith("not valid JSON"));
        assertThat(violations("  ")).singleElement().satisfies(x -> assertThat(x.message()).contains("no JSON value"));
        assertThat(violations("{\"schemaVersion\": 1, \"parameters\": [{\"name\": \"a\", \"value\": 1e999, \"reason\": \"r\","
                + " \"source\": \"s\"}]}")).anySatisfy(x -> {
                    assertThat(x.path()).isEqualTo("parameters[0].value");
                    assertThat(x.message()).contains("too large");
                });
    }

    @Test
    void theSchemaIsJsonSchemaOfTheFormat() throws IOException {
        var schema = new ObjectMapper().readTree(ReformJson.schema());

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactly("schemaVersion", "base", "id", "version", "effectiveFrom", "series",
                "description", "parameters", "neutralised", "added");
    }

    static Gen<String> texts() {
        return strings().basicLatinAlphabet().ofLengthBetween(1, 12).map(s -> s.isBlank() ? "x" + s : s);
    }

    static Gen<ReformDefinition> definitions() {
        Gen<ReformDefinition.ParameterChange> parameter = texts().zip(texts(), texts(), texts(),
                ReformDefinition.ParameterChange::new);
        Gen<ReformDefinition.Addition> addition = texts().zip(texts().toOptionals(50), texts().toOptionals(50), texts(),
                (c, f, a, r) -> new ReformDefinition.Addition(c, f.orElse(null), a.orElse(null), r));
        Gen<ReformDefinition.Neutralisation> neutralisation = texts().zip(texts(), ReformDefinition.Neutralisation::new);
        Gen<List<ReformDefinition.ParameterChange>> parameters = integers().between(0, 3).zip(parameter, parameter,
                parameter, (n, a, b, c) -> List.of(a, b, c).subList(0, n));
        return texts().zip(texts(), texts().toOptionals(50), parameters, integers().between(0, 20000),
                (id, version, series, ps, days) -> new ReformDefinition("esibe-2024-interim", id, version,
                        LocalDate.of(2000, 1, 1).plusDays(days), series.orElse(null), days % 2 == 0 ? null : id + " " + version,
                        ps, List.of(), List.of()))
                .zip(neutralisation.toOptionals(50), addition.toOptionals(50), (d, n, a) -> new ReformDefinition(d.base(),
                        d.id(), d.version(), d.effectiveFrom(), d.series(), d.description(), d.parameters(),
                        n.map(List::of).orElse(List.of()), a.map(List::of).orElse(List.of())));
    }

    @Test
    void aDefinitionWrittenAndReadBackIsTheSame() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(300).forAll(definitions())
                .checkAssert(d -> assertThat(ReformJson.read(ReformJson.write(d))).isEqualTo(d));
    }
}
