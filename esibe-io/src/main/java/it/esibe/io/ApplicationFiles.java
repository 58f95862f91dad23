package it.esibe.io;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apiguardian.api.API;

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
 * <p>Thread-safety: immutable, and safe to share between threads: one instance may read many files
 * at once, each call with its own state.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ApplicationFiles {

    private final ApplicationEvaluator evaluator;
    private final ApplicationReader reader;

    private ApplicationFiles(ApplicationEvaluator evaluator, ApplicationReader reader) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.reader = reader;
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
        Objects.requireNonNull(sink, "sink");
        return reader.read(file, r -> sink.accept(evaluator.evaluate(r)));
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
        Objects.requireNonNull(sink, "sink");
        return reader.read(in, format, r -> sink.accept(evaluator.evaluate(r)));
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
        Objects.requireNonNull(sink, "sink");
        return reader.read(file, r -> sink.accept(new Decided(r.application(), evaluator.evaluate(r))));
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
        Objects.requireNonNull(sink, "sink");
        return reader.read(in, format, r -> sink.accept(new Decided(r.application(), evaluator.evaluate(r))));
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
