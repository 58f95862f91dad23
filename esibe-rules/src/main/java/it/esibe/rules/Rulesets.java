package it.esibe.rules;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.internal.BuiltInCriteria;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The rulesets that ship with ESIBE.
 *
 * <p>Thread-safety: the rulesets it returns are immutable and shared by every caller.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Rulesets {

    /** The id of the default ruleset, from the Working Group's interim report. */
    public static final String INTERIM_2024 = "esibe-2024-interim";

    /** The series of the national rulesets, which an evaluator follows unless told otherwise. */
    public static final String NATIONAL_SERIES = "esibe";

    /**
     * Version 2 since spec v1.1: the corporate-backing reading of ESIBE-SME (parameter
     * {@code sme.corporateBacking}), joint holdings, and both remedy amounts of ESIBE-RD-ITALY.
     */
    private static final Ruleset INTERIM = new Ruleset(INTERIM_2024, NATIONAL_SERIES, "2", LocalDate.of(2024, 10, 1),
            InterimParameters.values(), BuiltInCriteria.interim());

    private Rulesets() {
    }

    /**
     * {@return ruleset {@code esibe-2024-interim} version 2 (ESIBE-RULES-v1 as of spec v1.1),
     * effective from 2024-10-01} It has
     * the seven criteria of the interim report §5.3 and §6 with the parameters of
     * {@link InterimParameters}.
     */
    public static Ruleset interim() {
        return INTERIM;
    }
}
