package it.esibe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.examples.Oracle;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.InputFormat;
import it.esibe.rules.Esibe;
import it.esibe.support.SupportMatcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The report keeps what its page shows and no more: counts cover every application, the lists
 * that grow with the call stop at their documented caps, and the page says how many it leaves out
 * and where to find them.
 */
class CallReportTest {

    private static final ApplicationFiles FILES = ApplicationFiles.using(Esibe.evaluator().build());

    /** The first application of the sample call: ELIGIBLE, precision medicine, seat in Lombardia. */
    private static final String ELIGIBLE = sampleLines().get(0);

    private static List<String> sampleLines() {
        try {
            return Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String eligible(int i, String region) {
        return ELIGIBLE.replace("\"CALL2025-0001\"", "\"CAP-" + i + "\"")
                .replace("\"legalSeat\": {\"country\": \"IT\", \"region\": \"Lombardia\"",
                        "\"legalSeat\": {\"country\": \"IT\", \"region\": \"" + region + "\"");
    }

    /** A report on the applications {@code line(0)} ... {@code line(count - 1)}. */
    private static CallReport report(int count, IntFunction<String> line) throws IOException {
        String jsonl = IntStream.range(0, count).mapToObj(line).collect(Collectors.joining("\n", "", "\n"));
        CallReport report = new CallReport(List.of("cap.jsonl"), SupportMatcher.builder(it.esibe.rules.Esibe.taxonomy()).build(),
                LocalDate.of(2025, 6, 30), Esibe.defaults().ruleset("esibe-2024-interim").orElseThrow().parameters());
        FILES.decideEach(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES, report);
        return report;
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void theRegisterListsItsCapOfCompaniesAndSaysHowManyMoreThereAre() throws IOException {
        int count = CallReport.MAX_REGISTER + 7;
        CallReport report = report(count, i -> eligible(i, "Lombardia"));

        String en = report.render(Locale.ENGLISH);
        String it = report.render(Locale.ITALIAN);

        assertThat(report.total()).isEqualTo(count);
        assertThat(en).contains("<div class=\"card eligible\"><span class=\"n\">" + count + "</span>");
        assertThat(count(en, "<tr data-application=")).isEqualTo(CallReport.MAX_REGISTER);
        assertThat(count(en, "<article class=\"company\"")).isEqualTo(CallReport.MAX_REGISTER);
        // The first ones, in input order.
        assertThat(en).contains("data-application=\"CAP-0\"").contains("data-application=\"CAP-" + (CallReport.MAX_REGISTER - 1) + "\"")
                .doesNotContain("data-application=\"CAP-" + CallReport.MAX_REGISTER + "\"");
        assertThat(en).contains("7 more admitted companies are counted above but not listed: the register shows the first "
                + CallReport.MAX_REGISTER + ", in input order")
                .contains("&quot;esibe export-register&quot; writes the whole register.");
        assertThat(it).contains("Altre 7 imprese ammesse sono contate sopra ma non elencate")
                .contains("&quot;esibe export-register&quot; scrive l&#39;elenco completo.");
    }

    @Test
    void theRdChartDrawsItsCapPerTrackAndSaysHowManyMoreThereAre() throws IOException {
        int count = CallReport.MAX_RD + 3;
        String html = report(count, i -> eligible(i, "Lombardia")).render(Locale.ENGLISH);

        Matcher chart = Pattern.compile("(?s)<svg [^>]*aria-labelledby=\"chart-rd-precision-medicine-title[^>]*>(.*?)</svg>")
                .matcher(html);
        assertThat(chart.find()).isTrue();
        assertThat(count(chart.group(1), "<rect ")).as("one bar per application drawn").isEqualTo(CallReport.MAX_RD);
        assertThat(count(html.substring(html.indexOf("<table id=\"table-rd\">")), "<tr><th scope=\"row\">CAP-"))
                .isEqualTo(CallReport.MAX_RD);
        assertThat(html).contains("3 more valid applications of the track Precision medicine are counted above but not drawn");
    }

    @Test
    void regionsBeyondTheCapAreCountedTogetherInALastRow() throws IOException {
        int regions = CallReport.MAX_REGIONS + 5;
        // One application per region, then three more in the last region: a region left out stays
        // left out however large it grows.
        List<Integer> owners = IntStream.range(0, regions + 3).map(i -> Math.min(i, regions - 1)).boxed().toList();
        String html = report(owners.size(), i -> eligible(i, "Regione " + owners.get(i))).render(Locale.ENGLISH);

        String table = html.substring(html.indexOf("<table id=\"table-regions\">"), html.indexOf("</table>",
                html.indexOf("<table id=\"table-regions\">")));
        assertThat(count(table, "<tr><th scope=\"row\" class=\"name\">")).isEqualTo(CallReport.MAX_REGIONS + 1);
        assertThat(table).contains("Regione " + (CallReport.MAX_REGIONS - 1) + "<")
                .doesNotContain("Regione " + CallReport.MAX_REGIONS + "<");
        // The last row holds the applications of the 5 regions left out, 3 more in the last of them.
        long others = 5 + 3;
        assertThat(table).containsPattern("<tr><th scope=\"row\" class=\"name\">Further regions</th>(<td class=\"num\">\\d+</td>)+"
                + "<td class=\"num\">" + others + "</td></tr>\n</tbody>\n$");
        assertThat(html).contains("The table names the first " + CallReport.MAX_REGIONS + " distinct regions found");
    }

    @Test
    void aRegionIsNamedToItsCapOfCharacters() throws IOException {
        // An over-long region makes the application INVALID, but it is still counted by region.
        String longRegion = "\uD835\uDD38".repeat(CallReport.MAX_REGION_LENGTH + 50);
        String html = report(1, i -> eligible(i, longRegion)).render(Locale.ENGLISH);

        String shown = "\uD835\uDD38".repeat(CallReport.MAX_REGION_LENGTH - 1) + "…";
        assertThat(html).contains("<tr><th scope=\"row\" class=\"name\">" + shown + "</th>")
                .doesNotContain("\uD835\uDD38".repeat(CallReport.MAX_REGION_LENGTH));
    }

    @Test
    void aSmallCallHasNoNoteOfWhatIsLeftOut() throws IOException {
        List<String> lines = sampleLines();
        String html = report(lines.size(), lines::get).render(Locale.ENGLISH);

        assertThat(html).doesNotContain("counted above but not").doesNotContain("Further regions")
                .doesNotContain("distinct regions found");
    }
}
