package it.esibe.rules.support;

import it.esibe.core.decision.LocalizedText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a support catalogue: an event series of the Montalcini Global Biotech Tour, a research
 * hub, or a market mapped in annex IV, with what it is about and where the report names it.
 *
 * <p>Events are annual series: {@link #editions()} lists the editions known to the catalogue (the
 * report's, in the bundled catalogue), to month precision because that is what the report gives.
 * {@link #nextEdition(LocalDate)} projects later ones.
 *
 * @param kind event, hub or market
 * @param id a stable id, unique within its kind: lower-case words joined by {@code -}, such as {@code bio-korea}
 * @param name the name in Italian and English
 * @param city the city, in Italian and English, when known
 * @param country the ISO 3166-1 alpha-2 country code, such as {@code KR}
 * @param editions for an event, its known editions in ascending order (at least one); empty otherwise
 * @param focus what the entry is about, on the report's authority or as an ESIBE editorial classification
 * @param strengths for a market, the strengths the report names, in its words (Italian) and in English
 * @param citation where the report names the entry, such as {@code Rapporto ad interim, §5.4}
 * @param note a caveat for readers (a renamed event, a city the report does not give), if any
 * @since 0.1.0
 */
public record SupportEntry(SupportKind kind, String id, LocalizedText name, @Nullable LocalizedText city,
        String country, List<YearMonth> editions, List<Focus> focus, List<LocalizedText> strengths, String citation,
        @Nullable LocalizedText note) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * Checks the id, country and editions, and copies the lists.
     *
     * @param kind event, hub or market
     * @param id lower-case words joined by {@code -}
     * @param name the name in Italian and English
     * @param city the city, or {@code null} when unknown
     * @param country an ISO 3166-1 alpha-2 code
     * @param editions an event's known editions, ascending, without repeats; empty for other kinds
     * @param focus what the entry is about; copied
     * @param strengths a market's strengths; copied
     * @param citation where the report names the entry
     * @param note a caveat for readers, or {@code null}
     * @throws IllegalArgumentException if the id or country is malformed, the editions are out of
     *     order or repeat, or an event has no editions or another kind has some
     */
    public SupportEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(citation, "citation");
        editions = List.copyOf(editions);
        focus = List.copyOf(focus);
        strengths = List.copyOf(strengths);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("support entry id must be lower-case words joined by '-', got " + id);
        }
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException(id + ": country must be an ISO 3166-1 alpha-2 code, got " + country);
        }
        if ((kind == SupportKind.EVENT) == editions.isEmpty()) {
            throw new IllegalArgumentException(id + ": events, and only events, list their editions");
        }
        for (int i = 1; i < editions.size(); i++) {
            if (!editions.get(i - 1).isBefore(editions.get(i))) {
                throw new IllegalArgumentException(id + ": editions must be in ascending order without repeats");
            }
        }
    }

    /**
     * The first edition whose whole month lies after {@code after}, with whether its date is only
     * projected; empty for an entry that is not an event.
     *
     * <p>The first known edition after {@code after} is returned as announced. Past the last known
     * one, the series is assumed annual (ESIBE-TAXONOMY-v1, "Support programme"): the same month of
     * the first following year whose month lies after {@code after}, marked projected. An edition in
     * the month of {@code after} itself does not count: with month precision it may already be over.
     *
     * @param after the date the edition must come after, typically today or the decision's date
     * @return the next edition, or empty for a hub or market
     */
    public Optional<Edition> nextEdition(LocalDate after) {
        Objects.requireNonNull(after, "after");
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        for (YearMonth e : editions) {
            if (e.atDay(1).isAfter(after)) {
                return Optional.of(new Edition(e, false));
            }
        }
        YearMonth last = editions.get(editions.size() - 1);
        YearMonth next = last.plusYears(1);
        while (!next.atDay(1).isAfter(after)) {
            next = next.plusYears(1);
        }
        return Optional.of(new Edition(next, true));
    }

    /**
     * Every taxonomy code of every focus, in order of first appearance.
     *
     * @return the codes without repeats, in a new list
     */
    public List<String> codes() {
        List<String> all = new ArrayList<>();
        for (Focus f : focus) {
            for (String c : f.codes()) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    /**
     * One edition of an event series.
     *
     * @param month the month it takes place in
     * @param projected {@code true} when the date is ESIBE's projection of an annual series, not announced
     */
    public record Edition(YearMonth month, boolean projected) {
        /**
         * Rejects a missing month.
         *
         * @param month the month it takes place in
         * @param projected whether the date is projected rather than announced
         */
        public Edition {
            Objects.requireNonNull(month, "month");
        }
    }
}
