package it.esibe.core.message;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message pattern compiled once into literal text and argument slots, formatting exactly as
 * {@link MessageFormat} does for plain patterns: {@code {n}} slots, {@code '}-quoting ({@code ''}
 * is an apostrophe), and, beyond MessageFormat, {@code {name}} slots for named arguments. A pattern
 * with anything else (a format type such as {@code {0,number}}) is left to a {@link MessageFormat}.
 * Immutable: unlike a {@code MessageFormat}, it is shared between threads without copying.
 */
final class Template {

    /** Literal strings, Integer indexes and {@link Named} slots, in order; null when {@link #fallback} is used. */
    private final Object @Nullable [] parts;
    private final @Nullable MessageFormat fallback;

    /** A named slot. */
    private record Named(String name) {
    }

    private Template(Object @Nullable [] parts, @Nullable MessageFormat fallback) {
        this.parts = parts;
        this.fallback = fallback;
    }

    /**
     * Compiles {@code pattern}.
     *
     * @throws IllegalArgumentException for a pattern {@link MessageFormat} rejects
     */
    static Template compile(String pattern, Locale locale) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int close = pattern.indexOf('}', i);
                String slot = close < 0 ? "" : pattern.substring(i + 1, close);
                Object part;
                if (slot.matches("[0-9]{1,2}")) {
                    part = Integer.valueOf(slot);
                } else if (slot.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    part = new Named(slot);
                } else {
                    return new Template(null, new MessageFormat(pattern, locale));
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(part);
                i = close;
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new Template(parts.toArray(), null);
    }

    /**
     * Appends the pattern with {@code args} and {@code named} written in {@code language} to
     * {@code out}: each argument straight into the text where its slot is, exactly as
     * {@link #format} writes their formatted strings.
     */
    void appendTo(StringBuilder out, List<MessageArg> args, Map<String, MessageArg> named, Locale language,
            MessageCatalog catalog) {
        if (fallback != null) {
            String[] formatted = new String[args.size()];
            for (int i = 0; i < formatted.length; i++) {
                formatted[i] = args.get(i).format(language, catalog);
            }
            out.append(((MessageFormat) fallback.clone()).format(formatted));
            return;
        }
        for (Object part : Objects.requireNonNull(parts)) {
            if (part instanceof Integer index) {
                // MessageFormat writes a slot without an argument as the slot itself.
                if (index < args.size()) {
                    args.get(index).appendTo(out, language, catalog);
                } else {
                    out.append('{').append(index.intValue()).append('}');
                }
            } else if (part instanceof Named slot) {
                MessageArg value = named.get(slot.name());
                if (value != null) {
                    value.appendTo(out, language, catalog);
                } else {
                    out.append('{').append(slot.name()).append('}');
                }
            } else {
                out.append((String) part);
            }
        }
    }

    String format(String[] args, Map<String, String> named) {
        if (fallback != null) {
            return ((MessageFormat) fallback.clone()).format(args);
        }
        StringBuilder out = new StringBuilder(128);
        for (Object part : Objects.requireNonNull(parts)) {
            if (part instanceof Integer index) {
                // MessageFormat writes a slot without an argument as the slot itself.
                out.append(index < args.length ? args[index] : "{" + index + "}");
            } else if (part instanceof Named slot) {
                String value = named.get(slot.name());
                out.append(value != null ? value : "{" + slot.name() + "}");
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }
}
