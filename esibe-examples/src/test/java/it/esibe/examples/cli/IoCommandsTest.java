package it.esibe.examples.cli;

import static it.esibe.examples.cli.EsibeCliTest.run;
import static it.esibe.examples.cli.EsibeCliTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.examples.Oracle;
import it.esibe.io.ApplicationCsvWriter;
import it.esibe.io.ApplicationJson;
import it.esibe.io.ApplicationSchema;
import it.esibe.io.CsvOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The I/O features of the tool: output formats, CSV input, the register export and the schema. */
class IoCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void evaluateWritesAJsonArrayWithTheSameDecisionsAsJsonLines() throws IOException {
        EsibeCliTest.Run lines = run("evaluate", sample());
        EsibeCliTest.Run array = run("evaluate", "--format", "json", sample());

        assertThat(array.exitCode()).isZero();
        JsonNode json = MAPPER.readTree(array.out());
        assertThat(json.isArray()).isTrue();
        // One decision per line inside the array, each the same text as its JSON Lines twin.
        List<String> inner = List.of(array.out().split("\n"));
        assertThat(inner.get(0)).isEqualTo("[");
        assertThat(inner.get(inner.size() - 1)).isEqualTo("]");
        List<String> elements = inner.subList(1, inner.size() - 1).stream()
                .map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).toList();
        assertThat(elements).isEqualTo(lines.lines());
        assertThat(json).hasSameSizeAs(elements);
        assertThat(array.err()).isEqualTo(lines.err());
    }

    @Test
    void evaluateWritesCsvWithOneRowPerDecisionAndTheOutcomes() throws IOException {
        List<Decision> expected = run("evaluate", sample()).decisions();
        EsibeCliTest.Run csv = run("evaluate", "--format", "csv", "--delimiter", ";", sample());

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("\"positionKind\";\"position\";\"applicationId\";\"outcome\"");
        for (Decision d : expected) {
            assertThat(csv.out()).contains("\"" + d.applicationId() + "\";\"" + d.outcome() + "\"");
        }
        assertThat(run("evaluate", "--format", "csv", "--lang", "it", sample()).out())
                .startsWith("\"tipo_posizione\";\"posizione\";\"codice_domanda\";\"esito\"".replace(';', ','));
    }

    @Test
    void evaluateReadsCsvToTheSameDecisionsAsJsonLines(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);
        Path csv = dir.resolve("call.csv");
        List<String> wellFormed = new java.util.ArrayList<>();
        try (OutputStream out = Files.newOutputStream(csv);
                ApplicationCsvWriter writer = new ApplicationCsvWriter(out,
                        CsvOptions.DEFAULTS.withItalianHeaders(true).withDelimiter(';').withByteOrderMark(true))) {
            // Records with structural faults (unknown properties, wrong types) cannot be carried over:
            // the model read from them has already dropped the faulty values.
            for (String line : lines) {
                ApplicationRecord read = ApplicationJson.reader().read(line);
                if (read.isWellFormed()) {
                    writer.write(read.application());
                    // As the library writes it (absent lists written empty), which is what the CSV holds.
                    wellFormed.add(ApplicationJson.write(read.application()));
                }
            }
        }
        Path jsonl = Files.write(dir.resolve("call.jsonl"), wellFormed, StandardCharsets.UTF_8);
        List<Decision> fromJson = run("evaluate", jsonl.toString()).decisions();
        List<Decision> fromCsv = run("evaluate", csv.toString()).decisions();

        assertThat(wellFormed).hasSizeGreaterThan(10);
        assertThat(fromCsv).hasSameSizeAs(fromJson);
        for (int i = 0; i < fromJson.size(); i++) {
            assertThat(fromCsv.get(i).outcome()).isEqualTo(fromJson.get(i).outcome());
            assertThat(fromCsv.get(i).criteria()).isEqualTo(fromJson.get(i).criteria());
            assertThat(fromCsv.get(i).inputSha256()).isEqualTo(fromJson.get(i).inputSha256());
            assertThat(fromCsv.get(i).position().kind().field()).isEqualTo("row");
        }
    }

    @Test
    void exportRegisterListsTheEligibleApplicationsOnly() throws IOException {
        List<Decision> decisions = run("evaluate", sample()).decisions();
        List<String> eligible = decisions.stream().filter(d -> d.outcome() == Outcome.ELIGIBLE)
                .map(Decision::applicationId).toList();
        assertThat(eligible).isNotEmpty();

        EsibeCliTest.Run csv = run("export-register", sample());
        assertThat(csv.exitCode()).isZero();
        String[] rows = csv.out().split("\r\n");
        assertThat(rows[0]).startsWith("\"codice_domanda\";\"denominazione\";\"partita_iva\";\"regione\"");
        assertThat(rows).hasSize(eligible.size() + 1);
        for (int i = 0; i < eligible.size(); i++) {
            assertThat(rows[i + 1]).startsWith("\"" + eligible.get(i) + "\";").contains("\"esibe-2024-interim\"");
        }
        assertThat(csv.err()).contains("Admitted to the register: " + eligible.size() + " of " + decisions.size());

        EsibeCliTest.Run json = run("export-register", "--format", "json", sample());
        JsonNode register = MAPPER.readTree(json.out());
        assertThat(register).hasSize(eligible.size());
        assertThat(register.get(0).get("applicationId").asText()).isEqualTo(eligible.get(0));
        assertThat(register.get(0).get("ruleset").asText()).isEqualTo("esibe-2024-interim");
        assertThat(register.get(0).get("technologies").isArray()).isTrue();

        EsibeCliTest.Run english = run("export-register", "--headers", "en", "--delimiter", ",", "--bom", sample());
        assertThat(english.out()).startsWith("\uFEFF\"applicationId\",\"companyName\"");
    }

    @Test
    void schemaPrintsTheShippedJsonSchema() throws IOException {
        EsibeCliTest.Run schema = run("schema");

        assertThat(schema.exitCode()).isZero();
        assertThat(schema.out()).isEqualTo(ApplicationSchema.json());
        assertThat(MAPPER.readTree(schema.out()).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void aBadDelimiterOrFormatIsAUsageErrorAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("out.csv");
        EsibeCliTest.Run run = run("evaluate", "--format", "csv", "--delimiter", "|", "--out", out.toString(), sample());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--delimiter");
        assertThat(out).doesNotExist();
        assertThat(run("evaluate", "--format", "xml", sample()).exitCode()).isEqualTo(2);
        assertThat(run("export-register", "--format", "jsonl", sample()).exitCode()).isEqualTo(2);
    }

    @Test
    void noProgressBarWhenStandardErrorIsNotATerminal() {
        // Under the test runner standard error is a pipe or a file: the bar must stay silent, so the
        // summary is all that standard error gets.
        assertThat(Progress.stderrIsTerminal()).isFalse();
        EsibeCliTest.Run run = run("evaluate", sample());
        assertThat(run.err()).doesNotContain("esibe ").doesNotContain("%").startsWith("Applications evaluated:");
    }
}
