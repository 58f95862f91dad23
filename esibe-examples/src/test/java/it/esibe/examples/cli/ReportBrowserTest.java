package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.esibe.examples.Oracle;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * <p>Needs Debian's {@code chromium} ({@code /usr/bin/chromium} or {@code chromium} on the PATH),
 * which {@code .ci/run} installs; without it the tests are skipped with a message saying so.
 */
class ReportBrowserTest {

    /** Every Chromium run is killed past this; a page of this size renders in a few seconds. */
    private static final long TIMEOUT_SECONDS = 90;

    /** Chromium logs each console message of the page as {@code :INFO:CONSOLE:12]} or {@code CONSOLE(12)}. */
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

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
}
