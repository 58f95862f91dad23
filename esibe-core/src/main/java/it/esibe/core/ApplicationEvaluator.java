package it.esibe.core;

import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides applications under a ruleset (one pinned, or the one of a series in force at each
 * application's reference date): the contract between the rules (which implement it) and
 * the readers and tools that feed it.
 *
 * <p>Implementations never throw for bad applications: those get an {@code INVALID} decision
 * listing every violation with its JSON path.
 *
 * <p>Thread-safety: implementations are immutable and thread-safe, so one instance may serve every
 * thread of a portal and gives each application the decision a single thread would.
 *
 * @since 0.1.0
 */
public interface ApplicationEvaluator {

    /**
     * {@return the id of the ruleset this evaluator applies, such as {@code esibe-2024-interim}} An
     * evaluator that follows a series of dated rulesets returns the latest of the series; each
     * decision names the ruleset actually applied to it.
     */
    String rulesetId();

    /**
     * {@return the catalog this evaluator words violations with} A reader that adds words of its own
     * to a decision's violations (a CSV file's row and column, say) renders them with it, in
     * {@link #language()}, so that a decision speaks one language. By default ESIBE core's own
     * messages.
     */
    default MessageCatalog messages() {
        return MessageCatalog.builtIn();
    }

    /** {@return the language of this evaluator's violation messages; by default English} */
    default Locale language() {
        return Locale.ENGLISH;
    }

    /**
     * Validates and decides one application.
     *
     * <p>The decision's {@code inputSha256} is {@code null} unless the evaluator computes it: an
     * application built in Java has no input record to hash, and hashing costs time that a bulk
     * screening may not want to spend. Ask for it when the evaluator is built (esibe-rules:
     * {@code EvaluatorBuilder.inputHashes(true)}), or add it yourself with
     * {@code decision.withInputSha256(application.inputSha256())}; {@link Application#inputSha256()}
     * is the hash esibe-io's readers give the JSON its writer makes of the application. Decisions of
     * records read with esibe-io carry the hash of the record as read
     * ({@code ApplicationRead.decide}).
     *
     * @param application the application as read or built; it may be invalid
     * @return the decision: {@code INVALID} with violations, or every criterion's result in order
     */
    default Decision evaluate(Application application) {
        return evaluate(application, List.of());
    }

    /**
     * Decides one application that a reader has already found problems in: the reader's violations
     * (wrong JSON types, unknown properties …) are merged with the format's own checks, and any
     * violation at all makes the decision {@code INVALID}.
     *
     * @param application the application as far as it could be read (unreadable values are {@code null})
     * @param readViolations what the reader found wrong, with JSON paths
     * @return the decision: {@code INVALID} when there is any violation, else every criterion's result
     */
    Decision evaluate(Application application, List<Violation> readViolations);

    /**
     * The {@code INVALID} decision for a record that could not be read as an application at all.
     *
     * @param applicationId the record's id when it could be read
     * @param violations why, never empty
     * @return an {@code INVALID} decision listing {@code violations}
     */
    Decision reject(@Nullable String applicationId, List<Violation> violations);
}
