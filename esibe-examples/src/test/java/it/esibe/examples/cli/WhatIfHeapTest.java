package it.esibe.examples.cli;

import static it.esibe.examples.cli.ForkedCli.esibe;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.examples.Oracle;
import it.esibe.examples.QuotedCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} and {@code sweep} keep counts, not applicants: run in forked JVMs with small heaps
 * on a call of thousands of applications in a thousand regions, they write one line per applicant
 * that changes and count the rest.
 */
class WhatIfHeapTest {

    private static final String SMALL_HEAP = "32m";
    private static final String LOWER = QuotedCode.ROOT.resolve("docs/reforms/lower-rd-precision-medicine.json")
            .toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void compareStreamsAManyApplicationCallInASmallHeap() throws Exception {
        int count = 20_000;
        Path file = HostileFiles.applications(dir.resolve("many.jsonl"), count, 1_000);
        // The sample call cycled: its fourth application (CALL2025-0004, R&D 1 650 000) enters under the reform.
        long entering = IntStream.range(0, count).filter(i -> i % Oracle.rows().size() == 3).count();

        ForkedCli.Result r = esibe("compare", "--reform", LOWER, file.toString()).heap(SMALL_HEAP).longRun()
                .timeout(Duration.ofMinutes(3)).run(dir).hasNoStackTrace();

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines()).isEqualTo(entering);
        assertThat(r.err()).contains("Applications compared: " + count)
                .contains("outcome changed for " + entering + " (" + entering + " enter the register, 0 leave it)")
                .contains("(others)");
    }

    @Test
    void sweepStreamsAManyApplicationCallInASmallHeap() throws Exception {
        int count = 5_000;
        Path file = HostileFiles.applications(dir.resolve("many.jsonl"), count, 1_000);
        Path page = dir.resolve("sweep.html");

        ForkedCli.Result r = esibe("sweep", "--param", "rd.min.precisionMedicine", "--from", "1000000", "--to", "3000000",
                "--step", "500000", "--max-flips", "100", "--format", "html", "--out", page.toString(), file.toString())
                .heap(SMALL_HEAP).longRun().timeout(Duration.ofMinutes(3)).run(dir).hasNoStackTrace();

        assertThat(r.exit()).as(r.err()).isZero();
        // Three applicants of the sample call change (CALL2025-0001, -0004, -0013), at three distinct figures.
        long changing = IntStream.range(0, count).filter(i -> List.of(0, 3, 12).contains(i % Oracle.rows().size()))
                .count();
        assertThat(r.err()).contains("Applications: " + count).contains("changes of outcome: " + changing);
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains((changing - 100) + " more changes of outcome");
    }
}
