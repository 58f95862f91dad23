package it.esibe.io;

/**
 * The resource limits every ESIBE reader enforces on untrusted input, so that a hostile or broken
 * file costs bounded memory and time; a record over a limit gets an {@code INVALID} decision, it
 * never makes the reader throw.
 *
 * <p>Thread-safety: immutable, and safe to share between threads. Start from {@link #DEFAULTS} and
 * change single limits with the {@code with…} methods:
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.DEFAULTS.withMaxRecordBytes(4 * 1024 * 1024);
 * }</pre>
 *
 * @param maxRecordBytes the largest record: for JSON Lines the bytes of one line (without its line
 *     end), for a JSON file the characters of the document or of one element of its top-level array
 *     (a character is at least one byte, so the limit is never stricter than stated); default
 *     1&nbsp;MiB ({@value #DEFAULT_MAX_RECORD_BYTES})
 * @param maxNestingDepth the deepest nesting of objects and arrays, counting the top-level array of
 *     a JSON file; default {@value #DEFAULT_MAX_NESTING_DEPTH}
 * @param maxStringLength the longest string value, in characters; default {@value #DEFAULT_MAX_STRING_LENGTH}
 * @param maxNameLength the longest property name, in characters; default {@value #DEFAULT_MAX_NAME_LENGTH}
 * @param maxNumberLength the longest number literal, in characters; a longer one makes the record
 *     unreadable; default {@value #DEFAULT_MAX_NUMBER_LENGTH}
 * @param maxIntegerDigits the most digits a number may have before the decimal point (the
 *     magnitude, exponent included) to be accepted as a value; default {@value #DEFAULT_MAX_INTEGER_DIGITS}
 * @param maxDecimalScale the largest absolute scale (digits after the decimal point, or the negative
 *     exponent of {@code 1E+n}) a number may have to be accepted as a value; default
 *     {@value #DEFAULT_MAX_DECIMAL_SCALE}
 * @param maxItemsPerList the most elements a list of an application may have ({@code fiscalYears},
 *     {@code patents}, {@code programs}, a programme's {@code priorities}, {@code ownership.holders},
 *     {@code ownership.participations}); a longer list makes the record {@code INVALID} without its
 *     elements being read; default {@value #DEFAULT_MAX_ITEMS_PER_LIST}
 * @since 0.1.0
 */
