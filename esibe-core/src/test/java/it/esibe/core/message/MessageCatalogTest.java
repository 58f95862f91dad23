package it.esibe.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Violation;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog: providers first, ESIBE core's own messages last, English as the last resort. */
class MessageCatalogTest {

    private static MessageProvider provider(String name, Locale language, Map<String, String> patterns) {
        return new MessageProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public Set<Locale> languages() {
                return Set.of(language);
            }

            @Override
            public Optional<String> pattern(MessageLookup lookup) {
                return lookup.language().getLanguage().equals(language.getLanguage())
                        ? Optional.ofNullable(patterns.get(lookup.key())) : Optional.empty();
            }
        };
    }

    private static final MessageProvider REGIONAL = new MessageProvider() {
        private final Map<String, Map<String, String>> byLanguage = Map.of(
                "it", Map.of("lom.seat.fail", "Sede legale in {0}: il bando richiede la Lombardia dal {1}"),
                "en", Map.of("lom.seat.fail", "Legal seat in {0}: the call requires Lombardy from {1}"),
                "de", Map.of("lom.seat.fail", "Sitz in {0}: die Ausschreibung verlangt die Lombardei ab {1}"));

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
            return Optional.ofNullable(byLanguage.get(lookup.language().getLanguage()).get(lookup.key()));
        }
    };

    @Test
    void aProvidersKeyRendersInEveryLanguageWithThatLanguagesDates() {
        MessageCatalog catalog = MessageCatalog.of(List.of(REGIONAL));
        Message m = Message.of("lom.seat.fail", MessageArg.text("Piemonte"), MessageArg.date(LocalDate.of(2026, 1, 1)));
        LocalizedText text = catalog.text(m);
        assertThat(text.it()).isEqualTo("Sede legale in Piemonte: il bando richiede la Lombardia dal 01/01/2026");
        assertThat(text.en()).isEqualTo("Legal seat in Piemonte: the call requires Lombardy from 2026-01-01");
        assertThat(text.others()).containsEntry("de",
                "Sitz in Piemonte: die Ausschreibung verlangt die Lombardei ab 01.01.2026");
        assertThat(MessageCatalog.of(List.of(REGIONAL), Set.of()).text(m).others()).isEmpty();
    }

    @Test
    void aLanguageThatLacksAKeyGetsTheWholeMessageInEnglish() {
        MessageCatalog catalog = MessageCatalog.of(List.of(provider("de", Locale.GERMAN, Map.of())));
        Message tooLarge = Message.of("it.esibe.validation.EuroAmount.tooLarge");
        assertThat(catalog.render(Locale.GERMAN, tooLarge)).isEqualTo(catalog.render(Locale.ENGLISH, tooLarge))
                .startsWith("is too large");
        // A language no provider declares is English too.
        assertThat(catalog.render(Locale.FRENCH, tooLarge)).isEqualTo(catalog.render(Locale.ENGLISH, tooLarge));
    }

    @Test
    void aProviderRewordsCoresOwnMessages() {
        MessageCatalog catalog = MessageCatalog.of(List.of(provider("plain", Locale.ENGLISH,
                Map.of("jakarta.validation.constraints.NotNull.message", "please fill this in"))));
        assertThat(catalog.render(Locale.ENGLISH, Message.of("jakarta.validation.constraints.NotNull.message")))
                .isEqualTo("please fill this in");
        assertThat(catalog.render(Locale.ITALIAN, Message.of("jakarta.validation.constraints.NotNull.message")))
                .isEqualTo("è obbligatorio");
    }

    @Test
    void anApostropheOfTheConstraintMessagesIsItself() {
        // ContributorValidationMessages is written in Hibernate Validator's syntax, where ' is literal.
        String italian = MessageCatalog.builtIn().render(Locale.ITALIAN,
                Message.of("it.esibe.validation.UniqueFiscalYears.message"));
        assertThat(italian).contains("nell'elenco");
    }

    @Test
    void namedArgumentsAreFormattedInTheMessagesLanguage() {
        Message m = Message.named("it.esibe.validation.Text.tooLong", Map.of("max", MessageArg.count(20_000)));
        assertThat(MessageCatalog.builtIn().render(Locale.ITALIAN, m)).isEqualTo("è troppo lungo: al più 20.000 caratteri");
        assertThat(MessageCatalog.builtIn().render(Locale.ENGLISH, m)).isEqualTo("is too long: at most 20,000 characters");
    }

    @Test
    void aConstraintAttributeIsACountADecimalOrItsText() {
        // @Size(max = 20000) reaches the catalog as an Integer: formatted as a count in each language.
        Message fromInteger = Message.named("it.esibe.validation.Text.tooLong", Map.of("max", MessageArg.attribute(20_000)));
        assertThat(MessageCatalog.builtIn().render(Locale.ITALIAN, fromInteger)).isEqualTo("è troppo lungo: al più 20.000 caratteri");
        assertThat(MessageCatalog.builtIn().render(Locale.ENGLISH, fromInteger)).isEqualTo("is too long: at most 20,000 characters");
        // A decimal in plain notation, whatever its scale or exponent; anything else as its text.
        Message fromDecimal = Message.named("it.esibe.validation.Text.tooLong",
                Map.of("max", MessageArg.attribute(new java.math.BigDecimal("2E+4"))));
        assertThat(MessageCatalog.builtIn().render(Locale.ENGLISH, fromDecimal)).isEqualTo("is too long: at most 20000 characters");
        Message fromText = Message.named("it.esibe.validation.Text.tooLong", Map.of("max", MessageArg.attribute(true)));
        assertThat(MessageCatalog.builtIn().render(Locale.ENGLISH, fromText)).isEqualTo("is too long: at most true characters");
        Message fromNull = Message.named("it.esibe.validation.Text.tooLong", Map.of("max", MessageArg.attribute(null)));
        assertThat(MessageCatalog.builtIn().render(Locale.ENGLISH, fromNull)).isEqualTo("is too long: at most null characters");
    }

    @Test
    void aKeyNoProviderHasInEnglishIsAConfigurationError() {
        assertThatThrownBy(() -> MessageCatalog.builtIn().render(Locale.ENGLISH, Message.of("no.such.key")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no.such.key");
        assertThat(MessageCatalog.builtIn().knows("no.such.key")).isFalse();
        assertThat(MessageCatalog.builtIn().knows("violation.more")).isTrue();
    }

    @Test
    void aProviderThatFailsOrAnswersNullIsNamed() {
        MessageProvider broken = new MessageProvider() {
            @Override
            public String name() {
                return "broken";
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
            @SuppressWarnings("NullAway")
            public Optional<String> pattern(MessageLookup lookup) {
                return null;
            }
        };
        assertThatThrownBy(() -> MessageCatalog.of(List.of(broken)).render(Locale.GERMAN,
                Message.of("violation.more", MessageArg.count(3))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("broken");
    }

    @Test
    void codesCarryTheirLabelInTheMessagesLanguage() {
        TaxonomyEntry onco = new TaxonomyEntry("PAT-ONCO", TaxonomyFamily.PATHOLOGY,
                new LocalizedText("Tumori", "Cancers"), "§5.1", List.of());
        MessageCatalog catalog = MessageCatalog.of(List.of(provider("de", Locale.GERMAN,
                Map.of("taxonomy.PAT-ONCO", "Krebserkrankungen"))));
        MessageArg code = MessageArg.code(onco);
        assertThat(code.format(Locale.ITALIAN, catalog)).isEqualTo("PAT-ONCO (Tumori)");
        assertThat(code.format(Locale.ENGLISH, catalog)).isEqualTo("PAT-ONCO (Cancers)");
        assertThat(code.format(Locale.GERMAN, catalog)).isEqualTo("PAT-ONCO (Krebserkrankungen)");
        assertThat(MessageArg.label(onco).format(Locale.GERMAN, MessageCatalog.builtIn())).isEqualTo("Cancers");
    }

    @Test
    void amountsAreWrittenAsEachLanguageWritesThem() {
        MessageArg amount = MessageArg.eur(new BigDecimal("1650000"));
        MessageCatalog c = MessageCatalog.builtIn();
        assertThat(amount.format(Locale.ITALIAN, c)).isEqualTo("1.650.000,00 EUR");
        assertThat(amount.format(Locale.GERMAN, c)).isEqualTo("1.650.000,00 EUR");
        assertThat(amount.format(Locale.ENGLISH, c)).isEqualTo("EUR 1,650,000.00");
        assertThat(amount.format(Locale.FRENCH, c)).isEqualTo("EUR 1,650,000.00");
        assertThat(MessageArg.percent(new BigDecimal("84.8485")).format(Locale.GERMAN, c)).isEqualTo("84,85%");
        // Judged against a ceiling, a fraction of a cent is shown rather than rounded onto it.
        assertThat(MessageArg.eur(new BigDecimal("50000000.004"), new BigDecimal("50000000")).format(Locale.ITALIAN, c))
                .isEqualTo("50.000.000,004 EUR");
        assertThat(MessageArg.eur(new BigDecimal("50000000.00"), new BigDecimal("50000000")).format(Locale.ITALIAN, c))
                .isEqualTo("50.000.000,00 EUR");
    }

    @Test
    void aViolationIsRenderedAgainInTheEvaluatorsLanguage() {
        Violation v = Violation.of("fiscalYears[0].turnover", Message.of("it.esibe.validation.EuroAmount.decimals"));
        assertThat(v.message()).startsWith("has too many decimals");
        Violation italian = v.in(MessageCatalog.builtIn(), Locale.ITALIAN);
        assertThat(italian.message()).startsWith("ha troppi decimali");
        assertThat(italian.path()).isEqualTo(v.path());
        Violation fixed = new Violation("", "as read from a decision file");
        assertThat(fixed.in(MessageCatalog.builtIn(), Locale.ITALIAN)).isSameAs(fixed);
        // Equality is the text and the path: a decision read back equals the one written.
        assertThat(v).isEqualTo(new Violation(v.path(), v.message())).hasSameHashCodeAs(new Violation(v.path(), v.message()));
    }
}
