package it.esibe.rules.internal;

import it.esibe.core.spi.Criterion;
import java.util.List;

/** The seven criteria of ESIBE-RULES-v1 in the spec's order. */
public final class BuiltInCriteria {

    private BuiltInCriteria() {
    }

    /** The criteria of {@code esibe-2024-interim}; codes are judged against the context's taxonomy. */
    public static List<Criterion> interim() {
        return List.of(new TrackAlignCriterion(), new StageCriterion(), new RdMinCriterion(),
                new PatentCriterion(), new SeatCriterion(), new RdItalyCriterion(), new SmeCriterion());
    }
}
