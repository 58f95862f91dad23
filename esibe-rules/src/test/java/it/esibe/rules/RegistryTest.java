package it.esibe.rules;

import static it.esibe.rules.TestProviders.entry;
import static it.esibe.rules.TestProviders.rulesets;
import static it.esibe.rules.TestProviders.taxonomy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.spi.Origin;
import it.esibe.core.spi.Registered;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.TaxonomyProvider;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.rules.discovered.AlphaRulesets;
import it.esibe.rules.discovered.BetaRulesets;
import it.esibe.rules.discovered.BrokenRulesets;
import it.esibe.rules.discovered.DiscoveredTaxonomy;
import it.esibe.rules.discovered.OldSpiRulesets;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration: what the registry accepts and rejects when it is built, where every contribution
 * came from, opt-in discovery, and provider contributions at work in evaluation.
 */
class RegistryTest {

    static final Ruleset INTERIM = Rulesets.interim();

    static Ruleset regional(String id) {
        return INTERIM.derive(id).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    static List<String> ids(EsibeRegistry registry) {
        return registry.rulesets().stream().map(r -> r.value().id()).toList();
    }

    @Nested
    class SpiVersion {

        @Test
        void aProviderBuiltForAnotherSpiVersionIsRejectedNamingIt() {
            RulesetProvider newer = rulesets("from-the-future", "1.1", c -> List.of());
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(newer))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("from-the-future")
                    .hasMessageContaining(newer.getClass().getName())
                    .hasMessageContaining("version 1.1")
                    .hasMessageContaining("supports SPI versions " + EsibeSpi.VERSION).hasMessageContaining("upgrade ESIBE");
            RulesetProvider older = rulesets("from-the-past", "0.9", c -> List.of());
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(older))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("from-the-past")
                    .hasMessageContaining("rebuild the provider");
        }

