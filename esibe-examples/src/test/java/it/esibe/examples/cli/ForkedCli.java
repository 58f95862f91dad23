package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Runs the real {@code esibe} tool in a forked JVM with a small heap, as a user would from a shell:
 * the test class path (the tool's classes and dependencies), {@code -Xmx} as asked, the serial
 * collector (the small heaps need no other) and {@code -XX:+ExitOnOutOfMemoryError}, so that running
 * out of heap ends the run at once with a non-zero status instead of limping on.
 *
 * <p>Standard output is read as it comes: counted in lines and, up to {@link #KEPT_BYTES}, kept, so
 * that millions of decisions cost the test no memory.
 */
final class ForkedCli {

    /** How much of standard output a result keeps. */
    static final int KEPT_BYTES = 1 << 20;

    /** A stack trace frame, as a JVM prints it: no message of the tool may hold one. */
    static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread \"");

    private ForkedCli() {
    }

    /**
     * What one run produced.
     *
     * @param exit the exit status
     * @param lines the number of line feeds written to standard output
     * @param out the first {@link #KEPT_BYTES} of standard output
     * @param err standard error
     * @param elapsed the wall-clock time of the run
     * @param peakRssKb the largest resident set the process reached, in KiB, as Linux reports it
     *     ({@code VmHWM}, sampled while it ran); -1 where it cannot be seen
     */
    record Result(int exit, long lines, String out, String err, Duration elapsed, long peakRssKb) {

        /** Fails with both streams shown when the run printed a stack trace. */
        Result hasNoStackTrace() {
            assertThat(STACK_FRAME.matcher(err).find()).as("a stack trace on stderr:%n%s", err).isFalse();
            assertThat(STACK_FRAME.matcher(out).find()).as("a stack trace on stdout:%n%s", abbreviated(out)).isFalse();
            return this;
        }

        private static String abbreviated(String s) {
            return s.length() < 2000 ? s : s.substring(0, 2000) + "…";
        }
    }

    /** A command to run: the heap, where standard output goes, and the tool's arguments. */
    static Builder esibe(String... args) {
        return new Builder(List.of(args));
    }

    /** Options of a forked run. */
    static final class Builder {
        private final List<String> args;
        private String heap = "64m";
        private boolean quickStart = true;
        private Duration timeout = Duration.ofSeconds(60);
        private ProcessBuilder.Redirect stdout = ProcessBuilder.Redirect.PIPE;
        private long stdoutLinesBeforeClose = -1;

        private Builder(List<String> args) {
            this.args = args;
        }

        /** The forked JVM's {@code -Xmx}, such as {@code 64m}. */
        Builder heap(String value) {
            this.heap = value;
            return this;
        }

        /**
         * A long run: the JVM's optimising compiler is on, as by default. Short runs leave it off
         * ({@code -XX:TieredStopAtLevel=1}), which starts the tool in about half the CPU time.
         */
        Builder longRun() {
            this.quickStart = false;
            return this;
        }

        /** The run is killed, and the test fails, past this. */
        Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** Standard output goes there instead of to the test (then {@link Result#lines()} is 0). */
        Builder stdout(ProcessBuilder.Redirect value) {
            this.stdout = value;
            return this;
        }

        /** Closes the tool's standard output after this many lines, as {@code | head -n N} does. */
        Builder closeStdoutAfter(long lines) {
            this.stdoutLinesBeforeClose = lines;
            return this;
        }

        /** Starts the run without waiting for it; standard output and error go to files in {@code dir}. */
        Process start(Path dir) throws IOException {
            return process(dir).redirectOutput(dir.resolve("started.out").toFile())
                    .redirectError(dir.resolve("started.err").toFile()).start();
        }

        private ProcessBuilder process(Path dir) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC"));
            if (quickStart) {
                command.add("-XX:TieredStopAtLevel=1");
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), EsibeCli.class.getName()));
            command.addAll(args);
            return new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }

        /** Runs the tool with {@code dir} as working directory and waits for it. */
        Result run(Path dir) throws IOException, InterruptedException {
            Path err = Files.createTempFile(dir, "stderr", ".txt");
            long start = System.nanoTime();
            Process p = process(dir).redirectOutput(stdout).redirectError(err.toFile()).start();
            CompletableFuture<Stdout> reading = CompletableFuture.supplyAsync(() -> read(p));
            long peak = -1;
            long deadline = start + timeout.toNanos();
            while (!p.waitFor(100, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
                peak = Math.max(peak, highWaterMark(p.pid()));
            }
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                fail("esibe %s did not finish within %s s (-Xmx%s); stderr:%n%s", args, timeout.toSeconds(), heap,
                        Files.readString(err, StandardCharsets.UTF_8));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Stdout read;
            try {
                read = reading.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("reading the tool's standard output failed", e);
            }
            String errText = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(err);
            return new Result(p.exitValue(), read.lines(), read.kept(), errText, elapsed, peak);
        }

        /** Counts and keeps standard output; closes it early when asked. */
        private Stdout read(Process p) {
            if (stdout != ProcessBuilder.Redirect.PIPE) {
                return new Stdout(0, "");
            }
            long lines = 0;
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            try (InputStream in = p.getInputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    int upTo = n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                            if (lines == stdoutLinesBeforeClose) {
                                upTo = i + 1;
                                break;
                            }
                        }
                    }
                    kept.write(buffer, 0, Math.min(upTo, Math.max(0, KEPT_BYTES - kept.size())));
                    if (lines == stdoutLinesBeforeClose) {
                        // Leaving the try closes the pipe: the tool's next write fails, as under `| head`.
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Stdout(lines, kept.toString(StandardCharsets.UTF_8));
        }
    }

    /** The process's peak resident set so far ({@code VmHWM} of {@code /proc/PID/status}), or -1. */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process has just ended.
        }
        return -1;
    }

    /** What standard output held: its line feeds, and its start. */
    private record Stdout(long lines, String kept) {
    }

    /** The SHA-256 of {@code file}, to show that a run left it byte for byte as it was. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
