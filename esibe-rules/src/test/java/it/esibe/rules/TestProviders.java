package it.esibe.rules;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.RulesetProviderContext;
import it.esibe.core.spi.TaxonomyProvider;
import it.esibe.core.spi.TaxonomyProviderContext;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Providers for tests, registered explicitly: each states a name and, unless told, this SPI version. */
final class TestProviders {

    private TestProviders() {
    }

    /** A provider of {@code rulesets}, built for this SPI version. */
    static RulesetProvider rulesets(String name, Ruleset... rulesets) {
        return rulesets(name, EsibeSpi.VERSION, context -> List.of(rulesets));
    }

    /** A provider whose rulesets {@code body} makes from the context. */
    static RulesetProvider rulesets(String name, Function<RulesetProviderContext, List<Ruleset>> body) {
        return rulesets(name, EsibeSpi.VERSION, body);
    }

    /** A provider that states SPI version {@code spi}. */
    static RulesetProvider rulesets(String name, String spi, Function<RulesetProviderContext, List<Ruleset>> body) {
        return new RulesetProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String spiVersion() {
                return spi;
            }

            @Override
            public List<Ruleset> rulesets(RulesetProviderContext context) {
                return body.apply(context);
            }
        };
    }

    /** A taxonomy provider of {@code entries} under {@code namespace}. */
    static TaxonomyProvider taxonomy(String name, String namespace, TaxonomyEntry... entries) {
        return taxonomy(name, () -> namespace, context -> List.of(entries));
    }

    /** A taxonomy provider whose namespace and entries come from the given functions. */
    static TaxonomyProvider taxonomy(String name, Supplier<String> namespace,
            Function<TaxonomyProviderContext, List<TaxonomyEntry>> entries) {
        return new TaxonomyProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public String namespace() {
                return namespace.get();
            }

            @Override
            public List<TaxonomyEntry> entries(TaxonomyProviderContext context) {
                return entries.apply(context);
            }
        };
    }

    /** An entry of {@code family} labelled with its code. */
    static TaxonomyEntry entry(String code, TaxonomyFamily family) {
        return new TaxonomyEntry(code, family, new LocalizedText(code + " (it)", code + " (en)"), "Test, §1", List.of());
    }
}
