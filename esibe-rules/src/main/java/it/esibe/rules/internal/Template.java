package it.esibe.rules.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message pattern compiled once into literal text and argument slots, formatting exactly as
 * {@link MessageFormat} does for the patterns of the message files: {@code {n}} slots filled with
 * strings and {@code '}-quoting ({@code ''} is an apostrophe). A pattern with anything else (a
 * format type such as {@code {0,number}}) is left to a {@link MessageFormat}. Immutable: unlike a
 * {@code MessageFormat}, it is shared between threads without copying.
 */
final class Template {

    /** Literal strings, and Integer argument indexes, in order; null when {@link #fallback} is used. */
    private final Object @Nullable [] parts;
    private final @Nullable MessageFormat fallback;

    private Template(Object @Nullable [] parts, @Nullable MessageFormat fallback) {
        this.parts = parts;
        this.fallback = fallback;
    }

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
                String index = close < 0 ? "" : pattern.substring(i + 1, close);
                if (!index.matches("[0-9]{1,2}")) {
                    return new Template(null, new MessageFormat(pattern, locale));
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(Integer.valueOf(index));
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

    String format(String[] args) {
        if (fallback != null) {
            return ((MessageFormat) fallback.clone()).format(args);
        }
        StringBuilder out = new StringBuilder(128);
        for (Object part : Objects.requireNonNull(parts)) {
            if (part instanceof Integer index) {
                // MessageFormat writes a slot without an argument as the slot itself.
                out.append(index < args.length ? args[index] : "{" + index + "}");
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }
}
