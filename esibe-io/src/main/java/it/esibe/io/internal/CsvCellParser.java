package it.esibe.io.internal;

import it.esibe.core.message.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one CSV row (its decoded text, without its line end) into cells, by the rules of
 * {@link CsvLexer}: the same rules by which the row was cut from the file, so that the two can never
 * disagree about where a quoted cell ends.
 */
final class CsvCellParser {

    /** A row that is not valid CSV; the message says why and where. */
    static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Message problem;

        BadRow(Message problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }

        /** What is wrong with the row, to be rendered in the reader's language. */
        Message problem() {
            return problem;
        }
    }

    private CsvCellParser() {
    }

    /**
     * The cells of {@code row}, unquoted.
     *
     * @param separator the character between cells
     * @param maxCells the most cells a row may have; beyond, the row is not read
     * @throws BadRow if a quoted cell is never closed, text follows a closing quote, or there are
     *     more than {@code maxCells} cells
     */
    static List<String> cells(String row, char separator, int maxCells) throws BadRow {
        CsvLexer lexer = new CsvLexer(String.valueOf(separator));
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            switch (lexer.step(ch)) {
                case CsvLexer.QUOTE:
                    break;
                case CsvLexer.SEPARATOR:
                    cells.add(cell.toString());
                    cell.setLength(0);
                    if (cells.size() >= maxCells) {
                        throw new BadRow(ReadProblem.CSV_TOO_MANY_CELLS.message(maxCells));
                    }
                    break;
                case CsvLexer.TEXT_AFTER_QUOTE:
                    throw new BadRow(ReadProblem.CSV_TEXT_AFTER_QUOTE.message(cells.size() + 1));
                default:
                    // Text, and a line end the splitter left inside the row (only inside quotes).
                    cell.append(ch);
                    break;
            }
        }
        if (lexer.inQuotes()) {
            throw new BadRow(ReadProblem.CSV_QUOTE_NOT_CLOSED.message(cells.size() + 1));
        }
        cells.add(cell.toString());
        return cells;
    }
}
