package it.esibe.bench;

import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.internal.io.ResourceFactory;

/**
 * The seven criteria in Drools DRL ({@code esibe-rules.drl}), compiled once; each decision runs in
 * a new stateful session that receives the facts, fires every rule and yields one finding per
 * criterion and the outcome.
 */
public final class DroolsEngine implements RuleEngine {

    private final KieBase kieBase;

    /** One criterion's verdict, inserted by the rules. */
    public record Finding(String criterion, String verdict) {

        /** For Drools' bean accessors. */
        public String getCriterion() {
            return criterion;
        }

        /** For Drools' bean accessors. */
        public String getVerdict() {
            return verdict;
        }
    }

    /** The SME ceiling test of one year ({@code "Y"} or {@code "Y-1"}), inserted only when decided. */
    public record YearStatus(String year, boolean within) {

        /** For Drools' bean accessors. */
        public String getYear() {
            return year;
        }

        /** For Drools' bean accessors. */
        public boolean isWithin() {
            return within;
        }
    }

    /** The application's outcome, inserted by the rules. */
    public record OutcomeFact(String outcome) {
    }

    /** Compiles the DRL; fails on any compilation error. */
    public DroolsEngine() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/it/esibe/bench/drools/esibe-rules.drl",
                ResourceFactory.newClassPathResource("it/esibe/bench/esibe-rules.drl", DroolsEngine.class));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("esibe-rules.drl: " + builder.getResults().getMessages());
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        this.kieBase = container.getKieBase();
    }

    @Override
    public String name() {
        return "Drools";
    }

    @Override
    public EngineResult decide(Facts facts) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(facts);
            session.fireAllRules();
            Map<String, Verdict> verdicts = new HashMap<>();
            Outcome outcome = null;
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) {
                    verdicts.put(f.criterion(), Verdict.valueOf(f.verdict()));
                } else if (o instanceof OutcomeFact of) {
                    outcome = Outcome.valueOf(of.outcome());
                }
            }
            return new EngineResult(verdicts, outcome);
        } finally {
            session.dispose();
        }
    }

}
