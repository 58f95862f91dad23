package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import it.esibe.examples.cli.CliRun;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's acceptance on the bundled sample call: lowering {@code rd.min.precisionMedicine} to
 * 1 500 000 EUR admits exactly the precision-medicine applicants whose R&amp;D of the reference year
 * lies in [1 500 000, 2 000 000) and that pass every other criterion; {@code compare} lists them
 * with both explanations; the sweep's plot steps at exactly their figures.
 *
 * <p>The expected sets are computed here from the applications' own figures (read from the sample
 * file with a plain JSON parser) and from the hand-written oracle's verdicts on the other criteria
 * ({@link Oracle}, derived from the spec, not from the code), never from the tool's output.
 */
class WhatIfAcceptanceTest {

    /** The reform file of the README: rd.min.precisionMedicine 2 000 000 → 1 500 000 EUR. */
    static final Path LOWER = QuotedCode.ROOT.resolve("docs/reforms/lower-rd-precision-medicine.json");
    static final BigDecimal OLD = new BigDecimal("2000000");
    static final BigDecimal NEW = new BigDecimal("1500000");
    static final String RD_MIN = "ESIBE-RD-MIN";

    /**
     * One application of the sample call as the test reads it.
     *
     * @param id its id
     * @param precisionMedicine whether its track is precision medicine
     * @param rd its R&amp;D of the reference year 2024 (the oracle's Y), or null
     * @param others the oracle's verdicts on the criteria other than ESIBE-RD-MIN; empty for INVALID
     */
    record Applicant(String id, boolean precisionMedicine, BigDecimal rd, Map<String, String> others) {

        boolean passesTheOthers() {
            return !others.isEmpty() && others.values().stream().allMatch("PASS"::equals);
        }

        boolean failsNoOther() {
            return !others.isEmpty() && others.values().stream().noneMatch("FAIL"::equals);
        }

        String outcomeWithRdMin(boolean pass) {
            if (!pass || others.containsValue("FAIL")) {
                return "NOT_ELIGIBLE";
            }
            return others.containsValue("UNKNOWN") ? "INCOMPLETE" : "ELIGIBLE";
        }
    }

    static List<Applicant> applicants;

