package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.io.ApplicationRead;
import it.esibe.io.CanonicalJson;
import it.esibe.io.Decided;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The applications of a CSV file in the layout of {@link CsvLayout}: a header row, then one
 * application per row.
 *
 * <p>Rows are split in the raw bytes ({@link RecordSplitter}, quote-aware), so that a row of invalid
 * UTF-8 or an over-long row costs only itself; each row's cells are then parsed by Jackson's CSV
 * parser, turned into the application's JSON tree and judged by the same reader as JSON input. The
 * column separator is taken from the header row: {@code ;} if it holds one, else {@code ,} (headers
 * hold neither). Every violation names the data row (from 1), the file line it starts on and the
 * column. Header problems (an unknown or repeated column) make every row {@code INVALID}, since a
 * misnamed column would silently drop evidence.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class CsvApplicationSource implements RecordSource {

    private final InputStream in;
    private final RecordSplitter rows;
    private final ApplicationEvaluator evaluator;
    private final ReadLimits limits;
    private final CsvFactory factory;

    private boolean started;
    private char separator = ',';
    private final List<CsvLayout.@Nullable Column> header = new ArrayList<>();
    private final List<String> headerProblems = new ArrayList<>();
    private long row;

    /** A source reading {@code in}, which it closes when closed. */
    public CsvApplicationSource(InputStream in, ApplicationEvaluator evaluator, ReadLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.rows = new RecordSplitter(in, limits.maxRecordBytes(), true);
        this.factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxStringLength())
                        .build())
                .build();
    }

    @Override
    public @Nullable Decided next() throws IOException {
        if (!started) {
            started = true;
            if (!rows.next()) {
                return rejected(0, "no header row: the file is empty; see docs/CSV-FORMAT.md for the layout",
                        Sha256.hex(new byte[0]));
            }
            String problem = readHeader();
            if (problem != null) {
                // Without a header no row can be read: the header gets a decision of its own (row 0), and
                // every row after it is rejected for the same reason.
                headerProblems.add(problem);
                header.clear();
                return rejected(0, problem, rawHash());
            }
        }
        if (!rows.next()) {
            return null;
        }
        row++;
        return record();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private @Nullable String readHeader() {
        if (rows.overflow() != null) {
            return "the header row is over the limit of " + limits.maxRecordBytes() + " bytes";
        }
        Utf8.Decoded decoded = Utf8.decode(rows.bytes(), rows.length());
        String text = decoded.text();
        if (text == null) {
            return "header row: " + decoded.error();
        }
        separator = text.indexOf(';') >= 0 ? ';' : ',';
        List<String> names;
        try {
            names = cells(text);
        } catch (BadRow e) {
            return "header row: not valid CSV: " + e.getMessage();
        }
        Set<CsvLayout.Column> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            CsvLayout.Column column = CsvLayout.byHeader(name);
            if (column == null) {
                headerProblems.add("column " + (i + 1) + " " + Texts.quote(name)
                        + " is not a column of the ESIBE CSV layout (docs/CSV-FORMAT.md)");
            } else if (!seen.add(column)) {
                headerProblems.add("column " + (i + 1) + " " + Texts.quote(name) + " repeats column "
                        + Texts.quote(column.english()));
                column = null;
            }
            header.add(column);
        }
        if (seen.isEmpty()) {
            return "the first row is not a header of the ESIBE CSV layout: no known column name in it";
        }
        return null;
    }

    private Decided record() {
        MessageDigest digest = rows.overflow();
        if (digest != null) {
            return rejected(row, "the row is " + rows.totalLength() + " bytes long, over the limit of "
                    + limits.maxRecordBytes() + " bytes for one record; it was not read"
                    + (rows.endedInQuotes() ? " (a double quote in it is never closed, so it runs to the end of the file)" : ""),
                    Sha256.toHex(digest.digest()));
        }
        Utf8.Decoded decoded = Utf8.decode(rows.bytes(), rows.length());
        String text = decoded.text();
        if (text == null) {
            return rejected(row, Objects.requireNonNull(decoded.error()), rawHash());
        }
        if (text.isBlank()) {
            return rejected(row, "blank row: every row after the header must hold one application", rawHash());
        }
        List<String> cells;
        try {
            cells = cells(text);
        } catch (BadRow e) {
            return rejected(row, "not valid CSV: " + e.getMessage(), rawHash());
        }
        List<Violation> problems = new ArrayList<>();
        for (String p : headerProblems) {
            problems.add(new Violation("", p));
        }
        if (cells.size() != header.size()) {
            problems.add(new Violation("", "the row has " + cells.size() + " cells but the header has "
                    + header.size() + " columns"));
        }
        ObjectNode tree = Json.NODES.objectNode();
        List<Violation> conversion = new ArrayList<>();
        for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
            CsvLayout.Column column = header.get(i);
            if (column != null) {
                CsvLayout.put(tree, column, CsvCells.restore(cells.get(i)), conversion);
            }
        }
        // The same shape as the JSON writer gives, so that a CSV record hashes like its JSON twin.
        for (String list : List.of("fiscalYears", "patents", "programs")) {
            if (!tree.has(list)) {
                tree.putArray(list);
            }
        }
        ObjectNode ownership = tree.has("ownership") ? (ObjectNode) tree.get("ownership") : tree.putObject("ownership");
        for (String list : List.of("holders", "participations")) {
            if (!ownership.has(list)) {
                ownership.putArray(list);
            }
        }
        problems.addAll(conversion);
        ApplicationRead read = ApplicationTreeReader.read(tree, problems, limits, CanonicalJson.sha256(tree));
        Decision decision = read.decide(evaluator);
        Set<String> converted = new HashSet<>();
        conversion.forEach(v -> converted.add(v.path()));
        return new Decided(read.application(), located(decision, converted));
    }

    /** {@code decision} with every violation's message prefixed by the row, line and column it comes from. */
    private Decision located(Decision decision, Set<String> converted) {
        List<Violation> violations = new ArrayList<>();
        for (Violation v : decision.violations()) {
            if (converted.contains(v.path()) && v.message().startsWith("required property")) {
                continue; // already said: the cell held a value that is no number
            }
            violations.add(new Violation(v.path(), where(v.path()) + v.message()));
        }
        return new Decision(decision.applicationId(), decision.outcome(), decision.ruleset(),
                decision.rulesetVersion(), decision.parametersSha256(), decision.referenceDate(), decision.referenceYear(), decision.criteria(), violations,
                decision.inputSha256(), RecordPosition.row(row));
    }

    private String where(String path) {
        StringBuilder sb = new StringBuilder("row ").append(row).append(" (line ").append(rows.firstLine()).append(')');
        CsvLayout.Column column = columnOf(path);
        if (column != null) {
            int index = header.indexOf(column);
            sb.append(", column ");
            if (index >= 0) {
                sb.append(index + 1).append(' ');
            }
            sb.append(Texts.quote(column.english()));
            String rest = path.substring(column.jsonPath().length());
            if (column.isList() && rest.startsWith("[")) {
                int close = rest.indexOf(']');
                sb.append(", item ").append(Integer.parseInt(rest.substring(1, close)) + 1);
                if (close + 2 <= rest.length()) {
                    sb.append(", field ").append(rest.substring(close + 2));
                }
            }
        }
        return sb.append(": ").toString();
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

    /** The cells of one row, parsed by Jackson's CSV parser. */
    private List<String> cells(String text) throws BadRow {
        List<String> cells = new ArrayList<>();
        try (CsvParser parser = factory.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return cells;
            }
            for (token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
                if (cells.size() >= CsvLayout.COLUMNS.size() * 4) {
                    throw new BadRow("more than " + CsvLayout.COLUMNS.size() * 4 + " cells");
                }
                cells.add(parser.getText());
            }
            if (parser.nextToken() != null) {
                throw new BadRow("a double quote is not closed where the row should end");
            }
        } catch (JsonProcessingException e) {
            throw new BadRow(e.getOriginalMessage());
        } catch (IOException e) {
            // Parsing a string in memory does no I/O; anything else is a parse failure all the same.
            throw new BadRow(String.valueOf(e.getMessage()));
        }
        return cells;
    }

    /** A row Jackson's CSV parser cannot read. */
    private static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;

        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    private String rawHash() {
        return Sha256.hex(rows.bytes(), rows.length());
    }

    private Decided rejected(long position, String message, String sha256) {
        String where = "row " + position + " (line " + rows.firstLine() + "): ";
        Decision d = evaluator.reject(null, List.of(new Violation("", where + message))).withInputSha256(sha256)
                .withPosition(RecordPosition.row(position));
        return new Decided(null, d);
    }
}
