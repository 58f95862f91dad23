package it.esibe.rules.internal;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionDescription;
import it.esibe.core.spi.EsibeSpi;
import org.jspecify.annotations.Nullable;

/** The id, citation and result factories every built-in criterion shares. */
abstract class BaseCriterion implements Criterion {

    private final String id;
    private final String citation;

    BaseCriterion(String id, String citation) {
        this.id = id;
        this.citation = citation;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String citation() {
        return citation;
    }

    @Override
    public final String spiVersion() {
        return EsibeSpi.VERSION;
    }

    /** {@return the description of the rules reference, from {@link Descriptions}} */
    @Override
    public final CriterionDescription description() {
        return Descriptions.of(id);
    }

    /** A pass, to which the criterion adds the facts it read, as a third-party criterion would. */
    final CriterionResult.Builder pass(LocalizedText message) {
        return CriterionResult.builder().id(id).result(Verdict.PASS).message(message).citation(citation);
    }

    final CriterionResult.Builder fail(LocalizedText message, @Nullable Remedy remedy) {
        return CriterionResult.builder().id(id).result(Verdict.FAIL).message(message).citation(citation).remedy(remedy);
    }

    final CriterionResult.Builder unknown(LocalizedText message) {
        return CriterionResult.builder().id(id).result(Verdict.UNKNOWN).message(message).citation(citation);
    }

    @Override
    public String toString() {
        return id + " (" + citation + ")";
    }
}
