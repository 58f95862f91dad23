package it.esibe.examples;

import it.esibe.core.ConfigurationException;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import it.esibe.rules.MessageProviders;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * German for ESIBE, as an ICE office in Germany would add it: explanations of the R&amp;D, seat and
 * patent criteria (Rapporto ad interim, §5.3) and a few taxonomy labels, from
 * {@code it/esibe/examples/messages_de.properties}.
 *
 * <p>The translation is deliberately partial: every other message falls back to ESIBE's English
 * text, which shows how the fallback works. Registered explicitly with
 * {@code Esibe.builder().messageProvider(new GermanMessages())}, or found by
 * {@code discoverProviders()} through {@code META-INF/services/it.esibe.core.spi.MessageProvider};
 * decisions then carry {@code message.de} beside {@code it} and {@code en}.
 *
 * <p>Thread-safety: immutable and thread-safe.
 */
// tag::messages[]
public final class GermanMessages implements MessageProvider {

    private final MessageProvider patterns;

    /** Reads the German patterns; public and without arguments, as discovery needs. */
    public GermanMessages() {
        Properties german = new Properties();
        try (InputStream in = GermanMessages.class.getResourceAsStream("messages_de.properties")) {
            if (in == null) {
                throw new ConfigurationException("missing resource it/esibe/examples/messages_de.properties");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                german.load(reader);
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read it/esibe/examples/messages_de.properties: " + e, e);
        }
        // Checks every pattern now, so a broken translation fails at start-up, not in the middle of a call.
        this.patterns = MessageProviders.properties(name(), Locale.GERMAN, german);
    }

    @Override
    public String name() {
        return "deutsch";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public Set<Locale> languages() {
        return Set.of(Locale.GERMAN);
    }

    @Override
    public Optional<String> pattern(MessageLookup lookup) {
        return patterns.pattern(lookup);   // empty for a key not translated: ESIBE falls back to English
    }
}
// end::messages[]
