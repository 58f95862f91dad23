package it.esibe.rules.discovered;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.RulesetProviderContext;
import java.util.List;

/**
 * A provider built for SPI version 0.9. Not in the shared test META-INF/services: RegistryTest lists
 * it through a class loader of its own.
 */
public final class OldSpiRulesets implements RulesetProvider {

    @Override
    public String name() {
        return "old-spi";
    }

    @Override
    public String spiVersion() {
        return "0.9";
    }

    @Override
    public List<Ruleset> rulesets(RulesetProviderContext context) {
        return List.of();
    }
}
