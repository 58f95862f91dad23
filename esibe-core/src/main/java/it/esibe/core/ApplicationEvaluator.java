package it.esibe.core;

import it.esibe.core.decision.Decision;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import java.util.Locale;
import org.apiguardian.api.API;

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
@API(status = API.Status.STABLE, since = "0.1.0")
public interface ApplicationEvaluator {

    /**
     * {@return the id of the ruleset this evaluator applies, such as {@code esibe-2024-interim}} An
     * evaluator that follows a series of dated rulesets returns the latest of the series; each
     * decision names the ruleset actually applied to it.
     */
    String rulesetId();

    /**
     * {@return the catalog this evaluator words violations with} The locations a record adds to its
     * violations (a CSV file's row and column, say) are rendered with it too, in {@link #language()},
     * so that a decision speaks one language. By default ESIBE core's own messages.
     */
    default MessageCatalog messages() {
        return MessageCatalog.builtIn();
    }

    /** {@return the language of this evaluator's violation messages; by default English} */
    default Locale language() {
        return Locale.ENGLISH;
    }

    /**
     * Validates and decides one application built in Java: {@code evaluate(ApplicationRecord.of(application))}.
     *
     * <p>The decision's {@code inputSha256} is {@code null} unless the evaluator computes it: an
     * application built in Java has no input record to hash, and hashing costs time that a bulk
     * screening may not want to spend. Ask for it when the evaluator is built (esibe-rules:
     * {@code EvaluatorBuilder.inputHashes(true)}), or evaluate a record that carries it:
     * {@code ApplicationRecord.builder().application(a).inputSha256(a.inputSha256()).build()}.
     * {@link Application#inputSha256()} is the hash esibe-io's readers give the JSON its writer makes of the application. Decisions of
     * records read with esibe-io carry the hash of the record as read
     * (the readers' {@link ApplicationRecord}).
     *
     * @param application the application as read or built; it may be invalid
     * @return the decision: {@code INVALID} with violations, or every criterion's result in order
     */
    default Decision evaluate(Application application) {
        return evaluate(ApplicationRecord.of(application));
    }

    /**
     * Decides one record as a reader delivered it, assembling the decision once with everything it
     * carries: the reader's violations are merged with the format's own checks (any violation at all
     * makes the decision {@code INVALID}); a record that is no application at all is {@code INVALID}
     * with the reader's violations; the decision carries the record's {@code inputSha256} and
     * position, and each violation the record's location of it ({@link ApplicationRecord#located}),
     * in this evaluator's {@link #language()}.
     *
     * @param record the record: an application as far as it could be read, or none, with what the
     *     reader found wrong
     * @return the decision: {@code INVALID} when there is any violation, else every criterion's result
     */
    Decision evaluate(ApplicationRecord record);
}
