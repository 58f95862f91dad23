package it.esibe.examples.extending;

import it.esibe.core.ruleset.Reform;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.RulesetProviderContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.Rulesets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reforms and a ruleset provider: a national successor of the interim ruleset with a lower R&amp;D
 * threshold, and a pilot of a chamber of commerce that adds a criterion and waives another.
 */
public final class ExampleRulesets {

    private ExampleRulesets() {
    }

    /** {@return a successor of {@code esibe-2024-interim} in the national series, from 2027} */
    public static Ruleset loweredThreshold() {
        // tag::reform[]
        Ruleset lowered = Rulesets.interim().derive("esibe-2027-example")
                .series(Rulesets.NATIONAL_SERIES)          // succeeds the interim ruleset ...
                .effectiveFrom(LocalDate.of(2027, 1, 1))   // ... for reference dates from 2027
                .version("1")
                // A ParameterKey<BigDecimal>: an Integer or a String would not compile here.
                .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000.00"))
                .build();
        // end::reform[]
        return lowered;
    }

    /**
     * The same reform with its values as a settings file holds them: names and texts.
     *
     * @param settings parameter names and their values as written, such as
     *     {@code rd.min.precisionMedicine=1500000.00}
     * @return a successor of {@code esibe-2024-interim} in the national series, from 2027
     */
    public static Ruleset loweredFromSettings(Map<String, String> settings) {
        // tag::reform-text[]
        Reform reform = Rulesets.interim().derive("esibe-2027-example")
                .series(Rulesets.NATIONAL_SERIES).effectiveFrom(LocalDate.of(2027, 1, 1)).version("1");
        // Each text is checked against its parameter's key: "abc", "1500000.001" or "-5" for an
        // amount is a ConfigurationException saying what the parameter is and what was given.
        settings.forEach(reform::parameter);
        Ruleset lowered = reform.build();
        // end::reform-text[]
        return lowered;
    }

    /**
     * A provider contributing a pilot ruleset derived from the interim one.
     */
    // tag::provider[]
    public static final class PilotRulesets implements RulesetProvider {

        @Override
        public String name() {
            return "pilot";
        }

        @Override
        public String spiVersion() {
            return EsibeSpi.VERSION;   // the version this provider was compiled against
        }

        @Override
        public List<Ruleset> rulesets(RulesetProviderContext context) {
            Ruleset pilot = context.ruleset("esibe-2024-interim").derive("pilot-2026")   // its own series
                    .effectiveFrom(LocalDate.of(2026, 1, 1))
                    .add(new ActiveCompanyCriterion())
                    .neutralise(CriterionIds.SME, "pilot open to large companies too")
                    .acceptNamespace("EX")   // applications may use the EX-* codes of ExampleTaxonomy
                    .build();
            return List.of(pilot);
        }
    }
    // end::provider[]
}
