package it.esibe.core.message;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A text to be rendered in any language: the key of a message pattern and its arguments, which a
 * {@link MessageCatalog} turns into Italian, English and the languages of the message providers.
 *
 * <p>Patterns are {@link java.text.MessageFormat} patterns: {@code {0}}, {@code {1}} … for the
 * positional arguments, {@code {name}} for a named one, {@code ''} for a literal apostrophe. Keys
 * are dotted words ({@code rdMin.fail.expenditure}); a key's patterns come from the message
 * providers, ESIBE's own included.
 *
 * <p>Grammar that follows a count is chosen by key, not by pattern tricks: {@link #plural} picks
 * {@code key.one} for one and {@code key.other} otherwise, the two plural forms Italian, English
 * and German share.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param key the key of the pattern, such as {@code rdMin.fail.expenditure}
 * @param args the positional arguments, {@code {0}} first
 * @param named the named arguments, by name (empty for most messages)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Message(String key, List<MessageArg> args, Map<String, MessageArg> named) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * Checks the key's shape and copies the arguments.
     *
     * @param key dotted words of letters, digits, {@code _} and {@code -}
     * @param args the positional arguments
     * @param named the named arguments; names are letters, digits and {@code _}, starting with a letter
     * @throws IllegalArgumentException for a malformed key or argument name
     */
    public Message {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a message key is dotted words of letters, digits, '_' and '-',"
                    + " such as rdMin.fail.expenditure; got \"" + key + "\"");
        }
        args = List.copyOf(args);
        Objects.requireNonNull(named, "named");
        if (named.isEmpty()) {
            named = Map.of();
        } else {
            named.keySet().forEach(n -> {
                if (n == null || !NAME.matcher(n).matches()) {
                    throw new IllegalArgumentException("an argument name is a letter then letters, digits or '_';"
                            + " got \"" + n + "\"");
                }
            });
            named = Collections.unmodifiableMap(new TreeMap<>(named));
            named.values().forEach(v -> Objects.requireNonNull(v, "named argument"));
        }
    }

    /**
     * The message {@code key} with positional arguments.
     *
     * @param key the pattern's key
     * @param args {@code {0}}, {@code {1}} …
     * @return the message
     */
    public static Message of(String key, MessageArg... args) {
        return new Message(key, Arrays.asList(args.clone()), Map.of());
    }

    /**
     * The message {@code key} with named arguments, for patterns written {@code "at most {max} characters"}.
     *
     * @param key the pattern's key
     * @param named the arguments by name
     * @return the message
     */
    public static Message named(String key, Map<String, MessageArg> named) {
        return new Message(key, List.of(), named);
    }

    /**
     * The message {@code key.one} when {@code count} is 1, else {@code key.other}: the grammar of
     * "l'unico brevetto dichiarato" against "tra i 2 brevetti dichiarati".
     *
     * @param key the key without its plural suffix
     * @param count the number the sentence speaks of; pass it among {@code args} too if the pattern shows it
     * @param args the positional arguments
     * @return the message with the key of the right plural form
     */
    public static Message plural(String key, long count, MessageArg... args) {
        return of(key + (count == 1 ? ".one" : ".other"), args);
    }
}
