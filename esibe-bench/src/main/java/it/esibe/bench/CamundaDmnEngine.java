package it.esibe.bench;

import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The seven criteria as FEEL decision tables of a DMN 1.3 model ({@code esibe-rules.dmn}), run by
 * the Camunda DMN engine: one table per criterion (hit policy FIRST) and an outcome table that
 * requires the seven and passes their verdicts through, so one evaluation of the decision
 * requirements graph decides an application.
 */
public final class CamundaDmnEngine implements RuleEngine {

    /** The criteria's ids by the name of their decision's output. */
    private static final Map<String, String> CRITERIA = Map.of("trackAlign", "ESIBE-TRACK-ALIGN", "stage",
            "ESIBE-STAGE", "rdMin", "ESIBE-RD-MIN", "patent", "ESIBE-PATENT", "seat", "ESIBE-SEAT", "rdItaly",
            "ESIBE-RD-ITALY", "sme", "ESIBE-SME");

    private final DmnEngine engine;
    private final DmnDecision outcome;

    /** Parses the model once. */
    public CamundaDmnEngine() {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = CamundaDmnEngine.class.getResourceAsStream("esibe-rules.dmn")) {
            if (in == null) {
                throw new IllegalStateException("missing esibe-rules.dmn");
            }
            List<DmnDecision> decisions = engine.parseDecisions(in);
            outcome = decisions.stream().filter(d -> d.getKey().equals("outcome")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "Camunda DMN";
    }

    /** Evaluates the decision graph on variables made by {@link Facts#variables()}. */
    public EngineResult decide(Map<String, Object> variables) {
        DmnDecisionResultEntries result = engine.evaluateDecision(outcome, variables).getSingleResult();
        Map<String, Verdict> verdicts = new HashMap<>();
        CRITERIA.forEach((output, id) -> verdicts.put(id, Verdict.valueOf(result.<String>getEntry(output))));
        return new EngineResult(verdicts, Outcome.valueOf(result.<String>getEntry("outcome")));
    }

    @Override
    public EngineResult decide(Facts facts) {
        return decide(facts.variables());
    }
}
