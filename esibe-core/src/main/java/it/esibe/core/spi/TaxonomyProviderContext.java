package it.esibe.core.spi;

import it.esibe.core.taxonomy.Taxonomy;
import org.apiguardian.api.API;

/**
 * What a {@link TaxonomyProvider} may look at. New methods will come as {@code default} methods.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface TaxonomyProviderContext {

    /** {@return the taxonomy known so far: the national codes and those of providers registered earlier} */
    Taxonomy taxonomy();
}
