package it.esibe.core.message;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.taxonomy.TaxonomyEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A value inside a {@link Message}, written as each language writes it: amounts
 * ({@code 1.650.000,00 EUR}, {@code EUR 1,650,000.00}), dates ({@code 15/03/2025} in Italian prose),
 * taxonomy codes with their label in the message's language, nested messages.
 *
 * <p>A figure judged against a threshold is made with the two-argument factories
 * ({@link #eur(BigDecimal, BigDecimal)}, {@link #units(BigDecimal, BigDecimal)},
 * {@link #percent(BigDecimal, BigDecimal)}): it is printed with as many decimals as it takes to
 * show on which side of the threshold it lies, so that an explanation never rounds a figure into
 * contradicting its own verdict (ESIBE spec v1.1, "Explanations").
 *
 * <p>Only the factories of this class make arguments. Thread-safety: immutable, and safe to share
 * between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class MessageArg {

    MessageArg() {
    }

    /**
     * This value as {@code language} writes it.
     *
     * @param language the language of the message (a locale with only a language)
     * @param catalog the catalog rendering the message, for nested messages and labels
     */
    String format(Locale language, MessageCatalog catalog) {
        StringBuilder out = new StringBuilder(32);
        appendTo(out, language, catalog);
        return out.toString();
    }

    /**
     * Appends this value as {@code language} writes it to {@code out}: a message is written straight
     * into its text, nested messages and amounts included, without a string of its own per argument.
     */
    abstract void appendTo(StringBuilder out, Locale language, MessageCatalog catalog);

    /**
     * An amount in euro with two decimals: {@code 1.650.000,00 EUR}, {@code EUR 1,650,000.00}.
     *
     * @param amount the amount
     * @return the argument
     */
    public static MessageArg eur(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return new Figure(Kind.EUR, amount, null);
    }

    /**
     * An amount in euro judged against {@code threshold}: two decimals, or more when two would put
     * it on the threshold or across it ({@code 50.000.000,004 EUR} against {@code 50.000.000,00 EUR}).
     *
     * @param amount the amount
     * @param threshold what it was compared with
     * @return the argument
     */
    public static MessageArg eur(BigDecimal amount, BigDecimal threshold) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(threshold, "threshold");
        return new Figure(Kind.EUR, amount, threshold);
    }

    /**
     * A number of annual work units, with up to three decimals: {@code 38,5}.
     *
     * @param value the staff figure
     * @return the argument
     */
    public static MessageArg units(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Figure(Kind.UNITS, value, null);
    }

    /**
     * A number of annual work units judged against {@code threshold}: up to three decimals, or more
     * when three would hide its side ({@code 249,9996}, never {@code 250}, below 250).
     *
     * @param value the staff figure
     * @param threshold what it was compared with
     * @return the argument
     */
    public static MessageArg units(BigDecimal value, BigDecimal threshold) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(threshold, "threshold");
        return new Figure(Kind.UNITS, value, threshold);
    }

    /**
     * A percentage with two decimals: {@code 50,00%}.
     *
     * @param value the percentage, 50 for half
     * @return the argument
     */
    public static MessageArg percent(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Figure(Kind.PERCENT, value, null);
    }

    /**
     * A percentage judged against {@code threshold} (both in percent): two decimals, or more when two
     * would hide its side ({@code 50,0000005%}, never {@code 50,00%}, above 50%).
     *
     * @param value the percentage
     * @param threshold what it was compared with, in percent
     * @return the argument
     */
    public static MessageArg percent(BigDecimal value, BigDecimal threshold) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(threshold, "threshold");
        return new Figure(Kind.PERCENT, value, threshold);
    }

    /**
     * A share as declared, with up to four decimals: {@code 30%}, {@code 25,5%}.
     *
     * @param value the share, 0–100
     * @return the argument
     */
    public static MessageArg share(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Figure(Kind.SHARE, value, null);
    }

    /**
     * A whole number, grouped by thousands from 10 000 on ({@code 12.000}, {@code 12,000}).
     *
     * @param value the number
     * @return the argument
     */
    public static MessageArg count(long value) {
        return new Simple(l -> Formats.count(l, value));
    }

    /**
     * A year, never grouped: {@code 2024}.
     *
     * @param year the year
     * @return the argument
     */
    public static MessageArg year(int year) {
        int kept = year - FIRST_KEPT_YEAR;
        if (kept >= 0 && kept < KEPT_YEARS.length) {
            return KEPT_YEARS[kept];
        }
        String text = Integer.toString(year);
        return new Simple(l -> text);
    }

    /** The years of applications, made once: nearly every explanation names one, most several. */
    private static final int FIRST_KEPT_YEAR = 2000;
    private static final MessageArg[] KEPT_YEARS = new MessageArg[100];

    static {
        for (int i = 0; i < KEPT_YEARS.length; i++) {
            String text = Integer.toString(FIRST_KEPT_YEAR + i);
            KEPT_YEARS[i] = new Simple(l -> text);
        }
    }

    /**
     * A date as the language writes it in prose: {@code 15/03/2025} in Italian,
     * {@code 15.03.2025} in German, {@code 2025-03-15} otherwise.
     *
     * @param date the date
     * @return the argument
     */
    public static MessageArg date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new MessageArg() {
            @Override
            void appendTo(StringBuilder out, Locale language, MessageCatalog catalog) {
                Formats.appendDate(out, language, date);
            }
        };
    }

    /**
     * Text that is the same in every language: a name, an identifier, a patent number.
     *
     * @param text the text, inserted as it is
     * @return the argument
     */
    public static MessageArg text(String text) {
        Objects.requireNonNull(text, "text");
        return new Simple(l -> text);
    }

    /**
     * The value of a constraint annotation's attribute (its {@code max}, {@code value}, {@code regexp}
     * …) as a validation message shows it: an integer as a count, a decimal in plain notation, and
     * anything else as its {@code String.valueOf} text.
     *
     * <p>Both of ESIBE's validators, the direct check and Hibernate Validator's interpolator, pass
     * attributes to the catalog through this one method, so that a violation reads the same whichever
     * checked it; an embedder's own message interpolator can use it for the same reason.
     *
     * @param value the attribute's value as the annotation returns it, or a message parameter's
     *     value as Hibernate Validator passes it ({@code null} is written {@code null}, as
     *     {@code String.valueOf} writes it)
     * @return the argument
     */
    public static MessageArg attribute(@Nullable Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return count(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            return text(d.toPlainString());
        }
        return text(String.valueOf(value));
    }

    /**
     * Text given in Italian and English (and perhaps further languages), in the message's language.
     *
     * @param text the text in each language; English for a language it lacks
     * @return the argument
     */
    public static MessageArg text(LocalizedText text) {
        Objects.requireNonNull(text, "text");
        return new Simple(text::in);
    }

    /**
     * A taxonomy code followed by its label in the message's language: {@code PAT-ONCO (Tumori)}.
     * Labels come from the message providers ({@code taxonomy.<CODE>}) when one has the language,
     * else from the entry.
     *
     * @param entry the taxonomy entry
     * @return the argument
     */
    public static MessageArg code(TaxonomyEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return new MessageArg() {
            @Override
            void appendTo(StringBuilder out, Locale language, MessageCatalog catalog) {
                out.append(entry.code()).append(" (").append(catalog.label(entry, language)).append(')');
            }
        };
    }

    /**
     * The label of a taxonomy entry alone, in the message's language: {@code Tumori}.
     *
     * @param entry the taxonomy entry
     * @return the argument
     */
    public static MessageArg label(TaxonomyEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return new MessageArg() {
            @Override
            void appendTo(StringBuilder out, Locale language, MessageCatalog catalog) {
                out.append(catalog.label(entry, language));
            }
        };
    }

    /**
     * Another message, rendered in the same language: a phrase of a sentence.
     *
     * @param message the nested message
     * @return the argument
     */
    public static MessageArg message(Message message) {
        Objects.requireNonNull(message, "message");
        return new MessageArg() {
            @Override
            void appendTo(StringBuilder out, Locale language, MessageCatalog catalog) {
                catalog.renderTo(out, language, message);
            }
        };
    }

    /**
     * Another message, {@code key} with {@code args}, rendered in the same language.
     *
     * @param key the nested message's key
     * @param args its arguments
     * @return the argument
     */
    public static MessageArg message(String key, MessageArg... args) {
        return message(Message.of(key, args));
    }

    /**
     * {@code parts}, each in the message's language, joined by {@code separator}.
     *
     * @param separator what goes between two parts, the same in every language, such as {@code "; "}
     * @param parts the parts
     * @return the argument
     */
    public static MessageArg join(String separator, List<MessageArg> parts) {
        Objects.requireNonNull(separator, "separator");
        List<MessageArg> copy = List.copyOf(parts);
        return new MessageArg() {
            @Override
            void appendTo(StringBuilder out, Locale language, MessageCatalog catalog) {
                for (int i = 0; i < copy.size(); i++) {
                    if (i > 0) {
                        out.append(separator);
                    }
                    copy.get(i).appendTo(out, language, catalog);
                }
            }
        };
    }

    /** A value whose text depends on the language only. */
    private static final class Simple extends MessageArg {
        private final java.util.function.Function<Locale, String> formatter;

        Simple(java.util.function.Function<Locale, String> formatter) {
            this.formatter = formatter;
        }

        @Override
        void appendTo(StringBuilder out, Locale language, MessageCatalog catalog) {
            out.append(formatter.apply(language));
        }
    }

    private enum Kind {
        EUR(2), UNITS(3), PERCENT(2), SHARE(4);

        /** The decimals shown when no threshold asks for more. */
        final int decimals;

        Kind(int decimals) {
            this.decimals = decimals;
        }
    }

    /** A decimal figure, perhaps judged against a threshold. */
    private static final class Figure extends MessageArg {
        private final Kind kind;
        private final BigDecimal value;
        private final @Nullable BigDecimal threshold;
        /**
         * The decimals to show, once known (-1 before): the same in every language, and dear to find
         * against a threshold. An int is written whole, so a race only computes it twice.
         */
        private int decimals = -1;

        Figure(Kind kind, BigDecimal value, @Nullable BigDecimal threshold) {
            this.kind = kind;
            this.value = value;
            this.threshold = threshold;
        }

        private int decimals() {
            int d = decimals;
            if (d < 0) {
                d = threshold == null ? kind.decimals : Formats.decimalsToShowSide(value, threshold, kind.decimals);
                decimals = d;
            }
            return d;
        }

        @Override
        void appendTo(StringBuilder out, Locale language, MessageCatalog catalog) {
            int decimals = decimals();
            switch (kind) {
                case EUR -> Formats.appendEur(out, language, value, decimals);
                case UNITS -> Formats.appendDecimal(out, language, value, 0, decimals);
                case SHARE -> Formats.appendDecimal(out, language, value, 0, decimals).append('%');
                case PERCENT -> Formats.appendDecimal(out, language, value, 2, decimals).append('%');
                default -> throw new IllegalStateException("unknown kind " + kind);
            }
        }
    }
}
