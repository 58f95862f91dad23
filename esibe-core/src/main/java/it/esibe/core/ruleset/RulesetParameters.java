package it.esibe.core.ruleset;

import it.esibe.core.ConfigurationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The parameters of a ruleset as one immutable, named set of values: thresholds and switches
 * such as {@code rd.min.precisionMedicine} or {@code patents.acceptPending} (ESIBE-RULES-v1,
 * "Parameters").
 *
 * <p>Values are {@link BigDecimal} (amounts, shares, counts), {@link Boolean} (switches) or a
 * constant of an enum (a choice among named readings, such as {@code sme.corporateBacking}). A
 * lookup of a name that is absent or of another type is a {@link ConfigurationException}: criteria
 * never fall back to a literal.
 *
 * <p>Thread-safety: immutable (every value is a {@link BigDecimal}, a {@link Boolean} or an enum
 * constant), and safe to share between threads.
 *
 * @param values the values by name
 * @since 0.1.0
 */
public record RulesetParameters(Map<String, Object> values) {

    /** Names are plain words joined by dots, so that the hashed {@code name=value} lines cannot be forged. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * Copies and sorts the values and checks their types.
     *
     * @param values the values by name, each a {@link BigDecimal}, a {@link Boolean} or an enum constant
     */
    public RulesetParameters {
        Objects.requireNonNull(values, "values");
        values.forEach((k, v) -> {
            if (k == null || !NAME.matcher(k).matches()) {
                throw new ConfigurationException("parameter name '" + k + "' is not allowed: use letters, digits, '.',"
                        + " '_' and '-', starting with a letter or digit, such as rd.min.precisionMedicine");
            }
            if (!(v instanceof BigDecimal) && !(v instanceof Boolean) && !(v instanceof Enum)) {
                throw new ConfigurationException("parameter " + k + " must be a BigDecimal, a Boolean or an enum"
                        + " constant, got " + (v == null ? "null" : v.getClass().getName()));
            }
        });
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * The amount or number named {@code name}.
     *
     * @param name a parameter name, such as {@code rd.min.precisionMedicine}
     * @return its value
     * @throws ConfigurationException if there is no such parameter or it is not a number
     */
    public BigDecimal decimal(String name) {
        return get(name, BigDecimal.class);
    }

    /**
     * The switch named {@code name}.
     *
     * @param name a parameter name, such as {@code patents.acceptPending}
     * @return its value
     * @throws ConfigurationException if there is no such parameter or it is not a switch
     */
    public boolean flag(String name) {
        return get(name, Boolean.class);
    }

    /**
     * The choice named {@code name}, a constant of enum {@code type}.
     *
     * @param <E> the enum
     * @param name a parameter name, such as {@code sme.corporateBacking}
     * @param type the enum class the value belongs to
     * @return its value
     * @throws ConfigurationException if there is no such parameter or it is not a constant of {@code type}
     */
    public <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        return get(name, type);
    }

    /**
     * These parameters with {@code name} set to {@code value}; the name must exist and keep its type
     * (for an enum constant: a constant of the same enum).
     *
     * @param name an existing parameter name
     * @param value its new value, of the same type as the old one
     * @return a copy with that value; this instance is unchanged
     * @throws ConfigurationException if there is no such parameter or the type differs
     */
    public RulesetParameters with(String name, Object value) {
        Object old = values.get(name);
        if (old == null) {
            throw new ConfigurationException("unknown parameter " + name + "; known: " + values.keySet());
        }
        Class<?> type = typeOf(old);
        if (!type.isInstance(value)) {
            throw new ConfigurationException("parameter " + name + " is a " + type.getSimpleName()
                    + ", cannot set it to " + value);
        }
        Map<String, Object> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new RulesetParameters(copy);
    }

    /**
     * These parameters with a new parameter {@code name}, for a criterion a reform adds.
     *
     * @param name a name not yet present, such as {@code lom.seatRegion.required}
     * @param value a {@link BigDecimal}, a {@link Boolean} or an enum constant
     * @return a copy with the new parameter; this instance is unchanged
     * @throws ConfigurationException if the name exists already or the value has another type
     */
    public RulesetParameters plus(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (values.containsKey(name)) {
            throw new ConfigurationException("parameter " + name + " exists already; override it with with(name, value)");
        }
        Map<String, Object> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new RulesetParameters(copy);
    }

    /**
     * {@return the SHA-256, in lower-case hex, of the parameters written one per line as
     * {@code name=value} in name order} Numbers are written without trailing zeros in plain
     * notation, so {@code 2000000} and {@code 2000000.00} hash alike; switches as {@code true} or
     * {@code false}; enum constants by their name ({@code EXCLUDE_BACKERS}), whatever their
     * {@code toString}. A decision records this hash: equal hashes mean equal parameters.
     */
    public String sha256() {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append('=').append(v instanceof BigDecimal d
                ? (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString())
                : v instanceof Enum<?> e ? e.name() : v.toString()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }

    private <T> T get(String name, Class<T> type) {
        Object v = values.get(name);
        if (v == null) {
            throw new ConfigurationException("the ruleset has no parameter " + name + "; known: " + values.keySet());
        }
        if (!type.isInstance(v)) {
            throw new ConfigurationException("parameter " + name + " is a " + typeOf(v).getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(v);
    }

    /** The type a value keeps: its enum for a constant (whose class may be a constant-specific body). */
    private static Class<?> typeOf(Object value) {
        return value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    }
}
