package it.esibe.rules.internal;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.spi.Criterion;
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

    final CriterionResult pass(LocalizedText message) {
        return new CriterionResult(id, Verdict.PASS, message, citation, null);
    }

    final CriterionResult fail(LocalizedText message, @Nullable Remedy remedy) {
        return new CriterionResult(id, Verdict.FAIL, message, citation, remedy);
    }

    final CriterionResult unknown(LocalizedText message) {
        return new CriterionResult(id, Verdict.UNKNOWN, message, citation, null);
    }

    @Override
    public String toString() {
        return id + " (" + citation + ")";
    }
}
