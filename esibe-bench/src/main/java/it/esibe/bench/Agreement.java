package it.esibe.bench;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks that an engine decides every application exactly as ESIBE does: the same verdict for each
 * of the seven criteria, and the same outcome. The benchmarks run it before timing anything.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * Throws {@link IllegalStateException} listing the first disagreements unless {@code engine}
     * agrees with {@code evaluator} on every one of {@code applications}, which must all be valid.
     *
     * @return the number of applications checked
     */
    public static int check(ApplicationEvaluator evaluator, Taxonomy taxonomy, RuleEngine engine,
            List<Application> applications) {
        return check(evaluator, engine.name(), a -> engine.decide(Facts.of(a, taxonomy)), applications);
    }

    /**
     * The same check for a decider that reads the application itself, such as {@link PlainCriteria}.
     *
     * @param name the decider's name in the message
     * @return the number of applications checked
     */
    public static int check(ApplicationEvaluator evaluator, String name, Function<Application, EngineResult> decider,
            List<Application> applications) {
        List<String> problems = new ArrayList<>();
        for (Application a : applications) {
            Decision d = evaluator.evaluate(a);
            if (d.outcome() == Outcome.INVALID) {
                throw new IllegalStateException("the benchmark needs valid applications, " + a.applicationId()
                        + " is invalid: " + d.violations());
            }
            EngineResult r = decider.apply(a);
            if (r.outcome() != d.outcome()) {
                problems.add(a.applicationId() + ": outcome " + r.outcome() + ", ESIBE " + d.outcome());
            }
            if (r.verdicts().size() != d.criteria().size()) {
                problems.add(a.applicationId() + ": " + r.verdicts().size() + " verdicts, ESIBE "
                        + d.criteria().size());
            }
            for (CriterionResult c : d.criteria()) {
                Verdict v = r.verdicts().get(c.id());
                if (v != c.result()) {
                    problems.add(a.applicationId() + ": " + c.id() + " " + v + ", ESIBE " + c.result() + " ("
                            + c.message().en() + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " disagrees with ESIBE " + problems.size()
                    + " times, first: " + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
        }
        return applications.size();
    }
}
