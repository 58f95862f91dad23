package it.esibe.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Cell-level rules shared by every CSV reader and writer of the module: formula neutralisation and
 * the Jackson CSV set-up of the writers.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula ("CSV injection"), and some first drop leading characters they ignore: LibreOffice Calc
 * turns a NUL character followed by {@code =HYPERLINK(…)} into a live
 * link, and a leading space or tab hides a formula
 * from a guard that looks only at the first character. So a cell is dangerous when, after every
 * leading control character (Unicode {@code Cc}), format character ({@code Cf}, such as a zero-width
 * space or a byte order mark) and white space (Unicode {@code White_Space}, separators {@code Z*}), it
 * starts with one of the four signs or their full-width forms (which some spreadsheets fold); a
 * cell that starts with a tab or a carriage return is neutralised too, as OWASP recommends.
 * Such a cell is written with a leading apostrophe, which spreadsheets show as text. A plain number
 * ({@code -12.5}) is left alone: it is no formula, and neutralising it would turn amounts into text.
 * Readers drop the apostrophe again, so a neutralised export reads back as it was written.
 *
 * <p>Every CSV the module writes (decisions, the register, applications and their templates) goes
 * through {@link CsvRows}, and so through this one guard.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvCells() {
    }

    /** Whether a spreadsheet could evaluate {@code cell} as a formula. */
    public static boolean isFormulaLike(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < cell.length() && ignorable(cell.codePointAt(i))) {
            i += Character.charCount(cell.codePointAt(i));
        }
        if (i == cell.length() || !isSign(cell.charAt(i))) {
            return false;
        }
        return i > 0 || !PLAIN_NUMBER.matcher(cell).matches();
    }

    /** A character a spreadsheet may skip before it looks for a formula sign. */
    private static boolean ignorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (cp <= 0xFFFF && Texts.isWhiteSpace((char) cp));
    }

    private static boolean isSign(char ch) {
        switch (ch) {
            case '=': case '+': case '-': case '@':
            case '\uFF1D': case '\uFF0B': case '\uFF0D': case '\uFF20':
                return true;
            default:
                return false;
        }
    }

    /**
     * {@code cell} made safe to open in a spreadsheet: a formula-like cell gets a leading apostrophe.
     * So does a cell that already starts with an apostrophe before something formula-like, so that
     * {@link #restore} gives back exactly the cell written.
     */
    public static String neutralise(String cell) {
        boolean quotedAlready = cell.length() >= 2 && cell.charAt(0) == '\'' && isFormulaLike(cell.substring(1));
        return quotedAlready || isFormulaLike(cell) ? "'" + cell : cell;
    }

    /** The inverse of {@link #neutralise}: drops the apostrophe the writer put before a formula-like cell. */
    public static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && (isFormulaLike(cell.substring(1))
                || (cell.charAt(1) == '\'' && cell.length() >= 3 && isFormulaLike(cell.substring(2))))) {
            return cell.substring(1);
        }
        return cell;
    }

    /**
     * Writes one row to {@code out}: every cell quoted, a double quote inside doubled, so that names
     * with commas, quotes and line ends survive, cells separated by {@code delimiter} and the row
     * ended by CRLF, as RFC 4180 and spreadsheets expect. Cells must already be neutralised.
     */
    public static void writeRow(Writer out, char delimiter, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write('"');
            String cell = cells[i];
            int from = 0;
            for (int q = cell.indexOf('"'); q >= 0; q = cell.indexOf('"', from)) {
                out.write(cell, from, q + 1 - from);
                out.write('"');
                from = q + 1;
            }
            out.write(cell, from, cell.length() - from);
            out.write('"');
        }
        out.write("\r\n");
    }
}
