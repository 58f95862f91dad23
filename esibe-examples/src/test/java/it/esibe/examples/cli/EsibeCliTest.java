package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.examples.Oracle;
import it.esibe.io.DecisionJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code esibe evaluate} in-process on the bundled sample call and checks it against the oracle. */
class EsibeCliTest {

    /** What one in-process run produced. */
    record Run(int exitCode, String out, String err) {
        /** The output's lines; every line, the last included, ends with a line feed. */
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }

        List<Decision> decisions() {
            return lines().stream().map(DecisionJson::read).toList();
        }
    }

    static Run run(String... args) {
        CliRun run = CliRun.of(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    static String sample() {
        return Oracle.sampleCall().toString();
    }

    @Test
    void writesOneDecisionPerInputLineInInputOrder() throws IOException {
        Run run = run("evaluate", sample());

        assertThat(run.exitCode()).isZero();
        List<String> input = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);
        assertThat(input).hasSizeGreaterThanOrEqualTo(14);
        assertThat(run.out()).endsWith("\n");
        List<Decision> decisions = run.decisions();
        assertThat(decisions).hasSameSizeAs(input);
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            assertThat(d.position()).isEqualTo(RecordPosition.line(i + 1));
            assertThat(input.get(i)).contains("\"applicationId\": \"" + d.applicationId() + "\"");
            assertThat(d.ruleset()).isEqualTo("esibe-2024-interim");
            assertThat(d.inputSha256()).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void everyDecisionMatchesTheHandWrittenOracle() {
        List<Oracle.Row> oracle = Oracle.rows();
        List<Decision> decisions = run("evaluate", sample()).decisions();

        assertThat(decisions).hasSameSizeAs(oracle);
        for (int i = 0; i < oracle.size(); i++) {
            Oracle.Row expected = oracle.get(i);
            Decision actual = decisions.get(i);
            String why = expected.applicationId() + ": " + expected.why();
            assertThat(actual.applicationId()).as(why).isEqualTo(expected.applicationId());
            assertThat(actual.outcome().name()).as(why).isEqualTo(expected.outcome());
            assertThat(actual.criteria().stream().map(c -> c.id() + "=" + c.result()).toList()).as(why)
                    .containsExactlyElementsOf(expected.results().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).toList());
            expected.missingAmount().ifPresent(amount -> assertThat(actual.criterion("ESIBE-RD-MIN")
                    .flatMap(CriterionResult::remedyIfAny).flatMap(Remedy::missingAmount)).as(why)
                    .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo(amount)));
            if (expected.outcome().equals("INVALID")) {
                assertThat(actual.violations()).as(why)
                        .anySatisfy(v -> assertThat(v.path()).startsWith(expected.violationPath().orElseThrow()));
            }
        }
    }

    @Test
    void validApplicationsListAllSevenCriteriaInSpecOrderWithBothLanguagesAndCitation() {
        List<Decision> valid = run("evaluate", sample()).decisions().stream()
                .filter(d -> d.outcome() != Outcome.INVALID).toList();

        assertThat(valid).isNotEmpty();
        for (Decision d : valid) {
            assertThat(d.criteria()).extracting(CriterionResult::id).containsExactlyElementsOf(Oracle.CRITERIA);
            assertThat(d.violations()).isEmpty();
            assertThat(d.referenceYear()).isEqualTo(2024);
            for (CriterionResult c : d.criteria()) {
                assertThat(c.message().it()).as(d.applicationId() + " " + c.id()).isNotBlank();
                assertThat(c.message().en()).as(d.applicationId() + " " + c.id()).isNotBlank();
                assertThat(c.citation()).as(d.applicationId() + " " + c.id()).startsWith("Rapporto ad interim");
            }
        }
    }

    @Test
    void invalidApplicationsListViolationsWithPathsAndNoCriteria() {
        List<Decision> invalid = run("evaluate", sample()).decisions().stream()
                .filter(d -> d.outcome() == Outcome.INVALID).toList();

        assertThat(invalid).hasSizeGreaterThanOrEqualTo(2);
        for (Decision d : invalid) {
            assertThat(d.criteria()).isEmpty();
            assertThat(d.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.path()).isNotBlank();
                assertThat(v.message()).isNotBlank();
            });
        }
    }

    @Test
    void theRdMinMessageNamesTheFiguresInBothLanguages() {
        Decision d = run("evaluate", sample()).decisions().stream()
                .filter(x -> "CALL2025-0004".equals(x.applicationId())).findFirst().orElseThrow();
        CriterionResult rdMin = d.criterion("ESIBE-RD-MIN").orElseThrow();

        assertThat(rdMin.result()).isEqualTo(Verdict.FAIL);
        assertThat(rdMin.message().en()).contains("1,650,000.00").contains("2,000,000.00");
        assertThat(rdMin.message().it()).contains("1.650.000,00").contains("2.000.000,00");
    }

    @Test
    void noFactsLeavesOutTheFactsAndParametersOnly() {
        List<Decision> full = run("evaluate", sample()).decisions();
        Run lean = run("evaluate", "--no-facts", sample());

        assertThat(lean.exitCode()).isZero();
        assertThat(lean.out()).doesNotContain("\"facts\":[{").doesNotContain("\"parameters\"")
                .contains("\"missingFacts\"").contains("\"pathToEligibility\"");
        assertThat(run("evaluate", sample()).out()).contains("\"facts\":[{").contains("\"parameters\"");
        List<Decision> bare = lean.decisions();
        assertThat(bare).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            assertThat(bare.get(i).criteria())
                    .isEqualTo(full.get(i).criteria().stream().map(CriterionResult::withoutFacts).toList());
        }
    }

    @Test
    void twoRunsGiveByteIdenticalOutput() {
        Run first = run("evaluate", sample());
        Run second = run("evaluate", sample());

        assertThat(second.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(first.out().getBytes(StandardCharsets.UTF_8));
        assertThat(second.err()).isEqualTo(first.err());
    }

    @Test
    void outWritesTheSameBytesToAFile(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");

        Run toFile = run("evaluate", "--out", a.toString(), sample());
        run("evaluate", "--out", b.toString(), sample());

        assertThat(toFile.exitCode()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b))
                .isEqualTo(run("evaluate", sample()).out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void summaryOnStderrCountsOutcomesAndFailingCriteria() {
        Run en = run("evaluate", sample());
        Run it = run("evaluate", "--lang", "it", sample());

        assertThat(en.err()).contains("Applications evaluated: 19 (3 eligible, 11 not eligible, 2 incomplete, 3 invalid)")
                .contains("Most frequently failed criteria:").containsPattern("ESIBE-RD-MIN +2");
        assertThat(it.err()).contains("Domande valutate: 19 (3 ammissibili, 11 non ammissibili, 2 incomplete, 3 non valide)")
                .contains("Criteri non soddisfatti più spesso:");
        assertThat(en.err()).doesNotContain("HV000001");
    }

    @Test
    void langSetsTheLanguageOfViolationMessages() {
        Violation en = vatViolation(run("evaluate", sample()));
        Violation it = vatViolation(run("evaluate", "--lang", "it", sample()));

        assertThat(en.message()).contains("partita IVA").startsWith("must");
        assertThat(it.message()).startsWith("deve");
    }

    @Test
    void germanIsAddedOnlyWhenAskedFor() {
        Run en = run("evaluate", sample());
        Run de = run("evaluate", "--lang", "de", sample());
        assertThat(de.exitCode()).isZero();
        // The German provider is on the tool's class path, but decisions carry German only on request.
        assertThat(en.out()).doesNotContain("\"de\":");
        var german = de.decisions().stream().filter(d -> !d.criteria().isEmpty()).findFirst().orElseThrow();
        var rdMin = german.criterion("ESIBE-RD-MIN").orElseThrow().message();
        assertThat(rdMin.others()).containsKey("de");
        assertThat(rdMin.in(java.util.Locale.GERMAN)).isNotEqualTo(rdMin.en()).isNotBlank();
        // ESIBE-STAGE has no German text: it falls back to the English one, never to a blank.
        var stage = german.criterion("ESIBE-STAGE").orElseThrow().message();
        assertThat(stage.in(java.util.Locale.GERMAN)).isEqualTo(stage.en());
        assertThat(de.err()).contains("Applications evaluated: 19");
    }

    private static Violation vatViolation(Run run) {
        return run.decisions().stream().filter(d -> "CALL2025-0015".equals(d.applicationId()))
                .flatMap(d -> d.violations().stream()).filter(v -> v.path().equals("company.vatNumber"))
                .findFirst().orElseThrow();
    }

    @Test
    void referenceDateJudgesPatentsAtThatDate() {
        // CALL2025-0006's owned patent lapsed on 2025-01-31: on 2025-01-15 it is still in force.
        List<Decision> decisions = run("evaluate", "--reference-date", "2025-01-15", sample()).decisions();
        Decision d = decisions.stream().filter(x -> "CALL2025-0006".equals(x.applicationId())).findFirst().orElseThrow();

        assertThat(d.referenceDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(d.criterion("ESIBE-PATENT").orElseThrow().result()).isEqualTo(Verdict.PASS);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void referenceYearTakesTheFiguresOfThatYear() {
        // CALL2025-0014 only has 2023 figures: with Y = 2023 nothing is unknown any more.
        List<Decision> decisions = run("evaluate", "--reference-year", "2023", sample()).decisions();
        Decision d = decisions.stream().filter(x -> "CALL2025-0014".equals(x.applicationId())).findFirst().orElseThrow();

        assertThat(d.referenceYear()).isEqualTo(2023);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void readsJsonFilesToo(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);
        Path array = dir.resolve("call.json");
        Files.writeString(array, "[" + String.join(",\n", lines.subList(0, 3)) + "]", StandardCharsets.UTF_8);

        Run run = run("evaluate", array.toString(), sample());

        assertThat(run.exitCode()).isZero();
        List<Decision> decisions = run.decisions();
        assertThat(decisions).hasSize(3 + lines.size());
        assertThat(decisions.get(2).position()).isEqualTo(RecordPosition.index(2));
        assertThat(decisions.get(3).position()).isEqualTo(RecordPosition.line(1));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("evaluate", "--bogus", sample());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void malformedReferenceDateIsAUsageError() {
        Run run = run("evaluate", "--reference-date", "2025-02-30", sample());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("not an ISO date");
    }

    @Test
    void malformedReferenceYearAndLangAreUsageErrors() {
        assertThat(run("evaluate", "--reference-year", "last", sample()).exitCode()).isEqualTo(2);
        assertThat(run("evaluate", "--reference-year", "20240", sample()).exitCode()).isEqualTo(2);
        assertThat(run("evaluate", "--lang", "fr", sample()).exitCode()).isEqualTo(2);
    }

    @Test
    void missingFileArgumentOrSubcommandIsAUsageError() {
        assertThat(run("evaluate").exitCode()).isEqualTo(2);
        assertThat(run().exitCode()).isEqualTo(2);
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void fileOfUnknownFormatIsAUsageError(@TempDir Path dir) throws IOException {
        Path xlsx = Files.writeString(dir.resolve("call.xlsx"), "a,b\n");

        Run run = run("evaluate", xlsx.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".jsonl, .json or .csv");
    }

    @Test
    void missingFileIsAnIoErrorWithOneClearLine(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.jsonl");

        Run run = run("evaluate", sample(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).as("nothing is written when an input is missing").isEmpty();
        assertThat(run.err()).isEqualTo("esibe: " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void unwritableOutputIsAnIoError(@TempDir Path dir) {
        Path out = dir.resolve("no-such-dir").resolve("decisions.jsonl");

        Run run = run("evaluate", "--out", out.toString(), sample());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("esibe: " + out + ": ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("evaluate", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--reference-date").contains("--reference-year").contains("--lang")
                .contains("--out");
        assertThat(run("--version").exitCode()).isZero();
    }
}
