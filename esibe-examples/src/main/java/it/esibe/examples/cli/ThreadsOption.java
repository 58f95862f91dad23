package it.esibe.examples.cli;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.io.ApplicationFiles;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --threads N}, shared by the commands that decide files: how many records are read and
 * decided at once. The output is the same at any count (in input order, byte for byte); only the
 * time changes.
 */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Read and decide on N threads (default: the available processors). The output is the same,"
                    + " in input order, at any N.")
    @Nullable Integer threads;

    /**
     * The threads the command decides on: those asked for, or one per available processor.
     *
     * @throws ParameterException when {@code --threads} is not from 1 to {@link ApplicationFiles#MAX_PARALLELISM}
     */
    int count(CommandSpec spec) {
        if (threads == null) {
            return Math.min(Runtime.getRuntime().availableProcessors(), ApplicationFiles.MAX_PARALLELISM);
        }
        if (threads < 1 || threads > ApplicationFiles.MAX_PARALLELISM) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--threads': " + threads
                    + " (use a number of threads from 1 to " + ApplicationFiles.MAX_PARALLELISM + ")");
        }
        return threads;
    }

    /**
     * The threads for one run: none beyond the calling one for a count of 1, else a pool of daemon
     * threads (a run that fails half-way must not keep the JVM alive), shut down when closed.
     */
    static Pool start(int count) {
        return new Pool(count);
    }

    /** The threads of one run and the reader of files that decides on them. */
    static final class Pool implements AutoCloseable {
        private final int count;
        private final @Nullable ExecutorService executor;

        private Pool(int count) {
            this.count = count;
            if (count == 1) {
                this.executor = null;
            } else {
                AtomicInteger n = new AtomicInteger();
                this.executor = Executors.newFixedThreadPool(count, task -> {
                    Thread t = new Thread(task, "esibe-decide-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
        }

        /** A reader of files deciding with {@code evaluator} on this pool's threads. */
        ApplicationFiles files(ApplicationEvaluator evaluator) {
            ApplicationFiles files = ApplicationFiles.using(evaluator);
            return executor == null ? files : files.parallel(executor, count);
        }

        @Override
        public void close() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }
}
