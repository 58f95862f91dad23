package it.esibe.core.taxonomy;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An inclusive range of WHO ICD-10 codes, such as {@code C00–D48} (categories) or
 * {@code U07.1–U07.2} (subcategories).
 *
 * <p>Each bound is a three-character category ({@code C00}) or a subcategory written with its dot
 * ({@code U07.1}). A bound covers itself and every code beneath it: the upper bound {@code D48}
 * covers {@code D48.9}, the upper bound {@code U07.2} covers {@code U07.2} and any finer national
 * extension of it. So {@code C50.9} is in {@code C00–D48}; {@code U07.1} is in {@code U07.1–U07.2}
 * but neither {@code U07.0} nor the bare category {@code U07} is, because the category is wider
 * than the range.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param from the first category or subcategory, such as {@code C00} or {@code U07.1}
 * @param to the last category or subcategory, such as {@code D48} or {@code U07.2}
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Icd10Range(String from, String to) {

    private static final Pattern BOUND = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?");

    /**
     * Checks both bounds are categories or subcategories and in order.
     *
     * @param from the first category or subcategory
     * @param to the last category or subcategory
     * @throws IllegalArgumentException if a bound is not upper-case ICD-10 notation ({@code C00},
     *     {@code U07.1}) or {@code from} comes after {@code to}
     */
    public Icd10Range {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!BOUND.matcher(from).matches() || !BOUND.matcher(to).matches()) {
            throw new IllegalArgumentException("ICD-10 range bounds are categories such as C00 or subcategories"
                    + " such as U07.1, got " + from + "–" + to);
        }
        if (key(from).compareTo(key(to)) > 0) {
            throw new IllegalArgumentException("ICD-10 range " + from + "–" + to + " is reversed");
        }
    }

    /**
     * Parses {@code C00-D48} or {@code U07.1–U07.2} (hyphen or en dash) or a single bound such as
     * {@code E10}.
     *
     * @param text the range or single category
     * @return the range
     * @throws IllegalArgumentException if there are more than two bounds, a bound is malformed or the
     *     range is reversed
     */
    public static Icd10Range parse(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("an ICD-10 range has two bounds, such as C00–D48, got " + text);
        }
        return parts.length == 1 ? new Icd10Range(parts[0], parts[0]) : new Icd10Range(parts[0], parts[1]);
    }

    /**
     * Whether {@code code} (such as {@code C50.9}, {@code c509}, {@code U82} or {@code U07.1}) falls
     * in this range. A string that is not an ICD-10 code is in no range.
     *
     * @param code an ICD-10 code
     * @return whether it falls in this range
     */
    public boolean contains(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            return false;
        }
        String k = key(c);
        String upper = key(to);
        // A code below the upper bound in the hierarchy (D48.9 under D48) sorts after it but is covered.
        return k.compareTo(key(from)) >= 0 && (k.compareTo(upper) <= 0 || k.startsWith(upper));
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

    /**
     * The code without its dot: the category is always three characters, so {@code U07.1} and
     * {@code U071} are the same code, and a code's key starts with the key of every code above it.
     */
    private static String key(String code) {
        return code.replace(".", "");
    }

    @Override
    public String toString() {
        return from.equals(to) ? from : from + "–" + to;
    }
}