        @Test
        void aCriterionStatesItsOwnSpiVersionAndIsCheckedWhereverItComesFrom() {
            Criterion future = new Criterion() {
                @Override
                public String id() {
                    return "EX-FUTURE";
                }

                @Override
                public String citation() {
                    return "Rapporto ad interim, §5.3";
                }

                @Override
                public String spiVersion() {
                    return "1.1";
                }

                @Override
                public it.esibe.core.decision.CriterionResult evaluate(it.esibe.core.spi.CriterionContext context) {
                    throw new AssertionError("never run");
                }
            };
            Ruleset withIt = Rulesets.interim().derive("future-2030").series("future")
                    .effectiveFrom(java.time.LocalDate.of(2030, 1, 1)).add(future).build();
            // Through a provider: named with the provider's origin and the criterion's class.
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(rulesets("future-rules", withIt)).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("future-rules")
                    .hasMessageContaining("criterion EX-FUTURE").hasMessageContaining("version 1.1")
                    .hasMessageContaining("upgrade ESIBE");
            // Pinned directly, never through a registry: checked when the evaluator is built.
            assertThatThrownBy(() -> Esibe.evaluator().ruleset(withIt).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("criterion EX-FUTURE");
        }

        @Test
        void everyKindOfProviderIsChecked() {
            MessageProvider messages = new MessageProvider() {
                @Override
                public String name() {
                    return "old-messages";
                }

                @Override
                public String spiVersion() {
                    return "0.9";
                }

                @Override
                public Set<Locale> languages() {
                    return Set.of(Locale.GERMAN);
                }

                @Override
                public Optional<String> pattern(MessageLookup lookup) {
                    return Optional.empty();
                }
            };
            EvidenceSource evidence = new EvidenceSource() {
                @Override
                public String name() {
                    return "old-evidence";
                }

                @Override
                public String spiVersion() {
                    return "0.9";
                }
            };
            TaxonomyProvider tax = new TaxonomyProvider() {
                @Override
                public String name() {
                    return "old-taxonomy";
                }

                @Override
                public String spiVersion() {
                    return "0.9";
                }

                @Override
                public String namespace() {
                    return "OLD";
                }

                @Override
                public List<TaxonomyEntry> entries(it.esibe.core.spi.TaxonomyProviderContext context) {
                    return List.of();
                }
            };
            assertThatThrownBy(() -> Esibe.builder().messageProvider(messages))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("old-messages");
            assertThatThrownBy(() -> Esibe.builder().evidenceSource(evidence))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("old-evidence");
            assertThatThrownBy(() -> Esibe.builder().taxonomyProvider(tax))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("old-taxonomy");
        }

        @Test
        void aProviderThatCannotSayItsVersionIsRejectedNamingIt() {
            RulesetProvider throwing = new RulesetProvider() {
                @Override
                public String name() {
                    return "no-version";
                }

                @Override
                public String spiVersion() {
                    throw new UnsupportedOperationException("not implemented");
                }

                @Override
                public List<Ruleset> rulesets(it.esibe.core.spi.RulesetProviderContext context) {
                    return List.of();
                }
            };
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(throwing))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("no-version")
                    .hasRootCauseInstanceOf(UnsupportedOperationException.class);
            RulesetProvider nameless = new RulesetProvider() {
                @Override
                public String name() {
                    throw new IllegalStateException("no name configured");
                }

                @Override
                public String spiVersion() {
                    return EsibeSpi.VERSION;
                }

                @Override
                public List<Ruleset> rulesets(it.esibe.core.spi.RulesetProviderContext context) {
                    return List.of();
                }
            };
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(nameless))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining(nameless.getClass().getName())
                    .hasMessageContaining("no name configured");
        }
    }

    @Nested
    class RulesetContributions {

        @Test
        void aRepeatedRulesetIdNamesBothOrigins() {
            RulesetProvider copycat = rulesets("copycat", INTERIM.derive("esibe-2024-interim").build());
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(copycat).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("esibe-2024-interim")
                    .hasMessageContaining("copycat (registered").hasMessageContaining("esibe (built-in)");
            RulesetProvider first = rulesets("lombardia", regional("lom-2026"));
            RulesetProvider second = rulesets("lombardia-bis", regional("lom-2026"));
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(first).rulesetProvider(second).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("lom-2026")
                    .hasMessageContaining("lombardia (registered").hasMessageContaining("lombardia-bis (registered");
        }

        @Test
        void twoRulesetsOfOneSeriesMayNotTakeEffectOnTheSameDay() {
            // Forgetting effectiveFrom: the successor would start with the interim, on 2024-10-01.
            Ruleset sameDay = INTERIM.derive("esibe-2026-final").series(Rulesets.NATIONAL_SERIES).build();
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(rulesets("final-report", sameDay)).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("esibe-2026-final")
                    .hasMessageContaining("esibe-2024-interim").hasMessageContaining("2024-10-01")
                    .hasMessageContaining("final-report (registered").hasMessageContaining("esibe (built-in)");
            // Same day in different series is fine.
            assertThat(ids(Esibe.builder().rulesetProvider(rulesets("two", regional("a-2026"), regional("b-2026")))
                    .build())).containsExactly("a-2026", "b-2026", "esibe-2024-interim");
        }

        @Test
        void aProviderSeesTheRulesetsBeforeItAndTheTaxonomy() {
            List<String> seenBySecond = new ArrayList<>();
            RulesetProvider first = rulesets("first", regional("lom-2026"));
            RulesetProvider second = rulesets("second", context -> {
                context.rulesets().forEach(r -> seenBySecond.add(r.id()));
                assertThat(context.taxonomy().find("LOM-RARE")).isPresent();
                return List.of(context.ruleset("lom-2026").derive("lom-2027").effectiveFrom(LocalDate.of(2027, 1, 1))
                        .build());
            });
            EsibeRegistry registry = Esibe.builder().rulesetProvider(first).rulesetProvider(second)
                    .taxonomyProvider(taxonomy("lombardia", "LOM", entry("LOM-RARE", TaxonomyFamily.PATHOLOGY))).build();
            assertThat(seenBySecond).containsExactly("esibe-2024-interim", "lom-2026");
            assertThat(registry.ruleset("lom-2027")).isPresent();
            RulesetProvider tooEarly = rulesets("too-early", c -> List.of(c.ruleset("lom-2026").derive("x").build()));
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(tooEarly).rulesetProvider(first).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("too-early")
                    .hasMessageContaining("lom-2026").hasMessageContaining("esibe-2024-interim");
        }

        @Test
        void aProviderThatThrowsOrAnswersNullIsAConfigurationErrorNamingIt() {
            RulesetProvider throwing = rulesets("explodes", c -> {
                throw new IllegalStateException("boom");
            });
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(throwing).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("explodes").hasMessageContaining("boom")
                    .hasCauseInstanceOf(IllegalStateException.class);
            RulesetProvider nulls = rulesets("answers-null", c -> null);
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(nulls).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("answers-null")
                    .hasMessageContaining("null");
            RulesetProvider badReform = rulesets("bad-reform", c -> List.of(c.ruleset("esibe-2024-interim")
                    .derive("x").parameter("no.such.parameter", "1").build()));
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(badReform).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("bad-reform")
                    .hasMessageContaining("no.such.parameter");
        }

        @Test
        void listingsAreOrderedBySeriesDateAndIdWhateverTheRegistrationOrder() {
            RulesetProvider a = rulesets("a", regional("lom-2026"),
                    INTERIM.derive("lom-2025").series("lom-2026").effectiveFrom(LocalDate.of(2025, 1, 1)).build());
            RulesetProvider b = rulesets("b", INTERIM.derive("esibe-2026-final").series("esibe")
                    .effectiveFrom(LocalDate.of(2026, 6, 1)).build(), regional("abr-2026"));
            List<String> one = ids(Esibe.builder().rulesetProvider(a).rulesetProvider(b).build());
            List<String> other = ids(Esibe.builder().rulesetProvider(b).rulesetProvider(a).build());
            assertThat(one).isEqualTo(other)
                    .containsExactly("abr-2026", "esibe-2024-interim", "esibe-2026-final", "lom-2025", "lom-2026");
            EsibeRegistry registry = Esibe.builder().rulesetProvider(b).rulesetProvider(a).build();
            assertThat(registry.rulesets()).extracting(r -> r.origin().provider())
                    .containsExactly("b", "esibe", "b", "a", "a");
            assertThat(registry.providers()).extracting(Origin::provider).containsExactly("b", "a");
        }
    }

    @Nested
    class TaxonomyContributions {

        @Test
        void theNationalPrefixesAreNotNamespaces() {
            for (String national : List.of("PAT", "IND", "TEC")) {
                TaxonomyProvider p = taxonomy("squatter", national, entry(national + "-NEW", TaxonomyFamily.PATHOLOGY));
                assertThatThrownBy(() -> Esibe.builder().taxonomyProvider(p).build())
                        .isInstanceOf(ConfigurationException.class).hasMessageContaining("squatter")
                        .hasMessageContaining(national).hasMessageContaining("national");
            }
        }

        @Test
        void aMalformedNamespaceIsRejected() {
            for (String bad : List.of("lom", "LOM-A", "", "1LOM", "LÖM", "LOM ")) {
                TaxonomyProvider p = taxonomy("malformed", bad);
                assertThatThrownBy(() -> Esibe.builder().taxonomyProvider(p).build()).as("namespace '%s'", bad)
                        .isInstanceOf(ConfigurationException.class).hasMessageContaining("malformed")
                        .hasMessageContaining("upper-case");
            }
        }

        @Test
        void aTakenNamespaceNamesBothProviders() {
            TaxonomyProvider one = taxonomy("lombardia", "LOM", entry("LOM-RARE", TaxonomyFamily.PATHOLOGY));
            TaxonomyProvider two = taxonomy("lomellina", "LOM", entry("LOM-RICE", TaxonomyFamily.INDUSTRIAL_PRIORITY));
            assertThatThrownBy(() -> Esibe.builder().taxonomyProvider(one).taxonomyProvider(two).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("LOM")
                    .hasMessageContaining("lombardia (registered").hasMessageContaining("lomellina (registered");
        }

        @Test
        void everyCodeMustLieInsideTheNamespaceAndNoCodeRepeats() {
            for (String outside : List.of("TEC-ORGANOID", "LOMB-RARE", "PAT-ONCO", "LO-RARE")) {
                TaxonomyProvider p = taxonomy("outside", "LOM", entry(outside, TaxonomyFamily.PATHOLOGY));
                assertThatThrownBy(() -> Esibe.builder().taxonomyProvider(p).build()).as(outside)
                        .isInstanceOf(ConfigurationException.class).hasMessageContaining("outside")
                        .hasMessageContaining(outside).hasMessageContaining("LOM-");
            }
            TaxonomyProvider twice = taxonomy("twice", "LOM", entry("LOM-RARE", TaxonomyFamily.PATHOLOGY),
                    entry("LOM-RARE", TaxonomyFamily.INDUSTRIAL_PRIORITY));
            assertThatThrownBy(() -> Esibe.builder().taxonomyProvider(twice).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("twice")
                    .hasMessageContaining("LOM-RARE");
        }

        @Test
        void aTaxonomyProviderThatThrowsOrAnswersNullIsAConfigurationErrorNamingIt() {
            TaxonomyProvider noNamespace = taxonomy("no-namespace", () -> {
                throw new IllegalStateException("unset");
            }, c -> List.of());
            TaxonomyProvider noEntries = taxonomy("no-entries", () -> "LOM", c -> {
                throw new IllegalStateException("file missing");
            });
            TaxonomyProvider nullEntries = taxonomy("null-entries", () -> "LOM", c -> null);
            TaxonomyProvider nullNamespace = taxonomy("null-namespace", () -> null, c -> List.of());
            for (TaxonomyProvider p : List.of(noNamespace, noEntries, nullEntries, nullNamespace)) {
                assertThatThrownBy(() -> Esibe.builder().taxonomyProvider(p).build()).as(p.name())
                        .isInstanceOf(ConfigurationException.class).hasMessageContaining(p.name());
            }
        }

        @Test
        void entriesFollowTheNationalOnesInRegistrationOrderWithTheirOrigins() {
            EsibeRegistry registry = Esibe.builder()
                    .taxonomyProvider(taxonomy("lombardia", "LOM", entry("LOM-RARE", TaxonomyFamily.PATHOLOGY)))
                    .taxonomyProvider(taxonomy("abruzzo", "ABR", entry("ABR-SAFFRON", TaxonomyFamily.INDUSTRIAL_PRIORITY)))
                    .build();
            List<String> codes = registry.taxonomy().entries().stream().map(TaxonomyEntry::code).toList();
            List<String> national = Esibe.taxonomy().entries().stream().map(TaxonomyEntry::code).toList();
            assertThat(codes.subList(0, national.size())).isEqualTo(national);
            assertThat(codes.subList(national.size(), codes.size())).containsExactly("LOM-RARE", "ABR-SAFFRON");
            assertThat(registry.taxonomyOrigin("PAT-ONCO")).contains(Origin.BUILT_IN);
            assertThat(registry.taxonomyOrigin("LOM-RARE")).get().extracting(Origin::provider, Origin::kind)
                    .containsExactly("lombardia", Origin.Kind.REGISTERED);
            assertThat(registry.taxonomyOrigin("LOM-NOPE")).isEmpty();
            assertThat(Esibe.defaults().taxonomy().entries()).isEqualTo(Esibe.taxonomy().entries());
        }
    }

    @Nested
    class ProviderEntriesInEvaluation {

        /** A regional ruleset accepting the LOM namespace, beside the national one, which does not. */
        final EsibeRegistry registry = Esibe.builder().taxonomyProvider(taxonomy("lombardia", "LOM",
                entry("LOM-RARE", TaxonomyFamily.PATHOLOGY),
                entry("LOM-RICE", TaxonomyFamily.INDUSTRIAL_PRIORITY),
                entry("LOM-ORGANOID", TaxonomyFamily.MEDICAL_TECHNOLOGY),
                entry("LOM-BIOFOUNDRY", TaxonomyFamily.INDUSTRIAL_TECHNOLOGY)))
                .rulesetProvider(rulesets("lombardia", Rulesets.interim().derive("lom-test").acceptNamespace("LOM")
                        .build()))
                .build();

        Decision decide(Track track, String technology, String priority) {
            Apps app = Apps.example().track(track).programs(new Program("P", technology, List.of(priority)));
            return registry.evaluator().ruleset("lom-test").build().evaluate(app.build());
        }

        @Test
        void aProvidersCodeCountsOnlyUnderTheRulesetsAcceptingItsNamespace() {
            Apps app = Apps.example().programs(new Program("P", "TEC-GENE-CELL", List.of("LOM-RARE")));
            Decision national = registry.evaluator().build().evaluate(app.build());
            assertThat(national.ruleset()).isEqualTo("esibe-2024-interim");
            assertThat(national.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(national.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("programs[0].priorities[0]");
                assertThat(v.message()).doesNotContain("LOM-RICE");
            });
            assertThat(registry.taxonomyFor(Rulesets.interim()).find("LOM-RARE")).isEmpty();
            assertThat(registry.taxonomyFor(registry.ruleset("lom-test").orElseThrow()).find("LOM-RARE")).isPresent();
            assertThat(decide(Track.PRECISION_MEDICINE, "TEC-GENE-CELL", "LOM-RARE").outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void aRulesetAcceptingANamespaceNoProviderContributesIsAConfigurationError() {
            Ruleset orphan = Rulesets.interim().derive("orphan").acceptNamespace("XYZ").build();
            assertThatThrownBy(() -> Esibe.builder().rulesetProvider(rulesets("p", orphan)).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("XYZ").hasMessageContaining("orphan");
            assertThatThrownBy(() -> Esibe.evaluator().ruleset(orphan).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("XYZ");
        }

        Verdict trackAlign(Decision d) {
            assertThat(d.violations()).isEmpty();
            return d.criterion(CriterionIds.TRACK_ALIGN).orElseThrow().result();
        }

        @Test
        void aProvidersPriorityIsValidAndAlignsAsANationalOneWould() {
            assertThat(trackAlign(decide(Track.PRECISION_MEDICINE, "TEC-GENE-CELL", "LOM-RARE"))).isEqualTo(Verdict.PASS);
            // One Health: the priority may come from either list (ESIBE-RULES-v1, ESIBE-TRACK-ALIGN).
            assertThat(trackAlign(decide(Track.PRECISION_MEDICINE, "TEC-GENE-CELL", "LOM-RICE"))).isEqualTo(Verdict.PASS);
            assertThat(decide(Track.PRECISION_MEDICINE, "TEC-GENE-CELL", "LOM-RARE").outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void aProvidersTechnologyAlignsOnlyWithTheTrackOfItsFamily() {
            assertThat(trackAlign(decide(Track.PRECISION_MEDICINE, "LOM-ORGANOID", "PAT-ONCO"))).isEqualTo(Verdict.PASS);
            assertThat(trackAlign(decide(Track.PRECISION_MEDICINE, "LOM-BIOFOUNDRY", "PAT-ONCO"))).isEqualTo(Verdict.FAIL);
            assertThat(trackAlign(decide(Track.INDUSTRIAL_ENVIRONMENTAL, "LOM-BIOFOUNDRY", "IND-GHG")))
                    .isEqualTo(Verdict.PASS);
            assertThat(trackAlign(decide(Track.INDUSTRIAL_ENVIRONMENTAL, "LOM-ORGANOID", "IND-GHG")))
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void aProvidersCodeInTheWrongPlaceOrUnknownToTheRegistryIsAViolation() {
            assertThat(decide(Track.PRECISION_MEDICINE, "LOM-RARE", "PAT-ONCO").violations())
                    .extracting(Violation::path).containsExactly("programs[0].technology");
            assertThat(decide(Track.PRECISION_MEDICINE, "TEC-GENE-CELL", "LOM-ORGANOID").violations())
                    .extracting(Violation::path).containsExactly("programs[0].priorities[0]");
            Decision national = Esibe.evaluator().build().evaluate(Apps.example()
                    .programs(new Program("P", "TEC-GENE-CELL", List.of("LOM-RARE"))).build());
            assertThat(national.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(national.violations()).extracting(Violation::path).containsExactly("programs[0].priorities[0]");
            // The violation lists the registry's codes, the provider's among them.
            assertThat(decide(Track.PRECISION_MEDICINE, "TEC-GENE-CELL", "LOM-ORGANOID").violations().get(0).message())
                    .contains("LOM-RARE").contains("LOM-RICE").contains("PAT-ONCO");
        }
    }

    @Nested
    class Discovery {

        @Test
        void withoutOptingInNothingIsDiscovered() {
            EsibeRegistry registry = Esibe.builder().build();
            assertThat(registry.providers()).isEmpty();
            assertThat(ids(registry)).containsExactly("esibe-2024-interim");
            assertThat(registry.taxonomy().find("DSC-ALGAE")).isEmpty();
            assertThat(Esibe.defaults().providers()).isEmpty();
            assertThat(ids(Esibe.defaults())).containsExactly("esibe-2024-interim");
        }

        @Test
        void discoveredProvidersComeAfterExplicitOnesInClassNameOrder() {
            EsibeRegistry registry = Esibe.builder().rulesetProvider(rulesets("explicit", regional("zz-explicit")))
                    .discoverProviders().build();
            assertThat(registry.providers()).extracting(Origin::provider, Origin::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("explicit", Origin.Kind.REGISTERED),
                    // Listed Beta then Alpha in META-INF/services; registered by class name.
                    org.assertj.core.groups.Tuple.tuple("alpha", Origin.Kind.DISCOVERED),
                    org.assertj.core.groups.Tuple.tuple("beta", Origin.Kind.DISCOVERED),
                    org.assertj.core.groups.Tuple.tuple("discovered-taxonomy", Origin.Kind.DISCOVERED));
            assertThat(registry.providers()).allSatisfy(o -> assertThat(o.location()).isNotBlank().doesNotContain("/"));
            assertThat(registry.providers().get(1).location()).isEqualTo(codeSourceName(AlphaRulesets.class));
            Registered<Ruleset> alpha = registry.rulesets().stream().filter(r -> r.value().id().equals("test-alpha-2026"))
                    .findFirst().orElseThrow();
            assertThat(alpha.origin().kind()).isEqualTo(Origin.Kind.DISCOVERED);
            assertThat(alpha.origin().toString()).startsWith("alpha (discovered, ");
            assertThat(registry.ruleset("test-beta-2026")).isPresent();
            assertThat(registry.taxonomyOrigin("DSC-ALGAE")).get().extracting(Origin::provider)
                    .isEqualTo("discovered-taxonomy");
            // The explicit provider's ruleset was built before the discovered ones could see it, and vice versa.
            assertThat(ids(registry)).containsExactly("esibe-2024-interim", "test-alpha-2026", "test-beta-2026",
                    "zz-explicit");
        }

        @Test
        void aClassRegisteredExplicitlyIsNotAddedAgainByDiscovery() {
            // Without the rule, AlphaRulesets' ruleset would arrive twice and clash with itself.
            EsibeRegistry registry = Esibe.builder().rulesetProvider(new AlphaRulesets()).discoverProviders().build();
            assertThat(registry.providers()).extracting(Origin::provider, Origin::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("alpha", Origin.Kind.REGISTERED),
                    org.assertj.core.groups.Tuple.tuple("beta", Origin.Kind.DISCOVERED),
                    org.assertj.core.groups.Tuple.tuple("discovered-taxonomy", Origin.Kind.DISCOVERED));
            assertThat(ids(registry)).containsOnlyOnce("test-alpha-2026");
        }

        @Test
        void parameterNamesCannotForgeTheHashedLines() {
            assertThatThrownBy(() -> ParameterKey.number("a=1\nb", "test"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("is not allowed");
            assertThatThrownBy(() -> ParameterKey.flag("", "test"))
                    .isInstanceOf(ConfigurationException.class);
        }

        @Test
        void discoveryIsDeterministic() {
            EsibeRegistry one = Esibe.builder().discoverProviders().build();
            EsibeRegistry two = Esibe.builder().discoverProviders(RegistryTest.class.getClassLoader()).build();
            assertThat(one.providers()).isEqualTo(two.providers());
            assertThat(one.rulesets()).isEqualTo(two.rulesets());
            assertThat(one.taxonomy().entries()).isEqualTo(two.taxonomy().entries());
        }

        @Test
        void aDiscoveredProviderThatCannotBeCreatedIsAConfigurationErrorNamingIt(@TempDir Path dir) throws IOException {
            try (URLClassLoader loader = listing(dir, BrokenRulesets.class)) {
                assertThatThrownBy(() -> Esibe.builder().discoverProviders(loader).build())
                        .isInstanceOf(ConfigurationException.class).hasMessageContaining(BrokenRulesets.class.getName())
                        .hasMessageContaining("RulesetProvider");
            }
        }

        @Test
        void aDiscoveredProviderOfAnotherSpiVersionIsRejectedNamingIt(@TempDir Path dir) throws IOException {
            try (URLClassLoader loader = listing(dir, OldSpiRulesets.class)) {
                assertThatThrownBy(() -> Esibe.builder().discoverProviders(loader).build())
                        .isInstanceOf(ConfigurationException.class).hasMessageContaining("old-spi")
                        .hasMessageContaining(OldSpiRulesets.class.getName());
            }
        }

        @Test
        void theTestServiceFilesListTheDiscoveredProviders() {
            // Guards the fixtures: without these classes the discovery tests above would prove nothing.
            assertThat(List.of(AlphaRulesets.class, BetaRulesets.class, DiscoveredTaxonomy.class))
                    .allSatisfy(c -> assertThat(c.getName()).startsWith("it.esibe.rules.discovered."));
            assertThat(RegistryTest.class.getResource("/META-INF/services/" + RulesetProvider.class.getName())).isNotNull();
            assertThat(RegistryTest.class.getResource("/META-INF/services/" + TaxonomyProvider.class.getName())).isNotNull();
        }

        /** A class loader that adds a services file listing {@code provider} to what the test's loader sees. */
        private URLClassLoader listing(Path dir, Class<? extends RulesetProvider> provider) throws IOException {
            Path services = dir.resolve("META-INF/services");
            Files.createDirectories(services);
            Files.writeString(services.resolve(RulesetProvider.class.getName()), provider.getName() + "\n");
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, RegistryTest.class.getClassLoader());
        }

        private static String codeSourceName(Class<?> type) {
            String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
            path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }
}
