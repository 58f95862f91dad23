package it.esibe.core.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The type of a field of the application format: how its value is written in JSON and held in the
 * model. Figures ({@link #AMOUNT}, {@link #SHARE}, {@link #STAFF}) carry the range and decimals of
 * their kind (ESIBE-FORMAT-v1, "Magnitude and precision").
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum FieldType {
    /** A JSON string, held as {@link String}. */
    STRING(String.class, null, null, -1),
    /** A JSON string {@code YYYY-MM-DD} naming a real date, held as {@link LocalDate}. */
    DATE(LocalDate.class, null, null, -1),
    /** A JSON string naming one constant of an enumeration exactly, held as that {@link Enum}. */
    ENUM(Enum.class, null, null, -1),
    /** A JSON integer literal (no decimal point, no exponent), held as {@link Integer}. */
    INTEGER(Integer.class, null, null, 0),
    /** An amount in euro: a JSON number, 0 to 999 999 999 999 999.99, at most 2 decimals. */
    AMOUNT(BigDecimal.class, BigDecimal.ZERO, new BigDecimal("999999999999999.99"), 2),
    /** A share in percent: a JSON number, 0 to 100, at most 4 decimals. */
    SHARE(BigDecimal.class, BigDecimal.ZERO, BigDecimal.valueOf(100), 4),
    /** Staff in annual work units: a JSON number, 0 to 10 000 000, at most 2 decimals (fractions allowed). */
    STAFF(BigDecimal.class, BigDecimal.ZERO, BigDecimal.valueOf(10_000_000), 2),
    /** A JSON array of strings or of objects, held as a {@link List}. */
    LIST(List.class, null, null, -1),
    /** A JSON object of the format, held as the record of the model it describes. */
    OBJECT(Record.class, null, null, -1);

    private final Class<?> javaType;
    private final @Nullable BigDecimal minimum;
    private final @Nullable BigDecimal maximum;
    private final int decimals;

    FieldType(Class<?> javaType, @Nullable BigDecimal minimum, @Nullable BigDecimal maximum, int decimals) {
        this.javaType = javaType;
        this.minimum = minimum;
        this.maximum = maximum;
        this.decimals = decimals;
    }

    /**
     * {@return the Java type the model holds a value of this type in} For {@link #ENUM} and
     * {@link #OBJECT}, the common supertype of the enumerations and records.
     */
    public Class<?> javaType() {
        return javaType;
    }

    /** {@return whether a value of this type is a figure: an amount, a share or staff} */
    public boolean isFigure() {
        return this == AMOUNT || this == SHARE || this == STAFF;
    }

    /** {@return the least value of every field of this type, for the figures} */
    public Optional<BigDecimal> minimum() {
        return Optional.ofNullable(minimum);
    }

    /** {@return the greatest value of every field of this type, for the figures} */
    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maximum);
    }

    /** {@return the most decimals a value of this type may have: 0 for integers, 2 or 4 for figures} */
    public OptionalInt decimals() {
        return decimals < 0 ? OptionalInt.empty() : OptionalInt.of(decimals);
    }
}
