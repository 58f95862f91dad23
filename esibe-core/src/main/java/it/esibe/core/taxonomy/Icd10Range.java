package it.esibe.core.taxonomy;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An inclusive range of WHO ICD-10 three-character categories, such as {@code C00–D48}.
 *
 * <p>A code belongs to the range when its category (letter and two digits, before any dot) lies
 * between the bounds: {@code C50.9} is in {@code C00–D48}.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param from the first category, such as {@code C00}
 * @param to the last category, such as {@code D48}
 * @since 0.1.0
 */
public record Icd10Range(String from, String to) {

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][0-9]{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?");

    /**
     * Checks both bounds are categories and in order.
     *
     * @param from the first category
     * @param to the last category
     */
    public Icd10Range {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!CATEGORY.matcher(from).matches() || !CATEGORY.matcher(to).matches()) {
            throw new IllegalArgumentException("ICD-10 range bounds are categories such as C00, got " + from + "–" + to);
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("ICD-10 range " + from + "–" + to + " is reversed");
        }
    }

    /**
     * Parses {@code C00-D48} (hyphen or en dash) or a single category {@code E10}.
     *
     * @param text the range or category
     * @return the range
     */
    public static Icd10Range parse(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        return parts.length == 1 ? new Icd10Range(parts[0], parts[0]) : new Icd10Range(parts[0], parts[1]);
    }

    /**
     * Whether {@code code} (such as {@code C50.9}, {@code c509} or {@code U82}) falls in this range.
     * A string that is not an ICD-10 code is in no range.
     *
     * @param code an ICD-10 code
     * @return whether it falls in this range
     */
    public boolean contains(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            return false;
        }
        String category = c.substring(0, 3);
        return category.compareTo(from) >= 0 && category.compareTo(to) <= 0;
    }

    /**
     * Whether {@code code} has the shape of an ICD-10 code.
     *
     * @param code a string
     * @return whether it is shaped as an ICD-10 code
     */
    public static boolean isCode(String code) {
        return CODE.matcher(code.trim().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return from.equals(to) ? from : from + "–" + to;
    }
}
