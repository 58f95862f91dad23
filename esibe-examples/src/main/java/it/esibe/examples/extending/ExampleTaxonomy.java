package it.esibe.examples.extending;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.TaxonomyProvider;
import it.esibe.core.spi.TaxonomyProviderContext;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.util.List;

/** A taxonomy provider adding one illustrative priority under the namespace {@code EX}. */
// tag::taxonomy[]
public final class ExampleTaxonomy implements TaxonomyProvider {

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public String namespace() {
        return "EX";   // every code starts with "EX-"; PAT, IND and TEC are national
    }

    @Override
    public List<TaxonomyEntry> entries(TaxonomyProviderContext context) {
        return List.of(new TaxonomyEntry("EX-PAT-RARE", TaxonomyFamily.PATHOLOGY,
                new LocalizedText("Malattie rare", "Rare diseases"), "Esempio (non ufficiale)", List.of()));
    }
}
// end::taxonomy[]
