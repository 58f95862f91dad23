package it.esibe.core.model;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * The kind of a shareholder, which decides how it counts in the SME test
 * (Commission Recommendation 2003/361/EC, Annex art. 3; interim report §6 last bullet).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum HolderType {
    /**
     * A company of an industrial group, the "corporate" of §6 last bullet: by default its figures
     * are left out of the SME aggregation (parameter {@code sme.corporateBacking}).
     */
    CORPORATE,
    /** Any other enterprise. */
    OTHER_ENTERPRISE,
    /** A public body (Annex art. 3(4)): 25 % or more held by public bodies excludes SME status. */
    PUBLIC_BODY,
    /** A venture-capital company (art. 3(2)(a) investor exception). */
    VENTURE_CAPITAL,
    /** A business angel (art. 3(2)(a) investor exception). */
    BUSINESS_ANGEL,
    /** A university or non-profit research centre (art. 3(2)(c) investor exception). */
    UNIVERSITY,
    /** An institutional investor, including a regional development fund (art. 3(2)(d)). */
    INSTITUTIONAL_INVESTOR,
    /** A public investment corporation (art. 3(2)(b) investor exception). */
    PUBLIC_INVESTMENT_CORPORATION,
    /** An autonomous local authority with a budget under 10 million EUR and under 5 000 inhabitants (art. 3(2)(d)). */
    SMALL_LOCAL_AUTHORITY,
    /** A natural person: not an enterprise, never aggregated. */
    INDIVIDUAL;

    private static final Set<HolderType> INVESTORS = Set.of(VENTURE_CAPITAL, BUSINESS_ANGEL, UNIVERSITY,
            INSTITUTIONAL_INVESTOR, PUBLIC_INVESTMENT_CORPORATION, SMALL_LOCAL_AUTHORITY);

    /**
     * {@return whether a partner holding (25–50 %) of this type is disregarded under the investor
     * exceptions of Annex art. 3(2)}
     */
    public boolean isQualifyingInvestor() {
        return INVESTORS.contains(this);
    }
}
