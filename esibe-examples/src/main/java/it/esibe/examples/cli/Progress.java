package it.esibe.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * The progress bar of a long run: megabytes of input read, on standard error, only when standard
 * error is a terminal and the input is large; silent otherwise, so that logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {

    /** Inputs smaller than this finish before a bar would be useful. */
    private static final long MIN_BYTES = 8L * 1024 * 1024;

    private final @Nullable ProgressBar bar;
    private long done;

    private Progress(@Nullable ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for {@code totalBytes} of input, or a silent stand-in. */
    static Progress start(long totalBytes) {
        if (totalBytes < MIN_BYTES || !stderrIsTerminal()) {
            return new Progress(null);
        }
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("esibe").setInitialMax(totalBytes)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1024 * 1024).showSpeed()
                // A fixed width: no terminal query, which would need native access.
                .setConsumer(new ConsoleProgressBarConsumer(err, 100)).clearDisplayOnFinish().build();
        return new Progress(bar);
    }

    /**
     * Whether standard error is a terminal. Java has no isatty; on Linux the descriptor's link tells,
     * elsewhere {@link System#console()} (a terminal on both standard input and output) stands in.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** {@code in}, counting the bytes read from it into the bar. */
    InputStream counting(InputStream in) {
        if (bar == null) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }
        };
    }

    private void advance(long n) {
        done += n;
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
