package it.esibe.rules;

import it.esibe.core.ConfigurationException;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.InvalidInputException;
import it.esibe.core.ruleset.ReformDefinition;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.EsibeProvider;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.spi.Origin;
import it.esibe.core.spi.Registered;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.RulesetProviderContext;
import it.esibe.core.spi.TaxonomyProvider;
import it.esibe.core.spi.TaxonomyProviderContext;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.rules.internal.CompositeTaxonomy;
import it.esibe.rules.internal.BuiltInMessages;
import it.esibe.rules.internal.Origins;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The rulesets, taxonomy, messages and evidence sources an embedder works with: ESIBE's own, plus
 * every provider registered through {@link Esibe#builder()} (the main path) or discovered on the
 * class path when the embedder opts in.
 *
 * <pre>{@code
 * EsibeRegistry esibe = Esibe.builder()
 *         .rulesetProvider(new LombardyRulesets())
 *         .taxonomyProvider(new LombardyTaxonomy())
 *         .build();
 * ApplicationEvaluator evaluator = esibe.evaluator().ruleset("lom-2026").build();
 * }</pre>
 *
 * <p>Everything is checked when the registry is built: a provider built for another SPI version, a
 * ruleset id or taxonomy code that repeats, two rulesets of one series from the same day, a
 * taxonomy namespace that is national or taken, is a {@link ConfigurationException} naming the
 * provider. Listings are in a deterministic order and carry each contribution's {@link Origin}.
 *
 * <p>Thread-safety: immutable and thread-safe; build one per configuration and share it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class EsibeRegistry {

    private static final EsibeRegistry DEFAULTS = new Builder().build();

    private final List<Registered<Ruleset>> rulesets;
    private final Map<String, Registered<Ruleset>> byId;
    private final CompositeTaxonomy taxonomy;
    private final List<Registered<MessageProvider>> messages;
    private final MessageCatalog catalog;
    private final List<Registered<EvidenceSource>> evidence;
    private final Duration evidenceTimeout;
    private final List<Origin> providers;

    private EsibeRegistry(List<Registered<Ruleset>> rulesets, CompositeTaxonomy taxonomy,
            List<Registered<MessageProvider>> messages, List<Registered<EvidenceSource>> evidence,
            Duration evidenceTimeout, List<Origin> providers) {
        List<Registered<Ruleset>> sorted = new ArrayList<>(rulesets);
        sorted.sort(Comparator.comparing((Registered<Ruleset> r) -> r.value().series())
                .thenComparing(r -> r.value().effectiveFrom()).thenComparing(r -> r.value().id()));
        this.rulesets = List.copyOf(sorted);
        Map<String, Registered<Ruleset>> ids = new LinkedHashMap<>();
        sorted.forEach(r -> ids.put(r.value().id(), r));
        this.byId = ids;
        this.taxonomy = taxonomy;
        this.messages = List.copyOf(messages);
        this.catalog = catalog(null);
        this.evidence = List.copyOf(evidence);
        this.evidenceTimeout = evidenceTimeout;
        this.providers = List.copyOf(providers);
    }

    /** {@return ESIBE's own rulesets and taxonomy, with no provider} */
    static EsibeRegistry defaults() {
        return DEFAULTS;
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /**
     * {@return every ruleset with its origin, ordered by series, then effective date, then id}
     */
    public List<Registered<Ruleset>> rulesets() {
        return rulesets;
    }

    /**
     * The ruleset with id {@code id}.
     *
     * @param id a ruleset id, such as {@code esibe-2024-interim}
     * @return the ruleset, or empty
     */
    public Optional<Ruleset> ruleset(String id) {
        return Optional.ofNullable(byId.get(id)).map(Registered::value);
    }

    /**
     * The ruleset of {@code series} in force at {@code date}: the one with the latest effective date
     * not after {@code date}.
     *
     * @param series a series, such as {@code esibe}
     * @param date the reference date
     * @return the ruleset, or empty when the series is unknown or starts after {@code date}
     */
    public Optional<Ruleset> rulesetInForce(String series, LocalDate date) {
        Ruleset found = null;
        for (Registered<Ruleset> r : rulesets) {
            Ruleset candidate = r.value();
            if (candidate.series().equals(series) && !candidate.effectiveFrom().isAfter(date)) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The rulesets of {@code series}, oldest first.
     *
     * @param series a series, such as {@code esibe}
     * @return its rulesets; empty for an unknown series
     */
    public List<Ruleset> series(String series) {
        return rulesets.stream().map(Registered::value).filter(r -> r.series().equals(series)).toList();
    }

    /** {@return the taxonomy: the national codes, then each provider's, in registration order} */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * The taxonomy {@code ruleset} judges codes against: the national codes and those of the
     * namespaces it accepts ({@link Ruleset#namespaces()}). A provider's codes thus count only
     * under the rulesets that accept them: a regional jar never changes a national decision.
     *
     * @param ruleset a ruleset
     * @return the codes it accepts
     */
    public Taxonomy taxonomyFor(Ruleset ruleset) {
        return taxonomy.restrictedTo(ruleset.namespaces());
    }

    /** Whether a taxonomy provider contributed namespace {@code namespace}. */
    boolean hasNamespace(String namespace) {
        return taxonomy.hasNamespace(namespace);
    }

    /**
     * The origin of taxonomy entry {@code code}.
     *
     * @param code a code of {@link #taxonomy()}
     * @return where it came from, or empty for an unknown code
     */
    public Optional<Origin> taxonomyOrigin(String code) {
        return taxonomy.origin(code);
    }

    /**
     * {@return the message providers registered or discovered, in the order they are consulted}
     * ESIBE's own texts come after them, so that a provider may reword any of them.
     */
    public List<Registered<MessageProvider>> messageProviders() {
        return messages;
    }

    /**
     * {@return the catalog of every message this registry knows: the providers', then ESIBE's own}
     * For tools and tests that render messages or run a criterion on their own
     * ({@code CriterionContext.builder(...).messages(registry.messages())}); an evaluator builds its
     * own, with the languages it was asked for.
     */
    public MessageCatalog messages() {
        return catalog;
    }

    /** The catalog of the providers and ESIBE's own texts, adding the further languages {@code chosen} (null: all). */
    MessageCatalog catalog(@Nullable Set<String> chosen) {
        List<MessageProvider> all = new ArrayList<>(messages.size() + 1);
        messages.forEach(r -> all.add(r.value()));
        all.add(BuiltInMessages.INSTANCE);
        return MessageCatalog.of(all, chosen);
    }

    /**
     * The label of a taxonomy entry in any language: the pattern {@code taxonomy.<CODE>} of the
     * first message provider that declares the language and has one (such as
     * {@code taxonomy.PAT-ONCO=Krebserkrankungen} for German), else the entry's own label in that
     * language: Italian for Italian, English for a language it lacks.
     *
     * <pre>{@code
     * String label = registry.label(registry.taxonomy().find("PAT-ONCO").orElseThrow(), Locale.GERMAN);
     * }</pre>
     *
     * @param entry an entry, typically of {@link #taxonomy()}
     * @param language the language wanted; only its language code counts
     * @return the label, never blank
     * @throws ConfigurationException if a provider fails or its pattern is malformed
     */
    public String label(TaxonomyEntry entry, Locale language) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(language, "language");
        return catalog.label(entry, language);
    }

    /** {@return the evidence sources, in the order they are asked} */
    public List<Registered<EvidenceSource>> evidenceSources() {
        return evidence;
    }

    /** {@return how long a criterion waits for an evidence source before answering {@code UNKNOWN}} */
    public Duration evidenceTimeout() {
        return evidenceTimeout;
    }

    /** {@return the origin of every provider, in the order they were registered} */
    public List<Origin> providers() {
        return providers;
    }

    /**
     * The ruleset a reform file states, derived from the rulesets of this registry: the base named
     * by {@code reform.base()}, with the criteria added (each with the parameters its ruleset has
     * and the base lacks), the criteria neutralised and the parameters overridden, in that order.
     * The registry is unchanged; {@link #withRuleset} makes one that also holds the result.
     *
     * <p>A criterion is added by its id from any ruleset of this registry, ESIBE's own or a
     * provider's (such as {@code LOM-SEAT} of {@code lom-2026}, on the class path): by default
     * after the last criterion, or right after the criterion {@code after} names. When rulesets
     * hold different criteria with one id, {@code from} says which; the added criterion's
     * parameters come from that ruleset, or else from the first ruleset (in {@link #rulesets()}
     * order) that has it.
     *
     * @param reform what the reform file states, such as {@code ReformJson.read(path)} of esibe-io
     * @return the derived ruleset, not registered
     * @throws InvalidInputException listing every problem of the definition, each at the JSON path of
     *     the reform file's format: an unknown base ({@code base}) or parameter
     *     ({@code parameters[0].name}, with the known ones), a value that does not suit its parameter
     *     ({@code parameters[0].value}, in the parameter key's words), an unknown criterion
     *     ({@code neutralised[0].criterion}, {@code added[0].criterion}, {@code added[0].after}), a
     *     blank reason or source, an id that is taken or malformed, a series that would have two
     *     rulesets starting on the same day
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public Ruleset derive(ReformDefinition reform) {
        return ReformDerivation.derive(this, Objects.requireNonNull(reform, "reform"));
    }

    /**
     * This registry with one more ruleset, such as one derived from a reform file, so that
     * evaluators can pin it by id and later reforms can derive from it. Taxonomy, messages and
     * evidence sources are shared; this registry is unchanged.
     *
     * @param ruleset the ruleset to add
     * @param origin where it came from, such as {@code new Origin("reform file", Origin.Kind.REGISTERED, "lower-rd.json")}
     * @return a new registry
     * @throws ConfigurationException if the id is taken, another ruleset of its series takes effect
     *     on the same day, it accepts a taxonomy namespace no provider contributes, or one of its
     *     criteria was built for another SPI version
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public EsibeRegistry withRuleset(Ruleset ruleset, Origin origin) {
        Objects.requireNonNull(ruleset, "ruleset");
        Objects.requireNonNull(origin, "origin");
        if (byId.containsKey(ruleset.id())) {
            throw new ConfigurationException("ruleset " + ruleset.id() + " from " + origin + " repeats the id of a"
                    + " ruleset from " + byId.get(ruleset.id()).origin() + "; ruleset ids must be unique");
        }
        for (Registered<Ruleset> r : rulesets) {
            if (r.value().series().equals(ruleset.series()) && r.value().effectiveFrom().equals(ruleset.effectiveFrom())) {
                throw new ConfigurationException("ruleset " + ruleset.id() + " from " + origin + " and ruleset "
                        + r.value().id() + " from " + r.origin() + " both take effect on " + ruleset.effectiveFrom()
                        + " in series " + ruleset.series() + "; give the later one its own effectiveFrom");
            }
        }
        for (String namespace : ruleset.namespaces()) {
            if (!taxonomy.hasNamespace(namespace)) {
                throw new ConfigurationException("ruleset " + ruleset.id() + " from " + origin + " accepts taxonomy"
                        + " namespace " + namespace + ", which no taxonomy provider contributes");
            }
        }
        ruleset.criteria().forEach(EsibeSpi::check);
        List<Registered<Ruleset>> all = new ArrayList<>(rulesets);
        all.add(new Registered<>(ruleset, origin));
        return new EsibeRegistry(all, taxonomy, messages, evidence, evidenceTimeout, providers);
    }

    /** {@return a new builder of evaluators over this registry, by default for series {@code esibe}} */
    public EvaluatorBuilder evaluator() {
        return new EvaluatorBuilder(this);
    }

    /**
     * Collects providers and builds an {@link EsibeRegistry}. Obtain one from {@link Esibe#builder()}.
     *
     * <p>Explicit registration is the main path; {@link #discoverProviders()} adds the providers
     * found by {@link ServiceLoader}, after the explicit ones and in class-name order, so that the
     * result does not depend on the order of jars on the class path.
     *
     * <p>Thread-safety: mutable and not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final List<Registered<RulesetProvider>> rulesetProviders = new ArrayList<>();
        private final List<Registered<TaxonomyProvider>> taxonomyProviders = new ArrayList<>();
        private final List<Registered<MessageProvider>> messageProviders = new ArrayList<>();
        private final List<Registered<EvidenceSource>> evidenceSources = new ArrayList<>();
        private final List<Origin> origins = new ArrayList<>();
        private @Nullable ClassLoader discoverWith;
        private boolean discover;
        private Duration evidenceTimeout = Duration.ofSeconds(5);

        private Builder() {
        }

        /**
         * Registers a provider of rulesets.
         *
         * @param provider the provider
         * @return this builder
         * @throws ConfigurationException if it was built for another SPI version
         */
        public Builder rulesetProvider(RulesetProvider provider) {
            rulesetProviders.add(registered(provider, Origin.Kind.REGISTERED));
            return this;
        }

        /**
         * Registers a provider of taxonomy entries.
         *
         * @param provider the provider
         * @return this builder
         * @throws ConfigurationException if it was built for another SPI version
         */
        public Builder taxonomyProvider(TaxonomyProvider provider) {
            taxonomyProviders.add(registered(provider, Origin.Kind.REGISTERED));
            return this;
        }

        /**
         * Registers a provider of messages, consulted before ESIBE's own texts and before providers
         * registered later.
         *
         * @param provider the provider
         * @return this builder
         * @throws ConfigurationException if it was built for another SPI version
         */
        public Builder messageProvider(MessageProvider provider) {
            messageProviders.add(registered(provider, Origin.Kind.REGISTERED));
            return this;
        }

        /**
         * Registers an evidence source, asked after the sources registered before it.
         *
         * @param source the source, possibly wrapped in an {@link EvidenceCache}
         * @return this builder
         * @throws ConfigurationException if it was built for another SPI version
         */
        public Builder evidenceSource(EvidenceSource source) {
            evidenceSources.add(registered(source, Origin.Kind.REGISTERED));
            return this;
        }

        /**
         * Sets how long a criterion waits for an evidence source (default 5 seconds); a source that
         * has not answered by then makes the criterion {@code UNKNOWN}.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder evidenceTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new ConfigurationException("the evidence timeout must be positive, got " + timeout);
            }
            this.evidenceTimeout = timeout;
            return this;
        }

        /**
         * Opts in to {@link ServiceLoader} discovery of every provider type, with the class loader
         * that loaded ESIBE. Providers are registered in {@code META-INF/services} or with
         * {@code provides} in their module descriptor.
         *
         * @return this builder
         */
        public Builder discoverProviders() {
            return discoverProviders(EsibeRegistry.class.getClassLoader());
        }

        /**
         * Opts in to {@link ServiceLoader} discovery with {@code loader}, such as a plug-in class loader.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discoverProviders(ClassLoader loader) {
            this.discover = true;
            this.discoverWith = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * {@return the registry}
         *
         * @throws ConfigurationException for a provider of another SPI version or one that fails, a
         *     repeated ruleset id or taxonomy code, two rulesets of one series taking effect on the
         *     same day, a taxonomy namespace that is national or taken, or a message provider
         *     declaring a language without a two-letter code
         */
        public EsibeRegistry build() {
            List<Registered<RulesetProvider>> rulesetsFrom = new ArrayList<>(rulesetProviders);
            List<Registered<TaxonomyProvider>> taxonomyFrom = new ArrayList<>(taxonomyProviders);
            List<Registered<MessageProvider>> messagesFrom = new ArrayList<>(messageProviders);
            List<Registered<EvidenceSource>> evidenceFrom = new ArrayList<>(evidenceSources);
            List<Origin> all = new ArrayList<>(origins);
            if (discover) {
                ClassLoader loader = Objects.requireNonNull(discoverWith);
                discover(RulesetProvider.class, loader, rulesetsFrom, all);
                discover(TaxonomyProvider.class, loader, taxonomyFrom, all);
                discover(MessageProvider.class, loader, messagesFrom, all);
                discover(EvidenceSource.class, loader, evidenceFrom, all);
            }
            for (Registered<MessageProvider> p : messagesFrom) {
                // Checks the languages each declares, naming its origin.
                call(p, () -> MessageCatalog.of(List.of(p.value())));
            }
            CompositeTaxonomy taxonomy = taxonomy(taxonomyFrom);
            List<Registered<Ruleset>> rulesets = new ArrayList<>();
            rulesets.add(new Registered<>(Rulesets.interim(), Origin.BUILT_IN));
            Map<String, Origin> seen = new HashMap<>();
            seen.put(Rulesets.INTERIM_2024, Origin.BUILT_IN);
            // Two rulesets of one series from the same day would leave dated resolution to the order of ids.
            Map<String, Registered<Ruleset>> starts = new HashMap<>();
            starts.put(start(Rulesets.interim()), rulesets.get(0));
            for (Registered<RulesetProvider> p : rulesetsFrom) {
                List<Ruleset> known = rulesets.stream().map(Registered::value).toList();
                RulesetProviderContext context = new RulesetProviderContext() {
                    @Override
                    public List<Ruleset> rulesets() {
                        return known;
                    }

                    @Override
                    public Taxonomy taxonomy() {
                        return taxonomy;
                    }
                };
                List<Ruleset> contributed = call(p, () -> p.value().rulesets(context));
                for (Ruleset r : contributed) {
                    Origin before = seen.putIfAbsent(r.id(), p.origin());
                    if (before != null) {
                        throw new ConfigurationException("ruleset " + r.id() + " from " + p.origin()
                                + " repeats the id of a ruleset from " + before + "; ruleset ids must be unique");
                    }
                    for (String namespace : r.namespaces()) {
                        if (!taxonomy.hasNamespace(namespace)) {
                            throw new ConfigurationException("ruleset " + r.id() + " from " + p.origin()
                                    + " accepts taxonomy namespace " + namespace + ", which no taxonomy provider"
                                    + " contributes; register the provider of " + namespace + " codes");
                        }
                    }
                    for (Criterion c : r.criteria()) {
                        // A criterion states its own SPI version: it may come from another jar than its ruleset.
                        call(p, () -> {
                            EsibeSpi.check(c);
                            return c;
                        });
                    }
                    Registered<Ruleset> added = new Registered<>(r, p.origin());
                    Registered<Ruleset> sameDay = starts.putIfAbsent(start(r), added);
                    if (sameDay != null) {
                        throw new ConfigurationException("ruleset " + r.id() + " from " + p.origin() + " and ruleset "
                                + sameDay.value().id() + " from " + sameDay.origin() + " both take effect on "
                                + r.effectiveFrom() + " in series " + r.series() + ", so no date could tell which"
                                + " applies; give the later one its own effectiveFrom");
                    }
                    rulesets.add(added);
                }
            }
            return new EsibeRegistry(rulesets, taxonomy, messagesFrom, evidenceFrom, evidenceTimeout, all);
        }

        private <T extends EsibeProvider> Registered<T> registered(T provider, Origin.Kind kind) {
            Objects.requireNonNull(provider, "provider");
            Origin origin = originOf(provider, kind);
            if (!origins.contains(origin)) {
                // One object may provide rulesets and taxonomy alike: it is one provider.
                origins.add(origin);
            }
            return new Registered<>(provider, origin);
        }

        /** The key of a ruleset's place in time: its series and first day. */
        private static String start(Ruleset ruleset) {
            return ruleset.series() + "@" + ruleset.effectiveFrom();
        }

        /**
         * Checks the provider's SPI version and asks its name; a provider that throws or has no name
         * is a configuration error naming its class, like every other failure of a provider.
         */
        private static Origin originOf(EsibeProvider provider, Origin.Kind kind) {
            String type = provider.getClass().getName();
            String name;
            try {
                name = provider.name();
            } catch (RuntimeException e) {
                throw new ConfigurationException("provider " + type + " failed when asked for its name: " + e, e);
            }
            if (name == null) {
                throw new ConfigurationException("provider " + type + " has no name");
            }
            try {
                EsibeSpi.check(provider);
            } catch (ConfigurationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConfigurationException("provider " + name + " (" + type
                        + ") failed when asked for its SPI version: " + e, e);
            }
            return new Origin(name, kind, Origins.location(provider.getClass()));
        }

        private static <T extends EsibeProvider> void discover(Class<T> type, ClassLoader loader,
                List<Registered<T>> into, List<Origin> origins) {
            List<T> found = new ArrayList<>();
            try {
                ServiceLoader.load(type, loader).forEach(found::add);
            } catch (java.util.ServiceConfigurationError e) {
                throw new ConfigurationException("cannot load a " + type.getSimpleName() + " listed for discovery: "
                        + e.getMessage(), e);
            }
            found.sort(Comparator.comparing((T p) -> p.getClass().getName()));
            for (T provider : found) {
                // A class the embedder registered explicitly is not added again by discovery: its
                // contributions would otherwise arrive twice and clash with themselves.
                if (into.stream().anyMatch(r -> r.value().getClass() == provider.getClass())) {
                    continue;
                }
                Origin origin = originOf(provider, Origin.Kind.DISCOVERED);
                if (!origins.contains(origin)) {
                    origins.add(origin);
                }
                into.add(new Registered<>(provider, origin));
            }
        }

        private static CompositeTaxonomy taxonomy(List<Registered<TaxonomyProvider>> providers) {
            CompositeTaxonomy.Builder builder = CompositeTaxonomy.builder(NationalTaxonomy.get());
            Map<String, Origin> namespaces = new HashMap<>();
            for (Registered<TaxonomyProvider> p : providers) {
                String namespace = call(p, () -> p.value().namespace());
                Origin other = namespaces.putIfAbsent(namespace, p.origin());
                if (other != null) {
                    throw new ConfigurationException("taxonomy namespace " + namespace + " of " + p.origin()
                            + " is already used by " + other);
                }
                Taxonomy soFar = builder.snapshot();
                TaxonomyProviderContext context = () -> soFar;
                List<TaxonomyEntry> entries = call(p, () -> p.value().entries(context));
                builder.add(namespace, entries, p.origin());
            }
            return builder.build();
        }

        /** Runs a provider's callback; anything it throws is a configuration error naming it. */
        private static <T> T call(Registered<?> provider, java.util.function.Supplier<T> callback) {
            T result;
            try {
                result = callback.get();
            } catch (ConfigurationException e) {
                throw new ConfigurationException(provider.origin() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new ConfigurationException("provider " + provider.origin() + " failed: " + e, e);
            }
            if (result == null) {
                throw new ConfigurationException("provider " + provider.origin() + " returned null");
            }
            return result;
        }
    }
}
