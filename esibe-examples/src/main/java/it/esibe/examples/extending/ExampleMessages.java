package it.esibe.examples.extending;

import static java.util.Map.entry;

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
            "it", Map.ofEntries(
                    entry("ex.active.noVat", "Partita IVA non indicata: serve per verificare che l''impresa sia attiva"),
                    entry("ex.active.pass", "Impresa attiva secondo {0}"),
                    entry("ex.active.fail", "Impresa non attiva secondo {0}"),
                    entry("ex.active.unavailable", "Registro {0} non disponibile: {1}"),
                    entry("ex.active.unknown", "Partita IVA {0} non trovata nel registro"),
                    entry("ex.active.toPass", "Non rimediabile con i dati: l''impresa deve essere attiva (Rapporto ad interim, §5.3)"),
                    entry("ex.active.toPass.provide", "Indicare la partita IVA (Rapporto ad interim, §5.3)"),
                    entry("ex.active.rules.title", "Impresa attiva nel registro delle imprese"),
                    entry("ex.active.rules.rule", "L’impresa, cercata per partita IVA nel registro delle imprese, vi"
                            + " risulta attiva"),
                    entry("ex.active.rules.PASS", "PASS: il registro la dà attiva"),
                    entry("ex.active.rules.FAIL", "FAIL: il registro la dà non attiva"),
                    entry("ex.active.rules.UNKNOWN", "UNKNOWN: manca la partita IVA, il registro non la conosce o non"
                            + " risponde")),
            "en", Map.ofEntries(
                    entry("ex.active.noVat", "No VAT number given: it is needed to check that the company is active"),
                    entry("ex.active.pass", "Company active according to {0}"),
                    entry("ex.active.fail", "Company not active according to {0}"),
                    entry("ex.active.unavailable", "Register {0} unavailable: {1}"),
                    entry("ex.active.unknown", "VAT number {0} not found in the register"),
                    entry("ex.active.toPass", "Cannot be remedied by the figures: the company must be active (Interim report, §5.3)"),
                    entry("ex.active.toPass.provide", "Give the VAT number (Interim report, §5.3)"),
                    entry("ex.active.rules.title", "Company active in the business register"),
                    entry("ex.active.rules.rule", "The company, looked up by VAT number in the business register, is"
                            + " active there"),
                    entry("ex.active.rules.PASS", "PASS: the register has it active"),
                    entry("ex.active.rules.FAIL", "FAIL: the register has it not active"),
                    entry("ex.active.rules.UNKNOWN", "UNKNOWN: no VAT number, the register does not know it or does not"
                            + " answer")),
            "de", Map.ofEntries(
                    entry("ex.active.pass", "Unternehmen laut {0} aktiv"),
                    entry("ex.active.fail", "Unternehmen laut {0} nicht aktiv")));

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
