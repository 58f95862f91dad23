package it.esibe.core.ruleset;

import it.esibe.core.ConfigurationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The parameters of a ruleset as one immutable set of typed values: thresholds and switches such as
 * {@code rd.min.precisionMedicine} or {@code patents.acceptPending} (ESIBE-RULES-v1, "Parameters"),
 * each under its {@link ParameterKey}.
 *
 * <p>Read a value with {@link #get(ParameterKey)}; derive changed parameters with
 * {@link #with(ParameterKey, Object)} (an existing parameter) or {@link #plus(ParameterKey, Object)}
 * (a new one). Values are checked against their key when they are set: a criterion never meets a
 * value of the wrong type or out of its range. A lookup of a parameter that is absent, or under a
 * key of another kind, is a {@link ConfigurationException}: criteria never fall back to a literal.
 *
 * <p>Thread-safety: immutable (every value is a {@link BigDecimal}, a {@link Boolean} or an enum
 * constant), and safe to share between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class RulesetParameters {

    private static final RulesetParameters EMPTY = new RulesetParameters(new TreeMap<>(), new TreeMap<>());

    private final Map<String, ParameterKey<?>> keys;
    private final Map<String, Object> values;

    private RulesetParameters(TreeMap<String, ParameterKey<?>> keys, TreeMap<String, Object> values) {
        this.keys = Collections.unmodifiableMap(keys);
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * {@return no parameters} Start from here and add each parameter with {@link #plus}:
     * {@code RulesetParameters.empty().plus(MY_THRESHOLD, new BigDecimal("1000000.00"))}.
     */
    public static RulesetParameters empty() {
        return EMPTY;
    }

    /**
     * The value of parameter {@code key}.
     *
     * @param <T> the type of the parameter's values
     * @param key the parameter's key, such as {@code InterimParameters.RD_MIN_PRECISION_MEDICINE}
     * @return its value
     * @throws ConfigurationException if there is no such parameter, or it was set under a key of
     *     another kind or type
     */
    public <T> T get(ParameterKey<T> key) {
        return key.type().cast(values.get(registered(key).name()));
    }

    /**
     * These parameters with existing parameter {@code key} set to {@code value}.
     *
     * @param <T> the type of the parameter's values
     * @param key the key of a parameter present here
     * @param value its new value, within the key's range
     * @return a copy with that value; this instance is unchanged
     * @throws ConfigurationException if there is no such parameter, it has a key of another kind or
     *     type, or the value is out of the key's range (an amount with 3 decimals, a share above 1)
     */
    public <T> RulesetParameters with(ParameterKey<T> key, T value) {
        // The key as first registered keeps its source.
        return copyWith(registered(key), key.check(value));
    }

    /**
     * These parameters with a new parameter {@code key}, for a criterion a reform adds.
     *
     * @param <T> the type of the parameter's values
     * @param key a key whose name is not yet present, best under the extension's own prefix
     *     ({@code lom.…})
     * @param value its value, within the key's range
     * @return a copy with the new parameter; this instance is unchanged
     * @throws ConfigurationException if the name is present already or the value is out of range
     */
    public <T> RulesetParameters plus(ParameterKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        if (keys.containsKey(key.name())) {
            throw new ConfigurationException("parameter " + key.name() + " exists already; override it with"
                    + " with(key, value)");
        }
        return copyWith(key, key.check(value));
    }

    /**
     * These parameters with existing parameter {@code name} set to the value written as {@code text}:
     * the path of values read from files.
     */
    RulesetParameters parsed(String name, String text) {
        Objects.requireNonNull(name, "name");
        ParameterKey<?> key = key(name).orElseThrow(() -> new ConfigurationException("unknown parameter " + name
                + "; known: " + keys.keySet()));
        return copyWith(key, key.parse(text));
    }

    /**
     * The key of parameter {@code name}, to learn its kind and source.
     *
     * @param name a parameter name, such as {@code rd.min.precisionMedicine}
     * @return its key, or empty when there is no such parameter
     */
    public Optional<ParameterKey<?>> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    /** {@return the keys of every parameter, in name order} */
    public List<ParameterKey<?>> keys() {
        return List.copyOf(keys.values());
    }

    /**
     * {@return every value by parameter name, in name order} Each value is a {@link BigDecimal}, a
     * {@link Boolean} or an enum constant; the map is unmodifiable.
     */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * {@return the SHA-256, in lower-case hex, of the parameters written one per line as
     * {@code name=value} in name order} Numbers are written without trailing zeros in plain
     * notation, so {@code 2000000} and {@code 2000000.00} hash alike; switches as {@code true} or
     * {@code false}; enum constants by their name ({@code EXCLUDE_BACKERS}), whatever their
     * {@code toString}. Keys' kinds and sources take no part. A decision records this hash: equal
     * hashes mean equal parameters.
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

    private ParameterKey<?> registered(ParameterKey<?> key) {
        Objects.requireNonNull(key, "key");
        ParameterKey<?> known = keys.get(key.name());
        if (known == null) {
            throw new ConfigurationException("the ruleset has no parameter " + key.name() + "; known: " + keys.keySet());
        }
        if (!known.equals(key)) {
            throw new ConfigurationException("parameter " + key.name() + " is " + known.description()
                    + ", not " + key.description());
        }
        return known;
    }

    private RulesetParameters copyWith(ParameterKey<?> key, Object value) {
        TreeMap<String, ParameterKey<?>> k = new TreeMap<>(keys);
        TreeMap<String, Object> v = new TreeMap<>(values);
        k.put(key.name(), key);
        v.put(key.name(), value);
        return new RulesetParameters(k, v);
    }

    /** Equal when they hold the same keys and equal values ({@code 2000000} and {@code 2000000.00} differ here, not in the hash). */
    @Override
    public boolean equals(Object other) {
        return other instanceof RulesetParameters p && p.keys.equals(keys) && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@return the values by name, such as {@code {patents.acceptPending=false, …}}} */
    @Override
    public String toString() {
        return values.toString();
    }
}
