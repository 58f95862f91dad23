package it.esibe.rules;

import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.RulesetParameters;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * The parameters of ruleset {@code esibe-2024-interim}: their keys, each with its type and the
 * section of the report it comes from, and their values (ESIBE-RULES-v1, "Parameters"). Criteria
 * read thresholds only through these keys, so a derived ruleset can change a value without touching
 * code, and a value of the wrong type does not compile:
 *
 * <pre>{@code
 * Ruleset lowered = Rulesets.interim().derive("esibe-2027-lower-rd")
 *         .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000.00"))
 *         .build();
 * }</pre>
 *
 * <p>Thread-safety: constants and one immutable {@link RulesetParameters}, safe to share between
 * threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InterimParameters {

    /** Minimum yearly R&amp;D for precision medicine, EUR (§5.3 bullet 1): 2 000 000. */
    public static final ParameterKey<BigDecimal> RD_MIN_PRECISION_MEDICINE =
            ParameterKey.amount("rd.min.precisionMedicine", "Rapporto ad interim, §5.3 (primo punto)");
    /** Minimum yearly R&amp;D or grants for industrial and environmental biotech, EUR (§5.3 bullet 2): 800 000. */
    public static final ParameterKey<BigDecimal> RD_MIN_INDUSTRIAL_ENVIRONMENTAL =
            ParameterKey.amount("rd.min.industrialEnvironmental", "Rapporto ad interim, §5.3 (secondo punto)");
    /**
     * The share of R&amp;D in Italy must be strictly greater than this fraction (§5.3 bullet 4,
     * "parte prevalente"): 0.5.
     */
    public static final ParameterKey<BigDecimal> RD_ITALY_MIN_SHARE_EXCLUSIVE =
            ParameterKey.share("rd.italy.minShareExclusive", "Rapporto ad interim, §5.3 (quarto punto, \"parte prevalente\")");
    /** Whether pending patent applications count (§5.3 bullet 3): false. */
    public static final ParameterKey<Boolean> PATENTS_ACCEPT_PENDING =
            ParameterKey.flag("patents.acceptPending", "Rapporto ad interim, §5.3 (terzo punto, \"brevetti\")");
    /** Whether SME status is required of every applicant (§6 last bullet): true. */
    public static final ParameterKey<Boolean> SME_REQUIRED =
            ParameterKey.flag("sme.required", "Rapporto ad interim, §6 (ultimo punto)");
    /**
     * How corporate backing counts in the SME test (§6 last bullet):
     * {@link CorporateBacking#EXCLUDE_BACKERS} (corporate holders left out of the aggregation).
     */
    public static final ParameterKey<CorporateBacking> SME_CORPORATE_BACKING = ParameterKey.choice(
            "sme.corporateBacking", CorporateBacking.class,
            "Rapporto ad interim, §6 (ultimo punto); lettura ESIBE dalla versione 2 di esibe-2024-interim");
    /** Staff must be strictly below this, annual work units (Rec. 2003/361/EC Annex art. 2): 250. */
    public static final ParameterKey<BigDecimal> SME_MAX_STAFF =
            ParameterKey.headcount("sme.maxStaff", "Raccomandazione 2003/361/CE, allegato, art. 2");
    /** Turnover at most this, EUR (idem): 50 000 000. */
    public static final ParameterKey<BigDecimal> SME_MAX_TURNOVER =
            ParameterKey.amount("sme.maxTurnover", "Raccomandazione 2003/361/CE, allegato, art. 2");
    /** Balance-sheet total at most this, EUR (idem): 43 000 000. */
    public static final ParameterKey<BigDecimal> SME_MAX_BALANCE_SHEET =
            ParameterKey.amount("sme.maxBalanceSheet", "Raccomandazione 2003/361/CE, allegato, art. 2");

    private static final RulesetParameters VALUES = RulesetParameters.empty()
            .plus(RD_MIN_PRECISION_MEDICINE, new BigDecimal("2000000.00"))
            .plus(RD_MIN_INDUSTRIAL_ENVIRONMENTAL, new BigDecimal("800000.00"))
            .plus(RD_ITALY_MIN_SHARE_EXCLUSIVE, new BigDecimal("0.5"))
            .plus(PATENTS_ACCEPT_PENDING, Boolean.FALSE)
            .plus(SME_REQUIRED, Boolean.TRUE)
            .plus(SME_CORPORATE_BACKING, CorporateBacking.EXCLUDE_BACKERS)
            .plus(SME_MAX_STAFF, new BigDecimal("250"))
            .plus(SME_MAX_TURNOVER, new BigDecimal("50000000.00"))
            .plus(SME_MAX_BALANCE_SHEET, new BigDecimal("43000000.00"));

    private InterimParameters() {
    }

    /** {@return the parameters of {@code esibe-2024-interim}, effective from 2024-10-01} */
    public static RulesetParameters values() {
        return VALUES;
    }
}
