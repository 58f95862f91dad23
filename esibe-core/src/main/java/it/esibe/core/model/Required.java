package it.esibe.core.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The required fields a builder still lacks, collected so that {@code build()} names all of them at
 * once, each with the step that sets it, rather than the first one only.
 */
final class Required {

    private final String type;
    private final List<String> missing = new ArrayList<>();

    private Required(String type) {
        this.type = type;
    }

    /** Starts the check of a builder of {@code type}, such as {@code Application}. */
    static Required of(String type) {
        return new Required(type);
    }

    /** Notes {@code field} as missing when {@code value} is null; {@code step} shows how to set it. */
    Required check(@Nullable Object value, String field, String step) {
        if (value == null) {
            missing.add(field + " (set it with " + step + ")");
        }
        return this;
    }

    /**
     * Throws when a field is missing.
     *
     * @throws IllegalStateException naming every missing field and how to set it
     */
    void done() {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot build " + article(type) + " " + type + ": missing "
                    + String.join(", ", missing));
        }
    }

    private static String article(String noun) {
        return "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
