package it.esibe.core.spi;

import it.esibe.core.taxonomy.TaxonomyEntry;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Adds priorities or technologies under a namespace of its own, such as {@code LOM} for the codes
 * {@code LOM-…} of a Lombardy extension.
 *
 * <p>The namespace is upper-case letters and digits and must not be one of the national prefixes
 * ({@code PAT}, {@code IND}, {@code TEC}) nor another provider's; every code must start with
 * {@code namespace + "-"}. So a regional code can never clash with a national one; a clash anyway
 * (or a code listed twice) is a configuration error naming the provider.
 *
 * <p>The family of an entry decides where its code may appear and what it aligns with:
 * {@code PATHOLOGY} and {@code INDUSTRIAL_PRIORITY} codes in {@code programs[].priorities}, where
 * either family serves either track (ESIBE-TRACK-ALIGN, One Health); {@code MEDICAL_TECHNOLOGY} and
 * {@code INDUSTRIAL_TECHNOLOGY} codes in {@code programs[].technology}, where they back the
 * precision-medicine or the industrial track respectively.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface TaxonomyProvider extends EsibeProvider {

    /** {@return the namespace, such as {@code LOM}: every code this provider adds starts with it and '-'} */
    String namespace();

    /**
     * The entries this provider adds.
     *
     * @param context the taxonomy known so far
     * @return the entries, in the order listings should show them
     */
    List<TaxonomyEntry> entries(TaxonomyProviderContext context);
}
