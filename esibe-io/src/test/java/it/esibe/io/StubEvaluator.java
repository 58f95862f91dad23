package it.esibe.io;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the rules (esibe-io must not depend on esibe-rules): INVALID exactly when the
 * reader found violations, ELIGIBLE with one passing criterion otherwise. Counts its calls.
 */
final class StubEvaluator implements ApplicationEvaluator {

    static final String RULESET = "stub-ruleset";

    final AtomicInteger evaluated = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();

    @Override
    public String rulesetId() {
        return RULESET;
    }

    @Override
    public Decision evaluate(Application application, List<Violation> readViolations) {
        evaluated.incrementAndGet();
        if (!readViolations.isEmpty()) {
            return Decision.invalid(application.applicationId(), RULESET, application.submittedOn(), null,
                    readViolations);
        }
        return new Decision(application.applicationId(), Outcome.ELIGIBLE, RULESET, null, null, application.submittedOn(), 2024,
                List.of(new CriterionResult("STUB-OK", Verdict.PASS, new LocalizedText("ok", "ok"), "none", null)),
                List.of(), null, null);
    }

    @Override
    public Decision reject(@Nullable String applicationId, List<Violation> violations) {
        rejected.incrementAndGet();
        return Decision.invalid(applicationId, RULESET, null, null, violations);
    }
}
