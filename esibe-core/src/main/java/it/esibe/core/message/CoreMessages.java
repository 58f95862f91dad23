package it.esibe.core.message;

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

/**
 * ESIBE core's own messages: every violation message of the application format, in English and
 * Italian, from two pairs of files.
 *
 * <ul>
 *   <li>{@code ContributorValidationMessages.properties} and {@code _it} at the root of esibe-core:
 *       the messages of ESIBE's constraints. The name is Jakarta Validation's: Hibernate Validator
 *       reads the same files, so a validator an embedder builds without ESIBE's catalog still finds
 *       them. They are written in Hibernate Validator's syntax, where an apostrophe is itself; they
 *       are served here in {@link java.text.MessageFormat}'s, where it is written twice.</li>
 *   <li>{@code it/esibe/core/message/messages.properties} and {@code _it}: the standard constraints'
 *       messages as ESIBE words them, and the violations found outside validation (while reading
 *       JSON or CSV). Hibernate Validator never reads these, so they reword nothing of an
 *       embedder's own constraints.</li>
 * </ul>
 *
 * <p>Read directly rather than through {@link java.util.ResourceBundle}: no fallback to the JVM's
 * default locale (English must stay English on an Italian desktop).
 */
final class CoreMessages implements MessageProvider {

    static final CoreMessages INSTANCE = new CoreMessages();

    private final Properties english = merge(load("/it/esibe/core/message/messages.properties"),
            load("/ContributorValidationMessages.properties"));
    private final Properties italian = merge(load("/it/esibe/core/message/messages_it.properties"),
            load("/ContributorValidationMessages_it.properties"));

    private CoreMessages() {
    }

    @Override
    public String name() {
        return "esibe-core";
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

    /** The patterns of {@code messages}, then those of {@code constraints} with their apostrophes doubled. */
    private static Properties merge(Properties messages, Properties constraints) {
        Properties all = new Properties();
        all.putAll(messages);
        for (String key : constraints.stringPropertyNames()) {
            all.putIfAbsent(key, constraints.getProperty(key).replace("'", "''"));
        }
        return all;
    }

    private static Properties load(String name) {
        try (InputStream in = CoreMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in esibe-core");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
