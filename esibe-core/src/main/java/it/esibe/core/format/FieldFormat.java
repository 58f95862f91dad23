package it.esibe.core.format;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One field of an object of the application format: its JSON name (which is also the name of the
 * model record's component), its type, whether it is required, its limits, its CSV column and its
 * description in English and Italian.
 *
 * <p>Limits are those the format states and the evaluator's validation enforces; JSON Schema states
 * them too where it can ({@code pattern} is written as JSON Schema writes it, anchored). The reader's
 * own size limits ({@code ReadLimits}) are not the format's and are not here.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FieldFormat {

    private final String name;
    private final FieldType type;
    private final boolean required;
    private final @Nullable Class<? extends Enum<?>> enumType;
    private final List<String> values;
    private final @Nullable ObjectFormat object;
    private final @Nullable FieldType itemType;
    private final boolean text;
    private final boolean notBlank;
    private final @Nullable Integer maxLength;
    private final @Nullable String pattern;
    private final @Nullable BigDecimal minimum;
    private final @Nullable BigDecimal maximum;
    private final @Nullable Integer minItems;
    private final boolean uniqueItems;
    private final @Nullable String csvEnglish;
    private final @Nullable String csvItalian;
    private final boolean csvPrefix;
    private final String descriptionEnglish;
    private final String descriptionItalian;

    private FieldFormat(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.required = b.required;
        this.enumType = b.enumType;
        this.values = b.values;
        this.object = b.object;
        this.itemType = b.itemType;
        this.text = b.text;
        this.notBlank = b.notBlank;
        this.maxLength = b.maxLength;
        this.pattern = b.pattern;
        this.minimum = b.minimum != null ? b.minimum : type.minimum().orElse(null);
        this.maximum = b.maximum != null ? b.maximum : type.maximum().orElse(null);
        this.minItems = b.minItems;
        this.uniqueItems = b.uniqueItems;
        this.csvEnglish = b.csvEnglish;
        this.csvItalian = b.csvItalian;
        this.csvPrefix = b.csvPrefix;
        this.descriptionEnglish = Objects.requireNonNull(b.descriptionEnglish, () -> "no description of " + name);
        this.descriptionItalian = Objects.requireNonNull(b.descriptionItalian, () -> "no description of " + name);
        if ((type == FieldType.ENUM) != (enumType != null)) {
            throw new IllegalStateException(name + ": an enumeration field, and only one, names its enum");
        }
        if ((type == FieldType.OBJECT || itemType == FieldType.OBJECT) != (object != null)) {
            throw new IllegalStateException(name + ": an object field or a list of objects, and only one, names its object");
        }
        if ((type == FieldType.LIST) != (itemType != null)) {
            throw new IllegalStateException(name + ": a list, and only a list, has an item type");
        }
    }

    static Builder field(String name, FieldType type) {
        return new Builder(name, type);
    }

    /** {@return the JSON name, which is also the name of the model record's component} */
    public String name() {
        return name;
    }

    /** {@return the type} */
    public FieldType type() {
        return type;
    }

    /**
     * {@return whether the field is required} An optional field may be absent or JSON {@code null},
     * which mean the same; an optional list or object is then empty in the model.
     */
    public boolean isRequired() {
        return required;
    }

    /** {@return for an enumeration, the Java enum whose constants' names are the allowed values} */
    public Optional<Class<? extends Enum<?>>> enumType() {
        return Optional.ofNullable(enumType);
    }

    /**
     * {@return the values allowed, in order: an enumeration's constants, or a closed list of codes
     * (the ISO 3166-1 alpha-2 countries); empty when any value of the type is allowed}
     */
    public List<String> values() {
        return values;
    }

    /** {@return the object described, for an object field or a list of objects} */
    public Optional<ObjectFormat> object() {
        return Optional.ofNullable(object);
    }

    /** {@return for a list, the type of its items: {@link FieldType#STRING} or {@link FieldType#OBJECT}} */
    public Optional<FieldType> itemType() {
        return Optional.ofNullable(itemType);
    }

    /**
     * {@return whether the string (or each string of a list) is free text under the format's text rule}
     * No control character, no unpaired surrogate; length counted in code points.
     */
    public boolean isText() {
        return text;
    }

    /** {@return whether the text must hold a character that is not white space} */
    public boolean isNotBlank() {
        return notBlank;
    }

    /** {@return the most characters (code points) of the string, when limited} */
    public OptionalInt maxLength() {
        return maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength);
    }

    /**
     * {@return the form of the string (or of each string of a list) as a JSON Schema pattern, anchored
     * where the whole value is meant} Some forms carry a rule beyond any pattern (the partita IVA's
     * check digit), which only the library checks.
     */
    public Optional<String> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** {@return the least value of an integer or figure} */
    public Optional<BigDecimal> minimum() {
        return Optional.ofNullable(minimum);
    }

    /** {@return the greatest value of an integer or figure} */
    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maximum);
    }

    /** {@return the most decimals of a figure, 0 for an integer} */
    public OptionalInt decimals() {
        return type.decimals();
    }

    /** {@return the fewest items of a list, when it has a least number} */
    public OptionalInt minItems() {
        return minItems == null ? OptionalInt.empty() : OptionalInt.of(minItems);
    }

    /** {@return whether the items of a list must all differ} */
    public boolean isUniqueItems() {
        return uniqueItems;
    }

    /**
     * The name of the field's column in the CSV layout (docs/CSV-FORMAT.md), in English or Italian;
     * or, for an object field whose fields are columns of their own, the prefix of their names.
     *
     * @param language {@link Locale#ITALIAN} for the Italian name, any other for the English one
     * @return the column name or prefix; empty for a field written inside a list cell
     */
    public Optional<String> csvName(Locale language) {
        return Optional.ofNullable(Locale.ITALIAN.getLanguage().equals(language.getLanguage()) ? csvItalian : csvEnglish);
    }

    /** {@return whether {@link #csvName(Locale)} is the prefix of the columns of an object's fields} */
    public boolean isCsvPrefix() {
        return csvPrefix;
    }

    /**
     * What the field holds, in English or Italian.
     *
     * @param language {@link Locale#ITALIAN} for Italian, any other for English
     * @return one sentence without final full stop
     */
    public String description(Locale language) {
        return Locale.ITALIAN.getLanguage().equals(language.getLanguage()) ? descriptionItalian : descriptionEnglish;
    }

    @Override
    public String toString() {
        return name + " (" + type + (required ? ", required" : "") + ")";
    }

    /** The steps of one field of the declaration. */
    static final class Builder {

        private final String name;
        private final FieldType type;
        private boolean required;
        private @Nullable Class<? extends Enum<?>> enumType;
        private List<String> values = List.of();
        private @Nullable ObjectFormat object;
        private @Nullable FieldType itemType;
        private boolean text;
        private boolean notBlank;
        private @Nullable Integer maxLength;
        private @Nullable String pattern;
        private @Nullable BigDecimal minimum;
        private @Nullable BigDecimal maximum;
        private @Nullable Integer minItems;
        private boolean uniqueItems;
        private @Nullable String csvEnglish;
        private @Nullable String csvItalian;
        private boolean csvPrefix;
        private @Nullable String descriptionEnglish;
        private @Nullable String descriptionItalian;

        private Builder(String name, FieldType type) {
            this.name = name;
            this.type = type;
        }

        Builder required() {
            this.required = true;
            return this;
        }

        Builder of(Class<? extends Enum<?>> constants) {
            this.enumType = constants;
            this.values = Arrays.stream(constants.getEnumConstants()).map(Enum::name).toList();
            return this;
        }

        Builder of(ObjectFormat described) {
            this.object = described;
            return this;
        }

        Builder codes(List<String> allowed) {
            this.values = List.copyOf(allowed);
            return this;
        }

        Builder items(FieldType items) {
            this.itemType = items;
            return this;
        }

        Builder text() {
            this.text = true;
            return this;
        }

        Builder notBlank() {
            this.notBlank = true;
            return this;
        }

        Builder maxLength(int max) {
            this.maxLength = max;
            return this;
        }

        Builder pattern(String regex) {
            this.pattern = regex;
            return this;
        }

        Builder range(long least, long greatest) {
            this.minimum = BigDecimal.valueOf(least);
            this.maximum = BigDecimal.valueOf(greatest);
            return this;
        }

        Builder minItems(int least) {
            this.minItems = least;
            return this;
        }

        Builder uniqueItems() {
            this.uniqueItems = true;
            return this;
        }

        Builder csv(String english, String italian) {
            this.csvEnglish = english;
            this.csvItalian = italian;
            return this;
        }

        Builder csvPrefix(String english, String italian) {
            csv(english, italian);
            this.csvPrefix = true;
            return this;
        }

        Builder describe(String english, String italian) {
            this.descriptionEnglish = english;
            this.descriptionItalian = italian;
            return this;
        }

        FieldFormat build() {
            return new FieldFormat(this);
        }
    }
}
