package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Program;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.spi.TaxonomyProvider;
import it.esibe.core.spi.TaxonomyProviderContext;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, messages: an embedder adds a language (German for ICE offices in Germany) through a
 * provider; a key the provider lacks falls back to ESIBE's text in that language, then to English,
 * never to a blank.
 */
class MessageProvidersTest {

    /** German for two messages of ESIBE-RD-MIN and ESIBE-SEAT, a violation and a taxonomy label. */
    static final Map<String, String> GERMAN = Map.of(
            "rdMin.fail.expenditure", "F&E-Ausgaben {0}: {1}, unter dem Schwellenwert von {2}",
            "seat.pass", "Rechtssitz ({0}) und Hauptverwaltung ({1}) in Italien",
            "violation.technology", "{0} ist keine Technologie der ESIBE-Taxonomie; zulässig: {1}",
            "violation.beforeSeries", "Das Bezugsdatum {0} liegt vor jedem Regelwerk der Reihe {1}",
            "taxonomy.PAT-ONCO", "Krebserkrankungen",
            "taxonomy.TEC-GENE-CELL", "Gen- und Zelltherapien");

    static final MessageProvider DEUTSCH = MessageProviders.of("deutsch", Locale.GERMAN, GERMAN);

    static final EsibeRegistry WITH_GERMAN = Esibe.builder().messageProvider(DEUTSCH).build();

    /** The example of ESIBE-FORMAT-v1: R&D expenditure 2024 of EUR 1,650,000.00, below the EUR 2,000,000.00 threshold. */
    static Apps belowThreshold() {
        Apps app = example();
        app.years = new java.util.ArrayList<>(List.of(year(2024, "1650000", "1400000", "0", "38.5", "120000",
                "9000000")));
        return app;
    }

