package it.esibe.support;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.model.Track;
import it.esibe.core.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes a recommendation's explanation in Italian and English, naming the shared codes. */
final class Explanations {

    private static final DateTimeFormatter MONTH_IT = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ITALIAN);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_IT = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ITALIAN);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_EN = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

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
            SupportEntry.Edition from = edition.projectedFrom();
            if (from != null) {
                it.append(" Prossima edizione: ").append(when(edition, true))
                        .append(" (data stimata dalla cadenza annuale, non ancora annunciata; ultima edizione nota: ")
                        .append(when(from, true)).append(place(from, true)).append(").");
                en.append(" Next edition: ").append(when(edition, false))
                        .append(" (projected from the annual series, not yet announced; last known edition: ")
                        .append(when(from, false)).append(place(from, false)).append(").");
                sources(from, it, "Fonte dell'ultima edizione nota", "Fonti dell'ultima edizione nota", true);
                sources(from, en, "Source of the last known edition", "Sources of the last known edition", false);
            } else {
                it.append(" Edizione: ").append(when(edition, true)).append(place(edition, true)).append(" (annunciata).");
                en.append(" Edition: ").append(when(edition, false)).append(place(edition, false)).append(" (announced).");
                sources(edition, it, "Fonte", "Fonti", true);
                sources(edition, en, "Source", "Sources", false);
            }
        }
        return new LocalizedText(it.toString(), en.toString());
    }

    /**
     * When an edition takes place, to the precision the catalogue knows: a month ("maggio 2025"),
     * or days, which Italian prose writes as dates ("05/05/2025", "dal 16/04/2025 al 17/04/2025")
     * and English in words ("5 May 2025", "16–17 April 2025").
     */
    private static String when(SupportEntry.Edition e, boolean italian) {
        LocalDate first = e.firstDay();
        LocalDate last = e.lastDay();
        if (first == null || last == null) {
            return e.month().format(italian ? MONTH_IT : MONTH_EN);
        }
        if (italian) {
            return first.equals(last) ? first.format(DAY_IT)
                    : "dal " + first.format(DAY_IT) + " al " + last.format(DAY_IT);
        }
        if (first.equals(last)) {
            return first.format(DAY_EN);
        }
        if (YearMonth.from(first).equals(YearMonth.from(last))) {
            return first.getDayOfMonth() + "–" + last.format(DAY_EN);
        }
        return (first.getYear() == last.getYear() ? first.format(DAY_MONTH_EN) : first.format(DAY_EN))
                + " – " + last.format(DAY_EN);
    }

    /** {@code ", Vienna"}, or nothing when the city is unknown. */
    private static String place(SupportEntry.Edition e, boolean italian) {
        LocalizedText city = e.city();
        return city == null ? "" : ", " + (italian ? city.it() : city.en());
    }

    /** " Fonte: MAECI, «titolo»." — each source with its publisher and title; nothing when there is none. */
    private static void sources(SupportEntry.Edition e, StringBuilder out, String one, String many, boolean italian) {
        List<SupportEntry.Source> sources = e.sources();
        if (sources.isEmpty()) {
            return;
        }
        out.append(' ').append(sources.size() == 1 ? one : many).append(": ")
                .append(sources.stream().map(s -> s.publisher() + ", " + (italian ? "«" + s.title() + "»"
                        : "“" + s.title() + "”")).collect(Collectors.joining("; "))).append('.');
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
