package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.examples.Oracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code esibe report} on the bundled sample call, checked against the hand-written oracle. */
class ReportCommandTest {

    /** Fixed so that projected event dates do not depend on the day the tests run. */
    static final String AFTER = "2025-06-30";

    static final String HOSTILE = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    /** Writes the report of {@code input} in {@code lang} and returns the page. */
    static String report(Path dir, String lang, Path input) throws IOException {
        Path out = dir.resolve("report-" + lang + ".html");
        EsibeCliTest.Run run = EsibeCliTest.run("report", "--lang", lang, "--support-after", AFTER,
                "--out", out.toString(), input.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static List<String> eligibleIds() {
        return Oracle.rows().stream().filter(r -> r.outcome().equals("ELIGIBLE")).map(Oracle.Row::applicationId).toList();
    }

    /** The sample call with its first application (ELIGIBLE in the oracle) renamed {@code name}. */
    static Path renamedFirst(Path dir, String jsonName) throws IOException {
        String first = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).get(0);
        String line = first.replace("\"name\": \"Oncovia Therapeutics S.r.l.\"", "\"name\": \"" + jsonName + "\"");
        assertThat(line).isNotEqualTo(first);
        Path file = dir.resolve("hostile.jsonl");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theRegisterListsExactlyTheEligibleApplicationsOfTheOracle() throws IOException {
        String html = report(dir, "en", Oracle.sampleCall());

        Matcher m = Pattern.compile("<tr data-application=\"([^\"]+)\">").matcher(html);
        List<String> ids = m.results().map(r -> r.group(1)).toList();
        assertThat(eligibleIds()).isNotEmpty();
        assertThat(ids).containsExactlyElementsOf(eligibleIds());
        for (String id : eligibleIds()) {
            assertThat(html).contains("id=\"support-" + id + "\"");
        }
    }

    @Test
    void outcomeCountsAreTheOraclesAndEveryChartHasATextAlternative() throws IOException {
        String html = report(dir, "en", Oracle.sampleCall());

        for (String outcome : List.of("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", "INVALID")) {
            long expected = Oracle.rows().stream().filter(r -> r.outcome().equals(outcome)).count();
            String css = outcome.toLowerCase(Locale.ROOT).replace('_', '-');
            assertThat(html).as(outcome).contains("<div class=\"card " + css + "\"><span class=\"n\">" + expected + "</span>");
        }
        int svgs = count(html, "<svg ");
        assertThat(svgs).as("outcomes, criteria, R&D per track, regions").isEqualTo(5);
        assertThat(count(html, "role=\"img\"")).isEqualTo(svgs);
        assertThat(count(html, "<title id=\"chart-")).isEqualTo(svgs);
        assertThat(count(html, "<desc id=\"chart-")).isEqualTo(svgs);
        // The R&D charts draw the thresholds of §5.3.
        assertThat(html).contains("Threshold EUR 2,000,000").contains("Threshold EUR 800,000");
    }

    @Test
    void thePageIsSelfContained() throws IOException {
        String html = report(dir, "en", Oracle.sampleCall());

        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain(" src=")
                .doesNotContain("url(").doesNotContain("@import");
        // Links stay in the page: each one lands on a section of it.
        Matcher links = Pattern.compile(" href=\"([^\"]*)\"").matcher(html);
        int n = 0;
        while (links.find()) {
            n++;
            assertThat(links.group(1)).startsWith("#");
            assertThat(html).contains(" id=\"" + links.group(1).substring(1) + "\"");
        }
        assertThat(n).isPositive();
        // The only URL is the SVG namespace, which is a name, not a resource.
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:").doesNotContain("https:");
        assertThat(html).contains("Content-Security-Policy");
    }

    @Test
    void eachApplicationsReasonsLinkToTheRuleOfEachCriterionInThePage() throws IOException {
        for (String lang : List.of("en", "it")) {
            String html = report(dir, lang, Oracle.sampleCall());
            for (String id : Oracle.CRITERIA) {
                // The rule of each criterion is a section of the page, with the report's words.
                assertThat(html).contains("<h4 id=\"rule-" + id + "\">" + id + " — ");
            }
            assertThat(html).contains("per la parte prevalente").contains("<section id=\"rules\"");
            for (Oracle.Row row : Oracle.rows()) {
                Matcher m = Pattern.compile("<tr data-reasons=\"" + Pattern.quote(row.applicationId())
                        + "\">.*?</tr>").matcher(html);
                if (row.outcome().equals("INVALID")) {
                    assertThat(m.find()).as(row.applicationId()).isFalse();
                    continue;
                }
                assertThat(m.find()).as(row.applicationId()).isTrue();
                String reasons = m.group();
                for (Map.Entry<String, String> r : row.results().entrySet()) {
                    String verdict = lang.equals("en")
                            ? Map.of("PASS", "Passed", "FAIL", "Failed", "UNKNOWN", "Unknown").get(r.getValue())
                            : Map.of("PASS", "Soddisfatto", "FAIL", "Non soddisfatto", "UNKNOWN", "Indeterminato")
                                    .get(r.getValue());
                    assertThat(reasons).as("%s %s", row.applicationId(), r.getKey()).contains("<span class=\""
                            + r.getValue().toLowerCase(Locale.ROOT) + "\"><a href=\"#rule-" + r.getKey() + "\">"
                            + r.getKey() + "</a>: " + verdict + "</span>");
                }
            }
        }
    }

    @Test
    void recommendationsAreExplainedAndStableAcrossRuns() throws IOException {
        String first = report(dir, "en", Oracle.sampleCall());
        String second = report(dir, "en", Oracle.sampleCall());

        assertThat(second).isEqualTo(first);
        // Oncovia (TEC-GENE-CELL on PAT-ONCO) shares PAT-ONCO with the IRCCS network (§5 step 4).
        String oncovia = first.substring(first.indexOf("id=\"support-CALL2025-0001\""));
        oncovia = oncovia.substring(0, oncovia.indexOf("</article>"));
        assertThat(oncovia).contains("IRCCS network").contains("Shared codes: PAT-ONCO (Cancers)")
                .contains("projected from the annual series, not yet announced");
    }

    @Test
    void theItalianReportIsInItalian() throws IOException {
        String html = report(dir, "it", Oracle.sampleCall());

        assertThat(html).contains("<html lang=\"it\">").contains("Rapporto sul bando ESIBE")
                .contains("Elenco delle imprese ammesse").contains("Codici in comune: PAT-ONCO (Tumori)")
                .contains("Soglia 2.000.000 EUR");
    }

    @Test
    void aHostileCompanyNameIsEscapedText() throws IOException {
        String html = report(dir, "en", renamedFirst(dir, "Bio & \\\"Co\\\" " + HOSTILE));

        assertThat(html).doesNotContain(HOSTILE).doesNotContain("<script");
        assertThat(html).contains("Bio &amp; &quot;Co&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void withoutSupportAfterEventsAreThoseAfterToday() throws IOException {
        Path out = dir.resolve("today.html");
        Clock clock = Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC);
        CommandLine cmd = new CommandLine(new ReportCommand(clock));
        cmd.setErr(new PrintWriter(new StringWriter()));

        int exit = cmd.execute("--out", out.toString(), Oracle.sampleCall().toString());

        assertThat(exit).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("Events after 2027-02-01");
        // Arab Health's last known edition is January 2025 (§5.4): after 2027-02-01 the next is January 2028, projected.
        assertThat(html).contains("Arab Health (now WHX)</strong> — Dubai, United Arab Emirates · January 2028"
                + " <span class=\"projected\">");
    }

    @Test
    void anEventIsShownWhereItsEditionIsHeldAndProjectedFromTheLatestRealOne() throws IOException {
        // Spec v1.1: BIO-Europe's latest real edition is Vienna, November 2025 (MAECI), not the report's Stockholm.
        Path out = dir.resolve("after-vienna.html");
        EsibeCliTest.Run run = EsibeCliTest.run("report", "--support-after", "2025-12-01", "--out", out.toString(),
                Oracle.sampleCall().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("BIO-Europe</strong> — Vienna, Austria · November 2026 <span class=\"projected\">")
                .contains("last known edition: November 2025, Vienna)").doesNotContain("— Stockholm");
        assertThat(report(dir, "en", Oracle.sampleCall()))
                .contains("BIO-Europe</strong> — Vienna, Austria · November 2025 <span class=\"score\">");
    }

    @Test
    void withoutOutAReportIsAUsageError() {
        EsibeCliTest.Run run = EsibeCliTest.run("report", Oracle.sampleCall().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void germanIsRefusedWithTheLanguagesTheReportIsWrittenIn() {
        // The page used to accept --lang de and come out in English.
        Path out = dir.resolve("r.html");

        EsibeCliTest.Run run = EsibeCliTest.run("report", "--lang", "de", "--out", out.toString(),
                Oracle.sampleCall().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).contains("--lang").contains("'de'")
                .contains("it (Italian)").contains("en (English)");
        assertThat(out).doesNotExist();
    }

    @Test
    void anInputOfUnknownFormatIsAUsageError() throws IOException {
        Path csv = dir.resolve("call.txt");
        Files.writeString(csv, "id\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("r.html");

        EsibeCliTest.Run run = EsibeCliTest.run("report", "--out", out.toString(), csv.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("call.txt").contains(".jsonl");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingInputIsAnIoErrorAndWritesNothing() {
        Path out = dir.resolve("r.html");
        EsibeCliTest.Run run = EsibeCliTest.run("report", "--out", out.toString(), dir.resolve("nope.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nope.jsonl").contains("no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aContentProblemIsNeverAUsageError() throws IOException {
        // An amount whose exponent is beyond int: the report of 0.1.0 took the reader's
        // NumberFormatException (an IllegalArgumentException) for a bad file name and printed the usage.
        Path csv = dir.resolve("call.csv");
        Files.writeString(csv, HostileFiles.CSV_HEADER + "\r\n"
                + HostileFiles.csvRow("EXP-1", "Esempio").replace("2024|2500000|", "2024|1E2147483648|") + "\r\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("r.html");

        EsibeCliTest.Run run = EsibeCliTest.run("report", "--out", out.toString(), csv.toString());

        assertThat(run.exitCode()).as(run.err()).isNotEqualTo(2);
        assertThat(run.err()).doesNotContain("Usage:");
    }

    @Test
    void anUnwritableReportSaysWhatFailedAndWhy() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        Path out = notAFolder.resolve("r.html");

        EsibeCliTest.Run run = EsibeCliTest.run("report", "--out", out.toString(), Oracle.sampleCall().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("esibe: " + out + ": cannot write: " + notAFolder + " is a file, not a folder"
                + System.lineSeparator());
    }

    @Test
    void aCatalogueFileReplacesBundledEntries() throws IOException {
        Path catalogue = dir.resolve("ice.json");
        Files.writeString(catalogue, """
                {"format": "esibe-support-catalogue-1", "name": "ice-2026", "entries": [
                  {"kind": "EVENT", "id": "bio-europe", "name": {"it": "BIO-Europe 2025", "en": "BIO-Europe 2025"},
                   "city": {"it": "Vienna", "en": "Vienna"}, "country": "AT", "editions": ["2024-11", "2025-11"],
                   "citation": "Agenzia ICE, 2025",
                   "focus": [{"basis": "ESIBE_EDITORIAL", "tracks": ["PRECISION_MEDICINE"], "codes": [], "why": "w"}]}
                ]}""", StandardCharsets.UTF_8);
        Path out = dir.resolve("r.html");

        EsibeCliTest.Run run = EsibeCliTest.run("report", "--support-after", AFTER, "--catalogue", catalogue.toString(),
                "--out", out.toString(), Oracle.sampleCall().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("BIO-Europe 2025</strong> — Vienna, Austria · November 2025 <span class=\"score\">");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
