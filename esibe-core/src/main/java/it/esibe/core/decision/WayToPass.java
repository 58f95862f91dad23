package it.esibe.core.decision;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What would make a failed or undecided criterion pass, as the criterion itself computed it: new
 * figures (one or more alternative sets of changes), the missing facts to provide, or nothing the
 * figures can change (a seat abroad, a company in commercial phase).
 *
 * <p>A criterion states its way with {@link CriterionResult.Builder#wayToPass(WayToPass)}; a
 * decision gathers the ways of its blocking criteria in {@link Decision#pathToEligibility()}.
 *
 * <p>Thread-safety: immutable.
 *
 * @param kind what kind of way it is
 * @param message what to do, in Italian and English (and further languages), citing the report's
 *     section; like every explanation, with no JSON path in it
 * @param options for {@link Kind#CHANGE_FIGURES}, the alternatives, each enough on its own; else empty
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WayToPass(Kind kind, LocalizedText message, List<Option> options) {

    /** What kind of way a {@link WayToPass} is. */
    public enum Kind {
        /** New values for figures of the application: each {@link Option} alone makes the criterion pass. */
        CHANGE_FIGURES,
        /** The missing facts of the result ({@link CriterionResult#missingFacts()}) decide it, whatever their values. */
        PROVIDE_FACTS,
        /**
         * No figure of the application can make the criterion pass (a seat abroad, a commercial stage),
         * or decide it (a patent that only a register can confirm).
         */
        NOT_BY_FIGURES
    }

    /**
     * One set of changes that makes the criterion pass on its own.
     *
     * @param name what the option is, such as {@code missingAmount} (R&amp;D moved to Italy) or
     *     {@code additionalAmount} (new R&amp;D in Italy): the name of the remedy amount it applies
     * @param changes the facts to have: each path set to its value, a fiscal year the application
     *     lacks named {@code fiscalYears[year=Y]}
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Option(String name, List<Fact> changes) {

        /**
         * Copies the changes and rejects an empty option.
         *
         * @param name the option's name, not empty
         * @param changes at least one change
         */
        public Option {
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
            if (name.isEmpty() || changes.isEmpty()) {
                throw new IllegalArgumentException("an option needs a name and at least one change");
            }
        }
    }

    /**
     * Checks that only {@link Kind#CHANGE_FIGURES} has options, and that it has some.
     *
     * @param kind the kind
     * @param message what to do
     * @param options the alternatives of {@code CHANGE_FIGURES}
     */
    public WayToPass {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        options = List.copyOf(options);
        if ((kind == Kind.CHANGE_FIGURES) == options.isEmpty()) {
            throw new IllegalArgumentException("options are given exactly for CHANGE_FIGURES, kind is " + kind);
        }
    }

    /**
     * New figures, each option enough on its own.
     *
     * @param message what to do, with the amounts
     * @param options at least one
     * @return the way
     */
    public static WayToPass changeFigures(LocalizedText message, List<Option> options) {
        return new WayToPass(Kind.CHANGE_FIGURES, message, options);
    }

    /**
     * The missing facts of the result, whatever their values.
     *
     * @param message what to provide, named in words
     * @return the way
     */
    public static WayToPass provideFacts(LocalizedText message) {
        return new WayToPass(Kind.PROVIDE_FACTS, message, List.of());
    }

    /**
     * Nothing the figures can change: for a failure, nothing makes it pass; for an undecided result,
     * what decides it is no fact of the application.
     *
     * @param message why, citing the report
     * @return the way
     */
    public static WayToPass notByFigures(LocalizedText message) {
        return new WayToPass(Kind.NOT_BY_FIGURES, message, List.of());
    }
}
