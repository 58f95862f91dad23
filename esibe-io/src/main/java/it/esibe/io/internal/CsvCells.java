package it.esibe.io.internal;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Cell-level rules shared by every CSV reader and writer of the module: formula neutralisation and
 * the Jackson CSV set-up.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return as a formula ("CSV injection"). As OWASP recommends, such a cell is written with a
 * leading apostrophe, which spreadsheets show as text; the full-width forms of the four signs are
 * treated alike because some spreadsheets fold them. A plain number ({@code -12.5}) is left alone:
 * it is no formula, and neutralising it would turn amounts into text. Readers drop the apostrophe
 * again, so a neutralised export reads back as it was written.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .build());

    private CsvCells() {
    }

    /** Whether a spreadsheet would treat {@code cell} as a formula. */
    public static boolean isFormulaLike(String cell) {
        if (cell.isEmpty() || !startsDangerously(cell.charAt(0))) {
            return false;
        }
        return !PLAIN_NUMBER.matcher(cell).matches();
    }

    private static boolean startsDangerously(char ch) {
        switch (ch) {
            case '=': case '+': case '-': case '@': case '\t': case '\r':
            case '\uFF1D': case '\uFF0B': case '\uFF0D': case '\uFF20':
                return true;
            default:
                return false;
        }
    }

    /** {@code cell} made safe to open in a spreadsheet: a formula-like cell gets a leading apostrophe. */
    public static String neutralise(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }

    /** The inverse of {@link #neutralise}: drops the apostrophe the writer put before a formula-like cell. */
    public static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && isFormulaLike(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /**
     * A writer of rows (arrays of strings) to {@code out}: every cell quoted, so that names with
     * commas, quotes and line ends survive, and rows ended by CRLF as RFC 4180 and spreadsheets expect.
     * Cells must already be neutralised.
     */
    public static SequenceWriter rows(Writer out, char delimiter) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(delimiter)
                .withLineSeparator("\r\n");
        return MAPPER.writer(schema).writeValues(out);
    }
}
