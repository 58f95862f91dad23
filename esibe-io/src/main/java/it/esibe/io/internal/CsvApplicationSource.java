package it.esibe.io.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.io.CanonicalJson;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The applications of a CSV file in the layout of {@link CsvLayout}: a header row, then one
 * application per row.
 *
 * <p>Rows are split in the raw bytes ({@link RecordSplitter}, by the quoting rules of
 * {@link CsvLexer}: a stray double quote inside an unquoted cell is text, and a bare CR ends a row
 * like CRLF and LF), so that a row of invalid UTF-8 or an over-long row costs only itself; each row
 * is then cut into cells by the same rules ({@link CsvCellParser}), turned into the application's
 * JSON tree (numbers by the same {@link NumberReader} as JSON) and judged by the same reader as JSON
 * input. The column separator is taken from the header row: {@code ;} if it holds one, else
 * {@code ,} (headers hold neither). A row whose cells are all empty or white space is no
 * application and yields nothing, but is counted, so that row numbers stay those of the file.
 * Every record locates its violations ({@link ApplicationRecord#location(String)}): the data row
 * (from 1), the file line it starts on and the column. Header problems (an unknown or repeated
 * column) are violations of every row, since a misnamed column would silently drop evidence.
 *
 * <p>Not thread-safe: one reader per stream.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CsvApplicationSource implements RecordSource {

    /** Far more cells than the layout has columns: a row with more is not read. */
    private static final int MAX_CELLS = CsvLayout.COLUMNS.size() * 4;

    private final InputStream in;
    private final CsvLexer lexer = new CsvLexer(",;");
    private final RecordSplitter rows;
    private final ReadLimits limits;
    private final NumberReader numbers;

    private boolean started;
    private char separator = ',';
    private final List<CsvLayout.@Nullable Column> header = new ArrayList<>();
    /** The header as read, shared by every row's locations. */
    private List<CsvLayout.@Nullable Column> columns = List.of();
    private final List<Message> headerProblems = new ArrayList<>();
    /** {@link #headerProblems} once the header is read, shared by every row. */
    private List<Message> fixedHeaderProblems = List.of();
    private long row;

    /** A source reading {@code in}, which it closes when closed. */
    public CsvApplicationSource(InputStream in, ReadLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.numbers = new NumberReader(limits);
        this.rows = new RecordSplitter(in, limits.maxRecordBytes(), lexer);
    }

    @Override
    public @Nullable Cut nextCut() throws IOException {
        if (!started) {
            started = true;
            if (!rows.next()) {
                return done(rejected(0, rows.firstLine(), columns, ReadProblem.CSV_NO_HEADER.message(), Sha256.hex(new byte[0])));
            }
            Message problem = readHeader();
            lexer.separators(String.valueOf(separator));
            if (problem != null) {
                // Without a header no row can be read: the header is a record of its own (row 0), and
                // every row after it is rejected for the same reason.
                headerProblems.add(problem);
                header.clear();
            }
            columns = Collections.unmodifiableList(new ArrayList<>(header));
            fixedHeaderProblems = List.copyOf(headerProblems);
            if (problem != null) {
                return done(rejected(0, rows.firstLine(), columns, problem, rows.sha256()));
            }
        }
        while (rows.next()) {
            row++;
            Cut cut = cut();
            if (cut != null) {
                return cut;
            }
        }
        return null;
    }

    /** A record settled while it was cut. */
    private static Cut done(ApplicationRecord record) {
        return () -> record;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private @Nullable Message readHeader() {
        if (rows.overflow() != null) {
            return ReadProblem.CSV_IN_HEADER.message(ReadProblem.RECORD_TOO_LARGE.message(rows.totalLength(),
                    limits.maxRecordBytes()));
        }
        Utf8.Decoded decoded = Utf8.decode(rows.bytes(), rows.length());
        String text = decoded.text();
        if (text == null) {
            return ReadProblem.CSV_IN_HEADER.message(decoded.error());
        }
        separator = text.indexOf(';') >= 0 ? ';' : ',';
        List<String> names;
        try {
            names = CsvCellParser.cells(text, separator, MAX_CELLS);
        } catch (CsvCellParser.BadRow e) {
            return ReadProblem.CSV_IN_HEADER.message(e.problem());
        }
        Set<CsvLayout.Column> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            CsvLayout.Column column = CsvLayout.byHeader(name);
            if (column == null) {
                headerProblems.add(ReadProblem.CSV_UNKNOWN_COLUMN.message(i + 1, Texts.quote(name)));
            } else if (!seen.add(column)) {
                headerProblems.add(ReadProblem.CSV_REPEATED_COLUMN.message(i + 1, Texts.quote(name),
                        Texts.quote(column.english())));
                column = null;
            }
            header.add(column);
        }
        if (seen.isEmpty()) {
            return ReadProblem.CSV_NOT_A_HEADER.message();
        }
        return null;
    }

    /**
     * The current row, to be read as an application or the reason it is none; {@code null} for a
     * row without any byte of content. What the row needs of the file (the header, its problems, the
     * separator, the row's place) is fixed here, so that the row may be read on any thread.
     */
    private @Nullable Cut cut() {
        if (rows.blank()) {
            return null;
        }
        long at = row;
        long line = rows.firstLine();
        if (rows.overflow() != null) {
            return done(rejected(at, line, columns, (rows.endedInQuotes() ? ReadProblem.CSV_ROW_TOO_LARGE_OPEN_QUOTE
                    : ReadProblem.RECORD_TOO_LARGE).message(rows.totalLength(), limits.maxRecordBytes()), rows.sha256()));
        }
        byte[] bytes = Arrays.copyOf(rows.bytes(), rows.length());
        List<CsvLayout.@Nullable Column> header = columns;
        List<Message> problemsOfHeader = fixedHeaderProblems;
        char separator = this.separator;
        return () -> read(bytes, at, line, header, problemsOfHeader, separator);
    }

    /** One row's bytes as an application, the reason they are none, or {@code null} for a row of empty cells. */
    private @Nullable ApplicationRecord read(byte[] bytes, long row, long line, List<CsvLayout.@Nullable Column> header,
            List<Message> headerProblems, char separator) {
        Supplier<String> raw = () -> Sha256.hex(bytes, bytes.length);
        Utf8.Decoded decoded = Utf8.decode(bytes, bytes.length);
        String text = decoded.text();
        if (text == null) {
            return rejected(row, line, header, Objects.requireNonNull(decoded.error()), raw.get());
        }
        List<String> cells;
        try {
            cells = CsvCellParser.cells(text, separator, MAX_CELLS);
        } catch (CsvCellParser.BadRow e) {
            return rejected(row, line, header, e.problem(), raw.get());
        }
        if (cells.stream().allMatch(Texts::isBlank)) {
            return null; // ";;;;" is what spreadsheets save for an empty row
        }
        Problems problems = new Problems(limits.maxViolationsPerRecord());
        for (Message p : headerProblems) {
            problems.addMessage("", p);
        }
        if (cells.size() != header.size()) {
            problems.add("", ReadProblem.CSV_CELL_COUNT, cells.size(), header.size());
        }
        ObjectNode tree = Json.NODES.objectNode();
        for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
            CsvLayout.Column column = header.get(i);
            if (column != null) {
                CsvLayout.put(tree, column, CsvCells.restore(cells.get(i)), problems, numbers);
            }
        }
        // The same shape as the JSON writer gives, so that a CSV record hashes like its JSON twin.
        CsvLayout.fillAbsent(tree);
        ReadResult read = ApplicationTreeReader.read(tree, problems, limits, () -> CanonicalJson.sha256(tree), raw);
        return read.record().position(RecordPosition.row(row)).location(located(row, line, header)).build();
    }

    /**
     * Where the value at a path stood in the file: row and line, then column, item and field. The
     * arguments are fixed when the row is read, so that the function may be applied at any time.
     */
    private static Function<String, Message> located(long row, long line, List<CsvLayout.@Nullable Column> header) {
        return path -> {
            List<MessageArg> parts = new ArrayList<>();
            parts.add(MessageArg.message(ReadProblem.CSV_AT_ROW.message(row, line)));
            CsvLayout.Column column = columnOf(path);
            if (column != null) {
                int index = header.indexOf(column);
                String name = Texts.quote(column.english());
                parts.add(MessageArg.message(index >= 0 ? ReadProblem.CSV_AT_COLUMN.message(index + 1, name)
                        : ReadProblem.CSV_AT_COLUMN_NAME.message(name)));
                String rest = path.substring(column.jsonPath().length());
                if (column.isList() && rest.startsWith("[")) {
                    int close = rest.indexOf(']');
                    parts.add(MessageArg.message(ReadProblem.CSV_AT_ITEM.message(
                            Integer.parseInt(rest.substring(1, close)) + 1)));
                    if (close + 2 <= rest.length()) {
                        parts.add(MessageArg.message(ReadProblem.CSV_AT_FIELD.message(rest.substring(close + 2))));
                    }
                }
            }
            return ReadProblem.VERBATIM.message(MessageArg.join(", ", parts));
        };
    }

    private static CsvLayout.@Nullable Column columnOf(String path) {
        CsvLayout.Column best = null;
        for (CsvLayout.Column c : CsvLayout.COLUMNS) {
            String p = c.jsonPath();
            boolean prefix = path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[");
            if (prefix && (best == null || p.length() > best.jsonPath().length())) {
                best = c;
            }
        }
        return best;
    }

    /** A row (or the header, row 0) that is no application at all. */
    private static ApplicationRecord rejected(long position, long line, List<CsvLayout.@Nullable Column> header,
            Message message, String sha256) {
        return ReadResult.unreadable(message, sha256).record().position(RecordPosition.row(position))
                .location(located(position, line, header)).build();
    }
}
