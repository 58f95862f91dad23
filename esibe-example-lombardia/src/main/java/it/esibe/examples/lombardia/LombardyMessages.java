package it.esibe.examples.lombardia;

import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The explanations of {@link LegalSeatInLombardy LOM-SEAT} in Italian, English and German: how a
 * third-party criterion ships its words, exactly as ESIBE's own criteria do. The patterns live in
 * {@code messages_<language>.properties} beside this class; the criterion renders them with
 * {@code CriterionContext.text(key, args)}, so an evaluator adds German when asked
 * ({@code esibe evaluate --lang de}) and leaves every text out under {@code explanations(false)}.
 *
 * <p>Registered through {@code module-info} {@code provides} and {@code META-INF/services}, like
 * the other providers of this jar; an embedder may also register it explicitly.
 *
 * <p>Thread-safety: immutable after construction.
 *
 * @since 0.1.0
 */
public final class LombardyMessages implements MessageProvider {

    private final Map<String, Properties> byLanguage = Map.of(
            "it", load("messages_it.properties"),
            "en", load("messages_en.properties"),
            "de", load("messages_de.properties"));

    /** Reads the patterns; {@link java.util.ServiceLoader} calls this constructor. */
    public LombardyMessages() {
    }

    /** {@return {@link LombardyRulesets#PROVIDER_NAME}} */
    @Override
    public String name() {
        return LombardyRulesets.PROVIDER_NAME;
    }

    /** {@return {@link EsibeSpi#VERSION}, the SPI version this provider was compiled against} */
    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    /** {@return Italian, English and German} */
    @Override
    public Set<Locale> languages() {
        return Set.of(Locale.ITALIAN, Locale.ENGLISH, Locale.GERMAN);
    }

    /**
     * The pattern of one of LOM-SEAT's keys ({@code lom.seat.*}) in one of the three languages.
     *
     * @param lookup the key and the language
     * @return the pattern, or empty for another key or language
     */
    @Override
    public Optional<String> pattern(MessageLookup lookup) {
        Properties patterns = byLanguage.get(lookup.language().getLanguage());
        return patterns == null ? Optional.empty() : Optional.ofNullable(patterns.getProperty(lookup.key()));
    }

    private static Properties load(String name) {
        // Beside this class in its own module: readable on the module path too.
        try (InputStream in = LombardyMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of the Lombardy example");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
