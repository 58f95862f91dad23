package it.esibe.core.model;

import it.esibe.core.taxonomy.TaxonomyFamily;
import org.apiguardian.api.API;

/**
 * The admission track an applicant declares, which sets the R&amp;D threshold and the technology
 * family its programmes must belong to (interim report §5.3, bullets 1–2).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Track {
    /** Precision and advanced medicine (§5.3 bullet 1): technologies of the medical family. */
    PRECISION_MEDICINE(TaxonomyFamily.MEDICAL_TECHNOLOGY),
    /** Industrial and environmental biotechnology (§5.3 bullet 2): technologies of the industrial family. */
    INDUSTRIAL_ENVIRONMENTAL(TaxonomyFamily.INDUSTRIAL_TECHNOLOGY);

    private final TaxonomyFamily technologyFamily;

    Track(TaxonomyFamily technologyFamily) {
        this.technologyFamily = technologyFamily;
    }

    /** {@return the taxonomy family whose technologies back this track (ESIBE-TAXONOMY-v1, §5.2)} */
    public TaxonomyFamily technologyFamily() {
        return technologyFamily;
    }
}
