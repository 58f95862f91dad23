package it.esibe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.InputFormat;
import it.esibe.rules.Esibe;
import it.esibe.support.SupportMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fuzz test of the call report (docs/FUZZING.md): whatever the bytes of an input file, reading it
 * into a report and rendering the page in both languages throws nothing but a declared
 * {@link IOException}. In a normal build Jazzer replays each file of the committed seed corpus
 * ({@code ReportFuzzTestInputs/report/}); with {@code JAZZER_FUZZ=1} it mutates them.
 *
 * <p>The first byte chooses the file's format (modulo 3: JSON Lines, JSON, CSV), the rest is the
 * file. The property: the page counts every record the reader decided, and is complete.
 */
class ReportFuzzTest {

    private static final ApplicationFiles FILES = ApplicationFiles.using(Esibe.evaluator().build());
    private static final List<String> EXTENSIONS = List.of(".jsonl", ".json", ".csv");
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("esibe-report-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void report(byte[] input) throws IOException {
        String extension = EXTENSIONS.get(input.length == 0 ? 0 : Math.floorMod(input[0], EXTENSIONS.size()));
        Path file = DIR.resolve("call" + extension);
        Files.write(file, input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length));
        file.toFile().deleteOnExit();
        CallReport report = new CallReport(List.of(file.getFileName().toString()), SupportMatcher.builder(it.esibe.rules.Esibe.taxonomy()).build(),
                LocalDate.of(2025, 6, 30), Esibe.defaults().ruleset("esibe-2024-interim").orElseThrow().parameters());

        long decided = FILES.decideEach(file, report);

        assertThat(InputFormat.of(file)).isPresent();
        assertThat(report.total()).isEqualTo(decided);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            String page = report.render(locale);
            assertThat(page).contains("<div class=\"card total\"><span class=\"n\">" + decided + "</span>")
                    .endsWith("</html>\n");
        }
    }
}
