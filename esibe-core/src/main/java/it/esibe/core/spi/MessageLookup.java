package it.esibe.core.spi;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One request to a {@link MessageProvider}: a message key in a language.
 *
 * @param key the key, such as {@code rdMin.fail.expenditure} or {@code taxonomy.PAT-ONCO}
 * @param language the language wanted (a locale with only a language, such as {@code de})
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record MessageLookup(String key, Locale language) {

    /**
     * Rejects missing parts.
     *
     * @param key the key
     * @param language the language
     */
    public MessageLookup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
    }
}
