package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national taxonomy of ESIBE-TAXONOMY-v1. */
class TaxonomyTest {

    final NationalTaxonomy taxonomy = NationalTaxonomy.get();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"C50.9, PAT-ONCO", "U82.1, PAT-AMR", "I21, PAT-CARDIO", "D48.9, PAT-ONCO", "E11.9, PAT-CHRONIC",
        "M05.3, PAT-CHRONIC", "A90, PAT-INFECT", "U85, PAT-AMR"})
    void icd10CodesFindTheirPathology(String icd10, String code) {
        assertThat(taxonomy.byIcd10(icd10)).extracting(TaxonomyEntry::code).containsExactly(code);
    }

    @Test
    void aCodeInTwoRangesReturnsBothPriorities() {
        assertThat(taxonomy.byIcd10("J10.1")).extracting(TaxonomyEntry::code)
                .containsExactlyInAnyOrder("PAT-RESP", "PAT-INFECT");
    }

    @Test
    void codesOutsideEveryRangeOrMalformedFindNothing() {
        assertThat(taxonomy.byIcd10("D49")).isEmpty();
        assertThat(taxonomy.byIcd10("M07")).isEmpty();
        assertThat(taxonomy.byIcd10("U86")).isEmpty();
        assertThat(taxonomy.byIcd10("not a code")).isEmpty();
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
        assertThat(amr.label().en()).isEqualTo("Antimicrobial resistance");
        assertThat(amr.citation()).isEqualTo("Rapporto ad interim, §5.1");
        assertThat(taxonomy.find("TEC-SYNBIO").orElseThrow().citation()).isEqualTo("Rapporto ad interim, §5.2");
        assertThat(taxonomy.relevantPriorities("TEC-MAB")).containsExactly("PAT-ONCO", "PAT-CHRONIC", "PAT-INFECT",
                "PAT-AMR");
        assertThat(taxonomy.find("TEC-UNKNOWN")).isEmpty();
    }
}
