package it.esibe.io;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The resource limits every ESIBE reader enforces on untrusted input, so that a hostile or broken
 * file costs bounded memory and time; a record over a limit gets an {@code INVALID} decision, it
 * never makes the reader throw. docs/LIMITS.md lists every limit with its default in one table.
 *
 * <p>Start from {@link #DEFAULTS} and change single limits with the {@code with…} methods:
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.DEFAULTS.withMaxRecordBytes(4 * 1024 * 1024).withMaxNestingDepth(32);
 * }</pre>
 *
 * <p>Each limit has a range the readers can really honour, stated on its {@code with…} method; a
 * value outside it is rejected with {@link IllegalArgumentException} rather than accepted and then
 * silently not enforced (or, worse, overflowing into a limit that rejects everything).
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ReadLimits {

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
    /**
     * Default of {@link #maxViolationsPerRecord()}: enough to show every problem of any real
     * application, few enough that one hostile record cannot produce a decision of megabytes.
     */
    public static final int DEFAULT_MAX_VIOLATIONS_PER_RECORD = 100;

    /**
     * The largest {@link #maxRecordBytes()}, {@link #maxStringLength()} and {@link #maxNameLength()}:
     * one record's text must fit in one Java string, which holds at most about 2<sup>30</sup> characters
     * outside Latin-1.
     */
    public static final int MAX_TEXT_LIMIT = 1_000_000_000;
    /**
     * The largest {@link #maxNestingDepth()}: values are read by recursion, one level per nesting
     * level, and a thread's stack is not sized for more.
     */
    public static final int MAX_NESTING_LIMIT = 1_000;
    /**
     * The largest {@link #maxIntegerDigits()} and {@link #maxDecimalScale()}: every number a reader
     * accepts must have the plain decimal form {@link CanonicalJson} hashes, which it writes for
     * numbers up to this many digits on each side of the decimal point.
     */
    public static final int MAX_DIGITS_LIMIT = CanonicalJson.MAX_PLAIN_DIGITS;

    /** The documented defaults. */
    public static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_INTEGER_DIGITS,
            DEFAULT_MAX_DECIMAL_SCALE, DEFAULT_MAX_ITEMS_PER_LIST, DEFAULT_MAX_VIOLATIONS_PER_RECORD);

    private final int maxRecordBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNameLength;
    private final int maxNumberLength;
    private final int maxIntegerDigits;
    private final int maxDecimalScale;
    private final int maxItemsPerList;
    private final int maxViolationsPerRecord;

    // Private: callers change one limit at a time through the with-ers, never by position.
    private ReadLimits(int maxRecordBytes, int maxNestingDepth, int maxStringLength, int maxNameLength,
            int maxNumberLength, int maxIntegerDigits, int maxDecimalScale, int maxItemsPerList,
            int maxViolationsPerRecord) {
        this.maxRecordBytes = within("maxRecordBytes", maxRecordBytes, 1, MAX_TEXT_LIMIT);
        this.maxNestingDepth = within("maxNestingDepth", maxNestingDepth, 2, MAX_NESTING_LIMIT);
        this.maxStringLength = within("maxStringLength", maxStringLength, 1, MAX_TEXT_LIMIT);
        this.maxNameLength = within("maxNameLength", maxNameLength, 1, MAX_TEXT_LIMIT);
        this.maxNumberLength = within("maxNumberLength", maxNumberLength, 1, MAX_TEXT_LIMIT);
        this.maxIntegerDigits = within("maxIntegerDigits", maxIntegerDigits, 1, MAX_DIGITS_LIMIT);
        this.maxDecimalScale = within("maxDecimalScale", maxDecimalScale, 1, MAX_DIGITS_LIMIT);
        this.maxItemsPerList = within("maxItemsPerList", maxItemsPerList, 1, MAX_TEXT_LIMIT);
        this.maxViolationsPerRecord = within("maxViolationsPerRecord", maxViolationsPerRecord, 1, MAX_TEXT_LIMIT);
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s must be between %,d and %,d, got %,d", name, min, max, value));
        }
        return value;
    }

    /**
     * The largest record: for JSON Lines the bytes of one line, for CSV the bytes of one row (quoted
     * line ends included), for a JSON file the bytes of the document or of one element of its
     * top-level array; line ends and separators are not counted. A longer record is skipped without
     * being held in memory and gets an {@code INVALID} decision. Default 1&nbsp;MiB
     * ({@value #DEFAULT_MAX_RECORD_BYTES}).
     *
     * @return the limit in bytes
     */
    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /**
     * The deepest nesting of objects and arrays inside one record (the application object is level
     * 1; the top-level array of a JSON file is not counted). Default {@value #DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @return the limit in levels
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * The longest string value, in characters (UTF-16 units). A longer one is a violation at its path
     * and is not read further. Default {@value #DEFAULT_MAX_STRING_LENGTH}.
     *
     * @return the limit in characters
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * The longest property name, in characters. Default {@value #DEFAULT_MAX_NAME_LENGTH}.
     *
     * @return the limit in characters
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * The longest number literal, in characters, in JSON and in a CSV cell alike. A longer one is a
     * violation at its path, found without converting the number. Default
     * {@value #DEFAULT_MAX_NUMBER_LENGTH}.
     *
     * @return the limit in characters
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * The most digits a number may have before the decimal point (its magnitude, exponent included)
     * to be read as a value; a larger one is the violation "too large". Default
     * {@value #DEFAULT_MAX_INTEGER_DIGITS}. The format's own limits (15 integer digits for amounts) are
     * the evaluator's: this one only keeps absurd magnitudes out of the reader.
     *
     * @return the limit in digits
     */
    public int maxIntegerDigits() {
        return maxIntegerDigits;
    }

    /**
     * The most digits a number may have after the decimal point, as written ({@code 1e-400} has 400)
     * to be read as a value; more is the violation "too many decimals". A zero is read as zero
     * whatever its exponent. Default {@value #DEFAULT_MAX_DECIMAL_SCALE}.
     *
     * @return the limit in digits
     */
    public int maxDecimalScale() {
        return maxDecimalScale;
    }

    /**
     * The most elements a list of an application may have ({@code fiscalYears}, {@code patents},
     * {@code programs}, a programme's {@code priorities}, {@code ownership.holders},
     * {@code ownership.participations}); a longer list is a violation and its elements are not read.
     * Default {@value #DEFAULT_MAX_ITEMS_PER_LIST}.
     *
     * @return the limit in elements
     */
    public int maxItemsPerList() {
        return maxItemsPerList;
    }

    /**
     * The most violations the reader lists for one record: the first ones found, in document order,
     * then one more at path {@code ""} saying how many were left out. Default
     * {@value #DEFAULT_MAX_VIOLATIONS_PER_RECORD}.
     *
     * @return the limit in violations (the final count not included)
     */
    public int maxViolationsPerRecord() {
        return maxViolationsPerRecord;
    }

    /**
     * These limits with another {@link #maxRecordBytes()}.
     *
     * @param value the largest record, in bytes: 1 to {@value #MAX_TEXT_LIMIT}
     * @return new limits, equal to these except for {@code maxRecordBytes}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxRecordBytes(int value) {
        return new ReadLimits(value, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxNestingDepth()}.
     *
     * @param value the deepest nesting of objects and arrays: 2 to {@value #MAX_NESTING_LIMIT}
     * @return new limits, equal to these except for {@code maxNestingDepth}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(maxRecordBytes, value, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxStringLength()}.
     *
     * @param value the longest string value, in characters: 1 to {@value #MAX_TEXT_LIMIT}
     * @return new limits, equal to these except for {@code maxStringLength}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, value, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxNameLength()}.
     *
     * @param value the longest property name, in characters: 1 to {@value #MAX_TEXT_LIMIT}
     * @return new limits, equal to these except for {@code maxNameLength}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxNameLength(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, value, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxNumberLength()}.
     *
     * @param value the longest number literal, in characters: 1 to {@value #MAX_TEXT_LIMIT}
     * @return new limits, equal to these except for {@code maxNumberLength}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxNumberLength(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, value,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxIntegerDigits()}.
     *
     * @param value the most digits before the decimal point: 1 to {@value #MAX_DIGITS_LIMIT}
     * @return new limits, equal to these except for {@code maxIntegerDigits}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxIntegerDigits(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                value, maxDecimalScale, maxItemsPerList, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxDecimalScale()}.
     *
     * @param value the most digits after the decimal point: 1 to {@value #MAX_DIGITS_LIMIT}
     * @return new limits, equal to these except for {@code maxDecimalScale}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxDecimalScale(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, value, maxItemsPerList, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxItemsPerList()}.
     *
     * @param value the most elements of a list of an application: 1 to {@value #MAX_TEXT_LIMIT}
     * @return new limits, equal to these except for {@code maxItemsPerList}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxItemsPerList(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, value, maxViolationsPerRecord);
    }

    /**
     * These limits with another {@link #maxViolationsPerRecord()}.
     *
     * @param value the most violations listed for one record: 1 to {@value #MAX_TEXT_LIMIT}
     * @return new limits, equal to these except for {@code maxViolationsPerRecord}
     * @throws IllegalArgumentException if {@code value} is outside its range
     */
    public ReadLimits withMaxViolationsPerRecord(int value) {
        return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReadLimits)) {
            return false;
        }
        ReadLimits other = (ReadLimits) o;
        return maxRecordBytes == other.maxRecordBytes && maxNestingDepth == other.maxNestingDepth
                && maxStringLength == other.maxStringLength && maxNameLength == other.maxNameLength
                && maxNumberLength == other.maxNumberLength && maxIntegerDigits == other.maxIntegerDigits
                && maxDecimalScale == other.maxDecimalScale && maxItemsPerList == other.maxItemsPerList
                && maxViolationsPerRecord == other.maxViolationsPerRecord;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRecordBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxIntegerDigits, maxDecimalScale, maxItemsPerList, maxViolationsPerRecord);
    }

    @Override
    public String toString() {
        return "ReadLimits[maxRecordBytes=" + maxRecordBytes + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxNameLength=" + maxNameLength
                + ", maxNumberLength=" + maxNumberLength + ", maxIntegerDigits=" + maxIntegerDigits
                + ", maxDecimalScale=" + maxDecimalScale + ", maxItemsPerList=" + maxItemsPerList
                + ", maxViolationsPerRecord=" + maxViolationsPerRecord + "]";
    }
}
