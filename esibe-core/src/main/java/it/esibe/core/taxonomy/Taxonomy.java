package it.esibe.core.taxonomy;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A read-only set of taxonomy codes: the national taxonomy of ESIBE-TAXONOMY-v1, possibly extended.
 *
 * <p>Thread-safety: implementations must be immutable and safe to share between threads, since an
 * evaluator reads its taxonomy from every thread that shares it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Taxonomy {

    /** {@return every entry, in a stable order (the spec's order for the national codes)} */
    List<TaxonomyEntry> entries();

    /**
     * The entry with this exact code.
     *
     * @param code a code, such as {@code PAT-ONCO}
     * @return its entry, or empty for an unknown code
     */
    Optional<TaxonomyEntry> find(String code);

    /**
     * Every entry of {@code family}, in {@link #entries()} order.
     *
     * @param family a family
     * @return its entries
     */
    default List<TaxonomyEntry> family(TaxonomyFamily family) {
        return entries().stream().filter(e -> e.family() == family).toList();
    }

    /**
     * The pathologies whose ICD-10 ranges contain {@code icd10Code}, in {@link #entries()} order: a
     * code in two ranges (such as {@code J10.1}) returns both; a code in none, an empty list.
     *
     * @param icd10Code an ICD-10 code, such as {@code C50.9}
     * @return the pathologies covering it
     */
    default List<TaxonomyEntry> byIcd10(String icd10Code) {
        return entries().stream().filter(e -> e.covers(icd10Code)).toList();
    }

    /**
     * Whether {@code code} exists and belongs to a family for which {@code wanted} holds.
     *
     * @param code a code
     * @param wanted the families accepted
     * @return whether the code is of an accepted family
     */
    default boolean isCodeOf(String code, java.util.function.Predicate<TaxonomyFamily> wanted) {
        return find(code).map(e -> wanted.test(e.family())).orElse(false);
    }
}
