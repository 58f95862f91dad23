package it.esibe.support;

import it.esibe.core.decision.LocalizedText;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a support catalogue: an event of the Montalcini Global Biotech Tour, a research hub,
 * or a market mapped in annex IV, with what it is about and where the report names it.
 *
 * <p>An event lists the {@link #editions()} the catalogue knows, each to the precision its source
 * gives (a month, a day or a run of days), in its own place when it has one (BIO-Europe moves from
 * city to city) and with the press releases that record it. {@link #nextEdition(LocalDate)} picks
 * the next known edition and, past the last one, projects an {@link Recurrence#ANNUAL annual}
 * series from that latest real edition. Build entries with {@link #builder(SupportKind, String)}.
 *
 * @param kind event, hub or market
 * @param id a stable id, unique within its kind: lower-case words joined by {@code -}, such as {@code bio-korea}
 * @param name the name in Italian and English
 * @param city the city, in Italian and English, when known: for an event, the city of its editions
 *     that name none (the report's city for the report's series)
 * @param country the ISO 3166-1 alpha-2 country code, such as {@code KR}; for an event, that of its
 *     editions that name no place
 * @param editions for an event, its known editions in ascending order (at least one, at most one a
 *     month), each with its place filled in from the entry's when it names none; empty otherwise
 * @param recurrence for an event, whether it is an annual series or a single occasion;
 *     {@link Recurrence#ANNUAL} for hubs and markets, where it means nothing
 * @param focus what the entry is about, on the report's authority or as an ESIBE editorial classification
 * @param strengths for a market, the strengths the report names, in its words (Italian) and in English
 * @param citation where the report names the entry, such as {@code Rapporto ad interim, §5.4}
 * @param note a caveat for readers (a renamed event, a city the report does not give), if any
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SupportEntry(SupportKind kind, String id, LocalizedText name, @Nullable LocalizedText city,
        String country, List<Edition> editions, Recurrence recurrence, List<Focus> focus,
        List<LocalizedText> strengths, String citation, @Nullable LocalizedText note) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * Checks the id, country and editions, fills in each edition's place, and copies the lists.
     *
     * @param kind event, hub or market
     * @param id lower-case words joined by {@code -}
     * @param name the name in Italian and English
     * @param city the city, or {@code null} when unknown
     * @param country an ISO 3166-1 alpha-2 code
     * @param editions an event's known editions, ascending, at most one a month; empty for other kinds
     * @param recurrence whether an event is annual or a single occasion
     * @param focus what the entry is about; copied
     * @param strengths a market's strengths; copied
     * @param citation where the report names the entry
     * @param note a caveat for readers, or {@code null}
     * @throws IllegalArgumentException if the id or country is malformed, the editions are out of
     *     order or two fall in one month, an edition is projected, or an event has no editions or
     *     another kind has some
     */
    public SupportEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(citation, "citation");
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
        List<Edition> placed = new ArrayList<>(editions.size());
        for (Edition e : editions) {
            if (Objects.requireNonNull(e, "edition").projected()) {
                throw new IllegalArgumentException(id + ": a catalogue lists real editions, not projected ones");
            }
            placed.add(e.country() == null ? e.withPlace(city, country) : e);
        }
        editions = List.copyOf(placed);
        for (int i = 1; i < editions.size(); i++) {
            if (!editions.get(i - 1).month().isBefore(editions.get(i).month())) {
                throw new IllegalArgumentException(id + ": editions must be in ascending order, at most one a month");
            }
        }
    }

    /**
     * An entry whose editions are annual and known to the month, as the report gives them (the
     * catalogue's first form); see {@link #builder(SupportKind, String)} for the others.
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
     * @throws IllegalArgumentException as the canonical constructor
     */
    public SupportEntry(SupportKind kind, String id, LocalizedText name, @Nullable LocalizedText city, String country,
            List<YearMonth> editions, List<Focus> focus, List<LocalizedText> strengths, String citation,
            @Nullable LocalizedText note) {
        this(kind, id, name, city, country, editions.stream().map(Edition::inMonth).toList(), Recurrence.ANNUAL,
                focus, strengths, citation, note);
    }

    /**
     * A builder for an entry of {@code kind} with {@code id}; events need at least one edition.
     *
     * @param kind event, hub or market
     * @param id lower-case words joined by {@code -}
     * @return a new builder
     */
    public static Builder builder(SupportKind kind, String id) {
        return new Builder(kind, id);
    }

    /**
     * The next edition that begins after {@code after}, known or projected; empty for an entry that
     * is not an event, and for a {@link Recurrence#ONE_OFF single occasion} whose last edition has
     * begun.
     *
     * <p>A known edition counts when it begins after {@code after}: its first day when the catalogue
     * knows its days, else the first of its month (with month precision it may already be over
     * later in that month). Past the last known edition, an {@link Recurrence#ANNUAL annual} series
     * is projected from that latest real edition (ESIBE-TAXONOMY-v1, "Support programme"): the same
     * month of the first following year whose month lies after {@code after}, in the same place,
     * marked {@link Edition#projected()} and naming the edition it was projected from.
     *
     * @param after the date the edition must come after, typically today or the decision's date
     * @return the next edition, or empty when there is none to recommend
     */
    public Optional<Edition> nextEdition(LocalDate after) {
        Objects.requireNonNull(after, "after");
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        for (Edition e : editions) {
            if (e.begins().isAfter(after)) {
                return Optional.of(e);
            }
        }
        if (recurrence == Recurrence.ONE_OFF) {
            return Optional.empty();
        }
        Edition latest = editions.get(editions.size() - 1);
        YearMonth next = latest.month().plusYears(1);
        while (!next.atDay(1).isAfter(after)) {
            next = next.plusYears(1);
        }
        return Optional.of(new Edition(next, null, null, latest.city(), latest.country(), List.of(), latest));
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
     * One edition of an event: when (a month, a day or a run of days), where, and which press
     * releases record it; or, when {@link #projected()}, ESIBE's projection of an annual series.
     *
     * <p>Build one with {@link #inMonth(YearMonth)}, {@link #on(LocalDate)} or
     * {@link #onDays(LocalDate, LocalDate)}, then {@link #in(LocalizedText, String)} and
     * {@link #citing(List)}. An edition that names no place is held at its entry's.
     *
     * @param month the month it takes place in (begins in, for days that run into the next month)
     * @param firstDay its first day, when known; {@code null} for an edition known to the month
     * @param lastDay its last day, when known; equal to {@code firstDay} for a one-day edition
     * @param city the city, when known
     * @param country the ISO 3166-1 alpha-2 country code; {@code null} only before the entry fills in its own
     * @param sources the press releases that record this edition; empty for the report's own editions
     *     (the entry's citation) and for projections
     * @param projectedFrom for a projection, the latest real edition it repeats; {@code null} for a real edition
     */
    public record Edition(YearMonth month, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
            @Nullable LocalizedText city, @Nullable String country, List<Source> sources,
            @Nullable Edition projectedFrom) {

        /**
         * Checks that the days lie in order from {@code month}, a city has its country, and a
         * projection repeats a real edition, to the month and without sources.
         *
         * @param month the month it takes place in
         * @param firstDay its first day, or {@code null}
         * @param lastDay its last day, or {@code null}; given exactly when {@code firstDay} is
         * @param city the city, or {@code null}
         * @param country the country code, or {@code null}; required with a city
         * @param sources the press releases recording it; copied
         * @param projectedFrom the real edition a projection repeats, or {@code null}
         * @throws IllegalArgumentException if any of those does not hold
         */
        public Edition {
            Objects.requireNonNull(month, "month");
            sources = List.copyOf(sources);
            if ((firstDay == null) != (lastDay == null)) {
                throw new IllegalArgumentException("an edition known to the day has a first and a last day");
            }
            if (firstDay != null && (!YearMonth.from(firstDay).equals(month) || lastDay.isBefore(firstDay))) {
                throw new IllegalArgumentException("edition of " + month + ": days " + firstDay + "–" + lastDay
                        + " must begin in that month and end on or after the first");
            }
            if (city != null && country == null) {
                throw new IllegalArgumentException("edition of " + month + ": a city needs its country");
            }
            if (country != null && !COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException("edition of " + month + ": country must be an ISO 3166-1 alpha-2"
                        + " code, got " + country);
            }
            if (projectedFrom != null && (firstDay != null || !sources.isEmpty() || projectedFrom.projected())) {
                throw new IllegalArgumentException("edition of " + month + ": a projection is known to the month only,"
                        + " has no sources and repeats a real edition");
            }
        }

        /**
         * An edition known to the month, such as the report's "BIO Korea (Seoul, May 2025)".
         *
         * @param month the month
         * @return the edition, with no place and no sources yet
         */
        public static Edition inMonth(YearMonth month) {
            return new Edition(month, null, null, null, null, List.of(), null);
        }

        /**
         * A one-day edition, such as Swiss Biotech Day on 5 May 2025.
         *
         * @param day the day
         * @return the edition, with no place and no sources yet
         */
        public static Edition on(LocalDate day) {
            return onDays(day, day);
        }

        /**
         * An edition over consecutive days, such as the Tour's stop in Doha on 16–17 April 2025.
         *
         * @param firstDay the first day
         * @param lastDay the last day, on or after the first
         * @return the edition, with no place and no sources yet
         * @throws IllegalArgumentException if the last day comes before the first
         */
        public static Edition onDays(LocalDate firstDay, LocalDate lastDay) {
            return new Edition(YearMonth.from(firstDay), firstDay, lastDay, null, null, List.of(), null);
        }

        /**
         * This edition held in {@code city}, {@code country}.
         *
         * @param city the city in Italian and English, or {@code null} when only the country is known
         * @param country an ISO 3166-1 alpha-2 code
         * @return a copy in that place
         */
        public Edition in(@Nullable LocalizedText city, String country) {
            return withPlace(city, Objects.requireNonNull(country, "country"));
        }

        /**
         * This edition recorded by {@code sources}.
         *
         * @param sources the press releases that record it
         * @return a copy with those sources
         */
        public Edition citing(List<Source> sources) {
            return new Edition(month, firstDay, lastDay, city, country, sources, projectedFrom);
        }

        /**
         * Whether the date is ESIBE's projection of an annual series rather than a real edition.
         *
         * @return {@code true} when {@link #projectedFrom()} names the edition it repeats
         */
        public boolean projected() {
            return projectedFrom != null;
        }

        /**
         * Whether the catalogue knows the edition's days, not just its month.
         *
         * @return {@code true} when {@link #firstDay()} is given
         */
        public boolean knownToTheDay() {
            return firstDay != null;
        }

        /** The first day it may be under way: its first day, or the first of its month. */
        LocalDate begins() {
            return firstDay != null ? firstDay : month.atDay(1);
        }

        private Edition withPlace(@Nullable LocalizedText city, @Nullable String country) {
            return new Edition(month, firstDay, lastDay, city, country, sources, projectedFrom);
        }
    }

    /**
     * A published record of an edition: who published it and under what title, and where to read it.
     *
     * <p>The title is the one published, in the language published. Where no title is known the
     * title is a description in square brackets, as bibliographies mark a supplied title, such as
     * {@code [Adnkronos note on the Doha stop]}.
     *
     * @param publisher who published it, such as {@code MAECI} or {@code Consolato d'Italia a Basilea}
     * @param title its title as published, or a description in square brackets
     * @param url where it was published, an absolute http or https address, when known
     */
    public record Source(String publisher, String title, @Nullable URI url) {

        /**
         * Rejects a blank publisher or title and an address that is not absolute http or https.
         *
         * @param publisher who published it
         * @param title its title, or a description in square brackets
         * @param url where it was published, or {@code null}
         * @throws IllegalArgumentException if a text is blank or the address is not absolute http(s)
         */
        public Source {
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(title, "title");
            if (publisher.isBlank() || title.isBlank()) {
                throw new IllegalArgumentException("a source names its publisher and title");
            }
            if (url != null && (!url.isAbsolute() || url.getHost() == null
                    || !List.of("http", "https").contains(url.getScheme().toLowerCase(Locale.ROOT)))) {
                throw new IllegalArgumentException("a source's address must be an absolute http or https URL, got " + url);
            }
        }
    }

    /**
     * Builds a {@link SupportEntry}. Not thread-safe; the entry it builds is immutable.
     */
    public static final class Builder {
        private final SupportKind kind;
        private final String id;
        private @Nullable LocalizedText name;
        private @Nullable LocalizedText city;
        private @Nullable String country;
        private final List<Edition> editions = new ArrayList<>();
        private Recurrence recurrence = Recurrence.ANNUAL;
        private final List<Focus> focus = new ArrayList<>();
        private final List<LocalizedText> strengths = new ArrayList<>();
        private @Nullable String citation;
        private @Nullable LocalizedText note;

        private Builder(SupportKind kind, String id) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the name (required).
         *
         * @param name the name in Italian and English
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the place (the country is required; the city may be unknown).
         *
         * @param city the city in Italian and English, or {@code null}
         * @param country an ISO 3166-1 alpha-2 code
         * @return this builder
         */
        public Builder place(@Nullable LocalizedText city, String country) {
            this.city = city;
            this.country = Objects.requireNonNull(country, "country");
            return this;
        }

        /**
         * Adds an edition after those added so far.
         *
         * @param edition a real edition
         * @return this builder
         */
        public Builder edition(Edition edition) {
            editions.add(Objects.requireNonNull(edition, "edition"));
            return this;
        }

        /**
         * Sets whether the event recurs; {@link Recurrence#ANNUAL} unless set.
         *
         * @param recurrence annual or a single occasion
         * @return this builder
         */
        public Builder recurrence(Recurrence recurrence) {
            this.recurrence = Objects.requireNonNull(recurrence, "recurrence");
            return this;
        }

        /**
         * Adds a focus after those added so far.
         *
         * @param focus what the entry is about, and on whose authority
         * @return this builder
         */
        public Builder focus(Focus focus) {
            this.focus.add(Objects.requireNonNull(focus, "focus"));
            return this;
        }

        /**
         * Adds a market's strength after those added so far.
         *
         * @param strength a strength the report names
         * @return this builder
         */
        public Builder strength(LocalizedText strength) {
            strengths.add(Objects.requireNonNull(strength, "strength"));
            return this;
        }

        /**
         * Sets where the report names the entry (required).
         *
         * @param citation such as {@code Rapporto ad interim, §5.4}
         * @return this builder
         */
        public Builder citation(String citation) {
            this.citation = Objects.requireNonNull(citation, "citation");
            return this;
        }

        /**
         * Sets a caveat for readers.
         *
         * @param note the caveat, or {@code null} for none
         * @return this builder
         */
        public Builder note(@Nullable LocalizedText note) {
            this.note = note;
            return this;
        }

        /**
         * The entry.
         *
         * @return a new immutable entry
         * @throws NullPointerException if the name, country or citation is missing
         * @throws IllegalArgumentException as the {@link SupportEntry} constructor
         */
        public SupportEntry build() {
            return new SupportEntry(kind, id, Objects.requireNonNull(name, "name of " + id), city,
                    Objects.requireNonNull(country, "country of " + id), editions, recurrence, focus, strengths,
                    Objects.requireNonNull(citation, "citation of " + id), note);
        }
    }
}
