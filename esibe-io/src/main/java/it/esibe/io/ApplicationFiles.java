package it.esibe.io;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.io.internal.CsvApplicationSource;
import it.esibe.io.internal.JsonDocumentSource;
import it.esibe.io.internal.JsonLinesSource;
import it.esibe.io.internal.RecordSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Decides every application in a JSON Lines, JSON or CSV file: exactly one decision per record, in
 * input order, never skipped, in memory independent of the file size.
 *
 * <p>Every format is cut into records in its raw bytes, before any decoding or parsing, so that a
 * record of invalid UTF-8, over a limit or not valid at all costs only itself and the next record
 * is read as usual. A line ends with CRLF, LF or a bare CR (files saved by old spreadsheet programs
 * on macOS), a final line end does not start a record, and a UTF-8 byte order mark at the start is
 * skipped. Every record is bounded by {@link ReadLimits} (docs/LIMITS.md): one over
 * {@link ReadLimits#maxRecordBytes()} is skipped without being buffered and gets an {@code INVALID}
 * decision, and a decision lists at most {@link ReadLimits#maxViolationsPerRecord()} violations of
 * the reader.
 *
 * <ul>
 *   <li>{@link InputFormat#JSON_LINES} ({@code .jsonl}): each line is a record, and every decision
 *       carries its {@code line}, from 1. A line holding only white space (Unicode's
 *       {@code White_Space}) is not a record and gets no decision, but is counted (ESIBE-FORMAT
 *       v1.1). A line that is not JSON, not an object, not valid UTF-8 or too long gets one
 *       {@code INVALID} decision.</li>
 *   <li>{@link InputFormat#JSON} ({@code .json}): one object gives one decision without position; a
 *       top-level array gives one decision per element, each with its {@code index} from 0, streamed
 *       element by element. The array is cut into elements by a scanner that follows strings (and
 *       their escapes), comments and bracket depth, so that a bad element ({@code NaN}, a comment, a
 *       syntax error, invalid UTF-8, nesting or a string over its limit, an element over
 *       {@link ReadLimits#maxRecordBytes()}) is one {@code INVALID} decision with its index, and the
 *       next element is read as usual, as after a bad JSON Lines line. Nothing is skipped in
 *       between: a missing comma makes the element after it {@code INVALID} (it is read all the
 *       same, to be named), and an empty slot ({@code [1,,2]}, {@code [1,]}), an array never closed
 *       (a truncated file) and content after the array each get an {@code INVALID} decision of their
 *       own, at the next index. A missing or extra bracket costs only its element: an element that
 *       runs to the end of the file is scanned again with each bracket matched to its kind, and the
 *       file is read on from where that element ends. Only an element that cannot be closed either
 *       way (a string, object or comment open to the end of the file) takes the rest of the file with
 *       it: its decision says from which line the file could not be read. A file that is not JSON at
 *       all gives one {@code INVALID} decision.</li>
 *   <li>{@link InputFormat#CSV} ({@code .csv}): a header row (English or Italian column names), then
 *       one application per row in the layout of docs/CSV-FORMAT.md. Rows are cut quote-aware as RFC
 *       4180 readers do, leniently: a double quote opens a quoted cell only at the start of a cell, so
 *       a stray one ({@code Esempio 5" Bio}) is text and costs nothing. A row whose cells are all
 *       empty or white space gets no decision but is counted. Every decision carries its {@code row},
 *       from 1, and every violation message starts with the row, the file line and the column it
 *       comes from.</li>
 * </ul>
 *
 * <p>An object record is read with {@link ApplicationJson} and passed to
 * {@link ApplicationEvaluator#evaluate(it.esibe.core.model.Application, java.util.List)} with the
 * reader's violations; a record that is no application at all goes to
 * {@link ApplicationEvaluator#reject}, with the violation at path {@code ""} saying what was wrong.
 * Each decision carries the record's {@code inputSha256} ({@link CanonicalJson}: the canonical JSON,
 * or the raw bytes of a record the reader could not hold exactly), except the decisions on an empty
 * slot or an unclosed array of a JSON file, which have no text of their own.
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
public final class ApplicationFiles {

    private final ApplicationEvaluator evaluator;
    private final ReadLimits limits;

    private ApplicationFiles(ApplicationEvaluator evaluator, ReadLimits limits) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads with {@code evaluator} and {@link ReadLimits#DEFAULTS}.
     *
     * @param evaluator decides each record; must be thread-safe if files are read concurrently
     * @return a reader of files
     */
    public static ApplicationFiles using(ApplicationEvaluator evaluator) {
        return new ApplicationFiles(evaluator, ReadLimits.DEFAULTS);
    }

    /**
     * Reads with {@code evaluator} and {@code limits}.
     *
     * @param evaluator decides each record; must be thread-safe if files are read concurrently
     * @param limits the limits enforced on each record; a record over one gets an {@code INVALID} decision
     * @return a reader of files
     */
    public static ApplicationFiles using(ApplicationEvaluator evaluator, ReadLimits limits) {
        return new ApplicationFiles(evaluator, limits);
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
        return limits;
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
        InputFormat format = formatOf(file);
        try (InputStream in = Files.newInputStream(file)) {
            return decide(in, format, sink);
        }
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
        return decideEach(in, format, d -> sink.accept(d.decision()));
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
        InputFormat format = formatOf(file);
        try (InputStream in = Files.newInputStream(file)) {
            return decideEach(in, format, sink);
        }
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
        try (RecordSource source = source(new NonClosing(in), format)) {
            long count = 0;
            for (Decided d = source.next(); d != null; d = source.next()) {
                sink.accept(d);
                count++;
            }
            return count;
        }
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
        InputFormat format = formatOf(file);
        InputStream in = Files.newInputStream(file);
        try {
            return new DecisionIterator(source(in, format));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
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
        return new DecisionIterator(source(in, format));
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
        DecisionIterator iterator = open(file);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        iterator.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private RecordSource source(InputStream in, InputFormat format) throws IOException {
        Objects.requireNonNull(in, "in");
        switch (Objects.requireNonNull(format, "format")) {
            case JSON_LINES:
                return new JsonLinesSource(in, evaluator, limits);
            case JSON:
                return new JsonDocumentSource(in, evaluator, limits);
            case CSV:
                return new CsvApplicationSource(in, evaluator, limits);
            default:
                throw new IllegalArgumentException("unsupported format " + format);
        }
    }

    private static InputFormat formatOf(Path file) {
        return InputFormat.of(file).orElseThrow(() -> new IllegalArgumentException("cannot tell the format of "
                + file + ": the file name must end in .jsonl (JSON Lines), .json (JSON) or .csv (CSV)"));
    }

    /** Leaves the caller's stream open when the reader closes its own resources. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }
    }
}
