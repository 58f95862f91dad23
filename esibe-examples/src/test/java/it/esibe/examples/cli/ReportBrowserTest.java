package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.examples.Oracle;
import it.esibe.examples.report.ChartTextWidth;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium, as a person would: the page must load with no console
 * message (it has no script, so any message is a blocked resource or an error), and its DOM must
 * hold the charts and the register. Saves a screenshot to {@code target/report.png}.
 *
 * <p>The layout is checked in the browser's own boxes, read through the DevTools protocol
 * ({@link DevTools}, {@link PageLayout}) so that the page stays free of script: at 1 280 and at 800
 * CSS pixels, no chart text overlaps another or a threshold line or is cut off by its chart, and
 * nothing leaves the page's width or its card (a table may scroll inside its card). The Italian
 * page at 1 280 px is saved to {@code target/report-it-1280.png}, the screenshot of the README.
 *
 * <p>Needs Debian's {@code chromium} ({@code /usr/bin/chromium} or {@code chromium} on the PATH),
 * which {@code .ci/run} installs; without it the tests are skipped with a message saying so.
 */
class ReportBrowserTest {

    /** Every Chromium run is killed past this; a page of this size renders in a few seconds. */
    private static final long TIMEOUT_SECONDS = 90;

    /** Chromium logs each console message of the page as {@code :INFO:CONSOLE:12]} or {@code CONSOLE(12)}. */
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

    /** A desktop window, and a narrow one where charts and tables no longer fit side by side. */
    private static final List<Integer> WIDTHS = List.of(1280, 800);

