package it.esibe.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The stable ids of the seven criteria of ruleset {@code esibe-2024-interim}, part of the public
 * contract (ESIBE-RULES-v1, "The criteria").
 *
 * <p>Thread-safety: constants only; the list is unmodifiable.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CriterionIds {

    /** Emerging technology applied to a national priority (§5 step 3; §5.3 intro). */
    public static final String TRACK_ALIGN = "ESIBE-TRACK-ALIGN";
    /** Not in commercial phase (§5.3 bullets 1–2). */
    public static final String STAGE = "ESIBE-STAGE";
    /** Minimum yearly R&amp;D (§5.3 bullets 1–2). */
    public static final String RD_MIN = "ESIBE-RD-MIN";
    /** Owns or licenses patents (§5.3 bullet 3). */
    public static final String PATENT = "ESIBE-PATENT";
    /** Legal seat and headquarters in Italy (§5.3 bullet 4). */
    public static final String SEAT = "ESIBE-SEAT";
    /** R&amp;D carried out prevalently in Italy (§5.3 bullet 4). */
    public static final String RD_ITALY = "ESIBE-RD-ITALY";
    /** SME, corporate backers left out of the aggregation (§6 last bullet; Recommendation 2003/361/EC). */
    public static final String SME = "ESIBE-SME";

    /** All seven, in the order of the rules spec (the order of every decision's {@code criteria}). */
    public static final List<String> IN_ORDER = List.of(TRACK_ALIGN, STAGE, RD_MIN, PATENT, SEAT, RD_ITALY, SME);

    private CriterionIds() {
    }
}
