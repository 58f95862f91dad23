package it.esibe.core.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One object of the application format: the record of the model it is held in, and its fields in
 * the format's order (the order of the record's components, of the JSON writer's properties and
 * of the fields of a CSV list cell).
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ObjectFormat {

    private final String name;
    private final Class<? extends Record> modelType;
    private final List<FieldFormat> fields;
    private final List<String> names;
    private final String descriptionEnglish;
    private final String descriptionItalian;

    private ObjectFormat(String name, Class<? extends Record> modelType, String english, String italian,
            FieldFormat.Builder... fields) {
        this.name = name;
        this.modelType = modelType;
        this.fields = Arrays.stream(fields).map(FieldFormat.Builder::build).toList();
        this.names = this.fields.stream().map(FieldFormat::name).toList();
        this.descriptionEnglish = english;
        this.descriptionItalian = italian;
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalStateException(name + " declares a field twice: " + names);
        }
    }

    static ObjectFormat object(String name, Class<? extends Record> modelType, String english, String italian,
            FieldFormat.Builder... fields) {
        return new ObjectFormat(name, modelType, english, italian, fields);
    }

    /** {@return the object's name, as the JSON Schema's definitions name it, such as {@code fiscalYear}} */
    public String name() {
        return name;
    }

    /** {@return the record of the model that holds this object} */
    public Class<? extends Record> modelType() {
        return modelType;
    }

    /** {@return the fields, in the format's order} */
    public List<FieldFormat> fields() {
        return fields;
    }

    /** {@return the JSON names of the fields, in the format's order} */
    public List<String> names() {
        return names;
    }

    /**
     * The field named {@code name}.
     *
     * @param jsonName a JSON property name
     * @return the field, or empty when the object has none of that name (an unknown property)
     */
    public Optional<FieldFormat> field(String jsonName) {
        return fields.stream().filter(f -> f.name().equals(jsonName)).findFirst();
    }

    /**
     * What the object is, in English or Italian.
     *
     * @param language {@link Locale#ITALIAN} for Italian, any other for English
     * @return one sentence
     */
    public String description(Locale language) {
        return Locale.ITALIAN.getLanguage().equals(language.getLanguage()) ? descriptionItalian : descriptionEnglish;
    }

    @Override
    public String toString() {
        return name + names;
    }
}