    private static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = locate();
        if (found.isEmpty()) {
            String message = "ReportBrowserTest SKIPPED: no Chromium found (/usr/bin/chromium or chromium on the PATH);"
                    + " install Debian's chromium package (.ci/run does) to run the browser tests.";
            System.err.println(message);
            Assumptions.assumeTrue(false, message);
        }
        chromium = found.get();
    }

    private static Optional<Path> locate() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s, "chromium")).filter(Files::isExecutable).findFirst();
    }

    /** What one Chromium run printed. */
    record Browser(String stdout, String stderr) {
        List<String> consoleLines() {
            return stderr.lines().filter(l -> CONSOLE.matcher(l).find()).toList();
        }
    }

    /** Runs headless Chromium on {@code page} with {@code action} ({@code --dump-dom} or {@code --screenshot=…}). */
    private Browser run(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve("stdout-" + System.nanoTime() + ".txt");
        Path err = dir.resolve("stderr-" + System.nanoTime() + ".txt");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(action));
        cmd.add(page.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        // Chromium may leave helper processes behind when the main one exits; they are ours to end.
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        Browser b = new Browser(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(p.exitValue()).as("chromium exit status; stderr:%n%s", b.stderr()).isZero();
        return b;
    }

    private Path sampleReport(String lang) throws IOException {
        Path html = dir.resolve("report-" + lang + ".html");
        Files.writeString(html, ReportCommandTest.report(dir, lang, Oracle.sampleCall()), StandardCharsets.UTF_8);
        return html;
    }

    @Test
    void theSampleReportLoadsWithoutConsoleMessagesAndItsDomHoldsTheChartsAndTheRegister() throws Exception {
        Browser b = run(sampleReport("en"), "--dump-dom");
        String dom = b.stdout();

        assertThat(b.consoleLines()).as("console messages").isEmpty();
        assertThat(dom).contains("<h1>ESIBE call report</h1>");
        assertThat(dom.split("<svg ", -1)).as("five charts").hasSize(6);
        assertThat(dom).contains("<title id=\"chart-outcomes-title\">", "<title id=\"chart-criteria-title\">",
                "<title id=\"chart-rd-precision-medicine-title\">", "<title id=\"chart-regions-title\">");
        assertThat(dom).contains("<table id=\"table-register\">");
        for (String id : ReportCommandTest.eligibleIds()) {
            assertThat(dom).contains("<tr data-application=\"" + id + "\">");
        }
        assertThat(dom).doesNotContain("<script");
    }

    @Test
    void theConsoleCheckSeesABlockedResource() throws Exception {
        // Proves the check above can fail: a page that tries to load an image breaks the policy and logs it.
        Path bad = dir.resolve("bad.html");
        String page = ReportCommandTest.report(dir, "en", Oracle.sampleCall())
                .replace("</main>", "<img alt=\"x\" src=\"https://example.invalid/x.png\"></main>");
        Files.writeString(bad, page, StandardCharsets.UTF_8);

        assertThat(run(bad, "--dump-dom").consoleLines()).isNotEmpty();
    }

    @Test
    void aHostileCompanyNameIsTextInTheBrowser() throws Exception {
        Path html = dir.resolve("hostile.html");
        Files.writeString(html, ReportCommandTest.report(dir, "en",
                ReportCommandTest.renamedFirst(dir, ReportCommandTest.HOSTILE)), StandardCharsets.UTF_8);

        Browser b = run(html, "--dump-dom");

        assertThat(b.consoleLines()).isEmpty();
        assertThat(b.stdout()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aScreenshotOfTheReportIsSavedUnderTarget() throws Exception {
        Path png = Path.of("target", "report.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);

        Browser b = run(sampleReport("en"), "--screenshot=" + png, "--window-size=1280,2400");

        assertThat(b.consoleLines()).isEmpty();
        assertThat(png).isRegularFile();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        // A blank page compresses to a few kilobytes; text, tables and charts do not.
        assertThat(bytes.length).isGreaterThan(50_000);
    }

    /** The report's layout problems in {@code page} at each of {@link #WIDTHS}, after checking it has five charts. */
    private static List<String> layoutProblems(DevTools browser, Path page) throws Exception {
        return layoutProblems(browser, page, 5);
    }

    /** The layout problems in {@code page} at each of {@link #WIDTHS}, after checking it has {@code charts} charts. */
    private static List<String> layoutProblems(DevTools browser, Path page, int charts) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            browser.open(page, width);
            PageLayout layout = browser.layout();
            assertThat(layout.charts()).as("charts laid out in %s at %d px", page.getFileName(), width).isEqualTo(charts);
            String where = page.getFileName() + " at " + width + " px: ";
            layout.chartProblems().forEach(p -> problems.add(where + p));
            layout.widthProblems().forEach(p -> problems.add(where + p));
            // The chart code lays texts out by an estimate of their width: it must be an upper bound
            // of what the browser draws, or the layout above would hold by luck.
            for (PageLayout.ChartText t : layout.chartTexts()) {
                double estimate = ChartTextWidth.estimate(t.text(), t.cssClass().equals("marker-label"));
                if (t.box().w() > estimate + 0.5) {
                    problems.add(where + "\"" + t.text() + "\" is drawn " + t.box().w() + " px wide, wider than the "
                            + estimate + " px the chart reserved");
                }
            }
        }
        return problems;
    }

    /** The page with its folded R&amp;D table unfolded, as a reader who opens it sees it. */
    private Path unfolded(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<details>");
        Path open = dir.resolve("open-" + page.getFileName());
        Files.writeString(open, html.replace("<details>", "<details open>"), StandardCharsets.UTF_8);
        return open;
    }

    @Test
    void noChartTextOverlapsAnotherOrAThresholdAndNothingLeavesThePageOrItsCard() throws Exception {
        Path italian = sampleReport("it");
        Path english = sampleReport("en");
        List<String> problems = new ArrayList<>();
        try (DevTools browser = DevTools.start(chromium, dir)) {
            for (Path page : List.of(italian, english, unfolded(italian))) {
                problems.addAll(layoutProblems(browser, page));
            }
            browser.open(italian, 1280);
            Path png = Path.of("target", "report-it-1280.png").toAbsolutePath();
            Files.createDirectories(png.getParent());
            Files.write(png, browser.screenshot(1280, 2600));
            assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        }

        assertThat(problems).isEmpty();
    }

    /**
     * A call whose values are as long as the format allows: company names of 200 characters (one
     * with no space to break at), regions of 100, amounts of fifteen digits; and many applications,
     * so that the counts have several digits.
     */
    private Path longValuesCall() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> sample = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int copy = 0; copy < 60; copy++) {
            for (int i = 0; i < sample.size(); i++) {
                ObjectNode a = (ObjectNode) json.readTree(sample.get(i));
                ObjectNode company = (ObjectNode) a.get("company");
                if (company != null && company.has("name")) {
                    String name = i % 3 == 0 ? "Società Biotecnologica & Farmaceutica " + i + " per lo Sviluppo di Terapie"
                            : i % 3 == 1 ? "Biotecnologie" + i + "SenzaSpazi" : "Impresa " + i;
                    company.put("name", (name + " ").repeat(20).substring(0, i % 3 == 2 ? name.length() : 200).strip());
                    if (company.get("legalSeat") instanceof ObjectNode seat && seat.has("region")) {
                        seat.put("region", ("Regione " + i + " dal nome lunghissimo ").repeat(10).substring(0, 100));
                    }
                }
                if (a.get("fiscalYears") != null && a.get("fiscalYears").get(0) instanceof ObjectNode year
                        && year.has("rdExpenditure") && i % 2 == 0) {
                    year.put("rdExpenditure", new java.math.BigDecimal("987654321098765.43"));
                    year.put("euInternationalGrants", new java.math.BigDecimal("123456789012345.67"));
                }
                out.append(json.writeValueAsString(a)).append('\n');
            }
        }
        Path file = dir.resolve("long-values.jsonl");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void longNamesRegionsAmountsAndCountsStillFit() throws Exception {
        Path input = longValuesCall();
        Path italian = dir.resolve("long-it.html");
        Files.writeString(italian, ReportCommandTest.report(dir, "it", input), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        try (DevTools browser = DevTools.start(chromium, dir)) {
            problems.addAll(layoutProblems(browser, italian));
            problems.addAll(layoutProblems(browser, unfolded(italian)));
        }

        assertThat(problems).isEmpty();
        // A shortened chart label keeps its whole text as its tooltip, HTML-escaped.
        assertThat(Files.readString(italian, StandardCharsets.UTF_8)).containsPattern(
                "<text class=\"lbl\"[^>]*><title>Società Biotecnologica &amp; Farmaceutica [^<]{150,}</title>"
                + "Società Biotecnologica &amp; [^<]*…</text>");
    }

    @Test
    void theLayoutChecksSeeOverlapsCutTextAndOverflow() throws Exception {
        // Proves the checks above can fail: the sample page, with a chart text moved onto the
        // threshold line, one moved onto another, one moved past the chart's edge, and a table
        // that may not scroll made wider than the window.
        String html = ReportCommandTest.report(dir, "it", Oracle.sampleCall());
        String rdChart = html.substring(html.indexOf("<svg", html.indexOf("chart-rd-precision-medicine") - 300));
        Matcher value = Pattern.compile("<text class=\"val\" x=\"(\\d+)\"").matcher(rdChart);
        assertThat(value.find()).isTrue();
        Matcher line = Pattern.compile("<line class=\"marker\" x1=\"(\\d+)\"([^>]*) x2=\"\\d+\"").matcher(rdChart);
        assertThat(line.find()).isTrue();
        int onText = Integer.parseInt(value.group(1)) + 10;
        String broken = html.replace(line.group(), "<line class=\"marker\" x1=\"" + onText + "\"" + line.group(2)
                + " x2=\"" + onText + "\"");
        // The second label of the outcomes chart drawn on the first's baseline.
        Matcher labels = Pattern.compile("<text class=\"lbl\" x=\"(\\d+)\" y=\"(\\d+)\"").matcher(broken);
        assertThat(labels.find()).isTrue();
        String firstY = labels.group(2);
        assertThat(labels.find()).isTrue();
        broken = broken.substring(0, labels.start(2)) + firstY + broken.substring(labels.end(2));
        // The first value of the regional chart drawn at its right edge.
        int regions = broken.indexOf("<svg", broken.indexOf("<section id=\"regions\""));
        Matcher regionValue = Pattern.compile("<text class=\"val\" x=\"(\\d+)\"").matcher(broken);
        assertThat(regionValue.find(regions)).isTrue();
        broken = broken.substring(0, regionValue.start(1)) + "490" + broken.substring(regionValue.end(1));
        broken = broken.replace(".table-wrap { max-width: 100%; overflow-x: auto; }",
                ".table-wrap { } #table-tracks { min-width: 1500px; }");
        assertThat(broken).contains("#table-tracks { min-width: 1500px; }");
        Path page = dir.resolve("broken.html");
        Files.writeString(page, broken, StandardCharsets.UTF_8);

        PageLayout layout;
        try (DevTools browser = DevTools.start(chromium, dir)) {
            browser.open(page, 1280);
            layout = browser.layout();
        }

        assertThat(layout.chartProblems()).anySatisfy(p -> assertThat(p).contains("crosses the line"))
                .anySatisfy(p -> assertThat(p).contains("overlaps"))
                .anySatisfy(p -> assertThat(p).contains("is cut off by the chart's edge"));
        assertThat(layout.widthProblems()).anySatisfy(p -> assertThat(p).contains("scrolls sideways"))
                .anySatisfy(p -> assertThat(p).contains("<table id=\"table-tracks\">").contains("leaves the page"))
                .anySatisfy(p -> assertThat(p).contains("runs past its card <section id=\"outcomes\">"));
    }

    // ---- what if: the report's section "What changes under …" and the sweep's pages ----

    /** The reform file of the README. */
    private static final String LOWER = it.esibe.examples.QuotedCode.ROOT
            .resolve("docs/reforms/lower-rd-precision-medicine.json").toString();

    /** The sample call with the fourth applicant (who enters under the reform) given a hostile name. */
    private Path hostileChanged() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8));
        String fourth = lines.get(3).replace("\"name\": \"RNAxis S.r.l.\"",
                "\"name\": \"<script>alert(1)</script> & <b>RNAxis</b>\"");
        assertThat(fourth).isNotEqualTo(lines.get(3));
        lines.set(3, fourth);
        Path file = dir.resolve("hostile-changed.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The call report of {@code input} in {@code lang} with the section on the README's reform. */
    private Path changesReport(String lang, Path input) {
        Path html = dir.resolve("changes-" + lang + "-" + input.getFileName() + ".html");
        CliRun run = CliRun.of("report", "--ruleset", "esibe-2024-interim", "--reform", LOWER, "--lang", lang,
                "--support-after", ReportCommandTest.AFTER, "--out", html.toString(), input.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return html;
    }

    /** The sweep page (one parameter, or two with {@code second}) of {@code input} in {@code lang}. */
    private Path sweepPage(String lang, Path input, String... second) {
        Path html = dir.resolve("sweep-" + lang + "-" + second.length + "-" + input.getFileName() + ".html");
        List<String> args = new ArrayList<>(List.of("sweep", "--param", "rd.min.precisionMedicine", "--from", "1000000",
                "--to", "3000000", "--step", second.length == 0 ? "100000" : "250000"));
        args.addAll(List.of(second));
        args.addAll(List.of("--format", "html", "--lang", lang, "--out", html.toString(), input.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return html;
    }

    private static final String[] SECOND = {"--param", "rd.min.industrialEnvironmental", "--from", "400000", "--to",
        "1000000", "--step", "50000"};

    @Test
    void theWhatIfPagesLoadWithoutConsoleMessagesAndShowNamesAsText() throws Exception {
        Path hostile = hostileChanged();
        for (Path page : List.of(changesReport("en", hostile), sweepPage("en", hostile), sweepPage("it", hostile, SECOND))) {
            Browser b = run(page, "--dump-dom");

            assertThat(b.consoleLines()).as("console messages of %s", page.getFileName()).isEmpty();
            assertThat(b.stdout()).doesNotContain("<script");
        }
        String dom = run(changesReport("en", hostile), "--dump-dom").stdout();
        assertThat(dom).contains("<h2 id=\"h-changes-esibe-2026-lower-rd\">What changes under esibe-2026-lower-rd</h2>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;RNAxis&lt;/b&gt;");
        String sweep = run(sweepPage("en", Oracle.sampleCall()), "--dump-dom").stdout();
        assertThat(sweep).contains("<title id=\"plot-sweep-title\">").contains("<desc id=\"plot-sweep-desc\">")
                .contains("<tr data-flip=\"CALL2025-0004\">");
        String heat = run(sweepPage("en", Oracle.sampleCall(), SECOND), "--dump-dom").stdout();
        assertThat(heat).contains("<title id=\"heat-sweep-title\">").contains("<desc id=\"heat-sweep-desc\">");
    }

    @Test
    void theWhatIfSectionsPlotsAndHeatMapsFitWithoutOverlaps() throws Exception {
        List<String> problems = new ArrayList<>();
        Path long60 = longValuesCall();
        try (DevTools browser = DevTools.start(chromium, dir)) {
            for (String lang : List.of("it", "en")) {
                problems.addAll(layoutProblems(browser, unfolded(changesReport(lang, Oracle.sampleCall())), 5));
                problems.addAll(layoutProblems(browser, unfolded(sweepPage(lang, Oracle.sampleCall())), 1));
                problems.addAll(layoutProblems(browser, unfolded(sweepPage(lang, Oracle.sampleCall(), SECOND)), 1));
            }
            problems.addAll(layoutProblems(browser, unfolded(changesReport("it", long60)), 5));
            problems.addAll(layoutProblems(browser, unfolded(sweepPage("it", long60)), 1));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void aScreenshotOfTheWhatIfSectionsIsSavedUnderTarget() throws Exception {
        // The section of the Italian report and the top of the Italian sweep page, at 1 280 px: docs/whatif-screenshot.png.
        Path report = changesReport("it", Oracle.sampleCall());
        Path sweep = sweepPage("it", Oracle.sampleCall());
        List<java.awt.image.BufferedImage> parts = new ArrayList<>();
        try (DevTools browser = DevTools.start(chromium, dir)) {
            browser.open(report, 1280, 12000);
            PageLayout.Box section = browser.layout().boxOf("changes-esibe-2026-lower-rd");
            assertThat(section).isNotNull();
            parts.add(image(browser.screenshot(1280, section.y() - 16, section.h() + 32)));
            browser.open(sweep, 1280, 12000);
            PageLayout.Box plot = browser.layout().boxOf("sweep");
            assertThat(plot).isNotNull();
            parts.add(image(browser.screenshot(1280, 0, plot.bottom() + 16)));
        }
        int height = parts.stream().mapToInt(java.awt.image.BufferedImage::getHeight).sum();
        java.awt.image.BufferedImage all = new java.awt.image.BufferedImage(1280, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = all.createGraphics();
        int y = 0;
        for (java.awt.image.BufferedImage part : parts) {
            g.drawImage(part, 0, y, null);
            y += part.getHeight();
        }
        g.dispose();
        Path png = Path.of("target", "whatif-it-1280.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        javax.imageio.ImageIO.write(all, "png", png.toFile());

        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(all.getHeight()).isGreaterThan(800);
    }

    private static java.awt.image.BufferedImage image(byte[] png) throws IOException {
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    }
}
