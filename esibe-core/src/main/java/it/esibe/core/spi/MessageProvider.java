package it.esibe.core.spi;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Adds a language to ESIBE's messages (explanations, violation messages, taxonomy labels), or
 * rewords an existing one, for instance German for ICE offices in Germany.
 *
 * <p>Patterns use the keys of ESIBE's bundle {@code it/esibe/rules/messages.properties} and
 * {@code {0}}-style placeholders, with arguments already formatted for the language; taxonomy labels
 * use the key {@code taxonomy.<CODE>}, such as {@code taxonomy.PAT-ONCO}. A key a provider does not
 * know falls back to ESIBE's own text in that language, then to English: never to a blank.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface MessageProvider extends EsibeProvider {

    /** {@return the languages this provider has patterns for, such as German} */
    Set<Locale> languages();

    /**
     * The pattern for a key in a language.
     *
     * @param lookup the key and the language
     * @return the pattern, or empty to fall back
     */
    Optional<String> pattern(MessageLookup lookup);
}
