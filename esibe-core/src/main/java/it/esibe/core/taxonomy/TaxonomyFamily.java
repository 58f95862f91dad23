package it.esibe.core.taxonomy;

import org.apiguardian.api.API;

/**
 * The four families of the ESIBE taxonomy (ESIBE-TAXONOMY-v1).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum TaxonomyFamily {
    /** Pathologies of national interest, {@code PAT-*} (§5.1). */
    PATHOLOGY,
    /** Strategic industrial and environmental biotechnologies, {@code IND-*} (§5.1). */
    INDUSTRIAL_PRIORITY,
    /** Emerging technologies of the precision-medicine track, {@code TEC-*} (§5.2). */
    MEDICAL_TECHNOLOGY,
    /** Emerging technologies of the industrial and environmental track, {@code TEC-*} (§5.2). */
    INDUSTRIAL_TECHNOLOGY;

    /** {@return whether codes of this family are national priorities (may appear in {@code programs[].priorities})} */
    public boolean isPriority() {
        return this == PATHOLOGY || this == INDUSTRIAL_PRIORITY;
    }

    /** {@return whether codes of this family are technologies (may appear in {@code programs[].technology})} */
    public boolean isTechnology() {
        return !isPriority();
    }
}
