package it.esibe.rules.support;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.model.Track;
import it.esibe.core.taxonomy.Taxonomy;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes a recommendation's explanation in Italian and English, naming the shared codes. */
final class Explanations {

    private static final DateTimeFormatter MONTH_IT = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ITALIAN);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Explanations() {
    }

    static LocalizedText of(SupportEntry entry, List<String> shared, @Nullable Track track, FocusBasis basis,
            SupportEntry.@Nullable Edition edition, Taxonomy taxonomy) {
        StringBuilder it = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (shared.isEmpty()) {
            it.append("Nessun codice in comune");
            en.append("No code in common");
        } else {
            it.append("Codici in comune: ").append(codes(shared, taxonomy, true));
            en.append("Shared codes: ").append(codes(shared, taxonomy, false));
        }
        if (track != null) {
            it.append("; adatto al percorso ").append(track == Track.PRECISION_MEDICINE
                    ? "medicina di precisione" : "biotecnologie industriali e ambientali");
            en.append("; suits the ").append(track == Track.PRECISION_MEDICINE
                    ? "precision medicine" : "industrial and environmental biotechnology").append(" track");
        }
        it.append('.');
        en.append('.');
        if (basis == FocusBasis.REPORT) {
            it.append(" Focus indicato dal rapporto (").append(entry.citation()).append(").");
            en.append(" Focus stated in the report (").append(entry.citation()).append(").");
        } else {
            it.append(" Focus: classificazione editoriale ESIBE, non indicata dal rapporto.");
            en.append(" Focus: ESIBE editorial classification, not stated in the report.");
        }
        if (edition != null) {
            String monthIt = edition.month().format(MONTH_IT);
            String monthEn = edition.month().format(MONTH_EN);
            if (edition.projected()) {
                it.append(" Prossima edizione: ").append(monthIt)
                        .append(" (data stimata dalla cadenza annuale, non ancora annunciata).");
                en.append(" Next edition: ").append(monthEn)
                        .append(" (projected from the annual series, not yet announced).");
            } else {
                it.append(" Edizione: ").append(monthIt).append(" (annunciata).");
                en.append(" Edition: ").append(monthEn).append(" (announced).");
            }
        }
        return new LocalizedText(it.toString(), en.toString());
    }

    /** {@code PAT-ONCO (Tumori), TEC-RNA (…)}, with the short form of each label. */
    private static String codes(List<String> codes, Taxonomy taxonomy, boolean italian) {
        return codes.stream().map(c -> taxonomy.find(c)
                .map(e -> c + " (" + shortLabel(italian ? e.label().it() : e.label().en()) + ")")
                .orElse(c)).collect(Collectors.joining(", "));
    }

    /** The label without its parenthesised detail: "Greenhouse-gas reduction (fixation …)" → "Greenhouse-gas reduction". */
    private static String shortLabel(String label) {
        int paren = label.indexOf(" (");
        // Keep "(AMR)"-style acronyms, which are short; drop long parenthesised lists.
        return paren > 0 && label.length() - paren > 8 ? label.substring(0, paren) : label;
    }
}
