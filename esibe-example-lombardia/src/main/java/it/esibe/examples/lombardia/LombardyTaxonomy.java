package it.esibe.examples.lombardia;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.TaxonomyProvider;
import it.esibe.core.spi.TaxonomyProviderContext;
import it.esibe.core.taxonomy.Icd10Range;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.util.List;

/**
 * Illustrative regional priorities under namespace {@code LOM}: two pathologies and two industrial
 * priorities that applicants may name in {@code programs[].priorities} beside the national ones.
 *
 * <p>They are <em>not</em> priorities of the Lombardy Region: every entry's citation says so
 * ({@link #CITATION}). A real regional extension would cite the regional act that names them.
 *
 * <p>Pathology codes go with the precision-medicine track and industrial codes with the industrial
 * and environmental track, as for the national codes (ESIBE-TAXONOMY-v1).
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class LombardyTaxonomy implements TaxonomyProvider {

    /** The namespace every code of this provider starts with. */
    public static final String NAMESPACE = "LOM";

    /** Rare diseases: too scattered across ICD-10 chapters for a range, so none is given. */
    public static final String RARE_DISEASES = "LOM-PAT-RARE";

    /** Neurodegenerative diseases, ICD-10 G30–G32 (Alzheimer's and other degenerative diseases of the nervous system). */
    public static final String NEURODEGENERATIVE = "LOM-PAT-NEURO";

    /** The agri-food chain. */
    public static final String AGRIFOOD = "LOM-IND-AGRIFOOD";

    /** Biomanufacturing for the life-science industry. */
    public static final String BIOMANUFACTURING = "LOM-IND-BIOMANUFACTURING";

    /** The citation of every entry: illustrative, not an act of the Region. */
    public static final String CITATION = "Esempio regionale (non ufficiale): priorità illustrative, non della Regione Lombardia";

    private static final List<TaxonomyEntry> ENTRIES = List.of(
            new TaxonomyEntry(RARE_DISEASES, TaxonomyFamily.PATHOLOGY,
                    new LocalizedText("Malattie rare", "Rare diseases"), CITATION, List.of()),
            new TaxonomyEntry(NEURODEGENERATIVE, TaxonomyFamily.PATHOLOGY,
                    new LocalizedText("Malattie neurodegenerative", "Neurodegenerative diseases"), CITATION,
                    List.of(new Icd10Range("G30", "G32"))),
            new TaxonomyEntry(AGRIFOOD, TaxonomyFamily.INDUSTRIAL_PRIORITY,
                    new LocalizedText("Filiera agroalimentare", "Agri-food chain"), CITATION, List.of()),
            new TaxonomyEntry(BIOMANUFACTURING, TaxonomyFamily.INDUSTRIAL_PRIORITY,
                    new LocalizedText("Biomanifattura per le scienze della vita", "Life-science biomanufacturing"),
                    CITATION, List.of()));

    /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
    public LombardyTaxonomy() {
    }

    /** {@return {@code lombardia}, the name listings show} */
    @Override
    public String name() {
        return LombardyRulesets.PROVIDER_NAME;
    }

    /** {@return {@link EsibeSpi#VERSION}, the SPI version this provider was compiled against} */
    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    /** {@return {@link #NAMESPACE}} */
    @Override
    public String namespace() {
        return NAMESPACE;
    }

    /**
     * The four illustrative priorities, pathologies first.
     *
     * @param context the taxonomy known so far, which this provider does not need
     * @return the entries, in listing order
     */
    @Override
    public List<TaxonomyEntry> entries(TaxonomyProviderContext context) {
        return ENTRIES;
    }
}
