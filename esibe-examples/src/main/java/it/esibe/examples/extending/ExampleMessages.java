package it.esibe.examples.extending;

import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of {@link ActiveCompanyCriterion} in Italian, English and German: a criterion ships its
 * explanations as a message provider, registered with the same registry as its ruleset. Patterns
 * are {@link java.text.MessageFormat} patterns ({@code {0}} for an argument, {@code ''} for an
 * apostrophe); larger sets read {@code .properties} files instead, as {@code GermanMessages} does.
 *
 * <p>Thread-safety: immutable.
 */
// tag::criterion-messages[]
public final class ExampleMessages implements MessageProvider {

    private static final Map<String, Map<String, String>> PATTERNS = Map.of(
            "it", Map.of(
                    "ex.active.noVat", "Partita IVA non indicata: serve per verificare che l''impresa sia attiva",
                    "ex.active.pass", "Impresa attiva secondo {0}",
                    "ex.active.fail", "Impresa non attiva secondo {0}",
                    "ex.active.unavailable", "Registro {0} non disponibile: {1}",
                    "ex.active.unknown", "Partita IVA {0} non trovata nel registro",
                    "ex.active.toPass", "Non rimediabile con i dati: l''impresa deve essere attiva (Rapporto ad interim, §5.3)",
                    "ex.active.toPass.provide", "Indicare la partita IVA (Rapporto ad interim, §5.3)"),
            "en", Map.of(
                    "ex.active.noVat", "No VAT number given: it is needed to check that the company is active",
                    "ex.active.pass", "Company active according to {0}",
                    "ex.active.fail", "Company not active according to {0}",
                    "ex.active.unavailable", "Register {0} unavailable: {1}",
                    "ex.active.unknown", "VAT number {0} not found in the register",
                    "ex.active.toPass", "Cannot be remedied by the figures: the company must be active (Interim report, §5.3)",
                    "ex.active.toPass.provide", "Give the VAT number (Interim report, §5.3)"),
            "de", Map.of(
                    "ex.active.pass", "Unternehmen laut {0} aktiv",
                    "ex.active.fail", "Unternehmen laut {0} nicht aktiv"));

    @Override
    public String name() {
        return "example-messages";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public Set<Locale> languages() {
        return Set.of(Locale.ITALIAN, Locale.ENGLISH, Locale.GERMAN);
    }

    @Override
    public Optional<String> pattern(MessageLookup lookup) {
        // A key a language lacks (German has two here) is written in English as a whole.
        return Optional.ofNullable(PATTERNS.getOrDefault(lookup.language().getLanguage(), Map.of()).get(lookup.key()));
    }
}
// end::criterion-messages[]
