package it.esibe.core.spi;

import it.esibe.core.decision.CriterionResult;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One admission criterion: a stable id, the report section it implements, and a pure function
 * from the evaluation context to a result.
 *
 * <p>Implementations must be deterministic and must not throw for any valid application: missing
 * evidence is {@code UNKNOWN} with a reason.
 *
 * <p>Explanations are rendered with {@link CriterionContext#text}, through the message providers
 * registered with the evaluator's registry (a criterion ships its own patterns, in as many languages
 * as it likes, in a {@link MessageProvider}): exactly as ESIBE's own criteria do.
 *
 * <p>Thread-safety: implementations must be immutable and thread-safe, since one instance serves
 * every thread that shares an evaluator.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Criterion {

    /** {@return the stable id, part of the public contract, such as {@code ESIBE-RD-MIN}} */
    String id();

    /** {@return the report section implemented, such as {@code Rapporto ad interim, §5.3}} */
    String citation();

    /**
     * {@return the SPI version the criterion was built for, {@code major.minor}: return
     * {@link EsibeSpi#VERSION}} The compiler copies the constant into the criterion's class, so the
     * criterion keeps stating the version it was compiled against; a registry refuses one built for
     * another major version or a newer minor one, naming it.
     */
    String spiVersion();

    /**
     * {@return the message keys the criterion's explanations use, so that an evaluator built without
     * the message provider that knows them fails when it is built, naming the key, rather than in
     * the middle of a run} By default none are declared, and none are checked. Since SPI 1.0.
     */
    default Set<String> messageKeys() {
        return Set.of();
    }

    /**
     * {@return what the criterion says about itself for a rules reference ({@code esibe rules},
     * docs/RULES.md): the report's section and words, the rule, the reading taken where the report
     * is ambiguous, what each result means, the remedies and the parameters read} Its texts are
     * message keys that the criterion's message provider renders, like its explanations. By default
     * {@link CriterionDescription#undescribed()}: the reference then shows the criterion's id and
     * citation only. A default method, so criteria written before it keep compiling and working.
     */
    default CriterionDescription description() {
        return CriterionDescription.undescribed();
    }

    /**
     * Evaluates the criterion on one valid application.
     *
     * @param context the application and the evaluation context
     * @return the result, whose id is {@link #id()}
     */
    CriterionResult evaluate(CriterionContext context);
}
