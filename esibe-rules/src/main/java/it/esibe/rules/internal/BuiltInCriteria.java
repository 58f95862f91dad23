package it.esibe.rules.internal;

import it.esibe.core.spi.Criterion;
import java.util.List;
import org.apiguardian.api.API;

/** The seven criteria of ESIBE-RULES-v1 in the spec's order. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class BuiltInCriteria {

    private BuiltInCriteria() {
    }

    /** The criteria of {@code esibe-2024-interim}; codes are judged against the context's taxonomy. */
    public static List<Criterion> interim() {
        return List.of(new TrackAlignCriterion(), new StageCriterion(), new RdMinCriterion(),
                new PatentCriterion(), new SeatCriterion(), new RdItalyCriterion(), new SmeCriterion());
    }
}
