package it.esibe.rules;

import org.apiguardian.api.API;

/**
 * How ESIBE-SME reads the corporate backing of interim report §6 last bullet ("consentire
 * l'inclusione nella ESIBE di società sostenute da corporate, anche se non si qualificano come PMI
 * secondo le definizioni dell'UE"): the value of ruleset parameter
 * {@link InterimParameters#SME_CORPORATE_BACKING sme.corporateBacking}, which a reform may change
 * like any other parameter.
 *
 * <p>A start-up backed by a corporate loses SME status under Recommendation 2003/361/EC because the
 * corporate's figures are aggregated with its own (linked or partner enterprise): that is what §6
 * sets aside. The two readings differ on a company that is large on its own figures or through its
 * other links, and on a token corporate stake.
 *
 * @since 0.1.0
 */
// TODO(api-marker)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CorporateBacking {

    /**
     * The default since spec v1.1 (§6 read as setting aside the corporate backer, not the test):
     * holders of type {@code CORPORATE} are left out of the aggregation, whatever their share (their
     * figures are never added, and in a joint holding their share does not count), and the SME test
     * runs on the company's own figures and those of its other linked and partner enterprises. A
     * company without a corporate holder is tested as if there were no such parameter.
     */
    EXCLUDE_BACKERS,

    /**
     * The reading of spec v1 (§6 read as waiving the test): ESIBE-SME passes at once when a holder of
     * type {@code CORPORATE} has a capital share above 0, whatever the figures. It admits a company
     * with 10 000 staff wholly owned by a corporate, and any company giving a corporate 0.01 %.
     */
    WAIVE_TEST
}
