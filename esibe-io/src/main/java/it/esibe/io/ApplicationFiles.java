package it.esibe.io;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides every application in a JSON Lines, JSON or CSV file: exactly one decision per record, in
 * input order, never skipped, in memory independent of the file size.
 *
 * <p>A thin loop over {@link ApplicationReader}, which cuts, reads, bounds, positions and hashes the
 * records (its documentation says how each format is read and how a bad record costs only itself):
 * each record goes to {@link ApplicationEvaluator#evaluate(it.esibe.core.ApplicationRecord)}, which
 * assembles its decision with the record's {@code inputSha256} and position, and every violation of
 * a CSV record prefixed with its row, file line and column, in the evaluator's language. A record
 * that is no application at all gets an {@code INVALID} decision with the reader's violation at path
 * {@code ""}; a decision lists at most {@link ReadLimits#maxViolationsPerRecord()} violations of the
 * reader.
 *
 * <p>Bad content never throws. Real I/O failures (a missing or unreadable file) throw
 * {@link IOException}, or {@link UncheckedIOException} from iterators and streams. Exceptions thrown
 * by the evaluator or the consumer propagate unchanged.
 *
 * <p>On one thread by default. {@link #parallel(Executor, int)} gives a reader that decides several
 * records at once on the caller's executor, with the same decisions in the same order: the
 * {@code decide} and {@code decideEach} methods then read and decide on the executor's threads and
 * still call the sink on the calling thread, in input order; iterators and streams stay on one thread.
 *
 * <p>Thread-safety: immutable, and safe to share between threads: one instance may read many files
 * at once, each call with its own state.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ApplicationFiles {

    /** The most records a parallel reader decides at once, for each thread it was given. */
    static final int RECORDS_PER_THREAD = 4;

    /** The most threads {@link #parallel(Executor, int)} accepts: a bound on the window, hence on memory. */
    public static final int MAX_PARALLELISM = 256;

    private final ApplicationEvaluator evaluator;
    private final ApplicationReader reader;
    private final @Nullable Executor executor;
    private final int parallelism;

    private ApplicationFiles(ApplicationEvaluator evaluator, ApplicationReader reader, @Nullable Executor executor,
            int parallelism) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.reader = reader;
        this.executor = executor;
        this.parallelism = parallelism;
    }

    private ApplicationFiles(ApplicationEvaluator evaluator, ApplicationReader reader) {
        this(evaluator, reader, null, 1);
    }

    /**
     * Reads with {@code evaluator} and {@link ReadLimits#DEFAULTS}.
     *
     * @param evaluator decides each record; must be thread-safe if files are read concurrently
     * @return a reader of files
     */
    public static ApplicationFiles using(ApplicationEvaluator evaluator) {
        return new ApplicationFiles(evaluator, ApplicationReader.create());
    }

    /**
     * Reads with {@code evaluator} and {@code limits}.
     *
     * @param evaluator decides each record; must be thread-safe if files are read concurrently
     * @param limits the limits enforced on each record; a record over one gets an {@code INVALID} decision
     * @return a reader of files
     */
    public static ApplicationFiles using(ApplicationEvaluator evaluator, ReadLimits limits) {
        return new ApplicationFiles(evaluator, ApplicationReader.create(Objects.requireNonNull(limits, "limits")));
    }

    /**
     * A reader like this one that reads and decides records on {@code executor}'s threads, several at
     * once, with the same decisions in the same order as on one thread, in memory bounded by
     * {@code parallelism}: at most {@code 4 × parallelism} records are read ahead of the sink.
     *
     * <p>The executor is the caller's: this class never starts a thread and never shuts the executor
     * down. Each call of {@code decide} or {@code decideEach} submits one task per record and waits on
     * the calling thread for the oldest; the sink is called on the calling thread only, in input order,
     * so it needs no synchronisation. The evaluator must be thread-safe (ESIBE's own are). An exception
     * of the evaluator is thrown on the calling thread when its record's turn comes, as on one thread,
     * and the records after it are not passed on; the calling thread interrupted while it waits ends the
     * call with {@link java.io.InterruptedIOException}. An executor that runs each task on the calling
     * thread ({@code Runnable::run}) gives the sequential behaviour.
     *
     * @param executor runs the work of each record; should have {@code parallelism} threads for it
     * @param parallelism how many records are meant to be decided at once, from 1 to {@link #MAX_PARALLELISM}
     * @return a reader of files deciding on {@code executor}
     * @throws IllegalArgumentException if {@code parallelism} is out of range
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public ApplicationFiles parallel(Executor executor, int parallelism) {
        Objects.requireNonNull(executor, "executor");
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be from 1 to " + MAX_PARALLELISM + ", was " + parallelism);
        }
        return new ApplicationFiles(evaluator, reader, executor, parallelism);
    }

    /**
     * The evaluator that decides each record.
     *
     * @return the evaluator given to {@link #using}
     */
    public ApplicationEvaluator evaluator() {
        return evaluator;
    }

    /**
     * The limits enforced on each record.
     *
     * @return the limits given to {@link #using}, or {@link ReadLimits#DEFAULTS}
     */
    public ReadLimits limits() {
        return reader.limits();
    }

    /**
     * The reader of the records, for a caller that wants them undecided too.
     *
     * @return the reader, with {@link #limits()}
     */
    public ApplicationReader reader() {
        return reader;
    }

    /**
     * Decides every record of {@code file}, passing each decision to {@code sink} as soon as it is
     * made, in input order. The format comes from the file name ({@link InputFormat#of(Path)}).
     *
     * @param file the file to read; opened and closed here
     * @param sink receives each decision, on the calling thread; an exception it throws ends the read
     * @return the number of decisions made, which is the number of records
     * @throws IllegalArgumentException if the file name does not end in {@code .jsonl}, {@code .json} or {@code .csv}
     * @throws IOException if the file cannot be opened or read (e.g. {@link java.nio.file.NoSuchFileException})
     */
    public long decide(Path file, Consumer<? super Decision> sink) throws IOException {
        return decide(file, evaluator::evaluate, sink);
    }

    /**
     * Decides every record read from {@code in}, passing each decision to {@code sink} as soon as it
     * is made, in input order. {@code in} is read to the end of the records but not closed.
     *
     * @param in the bytes to read; the caller closes it
     * @param format how to split and read the records
     * @param sink receives each decision, on the calling thread; an exception it throws ends the read
     * @return the number of decisions made, which is the number of records
     * @throws IOException if reading {@code in} fails
     */
    public long decide(InputStream in, InputFormat format, Consumer<? super Decision> sink) throws IOException {
        return decide(in, format, evaluator::evaluate, sink);
    }

    /**
     * Like {@link #decide(Path, Consumer)}, but passes each decision together with the application it
     * judged, for consumers that need both (the register export, {@link RegisterWriter}).
     *
     * @param file the file to read; opened and closed here
     * @param sink receives each decision with its application (null when the record could not be read
     *     as one), on the calling thread
     * @return the number of decisions made, which is the number of records
     * @throws IllegalArgumentException if the file name does not end in {@code .jsonl}, {@code .json} or {@code .csv}
     * @throws IOException if the file cannot be opened or read
     */
    public long decideEach(Path file, Consumer<? super Decided> sink) throws IOException {
        return decide(file, this::decided, sink);
    }

    /**
     * Like {@link #decide(InputStream, InputFormat, Consumer)}, but passes each decision together with
     * the application it judged. {@code in} is not closed.
     *
     * @param in the bytes to read; the caller closes it
     * @param format how to split and read the records
     * @param sink receives each decision with its application (null when the record could not be read
     *     as one), on the calling thread
     * @return the number of decisions made, which is the number of records
     * @throws IOException if reading {@code in} fails
     */
    public long decideEach(InputStream in, InputFormat format, Consumer<? super Decided> sink) throws IOException {
        return decide(in, format, this::decided, sink);
    }

    private Decided decided(ApplicationRecord r) {
        return new Decided(r.application(), evaluator.evaluate(r));
    }

    private <T> long decide(Path file, Function<ApplicationRecord, T> work, Consumer<? super T> sink)
            throws IOException {
        Objects.requireNonNull(sink, "sink");
        InputFormat format = ApplicationReader.formatOf(file);
        try (InputStream in = Files.newInputStream(file)) {
            return decide(in, format, work, sink);
        }
    }

    private <T> long decide(InputStream in, InputFormat format, Function<ApplicationRecord, T> work,
            Consumer<? super T> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        Executor on = executor;
        if (on == null) {
            return reader.read(in, format, r -> sink.accept(work.apply(r)));
        }
        return reader.read(in, format, on, parallelism * RECORDS_PER_THREAD, work, sink);
    }

    /**
     * The decisions on {@code file}'s records as an iterator that reads one record per decision.
     * Close it to close the file.
     *
     * @param file the file to read; the format comes from its name ({@link InputFormat#of(Path)})
     * @return an iterator over the decisions, owning the open file; not thread-safe
     * @throws IllegalArgumentException if the file name does not end in {@code .jsonl}, {@code .json} or {@code .csv}
     * @throws IOException if the file cannot be opened
     */
    public DecisionIterator open(Path file) throws IOException {
        return new DecisionIterator(reader.open(file), evaluator);
    }

    /**
     * The decisions on the records read from {@code in}, as an iterator. Closing the iterator closes
     * {@code in}.
     *
     * @param in the bytes to read; closed when the iterator is closed
     * @param format how to split and read the records
     * @return an iterator over the decisions; not thread-safe
     * @throws IOException if the reader cannot be set up on {@code in}
     */
    public DecisionIterator open(InputStream in, InputFormat format) throws IOException {
        return new DecisionIterator(reader.open(in, format), evaluator);
    }

    /**
     * The decisions on {@code file}'s records as a sequential, ordered, lazy stream. Close the stream
     * (try-with-resources) to close the file; a read failure surfaces as {@link UncheckedIOException}.
     *
     * @param file the file to read; the format comes from its name ({@link InputFormat#of(Path)})
     * @return the decisions, one per record; not parallel
     * @throws IllegalArgumentException if the file name does not end in {@code .jsonl}, {@code .json} or {@code .csv}
     * @throws IOException if the file cannot be opened
     */
    public Stream<Decision> stream(Path file) throws IOException {
        return reader.stream(file).map(evaluator::evaluate);
    }
}
