package it.esibe.examples.lombardia;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.decision.Outcome;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The LOM-* codes: their shape, families and labels, and how the registry merges them. */
class LombardyTaxonomyTest {

    private static final List<TaxonomyEntry> ENTRIES = new LombardyTaxonomy().entries(Esibe::taxonomy);

    private static final EsibeRegistry REGISTRY = Esibe.builder().taxonomyProvider(new LombardyTaxonomy()).build();

    @Test
    void listsTwoPathologiesThenTwoIndustrialPriorities() {
        assertThat(ENTRIES).extracting(TaxonomyEntry::code, TaxonomyEntry::family).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LOM-PAT-RARE", TaxonomyFamily.PATHOLOGY),
                org.assertj.core.groups.Tuple.tuple("LOM-PAT-NEURO", TaxonomyFamily.PATHOLOGY),
                org.assertj.core.groups.Tuple.tuple("LOM-IND-AGRIFOOD", TaxonomyFamily.INDUSTRIAL_PRIORITY),
                org.assertj.core.groups.Tuple.tuple("LOM-IND-BIOMANUFACTURING", TaxonomyFamily.INDUSTRIAL_PRIORITY));
    }

    @Test
    void everyCodeIsInTheNamespaceHasBothLabelsAndSaysItIsIllustrative() {
        assertThat(new LombardyTaxonomy().namespace()).isEqualTo("LOM");
        for (TaxonomyEntry e : ENTRIES) {
            assertThat(e.code()).startsWith("LOM-").matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
            assertThat(e.family().isPriority()).as(e.code()).isTrue();
            assertThat(e.label().it()).as(e.code()).isNotBlank();
            assertThat(e.label().en()).as(e.code()).isNotBlank().isNotEqualTo(e.label().it());
            assertThat(e.citation()).as(e.code()).contains("non ufficiale");
        }
    }

    @Test
    void theRegistryAddsTheCodesAfterTheNationalOnesWithTheirOrigin() {
        Taxonomy merged = REGISTRY.taxonomy();

        assertThat(merged.entries()).hasSize(Esibe.taxonomy().entries().size() + 4);
        assertThat(merged.entries().subList(0, Esibe.taxonomy().entries().size()))
                .isEqualTo(Esibe.taxonomy().entries());
        assertThat(merged.find("LOM-IND-AGRIFOOD")).map(e -> e.label().it()).hasValue("Filiera agroalimentare");
        assertThat(REGISTRY.taxonomyOrigin("LOM-IND-AGRIFOOD")).map(o -> o.provider()).hasValue("lombardia");
        assertThat(Esibe.taxonomy().find("LOM-IND-AGRIFOOD")).isEmpty();
    }

    @Test
    void alzheimerFallsUnderTheNeurodegenerativeCodeOnly() {
        // G30: Alzheimer's disease, in ICD-10 block G30–G32, which no national pathology covers.
        assertThat(REGISTRY.taxonomy().byIcd10("G30.1")).extracting(TaxonomyEntry::code).containsExactly("LOM-PAT-NEURO");
        assertThat(REGISTRY.taxonomy().byIcd10("G20")).isEmpty();
    }

    @Test
    void aRegionalPriorityCountsOnlyUnderTheRegionalRuleset() {
        Apps rare = Apps.example().priorities("LOM-PAT-RARE");
        EsibeRegistry both = Esibe.builder().taxonomyProvider(new LombardyTaxonomy())
                .rulesetProvider(new LombardyRulesets()).messageProvider(new LombardyMessages()).build();

        assertThat(both.evaluator().ruleset("lom-2026").build().evaluate(rare.build()).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        // Registering the regional codes never changes what the national ruleset accepts.
        assertThat(both.evaluator().build().evaluate(rare.build()).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(REGISTRY.evaluator().build().evaluate(rare.build()).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(Esibe.evaluator().build().evaluate(rare.build()).outcome()).isEqualTo(Outcome.INVALID);
    }
}
