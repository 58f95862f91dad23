package it.esibe.examples.embedder;

import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words of {@link PiedmontSeatCriterion} in Italian, English and German. */
public final class PiedmontMessages implements MessageProvider {

    private static final Map<String, Map<String, String>> PATTERNS = Map.of(
            "it", Map.of(
                    "pie.seat.pass", "Sede legale in {0}: requisito regionale soddisfatto",
                    "pie.seat.fail", "Sede legale in {0}, non in Piemonte",
                    "pie.seat.unknown", "Regione della sede legale non indicata"),
            "en", Map.of(
                    "pie.seat.pass", "Legal seat in {0}: regional requirement met",
                    "pie.seat.fail", "Legal seat in {0}, not in Piedmont",
                    "pie.seat.unknown", "Region of the legal seat not given"),
            "de", Map.of(
                    "pie.seat.pass", "Rechtssitz in {0}: regionale Voraussetzung erfüllt",
                    "pie.seat.fail", "Rechtssitz in {0}, nicht im Piemont",
                    "pie.seat.unknown", "Region des Rechtssitzes nicht angegeben"));

    /** Public, with no arguments, so that discovery can make one too. */
    public PiedmontMessages() {
    }

    @Override
    public String name() {
        return "piedmont-example-messages";
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
        return Optional.ofNullable(PATTERNS.getOrDefault(lookup.language().getLanguage(), Map.of()).get(lookup.key()));
    }
}
