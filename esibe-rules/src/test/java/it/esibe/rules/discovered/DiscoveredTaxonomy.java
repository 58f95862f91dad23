package it.esibe.rules.discovered;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.TaxonomyProvider;
import it.esibe.core.spi.TaxonomyProviderContext;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.util.List;

/** A taxonomy provider found by discovery (test META-INF/services), under a namespace no other test uses. */
public final class DiscoveredTaxonomy implements TaxonomyProvider {

    @Override
    public String name() {
        return "discovered-taxonomy";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public String namespace() {
        return "DSC";
    }

    @Override
    public List<TaxonomyEntry> entries(TaxonomyProviderContext context) {
        return List.of(new TaxonomyEntry("DSC-ALGAE", TaxonomyFamily.INDUSTRIAL_PRIORITY,
                new LocalizedText("Alghe", "Algae"), "Test, §1", List.of()));
    }
}
