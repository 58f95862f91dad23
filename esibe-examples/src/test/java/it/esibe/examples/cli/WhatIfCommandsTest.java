package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.core.decision.Decision;
import it.esibe.examples.Oracle;
import it.esibe.examples.QuotedCode;
import it.esibe.io.DecisionJson;
import it.esibe.io.ReformJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's what-if commands: reform files for every command that decides, {@code rulesets
 * --reform}, {@code compare} in JSON Lines and CSV, {@code sweep} in every format, the report's
 * section, and bad reform files answered with their JSON paths.
 */
class WhatIfCommandsTest {

    static final String LOWER = QuotedCode.ROOT.resolve("docs/reforms/lower-rd-precision-medicine.json").toString();
    static final String SAMPLE = Oracle.sampleCall().toString();

    @TempDir
    Path dir;

    Path reform(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** A reform of the interim ruleset with {@code changes} after the id, version and date. */
    Path reform(String id, String base, String changes) throws IOException {
        return reform(id + ".json", "{\"schemaVersion\": 1, \"base\": \"" + base + "\", \"id\": \"" + id
                + "\", \"version\": \"1\", \"effectiveFrom\": \"2026-01-01\"" + changes + "}");
    }

    @Test
    void rulesetsShowsTheDerivedRulesetWithWhatItChangesAndWhy() {
        CliRun text = CliRun.of("rulesets", "--reform", LOWER);
        CliRun json = CliRun.of("rulesets", "--format", "json", "--reform", LOWER);

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("esibe-2026-lower-rd +1 +esibe-2026-lower-rd +2026-01-01 +reform file"
                + " \\(registered, lower-rd-precision-medicine.json\\)")
                .contains("esibe-2026-lower-rd (" + LOWER + "): derived from esibe-2024-interim, version 1, from 2026-01-01")
                .contains("  parameter rd.min.precisionMedicine: 2000000.00 -> 1500000.00; Admit precision-medicine"
                        + " companies in their first clinical phase, whose R&D is smaller (Illustrative consultation"
                        + " response (not an official proposal))");
        assertThat(json.out()).contains("\"reform\" : {").contains("\"before\" : \"2000000.00\"")
                .contains("\"after\" : \"1500000.00\"");
    }

    @Test
    void everyCommandThatDecidesTakesAReform() {
        CliRun evaluate = CliRun.of("evaluate", "--reform", LOWER, SAMPLE);

        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        List<Decision> decisions = evaluate.out().lines().map(DecisionJson::read).toList();
        assertThat(decisions).allSatisfy(d -> assertThat(d.ruleset()).isEqualTo("esibe-2026-lower-rd"));
        assertThat(decisions.get(3).outcome().name()).as("CALL2025-0004, R&D 1 650 000").isEqualTo("ELIGIBLE");

        CliRun two = CliRun.of("evaluate", "--ruleset", "esibe-2024-interim", "--reform", LOWER, SAMPLE);
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("evaluate decides under one ruleset").contains("'esibe compare'");
        assertThat(two.out()).isEmpty();
    }

    @Test
    void aReformMayStartFromAnEarlierOneAndAddACriterionOfAProvider() throws IOException {
        Path chained = reform("t-chained", "esibe-2026-lower-rd", ", \"added\": [{\"criterion\": \"LOM-SEAT\","
                + " \"after\": \"ESIBE-SEAT\", \"reason\": \"regional call\"}], \"neutralised\": [{\"criterion\":"
                + " \"ESIBE-PATENT\", \"reason\": \"patents are not required in the pilot\"}]");

        CliRun run = CliRun.of("evaluate", "--reform", LOWER, "--reform", chained.toString(), SAMPLE);
        CliRun notABase = CliRun.of("evaluate", "--ruleset", "esibe-2024-interim", "--reform", LOWER,
                "--reform", chained.toString(), SAMPLE);
        CliRun rulesets = CliRun.of("rulesets", "--reform", LOWER, "--reform", chained.toString());

        // The first file is the second's base: the call is decided under the second.
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Decision> decisions = run.out().lines().map(DecisionJson::read).toList();
        assertThat(decisions).allSatisfy(d -> assertThat(d.ruleset()).isEqualTo("t-chained"));
        assertThat(decisions.get(0).criteria()).extracting(c -> c.id()).containsExactly("ESIBE-TRACK-ALIGN",
                "ESIBE-STAGE", "ESIBE-RD-MIN", "ESIBE-PATENT", "ESIBE-SEAT", "LOM-SEAT", "ESIBE-RD-ITALY", "ESIBE-SME");
        assertThat(decisions.get(3).criterion("ESIBE-RD-MIN").orElseThrow().message().en())
                .as("the first file's threshold").contains("EUR 1,500,000.00");
        assertThat(decisions.get(4).criterion("ESIBE-PATENT").orElseThrow().message().en())
                .isEqualTo("Criterion neutralised by ruleset t-chained: patents are not required in the pilot");
        assertThat(notABase.exitCode()).isEqualTo(2);
        assertThat(notABase.err()).contains("any other ruleset is one too many");
        assertThat(rulesets.exitCode()).as(rulesets.err()).isZero();
        assertThat(rulesets.out()).contains("ESIBE-SEAT,LOM-SEAT,ESIBE-RD-ITALY")
                .contains("  added LOM-SEAT, after ESIBE-SEAT; regional call")
                .contains("  neutralised ESIBE-PATENT; patents are not required in the pilot");
    }

    @Test
    void aBadReformFileIsAUsageErrorWithEveryProblemAtItsPath() throws IOException {
        Path bad = reform("bad", "esibe-2024-interim", ", \"parameters\": ["
                + "{\"name\": \"rd.min.precisionMedecine\", \"value\": 1, \"reason\": \"r\", \"source\": \"s\"},"
                + "{\"name\": \"rd.min.industrialEnvironmental\", \"value\": \"1,5 Mio\", \"reason\": \"r\", \"source\": \"s\"}],"
                + " \"neutralised\": [{\"criterion\": \"ESIBE-NOPE\", \"reason\": \"r\"}]");

        CliRun run = CliRun.of("compare", "--reform", bad.toString(), SAMPLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("esibe: " + bad + ": parameters[0].name: unknown parameter"
                        + " \"rd.min.precisionMedecine\"; known: patents.acceptPending, rd.italy.minShareExclusive,")
                .contains("esibe: " + bad + ": parameters[1].value: parameter rd.min.industrialEnvironmental is an amount"
                        + " in euro from 0 to 999999999999999.99 with at most 2 decimals, such as 1500000.00; got \"1,5 Mio\"")
                .contains("esibe: " + bad + ": neutralised[0].criterion: no criterion \"ESIBE-NOPE\"")
                .contains("is not a valid reform file (docs/WHATIF.md)");

        Path structural = reform("structural.json", "{\"schemaVersion\": 1, \"base\": \"esibe-2023\", \"colour\": 1}");
        CliRun s = CliRun.of("evaluate", "--reform", structural.toString(), SAMPLE);
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(s.err()).contains(": colour: unknown property \"colour\"").contains(": id: is required: a string");

        Path unknownBase = reform("t-base", "esibe-2023", "");
        assertThat(CliRun.of("report", "--out", dir.resolve("r.html").toString(), "--reform", unknownBase.toString(),
                SAMPLE).err()).contains(": base: unknown ruleset \"esibe-2023\"; known: esibe-2024-interim");
        assertThat(dir.resolve("r.html")).doesNotExist();

        CliRun missing = CliRun.of("evaluate", "--reform", dir.resolve("nowhere.json").toString(), SAMPLE);
        assertThat(missing.exitCode()).as("an I/O error").isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.json: no such file");
    }

    @Test
    void compareWritesOnlyWhatChangesUnlessAskedAndCountsTheRest() throws IOException {
        CliRun changed = CliRun.of("compare", "--reform", LOWER, SAMPLE);
        CliRun all = CliRun.of("compare", "--ruleset", "esibe-2024-interim", "--reform", LOWER, "--list-unaffected", SAMPLE);

        assertThat(changed.out().lines()).hasSize(1);
        assertThat(all.out().lines()).hasSize(Oracle.rows().size());
        JsonNode unaffected = new ObjectMapper().readTree(all.out().lines().toList().get(0));
        assertThat(unaffected.get("changed").asBoolean()).isFalse();
        assertThat(unaffected.get("line").asInt()).isEqualTo(1);
        assertThat(changed.err()).contains("before \\ after  ELIGIBLE  NOT_ELIGIBLE  INCOMPLETE  INVALID")
                .contains("esibe-2026-lower-rd: outcome changed for 1 (1 enter the register, 0 leave it)");
    }

    @Test
    void compareAndSweepDecideEveryRecordAsReadWithItsLineTheUnreadableToo() throws IOException {
        List<String> sample = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);
        Path call = dir.resolve("damaged.jsonl");
        // CALL2025-0004 (R&D 2024 of 1 650 000 EUR) after a line that is no JSON at all.
        Files.writeString(call, sample.get(0) + "\n{not json\n" + sample.get(3) + "\n", StandardCharsets.UTF_8);

        CliRun compared = CliRun.of("compare", "--reform", LOWER, "--list-unaffected", call.toString());
        CliRun swept = CliRun.of("sweep", "--param", "rd.min.precisionMedicine", "--from", "1500000", "--to",
                "2000000", "--step", "500000", call.toString());

        assertThat(compared.exitCode()).as(compared.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = compared.out().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 3);
        assertThat(lines.get(1).get("baseline").get("outcome").asText()).isEqualTo("INVALID");
        assertThat(lines.get(1).get("changes").get(0).get("outcome").asText()).isEqualTo("INVALID");
        assertThat(lines.get(2).get("applicationId").asText()).isEqualTo("CALL2025-0004");
        assertThat(lines.get(2).get("changes").get(0).get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(compared.err()).contains("Applications compared: 3;");
        JsonNode result = json.readTree(swept.out());
        assertThat(result.get("applications").asInt()).isEqualTo(3);
        assertThat(result.get("points")).allSatisfy(p -> assertThat(p.get("outcomes").get("INVALID").asInt()).isOne());
    }

    @Test
    void compareNeedsTwoRulesetsOrOneReform() {
        CliRun one = CliRun.of("compare", "--ruleset", "esibe-2024-interim", SAMPLE);
        CliRun series = CliRun.of("compare", "--series", "esibe", SAMPLE);
        CliRun twice = CliRun.of("compare", "--ruleset", "esibe-2024-interim", "--ruleset", "esibe-2024-interim", SAMPLE);

        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).contains("compare needs two rulesets or more");
        assertThat(series.exitCode()).isEqualTo(2);
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("each ruleset may be compared once");
    }

    @Test
    void compareCsvIsFormulaSafeAndInTheLanguageAsked() throws IOException {
        String line = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).get(3)
                .replace("\"region\": \"Emilia-Romagna\"", "\"region\": \"=HYPERLINK(\\\"http://x\\\")\"");
        assertThat(line).contains("HYPERLINK");
        Path call = dir.resolve("hostile.jsonl");
        Files.writeString(call, line + "\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("compare", "--reform", LOWER, "--format", "csv", "--lang", "it", "--delimiter", ";",
                call.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = run.out().lines().toList();
        assertThat(rows.get(0)).startsWith("\"tipo_posizione\";\"posizione\";\"codice_domanda\";\"percorso\";\"regione\"");
        assertThat(rows.get(1)).startsWith("\"line\";\"1\";\"CALL2025-0004\";\"PRECISION_MEDICINE\";"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";\"esibe-2024-interim\";\"NOT_ELIGIBLE\";\"esibe-2026-lower-rd\";"
                + "\"ELIGIBLE\";\"true\";\"ESIBE-RD-MIN\";\"ESIBE-RD-MIN: FAIL — Spesa in R&S 2024: 1.650.000,00 EUR,"
                + " inferiore alla soglia di 2.000.000,00 EUR\"");
    }

    @Test
    void sweepWritesJsonCsvSvgAndHtmlAndATableForTwoParameters() {
        String[] grid = {"--param", "rd.min.precisionMedicine", "--from", "1000000", "--to", "3000000", "--step", "500000"};
        CliRun csv = CliRun.of(concat(new String[] {"sweep", "--format", "csv"}, grid, SAMPLE));
        CliRun svg = CliRun.of(concat(new String[] {"sweep", "--format", "svg", "--lang", "it"}, grid, SAMPLE));
        CliRun html = CliRun.of(concat(new String[] {"sweep", "--format", "html"}, grid, SAMPLE));
        CliRun table = CliRun.of(concat(new String[] {"sweep", "--format", "csv"}, grid, "--param",
                "rd.min.industrialEnvironmental", "--from", "500000", "--to", "1000000", "--step", "500000", SAMPLE));

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList().get(0)).isEqualTo("\"rd.min.precisionMedicine\",\"grid\",\"ELIGIBLE\","
                + "\"NOT_ELIGIBLE\",\"INCOMPLETE\",\"INVALID\",\"eligible_PRECISION_MEDICINE\","
                + "\"eligible_INDUSTRIAL_ENVIRONMENTAL\",\"changes\"");
        assertThat(csv.out()).contains("\"1650000.01\",\"false\"").contains("CALL2025-0004 ELIGIBLE→NOT_ELIGIBLE");
        assertThat(svg.out()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title id=\"plot-sweep-title\">"
                + "Domande ammesse per percorso rispetto a rd.min.precisionMedicine</title>").doesNotContain("<script");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<tr data-flip=\"CALL2025-0004\">")
                .contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines()).hasSize(1 + 5 * 2);
        assertThat(table.out().lines().toList().get(0)).startsWith("\"rd.min.precisionMedicine\","
                + "\"rd.min.industrialEnvironmental\",\"grid\"");
    }

    @Test
    void aSweepOfAnUnknownOrNonNumericParameterIsAUsageError() {
        CliRun unknown = CliRun.of("sweep", "--param", "rd.min.x", "--from", "1", "--to", "2", "--step", "1", SAMPLE);
        CliRun flag = CliRun.of("sweep", "--param", "patents.acceptPending", "--from", "0", "--to", "1", "--step", "1",
                SAMPLE);
        CliRun fine = CliRun.of("sweep", "--param", "rd.min.precisionMedicine", "--from", "1", "--to", "2", "--step",
                "0.001", SAMPLE);

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("has no parameter rd.min.x; known: [patents.acceptPending,");
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).contains("a sweep varies a number");
        assertThat(fine.exitCode()).isEqualTo(2);
        assertThat(fine.err()).contains("finer than its precision, 0.01");
    }

    @Test
    void theReportHasASectionOnEachFurtherRuleset() throws IOException {
        Path out = dir.resolve("report.html");
        Path call = ReportCommandTest.renamedFirst(dir, ReportCommandTest.HOSTILE);
        String fourth = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).get(3)
                .replace("\"name\": \"RNAxis S.r.l.\"", "\"name\": \"<b>RNAxis</b> & Co\"");
        assertThat(fourth).contains("<b>RNAxis</b>");
        Files.writeString(call, fourth + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        CliRun run = CliRun.of("report", "--ruleset", "esibe-2024-interim", "--reform", LOWER, "--support-after",
                ReportCommandTest.AFTER, "--out", out.toString(), call.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("<h2 id=\"h-changes-esibe-2026-lower-rd\">What changes under esibe-2026-lower-rd</h2>")
                .contains("<tr data-changed=\"CALL2025-0004\">")
                .contains("&lt;b&gt;RNAxis&lt;/b&gt; &amp; Co").doesNotContain("<b>RNAxis")
                .contains("Admit precision-medicine companies in their first clinical phase");
        assertThat(html.indexOf("id=\"changes-")).isGreaterThan(html.indexOf("id=\"register\""));
    }

    @Test
    void theSchemaCommandPrintsTheReformSchema() {
        assertThat(CliRun.of("schema", "--reform").out()).isEqualTo(ReformJson.schema());
    }

    @Test
    void theReformFileTheDocumentsShowIsAValidReformAndShownAsItIs() throws IOException {
        assertThat(ReformJson.read(Path.of(LOWER)).parameters()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("1500000.00"));
        String file = Files.readString(Path.of(LOWER), StandardCharsets.UTF_8);
        for (String doc : List.of("README.md", "docs/WHATIF.md")) {
            assertThat(Files.readString(QuotedCode.ROOT.resolve(doc), StandardCharsets.UTF_8))
                    .as(doc).contains("```json\n" + file + "```");
        }
    }

    private static String[] concat(String[] head, String[] grid, String... tail) {
        String[] all = new String[head.length + grid.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(grid, 0, all, head.length, grid.length);
        System.arraycopy(tail, 0, all, head.length + grid.length, tail.length);
        return all;
    }
}
