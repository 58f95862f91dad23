package it.esibe.rules.discovered;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.RulesetProviderContext;
import java.time.LocalDate;
import java.util.List;

/**
 * A ruleset provider found by discovery (test META-INF/services, listed after {@link BetaRulesets}
 * so that the registry's class-name order shows). Its ruleset is a series of its own, so it never
 * changes a national decision of any test that opts in to discovery.
 */
public final class AlphaRulesets implements RulesetProvider {

    @Override
    public String name() {
        return "alpha";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public List<Ruleset> rulesets(RulesetProviderContext context) {
        return List.of(context.ruleset("esibe-2024-interim").derive("test-alpha-2026")
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build());
    }
}
