package it.esibe.core.message;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
        if (!isKey(key)) {
            throw new IllegalArgumentException("a message key is dotted words of letters, digits, '_' and '-',"
                    + " such as rdMin.fail.expenditure; got \"" + key + "\"");
        }
        args = List.copyOf(args);
        Objects.requireNonNull(named, "named");
        if (named.isEmpty()) {
            named = Map.of();
        } else {
            named.keySet().forEach(n -> {
                if (n == null || !isName(n)) {
                    throw new IllegalArgumentException("an argument name is a letter then letters, digits or '_';"
                            + " got \"" + n + "\"");
                }
            });
            named = Collections.unmodifiableMap(new TreeMap<>(named));
            named.values().forEach(v -> Objects.requireNonNull(v, "named argument"));
        }
    }

    /**
     * Whether {@code key} is dotted words of letters, digits, {@code _} and {@code -}: the regular
     * expression {@code [A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*}, checked by hand because every message
     * of every decision is checked, and a regular expression's matcher cost a sixth of a decision.
     */
    static boolean isKey(String key) {
        int n = key.length();
        if (n == 0 || key.charAt(0) == '.' || key.charAt(n - 1) == '.') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c == '.' ? previous == '.' : !isWordChar(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Whether {@code name} is a letter, then letters, digits or {@code _}: {@code [A-Za-z][A-Za-z0-9_]*}. */
    static boolean isName(String name) {
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * The message {@code key} with positional arguments.
     *
     * @param key the pattern's key
     * @param args {@code {0}}, {@code {1}} …
     * @return the message
     */
    public static Message of(String key, MessageArg... args) {
        // List.of copies the array once, and the constructor's List.copyOf keeps that immutable list.
        return new Message(key, List.of(args), Map.of());
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
