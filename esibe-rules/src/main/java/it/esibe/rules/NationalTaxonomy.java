package it.esibe.rules;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.taxonomy.Icd10Range;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The national taxonomy of ESIBE-TAXONOMY-v1 (spec v1.1): the pathologies and industrial priorities
 * of interim report §5.1 and the emerging technologies of §5.2, with the report's Italian labels,
 * English labels, ICD-10 ranges of the pathologies and the informative relevance table.
 *
 * <p>ICD-10 ranges are informative, never an admission rule: they let a clinical pipeline find the
 * priorities of the codes it already uses ({@link #byIcd10(String)}).
 *
 * <p>Obtain it with {@link #get()}.
 *
 * <p>Thread-safety: immutable; the single instance is shared by every evaluator and thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NationalTaxonomy implements Taxonomy {

    private static final String S51 = "Rapporto ad interim, §5.1";
    private static final String S52 = "Rapporto ad interim, §5.2";

    private static final NationalTaxonomy INSTANCE = new NationalTaxonomy();

    private final List<TaxonomyEntry> entries;
    private final Map<String, TaxonomyEntry> byCode;
    private final Map<String, List<String>> relevance;

    private NationalTaxonomy() {
        List<TaxonomyEntry> list = new ArrayList<>();
        // Pathologies of national interest (§5.1), with WHO ICD-10 ranges (blocks, or subcategories for COVID-19).
        list.add(pathology("PAT-CARDIO", "Patologie cardiovascolari", "Cardiovascular diseases", "I00-I99"));
        list.add(pathology("PAT-ONCO", "Tumori", "Cancers", "C00-D48"));
        list.add(pathology("PAT-RESP", "Patologie respiratorie", "Respiratory diseases", "J00-J99"));
        list.add(pathology("PAT-CHRONIC", "Patologie cronico-degenerative", "Chronic degenerative diseases",
                "E10-E14", "M05-M06"));
        // COVID-19 (U07.1, U07.2): §5.1 names SARS-CoV-2 among the infectious diseases (v1.1).
        list.add(pathology("PAT-INFECT", "Malattie infettive", "Infectious diseases", "A00-B99", "J09-J11",
                "U07.1-U07.2"));
        // Bacterial resistance only (v1.1): U84 is resistance to other antimicrobials and U85 to
        // antineoplastic drugs, which is oncology, not the antibiotic resistance §5.1 means.
        list.add(pathology("PAT-AMR", "Resistenza agli antibiotici (AMR)", "Bacterial antimicrobial resistance (AMR)",
                "U82-U83"));
        // Strategic industrial and environmental biotechnologies (§5.1).
        list.add(entry("IND-GHG", TaxonomyFamily.INDUSTRIAL_PRIORITY, S51,
                "Riduzione delle emissioni di gas serra",
                "Greenhouse-gas reduction (fixation, microbial fermentation of GHG, carbon-neutral bio-based chains)"));
        list.add(entry("IND-POLLUTANTS", TaxonomyFamily.INDUSTRIAL_PRIORITY, S51,
                "Riduzione degli inquinanti tossici persistenti",
                "Persistent toxic pollutants (bioremediation, biodegradable bio-based substitutes)"));
        list.add(entry("IND-BIODIVERSITY", TaxonomyFamily.INDUSTRIAL_PRIORITY, S51,
                "Ripristino della biodiversità e degli ecosistemi",
                "Biodiversity and ecosystem restoration (land and hydrosphere)"));
        list.add(entry("IND-FOOD", TaxonomyFamily.INDUSTRIAL_PRIORITY, S51,
                "Alimenti più sani e nutrizionali",
                "Healthier, more nutritious food (biofortified crops, food biotech)"));
        list.add(entry("IND-BIOMASS", TaxonomyFamily.INDUSTRIAL_PRIORITY, S51,
                "Conversione di biomasse e scarti",
                "Conversion of lignocellulosic biomass and agri-food, forest and marine waste"));
        list.add(entry("IND-BIOMOLECULES", TaxonomyFamily.INDUSTRIAL_PRIORITY, S51,
                "Produzione di biomolecole",
                "Biomolecules by fermentation and biotransformation (Safe and Sustainable by Design)"));
        // Emerging technologies (§5.2), precision-medicine track.
        list.add(entry("TEC-RNA", TaxonomyFamily.MEDICAL_TECHNOLOGY, S52, "Terapie basate su tecnologie RNA",
                "RNA-based therapies (RNAi, mRNA, mRNA vaccines, mRNA CAR-T, mRNA-encoded monoclonals)"));
        list.add(entry("TEC-GENE-CELL", TaxonomyFamily.MEDICAL_TECHNOLOGY, S52, "Terapie geniche e cellulari",
                "Gene and cell therapies"));
        list.add(entry("TEC-IMMUNO", TaxonomyFamily.MEDICAL_TECHNOLOGY, S52, "Immunoterapie",
                "Immunotherapies (checkpoint inhibitors, CAR-T, targeted therapies)"));
        list.add(entry("TEC-MAB", TaxonomyFamily.MEDICAL_TECHNOLOGY, S52, "Anticorpi monoclonali",
                "Monoclonal antibodies"));
        list.add(entry("TEC-ANTIVIRAL", TaxonomyFamily.MEDICAL_TECHNOLOGY, S52, "Antivirali", "Antivirals"));
        // Emerging technologies (§5.2), industrial and environmental track.
        list.add(entry("TEC-MICROBIOME", TaxonomyFamily.INDUSTRIAL_TECHNOLOGY, S52,
                "Tecnologie basate sul microbioma", "Microbiome-based technologies"));
        list.add(entry("TEC-GENETICS", TaxonomyFamily.INDUSTRIAL_TECHNOLOGY, S52,
                "Genetica e selezione (editing genico)", "Genetics and breeding, gene editing"));
        list.add(entry("TEC-PRECISION-FERMENTATION", TaxonomyFamily.INDUSTRIAL_TECHNOLOGY, S52,
                "Fermentazione di precisione", "Precision fermentation"));
        list.add(entry("TEC-SYNBIO", TaxonomyFamily.INDUSTRIAL_TECHNOLOGY, S52, "Biologia sintetica",
                "Synthetic biology (waste and CO2 to bio-based molecules, microbial hydrogen and biofuels)"));
        this.entries = List.copyOf(list);
        Map<String, TaxonomyEntry> map = new LinkedHashMap<>();
        for (TaxonomyEntry e : list) {
            map.put(e.code(), e);
        }
        this.byCode = Collections.unmodifiableMap(map);

        // Informative only (ESIBE-TAXONOMY-v1, "Relevance"): used for matching, never to reject.
        Map<String, List<String>> rel = new LinkedHashMap<>();
        rel.put("TEC-RNA", List.of("PAT-ONCO", "PAT-INFECT", "PAT-CHRONIC"));
        rel.put("TEC-GENE-CELL", List.of("PAT-ONCO", "PAT-CARDIO", "PAT-CHRONIC"));
        rel.put("TEC-IMMUNO", List.of("PAT-ONCO", "PAT-INFECT"));
        rel.put("TEC-MAB", List.of("PAT-ONCO", "PAT-CHRONIC", "PAT-INFECT", "PAT-AMR"));
        rel.put("TEC-ANTIVIRAL", List.of("PAT-INFECT", "PAT-RESP"));
        rel.put("TEC-MICROBIOME", List.of("IND-BIODIVERSITY", "IND-FOOD", "IND-POLLUTANTS"));
        rel.put("TEC-GENETICS", List.of("IND-BIOMASS", "IND-FOOD"));
        rel.put("TEC-PRECISION-FERMENTATION", List.of("IND-FOOD", "IND-BIOMOLECULES"));
        rel.put("TEC-SYNBIO", List.of("IND-BIOMOLECULES", "IND-BIOMASS", "IND-GHG"));
        this.relevance = Collections.unmodifiableMap(rel);
    }

    /** {@return the national taxonomy, a single shared instance} */
    public static NationalTaxonomy get() {
        return INSTANCE;
    }

    @Override
    public List<TaxonomyEntry> entries() {
        return entries;
    }

    @Override
    public Optional<TaxonomyEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The priorities the report names as answered by technology {@code technologyCode}, in the
     * spec's order; empty for an unknown code. Informative: never an admission rule.
     *
     * @param technologyCode a technology code, such as {@code TEC-MAB}
     * @return the priority codes, in the spec's order
     */
    public List<String> relevantPriorities(String technologyCode) {
        return relevance.getOrDefault(technologyCode, List.of());
    }

    private static TaxonomyEntry pathology(String code, String it, String en, String... ranges) {
        return new TaxonomyEntry(code, TaxonomyFamily.PATHOLOGY, new LocalizedText(it, en), S51,
                Arrays.stream(ranges).map(Icd10Range::parse).toList());
    }

    private static TaxonomyEntry entry(String code, TaxonomyFamily family, String citation, String it, String en) {
        return new TaxonomyEntry(code, family, new LocalizedText(it, en), citation, List.of());
    }
}
