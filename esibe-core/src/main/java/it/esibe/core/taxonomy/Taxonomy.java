package it.esibe.core.taxonomy;

import java.util.List;
import java.util.Optional;

/**
 * A read-only set of taxonomy codes: the national taxonomy of ESIBE-TAXONOMY-v1, possibly extended.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface Taxonomy {

    /** Every entry, in a stable order (the spec's order for the national codes). */
    List<TaxonomyEntry> entries();

    /** The entry with this exact code. */
    Optional<TaxonomyEntry> find(String code);

    /** Every entry of {@code family}, in {@link #entries()} order. */
    default List<TaxonomyEntry> family(TaxonomyFamily family) {
        return entries().stream().filter(e -> e.family() == family).toList();
    }

    /**
     * The pathologies whose ICD-10 ranges contain {@code icd10Code}, in {@link #entries()} order: a
     * code in two ranges (such as {@code J10.1}) returns both; a code in none, an empty list.
     */
    default List<TaxonomyEntry> byIcd10(String icd10Code) {
        return entries().stream().filter(e -> e.covers(icd10Code)).toList();
    }

    /** Whether {@code code} exists and belongs to a family for which {@code wanted} holds. */
    default boolean isCodeOf(String code, java.util.function.Predicate<TaxonomyFamily> wanted) {
        return find(code).map(e -> wanted.test(e.family())).orElse(false);
    }
}
