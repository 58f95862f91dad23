package it.esibe.examples.cli;

import static it.esibe.examples.cli.EsibeCliTest.run;
import static it.esibe.examples.cli.EsibeCliTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.examples.Oracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that show and use what providers contribute: {@code rulesets}, {@code taxonomy} and
 * {@code --ruleset}/{@code --series}. The regional example {@code esibe-example-lombardia} is on the
 * test class path, as a regional jar would be beside {@code esibe.jar}, and the tool discovers it.
 */
class ProviderCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a discovered provider's origin looks like: its name, then the jar or the classes folder it was loaded from. */
    private static final String LOMBARDIA_ORIGIN =
            "lombardia \\(discovered, (esibe-example-lombardia-[0-9][^ ]*\\.jar|classes)\\)";

    /** The first application of the sample call: eligible (oracle), legal seat in Milano, Lombardia. */
    private static final String LOMBARD_SEAT = "\"legalSeat\": {\"country\": \"IT\", \"region\": \"Lombardia\", \"city\": \"Milano\"}";

    /** A table printed by a listing command, as rows of cells keyed by the first column. */
    private static Map<String, List<String>> table(String out, String firstHeader) {
        List<String> lines = Arrays.asList(out.split("\n"));
        assertThat(lines.get(0)).startsWith(firstHeader);
        // Columns are separated by two spaces or more; a cell holds at most single spaces.
        return lines.stream().skip(1).map(l -> Arrays.asList(l.split(" {2,}")))
                .collect(Collectors.toMap(r -> r.get(0), Function.identity(), (a, b) -> {
                    throw new AssertionError("listed twice: " + a);
                }, java.util.LinkedHashMap::new));
    }

    /**
     * A listing whose cells may be empty (a national code has no origin, a technology no ICD-10
     * range), as rows keyed by their code, each a map from column header to cell. Cells start where
     * their header starts, as the table pads them.
     */
    private static Map<String, Map<String, String>> columns(String out) {
        List<String> lines = Arrays.asList(out.split("\n"));
        String header = lines.get(0);
        List<String> names = Arrays.asList(header.trim().split(" {2,}"));
        int[] start = names.stream().mapToInt(header::indexOf).toArray();
        Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                int from = Math.min(start[i], line.length());
                int to = i + 1 < names.size() ? Math.min(start[i + 1], line.length()) : line.length();
                row.put(names.get(i), line.substring(from, to).trim());
            }
            assertThat(rows.put(row.get(names.get(0)), row)).as("listed twice: " + line).isNull();
        }
        return rows;
    }

    @Test
    void rulesetsListsTheNationalRulesetAndTheDiscoveredRegionalOne() {
        EsibeCliTest.Run run = run("rulesets");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().split("\n")[0]).matches("ID +VERSION +SERIES +FROM +ORIGIN +CRITERIA");
        Map<String, List<String>> rows = table(run.out(), "ID");
        assertThat(rows).containsOnlyKeys("esibe-2024-interim", "lom-2026");
        // Version 2 since spec v1.1 (ESIBE-CHANGES-v1.1, 1).
        assertThat(rows.get("esibe-2024-interim")).containsExactly("esibe-2024-interim", "2", "esibe", "2024-10-01",
                "esibe (built-in)", String.join(",", Oracle.CRITERIA));
        List<String> lom = rows.get("lom-2026");
        assertThat(lom.subList(0, 4)).containsExactly("lom-2026", "1", "lombardia", "2026-01-01");
        assertThat(lom.get(4)).matches(LOMBARDIA_ORIGIN);
        List<String> criteria = new ArrayList<>(Oracle.CRITERIA);
        criteria.add("LOM-SEAT");
        assertThat(lom.get(5)).isEqualTo(String.join(",", criteria));
        assertThat(run.out()).doesNotContain(" \n");
    }

    @Test
    void rulesetsAsJsonCarriesTheOriginAndTheParametersHash() throws IOException {
        EsibeCliTest.Run run = run("rulesets", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json).hasSize(2);
        JsonNode national = json.get(0);
        JsonNode lom = json.get(1);
        assertThat(national.get("id").asText()).isEqualTo("esibe-2024-interim");
        assertThat(national.get("origin").get("kind").asText()).isEqualTo("BUILT_IN");
        assertThat(national.get("origin").has("location")).isFalse();
        assertThat(lom.get("id").asText()).isEqualTo("lom-2026");
        assertThat(lom.get("origin").get("provider").asText()).isEqualTo("lombardia");
        assertThat(lom.get("origin").get("kind").asText()).isEqualTo("DISCOVERED");
        assertThat(lom.get("criteria").get(7).asText()).isEqualTo("LOM-SEAT");
        // lom-2026 lowers the precision-medicine threshold, so its parameters differ.
        assertThat(lom.get("parametersSha256").asText()).matches("[0-9a-f]{64}")
                .isNotEqualTo(national.get("parametersSha256").asText());
    }

    @Test
    void taxonomyListsTheNationalCodesThenTheRegionalOnesWithTheirOrigin() {
        EsibeCliTest.Run run = run("taxonomy");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\n")[0]).matches("CODE +FAMILY +LABEL +ICD-10 +ORIGIN");
        Map<String, Map<String, String>> rows = columns(run.out());
        List<String> codes = new ArrayList<>(rows.keySet());
        assertThat(codes).startsWith("PAT-CARDIO", "PAT-ONCO").contains("IND-FOOD", "TEC-RNA")
                .endsWith("LOM-PAT-RARE", "LOM-PAT-NEURO", "LOM-IND-AGRIFOOD", "LOM-IND-BIOMANUFACTURING");
        assertThat(rows.get("PAT-ONCO")).as("a national code has no origin").containsExactly(
                Map.entry("CODE", "PAT-ONCO"), Map.entry("FAMILY", "PATHOLOGY"), Map.entry("LABEL", "Cancers"),
                Map.entry("ICD-10", "C00–D48"), Map.entry("ORIGIN", ""));
        Map<String, String> rare = rows.get("LOM-PAT-RARE");
        assertThat(rare).containsEntry("FAMILY", "PATHOLOGY").containsEntry("LABEL", "Rare diseases");
        assertThat(rare.get("ORIGIN")).matches(LOMBARDIA_ORIGIN);
        assertThat(rows.get("LOM-IND-AGRIFOOD").get("FAMILY")).isEqualTo("INDUSTRIAL_PRIORITY");
        assertThat(run.out()).doesNotContain(" \n");
    }

    @Test
    void taxonomyShowsEachCodesIcd10RangesAndNothingForCodesWithout() {
        // ESIBE-TAXONOMY-v1 (v1.1), the pathologies' table.
        Map<String, Map<String, String>> rows = columns(run("taxonomy").out());

        assertThat(rows.get("PAT-INFECT").get("ICD-10")).isEqualTo("A00–B99, J09–J11, U07.1–U07.2");
        assertThat(rows.get("PAT-AMR").get("ICD-10")).isEqualTo("U82–U83");
        assertThat(rows.get("PAT-AMR").get("LABEL")).isEqualTo("Bacterial antimicrobial resistance (AMR)");
        assertThat(rows.get("PAT-CHRONIC").get("ICD-10")).isEqualTo("E10–E14, M05–M06");
        assertThat(rows.get("TEC-RNA").get("ICD-10")).isEmpty();
        assertThat(rows.get("IND-GHG").get("ICD-10")).isEmpty();
        // A provider's pathology shows the ranges its provider declares (G30–G32 in the regional example).
        assertThat(rows.get("LOM-PAT-NEURO").get("ICD-10")).isEqualTo("G30–G32");
        assertThat(rows.get("LOM-PAT-NEURO").get("ORIGIN")).matches(LOMBARDIA_ORIGIN);
        assertThat(rows.get("LOM-PAT-RARE").get("ICD-10")).isEmpty();
    }

    @Test
    void taxonomyLabelsFollowTheLanguageTag() {
        Map<String, List<String>> italian = table(run("taxonomy", "--lang", "it").out(), "CODE");
        Map<String, List<String>> german = table(run("taxonomy", "--lang", "de-CH").out(), "CODE");

        assertThat(italian.get("PAT-ONCO").get(2)).isEqualTo("Tumori");
        assertThat(italian.get("LOM-PAT-RARE").get(2)).isEqualTo("Malattie rare");
        assertThat(italian.get("LOM-IND-AGRIFOOD").get(2)).isEqualTo("Filiera agroalimentare");
        assertThat(german.get("LOM-PAT-RARE").get(2)).as("English for languages without labels").isEqualTo("Rare diseases");
    }

    @Test
    void taxonomyFiltersByFamily() {
        Map<String, List<String>> rows = table(run("taxonomy", "--family", "INDUSTRIAL_PRIORITY").out(), "CODE");

        assertThat(rows).isNotEmpty();
        assertThat(rows.keySet()).allMatch(c -> c.startsWith("IND-") || c.startsWith("LOM-IND-"))
                .contains("IND-GHG", "LOM-IND-AGRIFOOD");
        Map<String, List<String>> two = table(run("taxonomy", "--family", "PATHOLOGY,MEDICAL_TECHNOLOGY").out(), "CODE");
        assertThat(two.keySet()).contains("PAT-ONCO", "TEC-RNA", "LOM-PAT-NEURO").doesNotContain("IND-GHG", "LOM-IND-AGRIFOOD");
    }

    @Test
    void taxonomyAsJson() throws IOException {
        JsonNode json = MAPPER.readTree(run("taxonomy", "--format", "json", "--lang", "it", "--family", "PATHOLOGY").out());

        JsonNode last = json.get(json.size() - 1);
        assertThat(last.get("code").asText()).isEqualTo("LOM-PAT-NEURO");
        assertThat(last.get("label").asText()).isEqualTo("Malattie neurodegenerative");
        assertThat(last.get("citation").asText()).contains("non ufficiale");
        assertThat(last.get("origin").get("kind").asText()).isEqualTo("DISCOVERED");
        assertThat(json.get(0).get("origin").get("kind").asText()).isEqualTo("BUILT_IN");
    }

    @Test
    void taxonomyAsJsonGivesEveryCodeItsIcd10RangesEmptyWhenItHasNone() throws IOException {
        JsonNode json = MAPPER.readTree(run("taxonomy", "--format", "json").out());
        Map<String, JsonNode> byCode = new java.util.LinkedHashMap<>();
        json.forEach(e -> byCode.put(e.get("code").asText(), e));

        assertThat(byCode.get("PAT-INFECT").get("icd10")).isEqualTo(MAPPER.readTree("""
                [{"from": "A00", "to": "B99"}, {"from": "J09", "to": "J11"}, {"from": "U07.1", "to": "U07.2"}]"""));
        assertThat(byCode.get("PAT-AMR").get("icd10")).isEqualTo(MAPPER.readTree("[{\"from\": \"U82\", \"to\": \"U83\"}]"));
        assertThat(byCode.values()).allSatisfy(e -> assertThat(e.get("icd10").isArray()).as(e.toString()).isTrue());
        assertThat(byCode.get("TEC-RNA").get("icd10")).isEmpty();
        assertThat(byCode.get("LOM-PAT-RARE").get("icd10")).isEmpty();
        assertThat(byCode.get("LOM-PAT-NEURO").get("icd10").get(0).get("to").asText()).isEqualTo("G32");
    }

    @Test
    void taxonomyRejectsAnUnknownFamilyOrAMalformedLanguage() {
        assertThat(run("taxonomy", "--family", "PLANETS").exitCode()).isEqualTo(2);
        assertThat(run("taxonomy", "--lang", "!!").exitCode()).isEqualTo(2);
    }

    /** Three copies of the sample's first application: seat in Lombardia, in Lazio, and with no region. */
    private static Path threeSeats(Path dir) throws IOException {
        String first = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).get(0);
        assertThat(first).contains(LOMBARD_SEAT).contains("\"applicationId\": \"CALL2025-0001\"");
        String lazio = first.replace(LOMBARD_SEAT, "\"legalSeat\": {\"country\": \"IT\", \"region\": \"Lazio\", \"city\": \"Roma\"}")
                .replace("CALL2025-0001", "CALL2025-LAZIO");
        String noRegion = first.replace(LOMBARD_SEAT, "\"legalSeat\": {\"country\": \"IT\", \"city\": \"Milano\"}")
                .replace("CALL2025-0001", "CALL2025-NOREGION");
        return Files.writeString(dir.resolve("seats.jsonl"), first + "\n" + lazio + "\n" + noRegion + "\n");
    }

    private static Verdict lomSeat(Decision d) {
        return d.criterion("LOM-SEAT").map(CriterionResult::result).orElseThrow();
    }

    @Test
    void evaluateWithTheRegionalRulesetJudgesTheLegalSeatsRegion(@TempDir Path dir) throws IOException {
        Path seats = threeSeats(dir);

        EsibeCliTest.Run run = run("evaluate", "--ruleset", "lom-2026", seats.toString());

        assertThat(run.exitCode()).isZero();
        List<Decision> d = run.decisions();
        assertThat(d).extracting(Decision::ruleset).containsOnly("lom-2026");
        assertThat(d).extracting(Decision::rulesetVersion).containsOnly("1");
        assertThat(d).extracting(ProviderCommandsTest::lomSeat)
                .containsExactly(Verdict.PASS, Verdict.FAIL, Verdict.UNKNOWN);
        assertThat(d).extracting(Decision::outcome)
                .containsExactly(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE);
        assertThat(d.get(1).criterion("LOM-SEAT").orElseThrow().message().en()).contains("Lazio");
        assertThat(run.err()).contains("LOM-SEAT");
    }

    @Test
    void theRegionalCriterionSpeaksGermanWithLangDeLikeEveryCriterion(@TempDir Path dir) throws IOException {
        Path seats = threeSeats(dir);

        List<Decision> plain = run("evaluate", "--ruleset", "lom-2026", seats.toString()).decisions();
        assertThat(plain.get(1).criterion("LOM-SEAT").orElseThrow().message().others()).isEmpty();
        List<Decision> german = run("evaluate", "--ruleset", "lom-2026", "--lang", "de", seats.toString()).decisions();
        // The words come from the regional jar's own message provider, found beside its ruleset.
        assertThat(german.get(1).criterion("LOM-SEAT").orElseThrow().message().others()).containsEntry("de",
                "Rechtssitz in Lazio: die regionale Ausschreibung verlangt den Rechtssitz in der Lombardei");
        assertThat(german.get(1).criterion("LOM-SEAT").orElseThrow().message().it()).startsWith("Sede legale in Lazio");
    }

    @Test
    void evaluateWithoutOptionsStaysNational(@TempDir Path dir) throws IOException {
        List<Decision> d = run("evaluate", threeSeats(dir).toString()).decisions();

        assertThat(d).extracting(Decision::ruleset).containsOnly("esibe-2024-interim");
        assertThat(d).allSatisfy(x -> assertThat(x.criterion("LOM-SEAT")).isEmpty());
        assertThat(d).extracting(Decision::outcome).containsOnly(Outcome.ELIGIBLE);
    }

    @Test
    void seriesPicksTheRegionalRulesetInForceAtTheReferenceDate(@TempDir Path dir) throws IOException {
        Path seats = threeSeats(dir);

        // Submitted in 2025, before lom-2026 applies (2026-01-01): no ruleset of the series yet.
        List<Decision> early = run("evaluate", "--series", "lombardia", seats.toString()).decisions();
        assertThat(early).extracting(Decision::outcome).containsOnly(Outcome.INVALID);
        List<Decision> judged = run("evaluate", "--series", "lombardia", "--reference-date", "2026-02-02",
                seats.toString()).decisions();
        assertThat(judged).extracting(Decision::ruleset).containsOnly("lom-2026");
        assertThat(judged).extracting(ProviderCommandsTest::lomSeat)
                .containsExactly(Verdict.PASS, Verdict.FAIL, Verdict.UNKNOWN);
    }

    @Test
    void exportRegisterAdmitsOnlyTheLombardCompanyUnderTheRegionalRuleset(@TempDir Path dir) throws IOException {
        EsibeCliTest.Run run = run("export-register", "--format", "json", "--ruleset", "lom-2026",
                threeSeats(dir).toString());

        assertThat(run.exitCode()).isZero();
        JsonNode register = MAPPER.readTree(run.out());
        assertThat(register.toString()).contains("CALL2025-0001").contains("lom-2026")
                .doesNotContain("CALL2025-LAZIO").doesNotContain("CALL2025-NOREGION");
        assertThat(run.err()).contains("Admitted to the register: 1 of 3");
    }

    @Test
    void anUnknownRulesetIsAUsageErrorListingTheKnownOnes() {
        EsibeCliTest.Run run = run("evaluate", "--ruleset", "lom-2025", sample());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unknown ruleset 'lom-2025'").contains("known: esibe-2024-interim, lom-2026");
        assertThat(run("export-register", "--ruleset", "nope", sample()).exitCode()).isEqualTo(2);
        assertThat(run("report", "--ruleset", "nope", "--out", "never-written.html", sample()).exitCode()).isEqualTo(2);
        assertThat(Path.of("never-written.html")).doesNotExist();
    }

    @Test
    void anUnknownSeriesOrBothOptionsAreUsageErrors() {
        EsibeCliTest.Run series = run("evaluate", "--series", "veneto", sample());

        assertThat(series.exitCode()).isEqualTo(2);
        assertThat(series.err()).contains("Unknown series 'veneto'").contains("known: esibe, lombardia");
        EsibeCliTest.Run both = run("evaluate", "--ruleset", "lom-2026", "--series", "lombardia", sample());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("exclusive");
    }

    @Test
    void aSeriesThatStartsAfterTheReferenceDateIsAUsageError() {
        EsibeCliTest.Run run = run("evaluate", "--series", "lombardia", "--reference-date", "2025-06-30", sample());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("lom-2026").contains("2026-01-01");
    }

    @Test
    void theMissingSubcommandMessageNamesEveryCommand() {
        EsibeCliTest.Run run = run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("evaluate, report, export-register,")
                .contains("compare, sweep, rulesets, rules, taxonomy or schema");
    }
}
