package it.esibe.rules.internal;

import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The texts of ESIBE's own criteria and of the violations the evaluator finds, in Italian and
 * English, from {@code it/esibe/rules/messages.properties} and {@code messages_it.properties}:
 * a message provider like any other, which every registry consults after the embedder's own, so
 * that the built-in criteria explain themselves exactly as a third-party criterion does.
 *
 * <p>Read directly rather than through {@link java.util.ResourceBundle}: no fallback to the JVM's
 * default locale (English must stay English on an Italian desktop) and no {@code Control}, which
 * named modules refuse.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class BuiltInMessages implements MessageProvider {

    /** The one instance: the files are read once. */
    public static final BuiltInMessages INSTANCE = new BuiltInMessages();

    private final Properties english = load("messages.properties", "rules-reference.properties");
    private final Properties italian = load("messages_it.properties", "rules-reference_it.properties");

    private BuiltInMessages() {
    }

    @Override
    public String name() {
        return "esibe";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public Set<Locale> languages() {
        return Set.of(Locale.ITALIAN, Locale.ENGLISH);
    }

    @Override
    public Optional<String> pattern(MessageLookup lookup) {
        Properties p = "it".equals(lookup.language().getLanguage()) ? italian : english;
        return Optional.ofNullable(p.getProperty(lookup.key()));
    }

    /**
     * {@return the keys of ESIBE's own explanations and violation messages, for tests and tools that
     * list them} The texts of the rules reference ({@code rules.*}, {@code parameter.*}) are not among them.
     */
    public Set<String> keys() {
        return load("messages.properties").stringPropertyNames();
    }

    /** The explanations and, in a file of their own, the texts of the rules reference. */
    private static Properties load(String explanations, String reference) {
        Properties p = load(explanations);
        p.putAll(load(reference));
        return p;
    }

    private static Properties load(String name) {
        try (InputStream in = BuiltInMessages.class.getResourceAsStream("/it/esibe/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
