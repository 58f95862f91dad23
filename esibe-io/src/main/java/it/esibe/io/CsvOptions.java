package it.esibe.io;

/**
 * How the CSV writers of this module write: column separator, header language and byte order mark.
 * Readers need none of this: they take the separator from the header row and accept both header
 * languages and a byte order mark.
 *
 * <p>Immutable; start from {@link #DEFAULTS} and change with the {@code with…} methods:
 *
 * <pre>{@code
 * CsvOptions forExcel = CsvOptions.DEFAULTS.withDelimiter(';').withByteOrderMark(true).withItalianHeaders(true);
 * }</pre>
 *
 * @param delimiter the column separator: {@code ','} (RFC 4180, the default) or {@code ';'} (what
 *     spreadsheets set to Italian expect, since their decimal separator is the comma)
 * @param byteOrderMark whether to start the file with a UTF-8 byte order mark, which Excel needs to
 *     read accented letters right; default {@code false}
 * @param italianHeaders whether the header row is in Italian; default {@code false} (English)
 */
public record CsvOptions(char delimiter, boolean byteOrderMark, boolean italianHeaders) {

    /** {@code ','}, no byte order mark, English headers. */
    public static final CsvOptions DEFAULTS = new CsvOptions(',', false, false);

    /**
     * Rejects a separator the layout cannot use.
     *
     * @throws IllegalArgumentException unless {@code delimiter} is {@code ','} or {@code ';'}
     */
    public CsvOptions {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("the CSV delimiter must be ',' or ';', got '" + delimiter + "'");
        }
    }

    /** These options with another {@link #delimiter()}. */
    public CsvOptions withDelimiter(char value) {
        return new CsvOptions(value, byteOrderMark, italianHeaders);
    }

    /** These options with or without a byte order mark. */
    public CsvOptions withByteOrderMark(boolean value) {
        return new CsvOptions(delimiter, value, italianHeaders);
    }

    /** These options with Italian or English headers. */
    public CsvOptions withItalianHeaders(boolean value) {
        return new CsvOptions(delimiter, byteOrderMark, value);
    }
}