    static CriterionResult criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow();
    }

    @Test
    void aKeyTheProviderHasIsInGermanWithFiguresAsGermanWritesThem() {
        Decision d = WITH_GERMAN.evaluator().build().evaluate(belowThreshold().build());
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        LocalizedText rdMin = criterion(d, CriterionIds.RD_MIN).message();
        assertThat(rdMin.others()).containsOnlyKeys("de");
        assertThat(rdMin.in(Locale.GERMAN))
                .isEqualTo("F&E-Ausgaben 2024: 1.650.000,00 EUR, unter dem Schwellenwert von 2.000.000,00 EUR");
        assertThat(criterion(d, CriterionIds.SEAT).message().in(Locale.GERMANY))
                .isEqualTo("Rechtssitz (IT) und Hauptverwaltung (IT) in Italien");
    }

    @Test
    void aKeyTheProviderLacksFallsBackToTheEnglishTextNeverToABlankOrTheKey() {
        Decision d = WITH_GERMAN.evaluator().build().evaluate(belowThreshold().build());
        CriterionResult stage = criterion(d, CriterionIds.STAGE);
        assertThat(stage.message().others()).containsOnlyKeys("de");
        assertThat(stage.message().in(Locale.GERMAN)).isEqualTo(stage.message().en())
                .isEqualTo("Development stage: preclinical, not commercial");
    }

    @Test
    void everyResultCarriesGermanAndItalianAndEnglishStayAsWithoutProviders() {
        Decision plain = Esibe.evaluator().build().evaluate(belowThreshold().build());
        Decision german = WITH_GERMAN.evaluator().build().evaluate(belowThreshold().build());
        assertThat(german.criteria()).hasSameSizeAs(plain.criteria());
        for (int i = 0; i < plain.criteria().size(); i++) {
            LocalizedText before = plain.criteria().get(i).message();
            LocalizedText after = german.criteria().get(i).message();
            assertThat(before.others()).isEmpty();
            assertThat(after.it()).isEqualTo(before.it());
            assertThat(after.en()).isEqualTo(before.en());
            assertThat(after.others().get("de")).isNotBlank();
            assertThat(new LocalizedText(after.it(), after.en())).isEqualTo(before);
        }
        assertThat(german.outcome()).isEqualTo(plain.outcome());
    }

    @Test
    void theTaxonomyLabelOfAMessageComesFromTheProvider() {
        // DEUTSCH does not translate trackAlign.pass.one: the whole message is English, labels included.
        Decision untranslated = WITH_GERMAN.evaluator().build().evaluate(example().build());
        LocalizedText english = criterion(untranslated, CriterionIds.TRACK_ALIGN).message();
        assertThat(english.in(Locale.GERMAN)).isEqualTo(english.en()).contains("TEC-GENE-CELL (Gene and cell");
        // A provider translating the message gets its own label for TEC-GENE-CELL in it.
        java.util.Properties patterns = new java.util.Properties();
        patterns.setProperty("trackAlign.pass.one", "Programm mit Technologie {0}, Linie {1}, Priorität {2}");
        patterns.setProperty("taxonomy.TEC-GENE-CELL", "Gen- und Zelltherapien");
        Decision d = Esibe.builder().messageProvider(MessageProviders.properties("de-test", Locale.GERMAN, patterns))
                .build().evaluator().build().evaluate(example().build());
        assertThat(criterion(d, CriterionIds.TRACK_ALIGN).message().in(Locale.GERMAN))
                .startsWith("Programm mit Technologie TEC-GENE-CELL (Gen- und Zelltherapien), Linie ");
    }

    @Test
    void withoutExplanationsNoLanguageIsAdded() {
        Decision d = WITH_GERMAN.evaluator().explanations(false).build().evaluate(belowThreshold().build());
        assertThat(d.criteria()).allSatisfy(c -> assertThat(c.message().others()).isEmpty());
        assertThat(criterion(d, CriterionIds.RD_MIN).message())
                .isEqualTo(new LocalizedText("rdMin.fail.expenditure", "rdMin.fail.expenditure"));
    }

    @Test
    void violationMessagesOfTheEvaluatorAreInItsLanguageThroughTheProvider() {
        Apps app = example().programs(new Program("X", "TEC-NOPE", List.of("PAT-ONCO")));
        Decision german = WITH_GERMAN.evaluator().locale(Locale.GERMANY).build().evaluate(app.build());
        assertThat(german.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("programs[0].technology");
            assertThat(v.message()).startsWith("TEC-NOPE ist keine Technologie der ESIBE-Taxonomie; zulässig: TEC-");
        });
        Decision english = WITH_GERMAN.evaluator().build().evaluate(app.build());
        assertThat(english.violations()).singleElement().satisfies(v ->
                assertThat(v.message()).startsWith("TEC-NOPE is not a technology of the ESIBE taxonomy"));
        // A language no provider declares falls back to English.
        Decision french = WITH_GERMAN.evaluator().locale(Locale.FRENCH).build().evaluate(app.build());
        assertThat(french.violations()).isEqualTo(english.violations());
    }

    @Test
    void theViolationOfADatePrecedingTheSeriesIsInGerman() {
        Apps app = example();
        app.submittedOn = LocalDate.of(2024, 5, 2);   // esibe-2024-interim applies from 2024-10-01
        Decision d = WITH_GERMAN.evaluator().locale(Locale.GERMAN).build().evaluate(app.build());
        assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(d.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("Das Bezugsdatum 02.05.2024 liegt vor jedem Regelwerk der Reihe esibe"));
    }

    @Test
    void aLanguageOtherThanItalianAndGermanWritesFiguresTheEnglishWay() {
        MessageProvider french = MessageProviders.of("français", Locale.FRENCH,
                Map.of("rdMin.fail.expenditure", "Dépenses de R&D {0} : {1}, sous le seuil de {2}"));
        Decision d = Esibe.builder().messageProvider(french).messageProvider(DEUTSCH).build().evaluator().build()
                .evaluate(belowThreshold().build());
        LocalizedText rdMin = criterion(d, CriterionIds.RD_MIN).message();
        assertThat(rdMin.others()).containsOnlyKeys("de", "fr");
        assertThat(rdMin.in(Locale.FRENCH))
                .isEqualTo("Dépenses de R&D 2024 : EUR 1,650,000.00, sous le seuil de EUR 2,000,000.00");
    }

    @Test
    void anEvaluatorMayChooseWhichFurtherLanguagesResultsCarry() {
        MessageProvider french = MessageProviders.of("français", Locale.FRENCH,
                Map.of("seat.pass", "Siège ({0}) et direction ({1}) en Italie"));
        EsibeRegistry registry = Esibe.builder().messageProvider(french).messageProvider(DEUTSCH).build();
        Decision plain = Esibe.evaluator().build().evaluate(belowThreshold().build());
        // None: exactly the decision without providers, as a tool that discovers providers by default needs.
        assertThat(registry.evaluator().languages().build().evaluate(belowThreshold().build())).isEqualTo(plain);
        Decision german = registry.evaluator().languages(Locale.GERMANY).build().evaluate(belowThreshold().build());
        assertThat(german.criteria()).allSatisfy(c -> assertThat(c.message().others()).containsOnlyKeys("de"));
        // A language no provider declares adds nothing.
        assertThat(registry.evaluator().languages(Locale.forLanguageTag("nl")).build()
                .evaluate(belowThreshold().build())).isEqualTo(plain);
        // Violation messages follow the locale whatever the choice.
        Apps bad = example().programs(new Program("X", "TEC-NOPE", List.of("PAT-ONCO")));
        assertThat(registry.evaluator().languages().locale(Locale.GERMAN).build().evaluate(bad.build()).violations())
                .singleElement().satisfies(v -> assertThat(v.message()).startsWith("TEC-NOPE ist keine Technologie"));
    }

    @Test
    void theFirstProviderWithAPatternWinsAndAProviderMayRewordItalian() {
        MessageProvider reworded = MessageProviders.of("ufficio", Locale.ITALIAN,
                Map.of("seat.pass", "Sede ({0}) e sede operativa ({1}) in Italia"));
        MessageProvider other = MessageProviders.of("altro", Locale.GERMAN, Map.of("seat.pass", "anders"));
        Decision d = Esibe.builder().messageProvider(reworded).messageProvider(DEUTSCH).messageProvider(other).build()
                .evaluator().build().evaluate(example().build());
        LocalizedText seat = criterion(d, CriterionIds.SEAT).message();
        assertThat(seat.it()).isEqualTo("Sede (IT) e sede operativa (IT) in Italia");
        assertThat(seat.en()).isEqualTo("Legal seat (IT) and headquarters (IT) in Italy");
        assertThat(seat.in(Locale.GERMAN)).isEqualTo("Rechtssitz (IT) und Hauptverwaltung (IT) in Italien");
    }

    @Test
    void aBlankPatternFallsBackLikeAMissingOne() {
        MessageProvider blank = new MessageProvider() {
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
                return Optional.of(" ");
            }
        };
        EsibeRegistry registry = Esibe.builder().messageProvider(blank).build();
        Decision d = registry.evaluator().build().evaluate(example().build());
        Decision none = Esibe.builder().messageProvider(MessageProviders.of("leer", Locale.GERMAN, Map.of())).build()
                .evaluator().build().evaluate(example().build());
        assertThat(d).isEqualTo(none);
        // A key German lacks is the English message as a whole, figures included.
        assertThat(criterion(d, CriterionIds.SEAT).message().in(Locale.GERMAN))
                .isEqualTo(criterion(d, CriterionIds.SEAT).message().en());
        assertThat(criterion(d, CriterionIds.RD_MIN).message().in(Locale.GERMAN))
                .isEqualTo("R&D expenditure 2024: EUR 2,500,000.00, at or above the EUR 2,000,000.00 threshold");
        assertThat(registry.label(NationalTaxonomy.get().find("PAT-ONCO").orElseThrow(), Locale.GERMAN))
                .isEqualTo("Cancers");
    }

    @Test
    void labelsInAnyLanguageThroughTheRegistry() {
        TaxonomyEntry onco = WITH_GERMAN.taxonomy().find("PAT-ONCO").orElseThrow();
        TaxonomyEntry resp = WITH_GERMAN.taxonomy().find("PAT-RESP").orElseThrow();
        assertThat(WITH_GERMAN.label(onco, Locale.GERMANY)).isEqualTo("Krebserkrankungen");
        assertThat(WITH_GERMAN.label(resp, Locale.GERMAN)).isEqualTo("Respiratory diseases");
        assertThat(WITH_GERMAN.label(onco, Locale.ITALIAN)).isEqualTo("Tumori");
        assertThat(WITH_GERMAN.label(onco, Locale.ENGLISH)).isEqualTo("Cancers");
        assertThat(Esibe.defaults().label(onco, Locale.GERMAN)).isEqualTo("Cancers");
        assertThat(Esibe.defaults().label(onco, Locale.ITALY)).isEqualTo("Tumori");
    }

    @Test
    void anEntryCarryingItsOwnGermanLabelKeepsItWhenNoProviderHasOne() {
        TaxonomyProvider rare = new TaxonomyProvider() {
            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public String namespace() {
                return "EX";
            }

            @Override
            public List<TaxonomyEntry> entries(TaxonomyProviderContext context) {
                return List.of(new TaxonomyEntry("EX-PAT-RARE", TaxonomyFamily.PATHOLOGY,
                        new LocalizedText("Malattie rare", "Rare diseases").with(Locale.GERMAN, "Seltene Krankheiten"),
                        "Esempio", List.of()));
            }
        };
        EsibeRegistry registry = Esibe.builder().taxonomyProvider(rare).messageProvider(DEUTSCH).build();
        TaxonomyEntry entry = registry.taxonomy().find("EX-PAT-RARE").orElseThrow();
        assertThat(registry.label(entry, Locale.GERMAN)).isEqualTo("Seltene Krankheiten");
        assertThat(Esibe.builder().taxonomyProvider(rare).build().label(entry, Locale.GERMAN))
                .isEqualTo("Seltene Krankheiten");
    }

    @Test
    void theFactoriesStateTheSpiVersionAndTheirLanguage() {
        Properties p = new Properties();
        p.setProperty("seat.pass", "Rechtssitz in Italien");
        MessageProvider fromProperties = MessageProviders.properties("deutsch", Locale.GERMANY, p);
        p.setProperty("seat.fail", "later");
        assertThat(fromProperties.spiVersion()).isEqualTo(EsibeSpi.VERSION);
        assertThat(fromProperties.name()).isEqualTo("deutsch");
        assertThat(fromProperties.languages()).containsExactly(Locale.GERMAN);
        assertThat(fromProperties.pattern(new MessageLookup("seat.pass", Locale.GERMAN))).contains("Rechtssitz in Italien");
        assertThat(fromProperties.pattern(new MessageLookup("seat.fail", Locale.GERMAN))).isEmpty();
        assertThat(fromProperties.pattern(new MessageLookup("seat.pass", Locale.ITALIAN))).isEmpty();
        assertThat(DEUTSCH.spiVersion()).isEqualTo(EsibeSpi.VERSION);
    }

    @Test
    void theFactoriesRejectWhatWouldFailLater() {
        assertThatThrownBy(() -> MessageProviders.of("x", Locale.GERMAN, Map.of("seat.pass", " ")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("seat.pass").hasMessageContaining("blank");
        assertThatThrownBy(() -> MessageProviders.of("x", Locale.GERMAN, Map.of("seat.pass", "Sitz {0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("seat.pass")
                .hasMessageContaining("MessageFormat");
        assertThatThrownBy(() -> MessageProviders.of("x", Locale.ROOT, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("two-letter");
        assertThatThrownBy(() -> MessageProviders.of(" ", Locale.GERMAN, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("name");
    }

    @Test
    void aProviderDeclaringALanguageWithoutATwoLetterCodeIsRejectedWhenTheRegistryIsBuilt() {
        MessageProvider bad = new MessageProvider() {
            @Override
            public String name() {
                return "swiss";
            }

            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public Set<Locale> languages() {
                return Set.of(Locale.forLanguageTag("gsw"));
            }

            @Override
            public Optional<String> pattern(MessageLookup lookup) {
                return Optional.empty();
            }
        };
        assertThatThrownBy(() -> Esibe.builder().messageProvider(bad).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("swiss").hasMessageContaining("gsw");
    }

    @Test
    void aProviderThatThrowsIsAConfigurationErrorNamingIt() {
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
            public Optional<String> pattern(MessageLookup lookup) {
                throw new IllegalStateException("database down");
            }
        };
        ApplicationEvaluator evaluator = Esibe.builder().messageProvider(broken).build().evaluator().build();
        assertThatThrownBy(() -> evaluator.evaluate(example().build())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("broken").hasMessageContaining("database down");
    }

    @Test
    void aResourceBundleNeverFallsBackToTheBundleOfTheDefaultLocale() {
        ClassLoader loader = MessageProvidersTest.class.getClassLoader();
        String bundle = "it.esibe.rules.testmessages";
        Locale before = Locale.getDefault();
        try {
            // The JVM of an Italian desktop: getBundle would answer a French request with the Italian bundle.
            Locale.setDefault(Locale.ITALY);
            MessageProvider provider = MessageProviders.resourceBundle("uffici", bundle, loader, Locale.GERMANY,
                    Locale.FRENCH);
            assertThat(provider.languages()).containsExactly(Locale.GERMAN);
            assertThat(provider.pattern(new MessageLookup("seat.pass", Locale.GERMAN)))
                    .contains("Rechtssitz ({0}) und Hauptverwaltung ({1}) in Italien");
            assertThat(provider.pattern(new MessageLookup("seat.pass", Locale.FRENCH))).isEmpty();
            assertThatThrownBy(() -> MessageProviders.resourceBundle("uffici", bundle, loader, Locale.FRENCH))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining(bundle);
        } finally {
            Locale.setDefault(before);
        }
        MessageProvider italian = MessageProviders.resourceBundle("uffici", bundle, loader, Locale.ITALIAN);
        assertThat(italian.pattern(new MessageLookup("seat.pass", Locale.ITALIAN))).contains("Sede in Italia");
    }
}
