package it.esibe.support;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.support.spi.SupportCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Recommends to an admitted company the support offers of §5.4 that fit it: the next editions of
 * the Montalcini Global Biotech Tour's events, research hubs and markets, each with a score and an
 * explanation in Italian and English.
 *
 * <pre>{@code
 * SupportMatcher matcher = SupportMatcher.builder(Esibe.taxonomy()).build();   // the bundled catalogue
 * List<Recommendation> r = matcher.recommend(application, decision, LocalDate.of(2025, 6, 30));
 * }</pre>
 *
 * <p><b>Taxonomy.</b> The matcher reads the codes of catalogues and applications in the taxonomy
 * it is built with, which tells priorities from technologies and gives the labels of explanations:
 * the national taxonomy of {@code esibe-rules} ({@code Esibe.taxonomy()}), or an evaluator
 * registry's ({@code EsibeRegistry.taxonomy()}) when catalogues name regional codes. This module
 * does not depend on the rules, so the caller passes it.
 *
 * <p><b>Score.</b> The company's codes are the technologies and priorities of its R&amp;D programmes.
 * For each catalogue entry: every shared national priority ({@code PAT-*}, {@code IND-*}, §5.1)
 * adds {@value #PRIORITY_WEIGHT}, every shared emerging technology ({@code TEC-*}, §5.2) adds
 * {@value #TECHNOLOGY_WEIGHT}, and an entry that suits the company's admission track adds
 * {@value #TRACK_WEIGHT}. So one shared priority outweighs one shared technology, and any shared
 * code outweighs a match on the track alone. Entries scoring 0 are left out: a company with nothing
 * in common with the catalogue gets an empty list, never a guess.
 *
 * <p><b>Dates.</b> An event is recommended in its next edition after the given date
 * ({@link SupportEntry#nextEdition(LocalDate)}): the next real edition the catalogue knows, else a
 * projection of an annual series from its latest real edition, which the explanation says is
 * projected, not announced. A {@link Recurrence#ONE_OFF single occasion} already held is left out.
 *
 * <p><b>Order.</b> Events, then hubs, then markets; within a kind, by descending score, ties broken
 * by id. The result depends only on the inputs and the catalogue, never on the clock or on
 * iteration order of hash sets.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SupportMatcher {

    /** What a shared national priority (§5.1) adds to the score. */
    public static final int PRIORITY_WEIGHT = 3;
    /** What a shared emerging technology (§5.2) adds to the score. */
    public static final int TECHNOLOGY_WEIGHT = 2;
    /** What suiting the company's admission track adds to the score. */
    public static final int TRACK_WEIGHT = 1;

    private static final Comparator<Recommendation> ORDER = Comparator
            .comparing((Recommendation r) -> r.kind().ordinal())
            .thenComparing(Comparator.comparingInt(Recommendation::score).reversed())
            .thenComparing(Recommendation::id);

    private final List<SupportEntry> entries;
    private final Taxonomy taxonomy;
    private final Map<String, Integer> codeOrder;

    private SupportMatcher(List<SupportEntry> entries, Taxonomy taxonomy) {
        this.entries = List.copyOf(entries);
        this.taxonomy = taxonomy;
        Map<String, Integer> order = new LinkedHashMap<>();
        for (TaxonomyEntry e : taxonomy.entries()) {
            order.put(e.code(), order.size());
        }
        this.codeOrder = order;
    }

    /**
     * A builder that starts from the bundled catalogue {@link SupportCatalogues#interim()}.
     *
     * @param taxonomy the taxonomy every entry's codes must belong to, which also labels the codes
     *     in explanations: the national taxonomy ({@code Esibe.taxonomy()} of {@code esibe-rules})
     *     or one that extends it
     * @return a new builder holding the bundled entries
     */
    public static Builder builder(Taxonomy taxonomy) {
        return new Builder(Objects.requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * The effective catalogue: every entry the matcher chooses from.
     *
     * @return the entries, events, then hubs, then markets; unmodifiable
     */
    public List<SupportEntry> entries() {
        return entries;
    }

    /**
     * The offers that fit {@code application}, in the documented order, with events' next editions
     * after {@code after}.
     *
     * @param application the admitted company's application
     * @param decision its decision, which must be {@link Outcome#ELIGIBLE}: support is for the
     *     companies entered in the register (§5.4)
     * @param after events are recommended in their first edition that begins after this date
     * @return the recommendations with a positive score, in the documented order, without single
     *     occasions already held; empty when nothing fits; unmodifiable
     * @throws IllegalArgumentException if the decision is not {@code ELIGIBLE} or is about another application
     */
    public List<Recommendation> recommend(Application application, Decision decision, LocalDate after) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(after, "after");
        if (decision.outcome() != Outcome.ELIGIBLE) {
            throw new IllegalArgumentException("support is for admitted companies only (§5.4), "
                    + decision.applicationId() + " is " + decision.outcome());
        }
        if (decision.applicationId() != null && !decision.applicationId().equals(application.applicationId())) {
            throw new IllegalArgumentException("the decision is about " + decision.applicationId()
                    + ", not about " + application.applicationId());
        }
        Set<String> companyCodes = new LinkedHashSet<>();
        for (Program p : application.programs()) {
            if (p == null) {
                continue;
            }
            if (p.technology() != null) {
                companyCodes.add(p.technology());
            }
            if (p.priorities() != null) {
                companyCodes.addAll(p.priorities());
            }
        }
        Track track = application.track();
        List<Recommendation> out = new ArrayList<>();
        for (SupportEntry entry : entries) {
            List<String> shared = new ArrayList<>(entry.codes());
            shared.retainAll(companyCodes);
            shared.sort(Comparator.comparing((String c) -> isPriority(c) ? 0 : 1)
                    .thenComparing(c -> codeOrder.getOrDefault(c, Integer.MAX_VALUE)).thenComparing(c -> c));
            boolean trackMatch = entry.focus().stream().anyMatch(f -> f.tracks().contains(track));
            int score = (trackMatch ? TRACK_WEIGHT : 0);
            for (String c : shared) {
                score += isPriority(c) ? PRIORITY_WEIGHT : TECHNOLOGY_WEIGHT;
            }
            if (score == 0) {
                continue;
            }
            // The shared codes carry the match, so they decide its basis; the track only when no code is shared.
            boolean fromReport = entry.focus().stream()
                    .filter(f -> f.basis() == FocusBasis.REPORT)
                    .anyMatch(f -> shared.isEmpty() ? f.tracks().contains(track)
                            : f.codes().stream().anyMatch(shared::contains));
            FocusBasis basis = fromReport ? FocusBasis.REPORT : FocusBasis.ESIBE_EDITORIAL;
            SupportEntry.Edition edition = entry.nextEdition(after).orElse(null);
            if (entry.kind() == SupportKind.EVENT && edition == null) {
                continue;   // a single occasion already held: nothing left to attend
            }
            out.add(new Recommendation(entry, score, shared, trackMatch, basis,
                    Explanations.of(entry, shared, trackMatch ? track : null, basis, edition, taxonomy), edition));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private boolean isPriority(String code) {
        return taxonomy.find(code).map(e -> e.family().isPriority()).orElse(false);
    }

    /**
     * Configures a {@link SupportMatcher}: which catalogues it chooses from; their codes are checked
     * against the taxonomy given to {@link SupportMatcher#builder(Taxonomy)}. Not thread-safe; the
     * matcher it builds is.
     */
    public static final class Builder {

        private final Map<String, SupportEntry> entries = new LinkedHashMap<>();
        private final Taxonomy taxonomy;

        private Builder(Taxonomy taxonomy) {
            this.taxonomy = taxonomy;
            add(SupportCatalogues.interim());
        }

        /**
         * Adds {@code catalogue}'s entries: one whose kind and id are already present replaces the
         * earlier entry in its place; the others are appended.
         *
         * @param catalogue the catalogue whose entries to add
         * @return this builder
         */
        public Builder add(SupportCatalogue catalogue) {
            Objects.requireNonNull(catalogue, "catalogue");
            for (SupportEntry e : Objects.requireNonNull(catalogue.entries(), "entries of " + catalogue.name())) {
                entries.put(e.kind() + ":" + e.id(), Objects.requireNonNull(e, "entry of " + catalogue.name()));
            }
            return this;
        }

        /**
         * Forgets every entry added so far, the bundled ones included: the next catalogues replace them.
         *
         * @return this builder
         */
        public Builder clear() {
            entries.clear();
            return this;
        }

        /**
         * Adds every {@link SupportCatalogue} that {@link ServiceLoader} finds on the module path or
         * class path, ordered by {@link SupportCatalogue#name()} so that the result does not depend on
         * the order of jars. Opt-in: nothing is discovered unless this is called.
         *
         * @return this builder
         */
        public Builder discoverCatalogues() {
            List<SupportCatalogue> found = new ArrayList<>();
            ServiceLoader.load(SupportCatalogue.class, SupportMatcher.class.getClassLoader()).forEach(found::add);
            found.sort(Comparator.comparing(SupportCatalogue::name));
            found.forEach(this::add);
            return this;
        }

        /**
         * An immutable matcher over the entries added, events first, then hubs, then markets, each
         * kind in the order added.
         *
         * @return the matcher
         * @throws ConfigurationException if an entry names a code the taxonomy does not have
         */
        public SupportMatcher build() {
            List<SupportEntry> list = new ArrayList<>(entries.values());
            for (SupportEntry e : list) {
                for (String code : e.codes()) {
                    if (taxonomy.find(code).isEmpty()) {
                        throw new ConfigurationException("support entry " + e.kind() + " " + e.id()
                                + " names the unknown taxonomy code " + code);
                    }
                }
            }
            list.sort(Comparator.comparing(e -> e.kind().ordinal()));
            return new SupportMatcher(list, taxonomy);
        }
    }
}
