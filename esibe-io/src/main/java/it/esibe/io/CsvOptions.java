package it.esibe.io;

import org.apiguardian.api.API;

/**
 * How the CSV writers of this module write: column separator, header language and byte order mark.
 * Readers need none of this: they take the separator from the header row and accept both header
 * languages and a byte order mark.
 *
 * <p>Thread-safety: immutable, and safe to share between threads. Start from {@link #DEFAULTS} and
 * change with the {@code with…} methods:
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
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record CsvOptions(char delimiter, boolean byteOrderMark, boolean italianHeaders) {

    /** {@code ','}, no byte order mark, English headers. */
    public static final CsvOptions DEFAULTS = new CsvOptions(',', false, false);

    /**
     * Rejects a separator the layout cannot use.
     *
     * @param delimiter the column separator, {@code ','} or {@code ';'}
     * @param byteOrderMark whether to start the file with a UTF-8 byte order mark
     * @param italianHeaders whether the header row is in Italian
     * @throws IllegalArgumentException unless {@code delimiter} is {@code ','} or {@code ';'}
     */
    public CsvOptions {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("the CSV delimiter must be ',' or ';', got '" + delimiter + "'");
        }
    }

    /**
     * These options with another {@link #delimiter()}.
     *
     * @param value the column separator, {@code ','} or {@code ';'}
     * @return new options, equal to these except for the separator
     * @throws IllegalArgumentException unless {@code value} is {@code ','} or {@code ';'}
     */
    public CsvOptions withDelimiter(char value) {
        return new CsvOptions(value, byteOrderMark, italianHeaders);
    }

    /**
     * These options with or without a byte order mark.
     *
     * @param value whether to start the file with a UTF-8 byte order mark
     * @return new options, equal to these except for the byte order mark
     */
    public CsvOptions withByteOrderMark(boolean value) {
        return new CsvOptions(delimiter, value, italianHeaders);
    }

    /**
     * These options with Italian or English headers.
     *
     * @param value {@code true} for Italian headers, {@code false} for English
     * @return new options, equal to these except for the header language
     */
    public CsvOptions withItalianHeaders(boolean value) {
        return new CsvOptions(delimiter, byteOrderMark, value);
    }
}
