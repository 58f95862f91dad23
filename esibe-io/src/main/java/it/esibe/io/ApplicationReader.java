package it.esibe.io;

import it.esibe.core.ApplicationRecord;
import it.esibe.io.internal.CsvApplicationSource;
import it.esibe.io.internal.InOrder;
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
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;

/**
 * Reads every record of a JSON Lines, JSON or CSV file as an {@link ApplicationRecord}, without
 * deciding it: exactly one record per record of the file, in input order, never skipped, each with
 * its position and {@code inputSha256}, in memory independent of the file size. Decide a record with
 * {@link it.esibe.core.ApplicationEvaluator#evaluate(ApplicationRecord)}, or let
 * {@link ApplicationFiles} do both.
 *
 * <p>Every format is cut into records in its raw bytes, before any decoding or parsing, so that a
 * record of invalid UTF-8, over a limit or not valid at all costs only itself and the next record
 * is read as usual. A line ends with CRLF, LF or a bare CR (files saved by old spreadsheet programs
 * on macOS), a final line end does not start a record, and a UTF-8 byte order mark at the start is
 * skipped. Every record is bounded by {@link ReadLimits} (docs/LIMITS.md): one over
 * {@link ReadLimits#maxRecordBytes()} is skipped without being buffered and is a record without
 * application, and a record lists at most {@link ReadLimits#maxViolationsPerRecord()} violations.
 *
 * <ul>
 *   <li>{@link InputFormat#JSON_LINES} ({@code .jsonl}): each line is a record with its
 *       {@code line}, from 1. A line holding only white space (Unicode's {@code White_Space}) is not
 *       a record, but is counted (ESIBE-FORMAT v1.1). A line that is not JSON, not an object, not
 *       valid UTF-8 or too long is a record without application.</li>
 *   <li>{@link InputFormat#JSON} ({@code .json}): one object is one record without position; a
 *       top-level array gives one record per element, each with its {@code index} from 0, streamed
 *       element by element. The array is cut into elements by a scanner that follows strings (and
 *       their escapes), comments and bracket depth, so that a bad element ({@code NaN}, a comment, a
 *       syntax error, invalid UTF-8, nesting or a string over its limit, an element over
 *       {@link ReadLimits#maxRecordBytes()}) is one record without application, with its index, and
 *       the next element is read as usual, as after a bad JSON Lines line. Nothing is skipped in
 *       between: a missing comma makes the element after it carry a violation (it is read all the
 *       same, to be named), and an empty slot ({@code [1,,2]}, {@code [1,]}), an array never closed
 *       (a truncated file) and content after the array are each a record of their own, at the next
 *       index. A missing or extra bracket costs only its element: an element that runs to the end of
 *       the file is scanned again with each bracket matched to its kind, and the file is read on from
 *       where that element ends. Only an element that cannot be closed either way (a string, object
 *       or comment open to the end of the file) takes the rest of the file with it: its violation
 *       says from which line the file could not be read. A file that is not JSON at all is one
 *       record without application.</li>
 *   <li>{@link InputFormat#CSV} ({@code .csv}): a header row (English or Italian column names), then
 *       one application per row in the layout of docs/CSV-FORMAT.md. Rows are cut quote-aware as RFC
 *       4180 readers do, leniently: a double quote opens a quoted cell only at the start of a cell, so
 *       a stray one ({@code Esempio 5" Bio}) is text and costs nothing. A row whose cells are all
 *       empty or white space is not a record but is counted. Every record carries its {@code row},
 *       from 1, and {@link ApplicationRecord#location(String)} gives the row, the file line and the
 *       column each violation comes from, which a decision puts before the violation's message. A
 *       file without a usable header is one record for the header (row 0), and every row after it
 *       is a record without application for the same reason.</li>
 * </ul>
 *
 * <p>A record that is no application at all has a violation at path {@code ""} saying what was
 * wrong. Each record carries its {@code inputSha256} ({@link CanonicalJson}: the canonical JSON, or
 * the raw bytes of a record the reader could not hold exactly), except an empty slot or an unclosed
 * array of a JSON file, which have no text of their own.
 *
 * <p>Bad content never throws. Real I/O failures (a missing or unreadable file) throw
 * {@link IOException}, or {@link UncheckedIOException} from iterators and streams. Exceptions thrown
 * by the consumer propagate unchanged.
 *
 * <p>Thread-safety: immutable, and safe to share between threads: one instance may read many files
 * at once, each call with its own state.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ApplicationReader {

    private static final ApplicationReader DEFAULT = new ApplicationReader(ReadLimits.DEFAULTS);

    private final ReadLimits limits;

    private ApplicationReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A reader with {@link ReadLimits#DEFAULTS}.
     *
     * @return the shared default reader
     */
    public static ApplicationReader create() {
        return DEFAULT;
    }

    /**
     * A reader enforcing {@code limits} on every record.
     *
     * @param limits the limits; a record over one is a record without application
     * @return a reader
     */
    public static ApplicationReader create(ReadLimits limits) {
        return limits.equals(ReadLimits.DEFAULTS) ? DEFAULT : new ApplicationReader(limits);
    }

    /**
     * The limits enforced on each record.
     *
     * @return the limits given to {@link #create(ReadLimits)}, or {@link ReadLimits#DEFAULTS}
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads every record of {@code file}, passing each to {@code sink} as soon as it is read, in
     * input order. The format comes from the file name ({@link InputFormat#of(Path)}).
     *
     * @param file the file to read; opened and closed here
     * @param sink receives each record, on the calling thread; an exception it throws ends the read
     * @return the number of records
     * @throws IllegalArgumentException if the file name does not end in {@code .jsonl}, {@code .json} or {@code .csv}
     * @throws IOException if the file cannot be opened or read (e.g. {@link java.nio.file.NoSuchFileException})
     */
    public long read(Path file, Consumer<? super ApplicationRecord> sink) throws IOException {
        InputFormat format = formatOf(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format, sink);
        }
    }

    /**
     * Reads every record from {@code in}, passing each to {@code sink} as soon as it is read, in input
     * order. {@code in} is read to the end of the records but not closed.
     *
     * @param in the bytes to read; the caller closes it
     * @param format how to split and read the records
     * @param sink receives each record, on the calling thread; an exception it throws ends the read
     * @return the number of records
     * @throws IOException if reading {@code in} fails
     */
    public long read(InputStream in, InputFormat format, Consumer<? super ApplicationRecord> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        try (RecordSource source = source(new NonClosing(in), format)) {
            long count = 0;
            for (ApplicationRecord r = source.next(); r != null; r = source.next()) {
                sink.accept(r);
                count++;
            }
            return count;
        }
    }

    /**
     * Reads every record from {@code in} and works on it on {@code executor}'s threads, at most
     * {@code window} records at once, passing each result to {@code sink} on the calling thread in
     * input order ({@link InOrder}). {@code in} is not closed.
     */
    <T> long read(InputStream in, InputFormat format, Executor executor, int window,
            Function<? super ApplicationRecord, ? extends T> work, Consumer<? super T> sink) throws IOException {
        try (RecordSource source = source(new NonClosing(in), format)) {
            return InOrder.run(source, executor, window, work, sink);
        }
    }

    /**
     * The records of {@code file} as an iterator that reads one record at a time. Close it to close
     * the file.
     *
     * @param file the file to read; the format comes from its name ({@link InputFormat#of(Path)})
     * @return an iterator over the records, owning the open file; not thread-safe
     * @throws IllegalArgumentException if the file name does not end in {@code .jsonl}, {@code .json} or {@code .csv}
     * @throws IOException if the file cannot be opened
     */
    public RecordIterator open(Path file) throws IOException {
        InputFormat format = formatOf(file);
        InputStream in = Files.newInputStream(file);
        try {
            return new RecordIterator(source(in, format));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The records read from {@code in}, as an iterator. Closing the iterator closes {@code in}.
     *
     * @param in the bytes to read; closed when the iterator is closed
     * @param format how to split and read the records
     * @return an iterator over the records; not thread-safe
     * @throws IOException if the reader cannot be set up on {@code in}
     */
    public RecordIterator open(InputStream in, InputFormat format) throws IOException {
        return new RecordIterator(source(in, format));
    }

    /**
     * The records of {@code file} as a sequential, ordered, lazy stream. Close the stream
     * (try-with-resources) to close the file; a read failure surfaces as {@link UncheckedIOException}.
     *
     * @param file the file to read; the format comes from its name ({@link InputFormat#of(Path)})
     * @return the records; not parallel
     * @throws IllegalArgumentException if the file name does not end in {@code .jsonl}, {@code .json} or {@code .csv}
     * @throws IOException if the file cannot be opened
     */
    public Stream<ApplicationRecord> stream(Path file) throws IOException {
        RecordIterator iterator = open(file);
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
                return new JsonLinesSource(in, limits);
            case JSON:
                return new JsonDocumentSource(in, limits);
            case CSV:
                return new CsvApplicationSource(in, limits);
            default:
                throw new IllegalArgumentException("unsupported format " + format);
        }
    }

    static InputFormat formatOf(Path file) {
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
