package it.esibe.examples.extending;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import it.esibe.core.spi.CompanyEvidence;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.EvidenceCache;
import java.time.Duration;
import java.util.Map;

/**
 * Registration: the extension points of this package wired into one registry, the main path
 * (explicit registration) with discovery opted into.
 */
public final class ExtensionsExample {

    private ExtensionsExample() {
    }

    /**
     * The registry of the guide: the pilot rulesets, the example taxonomy, the words of the example
     * criterion and the example register.
     *
     * @param register the companies the example register knows, by VAT number
     * @return the registry
     */
    public static EsibeRegistry registry(Map<String, CompanyEvidence> register) {
        // tag::registration[]
        EsibeRegistry esibe = Esibe.builder()
                .rulesetProvider(new ExampleRulesets.PilotRulesets())
                .taxonomyProvider(new ExampleTaxonomy())
                .messageProvider(new ExampleMessages())      // the words of EX-ACTIVE
                .evidenceSource(EvidenceCache.builder(new ExampleCompanyRegister(register))
                        .maximumSize(10_000).expireAfterWrite(Duration.ofHours(12)).build())
                .evidenceTimeout(Duration.ofSeconds(2))   // a slower answer makes the criterion UNKNOWN
                .build();
        // end::registration[]
        return esibe;
    }

    /**
     * Decides {@code application} under the pilot ruleset.
     *
     * @param esibe the registry of {@link #registry(Map)}
     * @param application the application
     * @return the decision
     */
    public static Decision decideUnderPilot(EsibeRegistry esibe, Application application) {
        // tag::evaluate[]
        ApplicationEvaluator pilot = esibe.evaluator().ruleset("pilot-2026").build();
        Decision decision = pilot.evaluate(application);
        // end::evaluate[]
        return decision;
    }

    /** Lists the rulesets of the example registry with their origins. */
    public static void main(String[] args) {
        EsibeRegistry esibe = registry(Map.of());
        // tag::listing[]
        esibe.rulesets().forEach(r -> System.out.println(r.value().id() + " v" + r.value().version()
                + ", series " + r.value().series() + ", from " + r.value().effectiveFrom() + ", " + r.origin()));
        // end::listing[]
    }
}
