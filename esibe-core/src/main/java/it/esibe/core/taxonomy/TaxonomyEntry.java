package it.esibe.core.taxonomy;

import it.esibe.core.decision.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One code of the taxonomy, with its labels and, for pathologies, the ICD-10 ranges it covers.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param code the stable public code, such as {@code PAT-ONCO} or {@code TEC-RNA}
 * @param family the family it belongs to
 * @param label the label in Italian (the report's words) and English
 * @param citation the section of the interim report that names it (§5.1 or §5.2)
 * @param icd10 the ICD-10 ranges of a pathology; empty for other families
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TaxonomyEntry(String code, TaxonomyFamily family, LocalizedText label, String citation,
        List<Icd10Range> icd10) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    /**
     * Checks the code's shape and that only pathologies carry ICD-10 ranges.
     *
     * @param code the code
     * @param family its family
     * @param label its labels
     * @param citation the report section naming it
     * @param icd10 its ICD-10 ranges; empty unless a pathology
     */
    public TaxonomyEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        icd10 = List.copyOf(icd10);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("taxonomy code must be upper-case words joined by '-', got " + code);
        }
        if (!icd10.isEmpty() && family != TaxonomyFamily.PATHOLOGY) {
            throw new IllegalArgumentException(code + ": only pathologies carry ICD-10 ranges");
        }
    }

    /**
     * Whether this entry covers the ICD-10 code {@code icd10Code}.
     *
     * @param icd10Code an ICD-10 code
     * @return whether one of this entry's ranges contains it
     */
    public boolean covers(String icd10Code) {
        return icd10.stream().anyMatch(r -> r.contains(icd10Code));
    }
}
