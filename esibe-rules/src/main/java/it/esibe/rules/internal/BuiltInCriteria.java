package it.esibe.rules.internal;

import it.esibe.core.spi.Criterion;
import it.esibe.core.taxonomy.Taxonomy;
import java.util.List;

/** The seven criteria of ESIBE-RULES-v1 in the spec's order. */
public final class BuiltInCriteria {

    private BuiltInCriteria() {
    }

    /** The criteria of {@code esibe-2024-interim}, judging codes against {@code taxonomy}. */
    public static List<Criterion> interim(Taxonomy taxonomy) {
        return List.of(new TrackAlignCriterion(taxonomy), new StageCriterion(), new RdMinCriterion(),
                new PatentCriterion(), new SeatCriterion(), new RdItalyCriterion(), new SmeCriterion());
    }
}
