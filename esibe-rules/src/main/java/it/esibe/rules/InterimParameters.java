package it.esibe.rules;

import it.esibe.core.ruleset.RulesetParameters;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameter names of ruleset {@code esibe-2024-interim} and their values (ESIBE-RULES-v1,
 * "Parameters"). Criteria read thresholds only through these names, so a derived ruleset can change
 * a value without touching code.
 *
 * <p>Thread-safety: constants and one immutable {@link RulesetParameters}, safe to share between
 * threads.
 *
 * @since 0.1.0
 */
public final class InterimParameters {

    /** Minimum yearly R&amp;D for precision medicine, EUR (§5.3 bullet 1): 2 000 000. */
    public static final String RD_MIN_PRECISION_MEDICINE = "rd.min.precisionMedicine";
    /** Minimum yearly R&amp;D or grants for industrial and environmental biotech, EUR (§5.3 bullet 2): 800 000. */
    public static final String RD_MIN_INDUSTRIAL_ENVIRONMENTAL = "rd.min.industrialEnvironmental";
    /** The share of R&amp;D in Italy must be strictly greater than this (§5.3 bullet 4, "parte prevalente"): 0.5. */
    public static final String RD_ITALY_MIN_SHARE_EXCLUSIVE = "rd.italy.minShareExclusive";
    /** Whether pending patent applications count (§5.3 bullet 3): false. */
    public static final String PATENTS_ACCEPT_PENDING = "patents.acceptPending";
    /** Whether SME status is required of every applicant (§6 last bullet): true. */
    public static final String SME_REQUIRED = "sme.required";
    /**
     * How corporate backing counts in the SME test (§6 last bullet), a {@link CorporateBacking}:
     * {@link CorporateBacking#EXCLUDE_BACKERS} (corporate holders left out of the aggregation).
     */
    public static final String SME_CORPORATE_BACKING = "sme.corporateBacking";
    /** Staff must be strictly below this, annual work units (Rec. 2003/361/EC Annex art. 2): 250. */
    public static final String SME_MAX_STAFF = "sme.maxStaff";
    /** Turnover at most this, EUR (idem): 50 000 000. */
    public static final String SME_MAX_TURNOVER = "sme.maxTurnover";
    /** Balance-sheet total at most this, EUR (idem): 43 000 000. */
    public static final String SME_MAX_BALANCE_SHEET = "sme.maxBalanceSheet";

    private static final RulesetParameters VALUES;

    static {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(RD_MIN_PRECISION_MEDICINE, new BigDecimal("2000000.00"));
        m.put(RD_MIN_INDUSTRIAL_ENVIRONMENTAL, new BigDecimal("800000.00"));
        m.put(RD_ITALY_MIN_SHARE_EXCLUSIVE, new BigDecimal("0.5"));
        m.put(PATENTS_ACCEPT_PENDING, Boolean.FALSE);
        m.put(SME_REQUIRED, Boolean.TRUE);
        m.put(SME_CORPORATE_BACKING, CorporateBacking.EXCLUDE_BACKERS);
        m.put(SME_MAX_STAFF, new BigDecimal("250"));
        m.put(SME_MAX_TURNOVER, new BigDecimal("50000000.00"));
        m.put(SME_MAX_BALANCE_SHEET, new BigDecimal("43000000.00"));
        VALUES = new RulesetParameters(m);
    }

    private InterimParameters() {
    }

    /** {@return the parameters of {@code esibe-2024-interim}, effective from 2024-10-01} */
    public static RulesetParameters values() {
        return VALUES;
    }
}
