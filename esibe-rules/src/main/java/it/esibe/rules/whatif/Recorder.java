package it.esibe.rules.whatif;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The evaluator a reader is handed by a what-if run: it decides each record under the run's first
 * ruleset, as the reader expects, and keeps what the run worked out for the record until the
 * reader hands the decision on ({@link #complete}), with the position and input hash the reader
 * stamped on it. A reader that decides each record with one call and then passes the decision on
 * (esibe-io's {@code ApplicationFiles}) pairs every record correctly.
 *
 * @param <P> what the run works out for one record
 */
abstract class Recorder<P> implements ApplicationEvaluator {

    private final ApplicationEvaluator first;
    private @Nullable P pending;
    private @Nullable Decision pendingDecision;

    Recorder(ApplicationEvaluator first) {
        this.first = first;
    }

    /** What the run works out for one record, and the decision under the first ruleset. */
    record Worked<P>(P value, Decision decision) {
    }

    abstract Worked<P> work(@Nullable Application application, @Nullable String applicationId, List<Violation> violations);

    @Override
    public String rulesetId() {
        return first.rulesetId();
    }

    @Override
    public MessageCatalog messages() {
        return first.messages();
    }

    @Override
    public Locale language() {
        return first.language();
    }

    @Override
    public synchronized Decision evaluate(Application application, List<Violation> readViolations) {
        Objects.requireNonNull(application, "application");
        return hold(work(application, application.applicationId(), List.copyOf(readViolations)));
    }

    @Override
    public synchronized Decision reject(@Nullable String applicationId, List<Violation> violations) {
        return hold(work(null, applicationId, List.copyOf(violations)));
    }

    private Decision hold(Worked<P> worked) {
        if (pending != null) {
            throw new IllegalStateException("the evaluator of a what-if run decided a record before the decision on"
                    + " the previous one (" + Objects.requireNonNull(pendingDecision).applicationId()
                    + ") was passed to accept(decision): pass each decision on as the reader delivers it");
        }
        pending = worked.value();
        pendingDecision = worked.decision();
        return worked.decision();
    }

    /**
     * Takes what was worked out for the record whose decision the reader delivers.
     *
     * @throws IllegalStateException if no record is pending or the decision is another record's
     */
    synchronized P complete(Decision delivered) {
        Objects.requireNonNull(delivered, "delivered");
        P p = pending;
        Decision d = pendingDecision;
        if (p == null || d == null) {
            throw new IllegalStateException("no decision of this run's evaluator is waiting: accept(decision) takes"
                    + " the decisions a reader made with run.evaluator(), once each");
        }
        if (!Objects.equals(d.applicationId(), delivered.applicationId()) || d.outcome() != delivered.outcome()) {
            throw new IllegalStateException("accept(decision) got the decision on " + delivered.applicationId()
                    + ", but the evaluator last decided " + d.applicationId());
        }
        pending = null;
        pendingDecision = null;
        return p;
    }
}
