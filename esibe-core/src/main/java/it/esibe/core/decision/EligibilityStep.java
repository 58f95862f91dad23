package it.esibe.core.decision;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One blocking criterion of a {@code NOT_ELIGIBLE} or {@code INCOMPLETE} decision and what would
 * make it pass ({@link Decision#pathToEligibility()}).
 *
 * <p>Thread-safety: immutable.
 *
 * @param criterion the criterion's id
 * @param citation the report section it implements
 * @param way what would make it pass
 * @param facts for {@link WayToPass.Kind#PROVIDE_FACTS}, the missing facts to provide; else empty
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EligibilityStep(String criterion, String citation, WayToPass way, List<String> facts) {

    /**
     * Copies the facts.
     *
     * @param criterion the criterion's id
     * @param citation its report section
     * @param way what would make it pass
     * @param facts the facts to provide
     */
    public EligibilityStep {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(way, "way");
        facts = List.copyOf(facts);
    }

    /**
     * The step of a blocking result: its own way or, for a criterion that states none but lists
     * missing facts, those facts to provide with its explanation; {@code null} when it says neither.
     */
    static @Nullable EligibilityStep of(CriterionResult r) {
        WayToPass way = r.wayToPass();
        if (way == null && r.missingFacts().isEmpty()) {
            return null;
        }
        if (way == null) {
            way = WayToPass.provideFacts(r.message());
        }
        return new EligibilityStep(r.id(), r.citation(), way,
                way.kind() == WayToPass.Kind.PROVIDE_FACTS ? r.missingFacts() : List.of());
    }
}