    @BeforeAll
    static void readTheSampleCall() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Map<String, Oracle.Row> oracle = new LinkedHashMap<>();
        Oracle.rows().forEach(r -> oracle.put(r.applicationId(), r));
        applicants = new ArrayList<>();
        for (String line : Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8)) {
            JsonNode a = json.readTree(line);
            String id = a.get("applicationId").asText();
            BigDecimal rd = null;
            for (JsonNode y : a.path("fiscalYears")) {
                if (y.path("year").asInt() == 2024 && y.path("rdExpenditure").isNumber()) {
                    rd = y.get("rdExpenditure").decimalValue();
                }
            }
            Map<String, String> others = new LinkedHashMap<>(oracle.get(id).results());
            others.remove(RD_MIN);
            applicants.add(new Applicant(id, "PRECISION_MEDICINE".equals(a.path("track").asText()), rd, others));
        }
    }

    /** The precision-medicine applicants with a figure in [{@code from}, {@code to}). */
    static List<Applicant> between(BigDecimal from, BigDecimal to) {
        return applicants.stream().filter(a -> a.precisionMedicine() && a.rd() != null && a.rd().compareTo(from) >= 0
                && a.rd().compareTo(to) < 0).toList();
    }

    @Test
    void loweringTheThresholdAdmitsExactlyTheApplicantsBetweenTheTwoThatPassEverythingElse() throws IOException {
        List<String> expected = between(NEW, OLD).stream().filter(Applicant::passesTheOthers).map(Applicant::id).toList();
        assertThat(expected).as("the sample call has such an applicant").isNotEmpty();

        CliRun before = CliRun.of("export-register", "--format", "json", Oracle.sampleCall().toString());
        CliRun after = CliRun.of("export-register", "--format", "json", "--reform", LOWER.toString(),
                Oracle.sampleCall().toString());

        List<String> admittedBefore = ids(before.out());
        List<String> admittedAfter = ids(after.out());
        List<String> entered = new ArrayList<>(admittedAfter);
        entered.removeAll(admittedBefore);
        assertThat(entered).containsExactlyElementsOf(expected);
        assertThat(admittedAfter).as("nobody leaves").containsAll(admittedBefore);
    }

    private static List<String> ids(String registerJson) throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(registerJson).forEach(e -> ids.add(e.get("applicationId").asText()));
        return ids;
    }

    @Test
    void compareListsThemWithBothExplanations() throws IOException {
        // Whoever fails no other criterion changes outcome: ELIGIBLE, or INCOMPLETE if another is unknown.
        Map<String, Applicant> expected = new LinkedHashMap<>();
        between(NEW, OLD).stream().filter(Applicant::failsNoOther).forEach(a -> expected.put(a.id(), a));

        CliRun run = CliRun.of("compare", "--reform", LOWER.toString(), Oracle.sampleCall().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : run.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(l));
        }
        assertThat(lines).extracting(l -> l.get("applicationId").asText()).containsExactlyElementsOf(expected.keySet());
        for (JsonNode l : lines) {
            Applicant a = expected.get(l.get("applicationId").asText());
            assertThat(l.at("/baseline/ruleset").asText()).isEqualTo("esibe-2024-interim");
            assertThat(l.at("/baseline/outcome").asText()).isEqualTo(a.outcomeWithRdMin(false));
            JsonNode change = l.at("/changes/0");
            assertThat(change.get("ruleset").asText()).isEqualTo("esibe-2026-lower-rd");
            assertThat(change.get("outcome").asText()).isEqualTo(a.outcomeWithRdMin(true));
            assertThat(change.get("criteria")).singleElement().satisfies(c -> {
                assertThat(c.get("id").asText()).isEqualTo(RD_MIN);
                String figure = String.format(java.util.Locale.ENGLISH, "EUR %,.2f", a.rd());
                // The words of the rules' messages: below the old threshold, at or above the new one.
                assertThat(c.at("/before/result").asText()).isEqualTo("FAIL");
                assertThat(c.at("/before/message/en").asText()).isEqualTo("R&D expenditure 2024: " + figure
                        + ", below the EUR 2,000,000.00 threshold");
                assertThat(c.at("/after/result").asText()).isEqualTo("PASS");
                assertThat(c.at("/after/message/en").asText()).isEqualTo("R&D expenditure 2024: " + figure
                        + ", at or above the EUR 1,500,000.00 threshold");
                assertThat(c.at("/before/message/it").asText()).contains("inferiore alla soglia di 2.000.000,00 EUR");
                assertThat(c.at("/after/message/it").asText()).contains("soglia di 1.500.000,00 EUR");
            });
        }
        assertThat(run.err()).contains("Applications compared: " + applicants.size())
                .contains("unaffected: " + (applicants.size() - expected.size()));
    }

    /** The sweep of the issue: 1 000 000 to 3 000 000 EUR by 100 000. */
    static CliRun sweep(String format) {
        return CliRun.of("sweep", "--param", "rd.min.precisionMedicine", "--from", "1000000", "--to", "3000000",
                "--step", "100000", "--format", format, Oracle.sampleCall().toString());
    }

    @Test
    void theSweepChangesExactlyAtTheApplicantsFiguresToTheCent() throws IOException {
        // Raising the threshold past a figure turns RD-MIN to FAIL: whoever fails no other criterion changes outcome.
        BigDecimal from = new BigDecimal("1000000");
        BigDecimal to = new BigDecimal("3000000");
        List<Applicant> flipping = between(from, to).stream().filter(Applicant::failsNoOther).toList();

        JsonNode result = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(sweep("json").out());

        List<String> flips = new ArrayList<>();
        result.get("flips").forEach(f -> flips.add(f.get("applicationId").asText() + " " + plain(f.get("below"))
                + "→" + plain(f.get("above")) + " " + f.get("before").asText() + "→" + f.get("after").asText()));
        assertThat(flips).containsExactlyInAnyOrderElementsOf(flipping.stream().map(a -> a.id() + " "
                + a.rd().stripTrailingZeros().toPlainString() + "→" + a.rd().add(new BigDecimal("0.01")).toPlainString() + " "
                + a.outcomeWithRdMin(true) + "→" + a.outcomeWithRdMin(false)).toList());

        // The admitted precision-medicine line steps exactly between each admitted applicant's figure and the next cent.
        TreeSet<BigDecimal> steps = new TreeSet<>();
        JsonNode points = result.get("points");
        for (int k = 1; k < points.size(); k++) {
            if (points.get(k).at("/eligible/PRECISION_MEDICINE").asLong()
                    != points.get(k - 1).at("/eligible/PRECISION_MEDICINE").asLong()) {
                assertThat(points.get(k).at("/values/0").decimalValue().subtract(points.get(k - 1).at("/values/0")
                        .decimalValue())).as("a step one cent wide").isEqualByComparingTo("0.01");
                steps.add(points.get(k - 1).at("/values/0").decimalValue().stripTrailingZeros());
            }
        }
        TreeSet<BigDecimal> figures = new TreeSet<>();
        between(from, to).stream().filter(Applicant::passesTheOthers).forEach(a -> figures.add(a.rd().stripTrailingZeros()));
        assertThat(figures).isNotEmpty();
        assertThat(steps).containsExactlyElementsOf(figures);
    }

    private static String plain(JsonNode number) {
        return number.decimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void theSvgPlotStepsAtThoseFigures() {
        String svg = sweep("svg").out();

        // The plot's own scale: the horizontal axis runs from 1 000 000 at its left end to 3 000 000 at its right.
        Matcher axis = Pattern.compile("<line x1=\"(\\d+)\" y1=\"(\\d+)\" x2=\"(\\d+)\" y2=\"\\2\" stroke=\"#52606d\"")
                .matcher(svg);
        assertThat(axis.find()).isTrue();
        int left = Integer.parseInt(axis.group(1));
        int right = Integer.parseInt(axis.group(3));
        Matcher path = Pattern.compile("<path d=\"([^\"]+)\" fill=\"none\" stroke=\"#0b3d6e\"").matcher(svg);
        assertThat(path.find()).as("the precision-medicine line").isTrue();
        // Steps: an H to x followed by a V to another height.
        List<Integer> stepXs = new ArrayList<>();
        Matcher seg = Pattern.compile("H(\\d+) V(\\d+)").matcher(path.group(1));
        int y = Integer.parseInt(path.group(1).replaceAll("^M\\d+ (\\d+).*", "$1"));
        while (seg.find()) {
            int ny = Integer.parseInt(seg.group(2));
            if (ny != y) {
                stepXs.add(Integer.parseInt(seg.group(1)));
            }
            y = ny;
        }
        List<Integer> expected = between(new BigDecimal("1000000"), new BigDecimal("3000000")).stream()
                .filter(Applicant::passesTheOthers)
                .map(a -> left + (int) Math.round(a.rd().add(new BigDecimal("0.01")).subtract(new BigDecimal("1000000"))
                        .doubleValue() / 2_000_000 * (right - left))).sorted().toList();
        assertThat(stepXs).containsExactlyElementsOf(expected);
        for (Applicant a : between(new BigDecimal("1000000"), new BigDecimal("3000000"))) {
            if (a.failsNoOther()) {
                assertThat(svg).as("the description names each change").contains(a.id());
            }
        }
        assertThat(svg).contains("<title id=\"plot-sweep-title\">").contains("<desc id=\"plot-sweep-desc\">");
    }
}
