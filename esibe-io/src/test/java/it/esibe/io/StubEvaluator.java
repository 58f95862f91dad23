package it.esibe.io;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the rules where deciding is tested (esibe-io must not depend on esibe-rules):
 * INVALID exactly when the reader found violations, ELIGIBLE with one passing criterion otherwise;
 * like the real evaluator, the decision carries the record's hash and position and its located
 * violations, in its language (English unless told). Counts its calls.
 */
final class StubEvaluator implements ApplicationEvaluator {

    static final String RULESET = "stub-ruleset";

    final AtomicInteger evaluated = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    private final Locale language;

    /** An evaluator speaking English. */
    StubEvaluator() {
        this(Locale.ENGLISH);
    }

    /** An evaluator speaking {@code language}: the reader's violations and their locations are rendered in it. */
    StubEvaluator(Locale language) {
        this.language = language;
    }

    @Override
    public Locale language() {
        return language;
    }

    @Override
    public String rulesetId() {
        return RULESET;
    }

    @Override
    public Decision evaluate(ApplicationRecord record) {
        Decision.Builder d = Decision.builder().ruleset(RULESET).applicationId(record.applicationId())
                .inputSha256(record.inputSha256()).position(record.position());
        Application application = record.application();
        if (application == null) {
            rejected.incrementAndGet();
            return d.violations(located(record)).build();
        }
        evaluated.incrementAndGet();
        d.referenceDate(application.submittedOn());
        if (!record.violations().isEmpty()) {
            return d.violations(located(record)).build();
        }
        return d.referenceYear(2024).criteria(List.of(CriterionResult.builder().id("STUB-OK").result(Verdict.PASS)
                .message(new LocalizedText("ok", "ok")).citation("none").build())).build();
    }

    /** An INVALID decision listing {@code violations}, as the rules give a record that is no application. */
    Decision reject(String applicationId, List<Violation> violations) {
        return evaluate(ApplicationRecord.builder().applicationId(applicationId).violations(violations).build());
    }

    private List<Violation> located(ApplicationRecord record) {
        MessageCatalog catalog = messages();
        return record.violations().stream().map(v -> record.located(v.in(catalog, language), catalog, language))
                .toList();
    }
}