public record ReadLimits(
        int maxRecordBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxNameLength,
        int maxNumberLength,
        int maxIntegerDigits,
        int maxDecimalScale,
        int maxItemsPerList) {

    /** Default of {@link #maxRecordBytes()}: 1 MiB. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;
    /** Default of {@link #maxNestingDepth()}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** Default of {@link #maxStringLength()}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** Default of {@link #maxNameLength()}. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
    /** Default of {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default of {@link #maxIntegerDigits()}. */
    public static final int DEFAULT_MAX_INTEGER_DIGITS = 30;
    /** Default of {@link #maxDecimalScale()}. */
    public static final int DEFAULT_MAX_DECIMAL_SCALE = 100;
    /**
     * Default of {@link #maxItemsPerList()}: far above any real application (a company with a thousand
     * patents would file them elsewhere), low enough that one record cannot make the evaluator check
     * millions of elements.
     */
    public static final int DEFAULT_MAX_ITEMS_PER_LIST = 1_000;

    /** The documented defaults. */
    public static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_INTEGER_DIGITS,
            DEFAULT_MAX_DECIMAL_SCALE, DEFAULT_MAX_ITEMS_PER_LIST);

    /**
     * Rejects limits that could not work.
     *
     * @param maxRecordBytes the largest record, in bytes (characters for a JSON file)
     * @param maxNestingDepth the deepest nesting of objects and arrays, at least 2
     * @param maxStringLength the longest string value, in characters
     * @param maxNameLength the longest property name, in characters
     * @param maxNumberLength the longest number literal, in characters
     * @param maxIntegerDigits the most digits before the decimal point
     * @param maxDecimalScale the largest absolute scale of a number
     * @param maxItemsPerList the most elements of a list of an application
     * @throws IllegalArgumentException if a limit is below 1 ({@code maxNestingDepth} below 2: a
     *     JSON file's top-level array and the application in it need two levels)
     */
    public ReadLimits {
        positive("maxRecordBytes", maxRecordBytes);
        positive("maxStringLength", maxStringLength);
        positive("maxNameLength", maxNameLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxIntegerDigits", maxIntegerDigits);
        positive("maxDecimalScale", maxDecimalScale);
        positive("maxItemsPerList", maxItemsPerList);
        if (maxNestingDepth < 2) {
            throw new IllegalArgumentException("maxNestingDepth must be >= 2, got " + maxNestingDepth);
        }
    }

    /**
     * Limits without a list limit of their own, which get {@link #DEFAULT_MAX_ITEMS_PER_LIST}: the
     * constructor of the first release, kept so that existing callers compile.
     *
     * @param maxRecordBytes the largest record, in bytes (characters for a JSON file)
     * @param maxNestingDepth the deepest nesting of objects and arrays, at least 2
     * @param maxStringLength the longest string value, in characters
     * @param maxNameLength the longest property name, in characters
     * @param maxNumberLength the longest number literal, in characters
     * @param maxIntegerDigits the most digits before the decimal point
     * @param maxDecimalScale the largest absolute scale of a number
     * @throws IllegalArgumentException if a limit is below 1, or {@code maxNestingDepth} below 2
     */
    public ReadLimits(int maxRecordBytes, int maxNestingDepth, int maxStringLength, int maxNameLength,
            int maxNumberLength, int maxIntegerDigits, int maxDecimalScale) {
        this(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxIntegerDigits,
                maxDecimalScale, DEFAULT_MAX_ITEMS_PER_LIST);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }

    /**
     * These limits with another {@link #maxRecordBytes()}.
     *
     * @param value the largest record, in bytes (characters for a JSON file)
     * @return new limits, equal to these except for {@code maxRecordBytes}
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public ReadLimits withMaxRecordBytes(int value) {
        return new ReadLimits(value, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList);
    }

    /**
     * These limits with another {@link #maxNestingDepth()}.
     *
     * @param value the deepest nesting of objects and arrays, at least 2
     * @return new limits, equal to these except for {@code maxNestingDepth}
     * @throws IllegalArgumentException if {@code value} is below 2
     */
    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(maxRecordBytes, value, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList);
    }

    /**
     * These limits with another {@link #maxStringLength()}.
     *
     * @param value the longest string value, in characters
     * @return new limits, equal to these except for {@code maxStringLength}
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, value, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList);
    }

    /**
     * These limits with another {@link #maxNameLength()}.
     *
     * @param value the longest property name, in characters
     * @return new limits, equal to these except for {@code maxNameLength}
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public ReadLimits withMaxNameLength(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, value, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList);
    }

    /**
     * These limits with another {@link #maxNumberLength()}.
     *
     * @param value the longest number literal, in characters
     * @return new limits, equal to these except for {@code maxNumberLength}
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public ReadLimits withMaxNumberLength(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, value,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList);
    }

    /**
     * These limits with another {@link #maxIntegerDigits()}.
     *
     * @param value the most digits a number may have before the decimal point
     * @return new limits, equal to these except for {@code maxIntegerDigits}
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public ReadLimits withMaxIntegerDigits(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                value, maxDecimalScale, maxItemsPerList);
    }

    /**
     * These limits with another {@link #maxDecimalScale()}.
     *
     * @param value the largest absolute scale a number may have
     * @return new limits, equal to these except for {@code maxDecimalScale}
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public ReadLimits withMaxDecimalScale(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, value, maxItemsPerList);
    }

    /**
     * These limits with another {@link #maxItemsPerList()}.
     *
     * @param value the most elements a list of an application may have
     * @return new limits, equal to these except for {@code maxItemsPerList}
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public ReadLimits withMaxItemsPerList(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, value);
    }
}
