package it.esibe.rules.discovered;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.RulesetProviderContext;
import java.util.List;

/**
 * A provider whose constructor throws. Not in the shared test META-INF/services (it would break
 * every test that opts in to discovery): RegistryTest lists it through a class loader of its own.
 */
public final class BrokenRulesets implements RulesetProvider {

    /** Fails, as a provider with a missing dependency would. */
    public BrokenRulesets() {
        throw new IllegalStateException("no database configured");
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public List<Ruleset> rulesets(RulesetProviderContext context) {
        return List.of();
    }
}
