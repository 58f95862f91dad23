package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.taxonomy.Icd10Range;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national taxonomy of ESIBE-TAXONOMY-v1, as corrected by spec v1.1. */
class TaxonomyTest {

    final NationalTaxonomy taxonomy = NationalTaxonomy.get();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"C50.9, PAT-ONCO", "U82.1, PAT-AMR", "U83, PAT-AMR", "U83.9, PAT-AMR", "I21, PAT-CARDIO",
        "D48.9, PAT-ONCO", "E11.9, PAT-CHRONIC", "M05.3, PAT-CHRONIC", "A90, PAT-INFECT", "U07.1, PAT-INFECT",
        "U07.2, PAT-INFECT"})
    void icd10CodesFindTheirPathology(String icd10, String code) {
        assertThat(taxonomy.byIcd10(icd10)).extracting(TaxonomyEntry::code).containsExactly(code);
    }

    @Test
    void aCodeInTwoRangesReturnsBothPriorities() {
        assertThat(taxonomy.byIcd10("J10.1")).extracting(TaxonomyEntry::code)
                .containsExactlyInAnyOrder("PAT-RESP", "PAT-INFECT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // v1.1: U84 is resistance to other antimicrobials (antivirals, antifungals), U85 to antineoplastic drugs.
        "U84", "U84.3", "U85", "U85.0",
        // v1.1: U07.1-U07.2 is COVID-19; U07.0 (vaping) and the bare category are not.
        "U07.0", "U07",
        "D49", "M07", "U86", "not a code"})
    void codesOutsideEveryRangeOrMalformedFindNothing(String icd10) {
        assertThat(taxonomy.byIcd10(icd10)).isEmpty();
    }

    /** ESIBE-TAXONOMY-v1 (v1.1), the tables of §5.1 and §5.2: code | it | en | ICD-10. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PAT-CARDIO | Patologie cardiovascolari | Cardiovascular diseases | I00–I99
            PAT-ONCO | Tumori | Cancers | C00–D48
            PAT-RESP | Patologie respiratorie | Respiratory diseases | J00–J99
            PAT-CHRONIC | Patologie cronico-degenerative | Chronic degenerative diseases | E10–E14, M05–M06
            PAT-INFECT | Malattie infettive | Infectious diseases | A00–B99, J09–J11, U07.1–U07.2
            PAT-AMR | Resistenza agli antibiotici (AMR) | Bacterial antimicrobial resistance (AMR) | U82–U83
            IND-GHG | Riduzione delle emissioni di gas serra | Greenhouse-gas reduction (fixation, microbial fermentation of GHG, carbon-neutral bio-based chains) |
            IND-POLLUTANTS | Riduzione degli inquinanti tossici persistenti | Persistent toxic pollutants (bioremediation, biodegradable bio-based substitutes) |
            IND-BIODIVERSITY | Ripristino della biodiversità e degli ecosistemi | Biodiversity and ecosystem restoration (land and hydrosphere) |
            IND-FOOD | Alimenti più sani e nutrizionali | Healthier, more nutritious food (biofortified crops, food biotech) |
            IND-BIOMASS | Conversione di biomasse e scarti | Conversion of lignocellulosic biomass and agri-food, forest and marine waste |
            IND-BIOMOLECULES | Produzione di biomolecole | Biomolecules by fermentation and biotransformation (Safe and Sustainable by Design) |
            TEC-RNA | Terapie basate su tecnologie RNA | RNA-based therapies (RNAi, mRNA, mRNA vaccines, mRNA CAR-T, mRNA-encoded monoclonals) |
            TEC-GENE-CELL | Terapie geniche e cellulari | Gene and cell therapies |
            TEC-IMMUNO | Immunoterapie | Immunotherapies (checkpoint inhibitors, CAR-T, targeted therapies) |
            TEC-MAB | Anticorpi monoclonali | Monoclonal antibodies |
            TEC-ANTIVIRAL | Antivirali | Antivirals |
            TEC-MICROBIOME | Tecnologie basate sul microbioma | Microbiome-based technologies |
            TEC-GENETICS | Genetica e selezione (editing genico) | Genetics and breeding, gene editing |
            TEC-PRECISION-FERMENTATION | Fermentazione di precisione | Precision fermentation |
            TEC-SYNBIO | Biologia sintetica | Synthetic biology (waste and CO2 to bio-based molecules, microbial hydrogen and biofuels) |
            """)
    void everyCodeHasTheSpecTablesLabelsAndIcd10Ranges(String code, String it, String en, String icd10) {
        TaxonomyEntry entry = taxonomy.find(code).orElseThrow();
        List<Icd10Range> ranges = icd10 == null ? List.of()
                : Arrays.stream(icd10.split(",")).map(Icd10Range::parse).toList();

        assertThat(entry.label().it()).isEqualTo(it);
        assertThat(entry.label().en()).isEqualTo(en);
        assertThat(entry.icd10()).containsExactlyElementsOf(ranges);
        assertThat(entry.icd10()).extracting(Icd10Range::toString).containsExactlyElementsOf(
                icd10 == null ? List.of() : Arrays.stream(icd10.split(",")).map(String::trim).toList());
    }

    @Test
    void theSpecTablesListEveryNationalCode() {
        assertThat(taxonomy.entries()).hasSize(21);
    }

    @Test
    void familiesHaveTheSpecsCodesInOrder() {
        assertThat(taxonomy.family(TaxonomyFamily.PATHOLOGY)).extracting(TaxonomyEntry::code).containsExactly(
                "PAT-CARDIO", "PAT-ONCO", "PAT-RESP", "PAT-CHRONIC", "PAT-INFECT", "PAT-AMR");
        assertThat(taxonomy.family(TaxonomyFamily.INDUSTRIAL_PRIORITY)).hasSize(6);
        assertThat(taxonomy.family(TaxonomyFamily.MEDICAL_TECHNOLOGY)).extracting(TaxonomyEntry::code)
                .containsExactly("TEC-RNA", "TEC-GENE-CELL", "TEC-IMMUNO", "TEC-MAB", "TEC-ANTIVIRAL");
        assertThat(taxonomy.family(TaxonomyFamily.INDUSTRIAL_TECHNOLOGY)).extracting(TaxonomyEntry::code)
                .containsExactly("TEC-MICROBIOME", "TEC-GENETICS", "TEC-PRECISION-FERMENTATION", "TEC-SYNBIO");
    }

    @Test
    void labelsAreTheReportsWords() {
        TaxonomyEntry amr = taxonomy.find("PAT-AMR").orElseThrow();
        assertThat(amr.label().it()).isEqualTo("Resistenza agli antibiotici (AMR)");
        assertThat(amr.label().en()).isEqualTo("Bacterial antimicrobial resistance (AMR)");
        assertThat(amr.citation()).isEqualTo("Rapporto ad interim, §5.1");
        assertThat(taxonomy.find("TEC-SYNBIO").orElseThrow().citation()).isEqualTo("Rapporto ad interim, §5.2");
        assertThat(taxonomy.relevantPriorities("TEC-MAB")).containsExactly("PAT-ONCO", "PAT-CHRONIC", "PAT-INFECT",
                "PAT-AMR");
        assertThat(taxonomy.find("TEC-UNKNOWN")).isEmpty();
    }
}
