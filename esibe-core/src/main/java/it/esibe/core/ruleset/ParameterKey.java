package it.esibe.core.ruleset;

import it.esibe.core.ConfigurationException;
import it.esibe.core.validation.internal.EuroAmountValidator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The name of a ruleset parameter together with the type and range of its values and where it
 * comes from, such as {@code rd.min.precisionMedicine}, an amount in euro from §5.3 bullet 1.
 *
 * <p>Criteria read parameters through keys ({@link RulesetParameters#get(ParameterKey)}) and reforms
 * set them through keys ({@link Reform#parameter(ParameterKey, Object)}), so that a value of the
 * wrong type does not compile: {@code reform.parameter(RD_MIN_PRECISION_MEDICINE, 1500000)} (an
 * {@code Integer} for a {@code ParameterKey<BigDecimal>}) is a compile-time error. A value of the
 * right type but out of range (an amount with 3 decimals or below 0, a share above 1) is a
 * {@link ConfigurationException} when it is set, never an error in the middle of an evaluation.
 *
 * <p>A key is made by one of the factories, which fix its {@link Kind}:
 * <ul>
 *   <li>{@link #amount}: euro, 0 to 999 999 999 999 999.99, at most 2 decimals (the format's rule
 *       for amounts);</li>
 *   <li>{@link #share}: a fraction from 0 to 1 ({@code 0.5} is half);</li>
 *   <li>{@link #headcount}: annual work units, 0 to 10 000 000, at most 2 decimals (the format's
 *       rule for staff);</li>
 *   <li>{@link #number}: any decimal number;</li>
 *   <li>{@link #flag}: {@code true} or {@code false};</li>
 *   <li>{@link #choice}: a constant of an enum, such as a reading among several of the report.</li>
 * </ul>
 *
 * <p>Two keys are equal when their name, kind and value type are; the {@link #source()} is
 * documentation and takes no part. Parameters are hashed by name and value only
 * ({@link RulesetParameters#sha256()}), so the kind of a key never changes a decision's
 * {@code parametersSha256}.
 *
 * <p>Thread-safety: immutable, and safe to share between threads; keep keys in constants.
 *
 * @param <T> the type of the parameter's values: {@link BigDecimal}, {@link Boolean} or an enum
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ParameterKey<T> {

    /**
     * What a parameter's values are: their type and the range a reform may set them to.
     *
     * <p>Experimental: further kinds may come in a minor release (a count, a percentage), which a
     * {@code switch} over every kind would then have to handle.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public enum Kind {
        /** An amount in euro: 0 to 999 999 999 999 999.99, at most 2 decimals. */
        AMOUNT,
        /** A share as a fraction: 0 to 1. */
        SHARE,
        /** A staff figure in annual work units: 0 to 10 000 000, at most 2 decimals. */
        HEADCOUNT,
        /** Any decimal number. */
        NUMBER,
        /** A switch: {@code true} or {@code false}. */
        FLAG,
        /** A constant of an enum. */
        CHOICE
    }

    /** Names are plain words joined by dots, so that the hashed {@code name=value} lines cannot be forged. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Decimal numbers as a file writes them: ASCII digits, an optional sign and fraction, no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,1000}(\\.[0-9]{1,1000})?");
    private static final BigDecimal MAX_HEADCOUNT = BigDecimal.valueOf(10_000_000);

    private final String name;
    private final Class<T> type;
    private final Kind kind;
    private final String source;

    private ParameterKey(String name, Class<T> type, Kind kind, String source) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigurationException("parameter name '" + name + "' is not allowed: use letters, digits, '.',"
                    + " '_' and '-', starting with a letter or digit, such as rd.min.precisionMedicine");
        }
        if (source.isBlank()) {
            throw new ConfigurationException("parameter " + name + " needs a source: the report section or rule"
                    + " its value comes from, such as \"Rapporto ad interim, §5.3\"");
        }
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.source = source;
    }

    /**
     * A parameter holding an amount in euro: 0 to 999 999 999 999 999.99, at most 2 decimals.
     *
     * @param name the parameter's name, such as {@code rd.min.precisionMedicine}; letters, digits,
     *     '.', '_' and '-', best under the extension's own prefix ({@code lom.…})
     * @param source where its value comes from, such as {@code Rapporto ad interim, §5.3 bullet 1}
     * @return the key
     * @throws ConfigurationException if the name is malformed or the source blank
     */
    public static ParameterKey<BigDecimal> amount(String name, String source) {
        return new ParameterKey<>(name, BigDecimal.class, Kind.AMOUNT, source);
    }

    /**
     * A parameter holding a share as a fraction from 0 to 1 ({@code 0.5} is half; the application
     * format's shares are percentages, parameters are not).
     *
     * @param name the parameter's name, such as {@code rd.italy.minShareExclusive}
     * @param source where its value comes from
     * @return the key
     * @throws ConfigurationException if the name is malformed or the source blank
     */
    public static ParameterKey<BigDecimal> share(String name, String source) {
        return new ParameterKey<>(name, BigDecimal.class, Kind.SHARE, source);
    }

    /**
     * A parameter holding a staff figure in annual work units: 0 to 10 000 000, at most 2 decimals.
     *
     * @param name the parameter's name, such as {@code sme.maxStaff}
     * @param source where its value comes from
     * @return the key
     * @throws ConfigurationException if the name is malformed or the source blank
     */
    public static ParameterKey<BigDecimal> headcount(String name, String source) {
        return new ParameterKey<>(name, BigDecimal.class, Kind.HEADCOUNT, source);
    }

    /**
     * A parameter holding any decimal number, for a quantity none of the other kinds describes.
     *
     * @param name the parameter's name
     * @param source where its value comes from
     * @return the key
     * @throws ConfigurationException if the name is malformed or the source blank
     */
    public static ParameterKey<BigDecimal> number(String name, String source) {
        return new ParameterKey<>(name, BigDecimal.class, Kind.NUMBER, source);
    }

    /**
     * A parameter holding a switch.
     *
     * @param name the parameter's name, such as {@code patents.acceptPending}
     * @param source where its value comes from
     * @return the key
     * @throws ConfigurationException if the name is malformed or the source blank
     */
    public static ParameterKey<Boolean> flag(String name, String source) {
        return new ParameterKey<>(name, Boolean.class, Kind.FLAG, source);
    }

    /**
     * A parameter holding a constant of enum {@code type}: a choice among named readings, hashed by
     * the constant's name.
     *
     * @param <E> the enum
     * @param name the parameter's name, such as {@code sme.corporateBacking}
     * @param type the enum class
     * @param source where its value comes from
     * @return the key
     * @throws ConfigurationException if the name is malformed or the source blank
     */
    public static <E extends Enum<E>> ParameterKey<E> choice(String name, Class<E> type, String source) {
        Objects.requireNonNull(type, "type");
        if (!type.isEnum()) {
            // A constant-specific body's class is no enum class: name the enum itself.
            throw new ConfigurationException("parameter " + name + ": " + type.getName() + " is not an enum class");
        }
        return new ParameterKey<>(name, type, Kind.CHOICE, source);
    }

    /** {@return the parameter's name, such as {@code rd.min.precisionMedicine}} */
    public String name() {
        return name;
    }

    /** {@return the type of the parameter's values: {@code BigDecimal}, {@code Boolean} or the enum} */
    public Class<T> type() {
        return type;
    }

    /** {@return what the values are, which fixes the range a reform may set them to} */
    public Kind kind() {
        return kind;
    }

    /**
     * {@return where the parameter's value comes from, such as {@code Rapporto ad interim, §5.3 (primo
     * punto)}} Experimental: free text today, it may become a structured citation once a reference
     * of the rules lists every parameter with its source.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public String source() {
        return source;
    }

    /**
     * {@return the key of the message that says what the parameter means, for a rules reference:
     * {@code parameter.} followed by the name, such as {@code parameter.rd.min.precisionMedicine}}
     * The message provider of the criterion that reads the parameter gives its text in each
     * language; a reference shows only the name, value and source of a parameter whose key no
     * provider knows.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public String messageKey() {
        return "parameter." + name;
    }

    /**
     * {@return what a value must be, in the words of a configuration error} Such as "an amount in
     * euro from 0 to 999999999999999.99 with at most 2 decimals, such as 1500000.00", or for a
     * choice "one of EXCLUDE_BACKERS, WAIVE_TEST". Experimental: meant for messages to people, its
     * wording may change.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public String description() {
        return switch (kind) {
            case AMOUNT -> "an amount in euro from 0 to 999999999999999.99 with at most 2 decimals, such as 1500000.00";
            case SHARE -> "a share from 0 to 1, such as 0.5 for half";
            case HEADCOUNT -> "a staff figure in annual work units from 0 to 10000000 with at most 2 decimals,"
                    + " such as 250";
            case NUMBER -> "a decimal number, such as 0.25";
            case FLAG -> "a switch, true or false";
            case CHOICE -> "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        };
    }

    /**
     * {@code value} if this key allows it.
     *
     * @throws ConfigurationException naming the parameter, what it allows and the value given
     */
    T check(@Nullable Object value) {
        if (value == null) {
            throw new ConfigurationException("parameter " + name + " needs a value: " + description());
        }
        if (!type.isInstance(value)) {
            throw new ConfigurationException("parameter " + name + " is " + description() + "; got "
                    + value.getClass().getSimpleName() + " " + value);
        }
        T typed = type.cast(value);
        if (typed instanceof BigDecimal d && !inRange(d)) {
            throw new ConfigurationException("parameter " + name + " is " + description() + "; got "
                    + d);
        }
        return typed;
    }

    private boolean inRange(BigDecimal d) {
        return switch (kind) {
            case AMOUNT -> EuroAmountValidator.isAmount(d);
            case SHARE -> d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0;
            case HEADCOUNT -> d.signum() >= 0 && d.compareTo(MAX_HEADCOUNT) <= 0
                    && EuroAmountValidator.hasAtMostTwoDecimals(d);
            default -> true;
        };
    }

    /**
     * The value written as {@code text} in a file: a decimal number in plain notation with ASCII
     * digits, {@code true} or {@code false}, or an enum constant's exact name.
     *
     * @throws ConfigurationException saying what type was expected and what was given
     */
    T parse(String text) {
        Objects.requireNonNull(text, "text");
        Object value = switch (kind) {
            case FLAG -> "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
            case CHOICE -> constant(text);
            default -> DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
        };
        if (value == null) {
            throw new ConfigurationException("parameter " + name + " is " + description() + "; got \""
                    + shortened(text) + "\"");
        }
        return check(value);
    }

    private @Nullable Object constant(String text) {
        for (T c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(text)) {
                return c;
            }
        }
        return null;
    }

    /** The start of a long value, so that a message never grows with a hostile file. */
    private static String shortened(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterKey<?> k && k.name.equals(name) && k.kind == kind && k.type == type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, type);
    }

    /** {@return the name, with the kind, such as {@code rd.min.precisionMedicine (AMOUNT)}} */
    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
