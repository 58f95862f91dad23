package it.esibe.rules.internal;

import it.esibe.core.ConfigurationException;
import it.esibe.core.spi.Origin;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The national taxonomy followed by the entries of taxonomy providers, each under its own
 * namespace; remembers every entry's origin.
 *
 * <p>Thread-safety: immutable once built.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CompositeTaxonomy implements Taxonomy {

    /** The national prefixes (ESIBE-TAXONOMY-v1), which no provider may take as its namespace. */
    static final Set<String> NATIONAL_PREFIXES = Set.of("PAT", "IND", "TEC");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Z][A-Z0-9]*");

    private final List<TaxonomyEntry> entries;
    private final Map<String, TaxonomyEntry> byCode;
    private final Map<String, Origin> origins;
    /** The namespace of each provider's code; national codes have none. */
    private final Map<String, String> namespaceOf;
    /** Every provider's namespace, including one with no entries. */
    private final Set<String> namespaces;
    /** The views {@link #restrictedTo} made, one per set of namespaces: a registry has few. */
    private final Map<Set<String>, CompositeTaxonomy> views = new java.util.concurrent.ConcurrentHashMap<>();

    private CompositeTaxonomy(Map<String, TaxonomyEntry> byCode, Map<String, Origin> origins,
            Map<String, String> namespaceOf, Set<String> namespaces) {
        this.namespaces = Set.copyOf(namespaces);
        this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
        this.entries = List.copyOf(byCode.values());
        this.origins = Map.copyOf(origins);
        this.namespaceOf = Map.copyOf(namespaceOf);
    }

    /** Whether a provider contributed namespace {@code namespace}. */
    public boolean hasNamespace(String namespace) {
        return namespaces.contains(namespace);
    }

    /** The national codes and those of {@code namespaces}; this taxonomy when it has no other namespace. */
    public CompositeTaxonomy restrictedTo(Set<String> namespaces) {
        if (namespaces.containsAll(this.namespaces)) {
            return this;
        }
        return views.computeIfAbsent(Set.copyOf(namespaces), wanted -> {
            Map<String, TaxonomyEntry> kept = new LinkedHashMap<>();
            byCode.forEach((code, e) -> {
                String ns = namespaceOf.get(code);
                if (ns == null || wanted.contains(ns)) {
                    kept.put(code, e);
                }
            });
            Map<String, String> keptNamespaces = new LinkedHashMap<>(namespaceOf);
            keptNamespaces.keySet().retainAll(kept.keySet());
            Map<String, Origin> keptOrigins = new LinkedHashMap<>(origins);
            keptOrigins.keySet().retainAll(kept.keySet());
            Set<String> keptNames = new java.util.HashSet<>(this.namespaces);
            keptNames.retainAll(wanted);
            return new CompositeTaxonomy(kept, keptOrigins, keptNamespaces, keptNames);
        });
    }

    /** A builder starting from {@code base}, whose entries are built in. */
    public static Builder builder(Taxonomy base) {
        return new Builder(base);
    }

    @Override
    public List<TaxonomyEntry> entries() {
        return entries;
    }

    @Override
    public Optional<TaxonomyEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Where entry {@code code} came from. */
    public Optional<Origin> origin(String code) {
        return Optional.ofNullable(origins.get(code));
    }

    /** Collects namespaces of entries, checking each against those before it. */
    public static final class Builder {
        private final Map<String, TaxonomyEntry> byCode = new LinkedHashMap<>();
        private final Map<String, Origin> origins = new LinkedHashMap<>();
        private final Map<String, String> namespaceOf = new LinkedHashMap<>();
        private final Set<String> namespaceNames = new java.util.LinkedHashSet<>();

        private Builder(Taxonomy base) {
            for (TaxonomyEntry e : base.entries()) {
                byCode.put(e.code(), e);
                origins.put(e.code(), Origin.BUILT_IN);
            }
        }

        /** The entries so far, as a taxonomy. */
        public Taxonomy snapshot() {
            return new CompositeTaxonomy(byCode, origins, namespaceOf, namespaceNames);
        }

        /**
         * Adds {@code entries} of namespace {@code namespace}.
         *
         * @throws ConfigurationException if the namespace is malformed or national, a code lies
         *     outside it, or a code repeats
         */
        public Builder add(String namespace, List<TaxonomyEntry> entries, Origin origin) {
            if (!NAMESPACE.matcher(namespace).matches()) {
                throw new ConfigurationException("taxonomy provider " + origin + ": namespace '" + namespace
                        + "' must be upper-case letters and digits, such as LOM");
            }
            if (NATIONAL_PREFIXES.contains(namespace)) {
                throw new ConfigurationException("taxonomy provider " + origin + ": namespace " + namespace
                        + " is national (ESIBE-TAXONOMY-v1 uses " + new java.util.TreeSet<>(NATIONAL_PREFIXES)
                        + "); choose a prefix of your own, such as LOM");
            }
            namespaceNames.add(namespace);
            List<TaxonomyEntry> checked = new ArrayList<>();
            for (TaxonomyEntry e : entries) {
                if (e == null) {
                    throw new ConfigurationException("taxonomy provider " + origin + " listed a null entry");
                }
                if (!e.code().startsWith(namespace + "-")) {
                    throw new ConfigurationException("taxonomy provider " + origin + ": code " + e.code()
                            + " is outside its namespace; every code must start with " + namespace + "-");
                }
                if (byCode.containsKey(e.code()) || checked.stream().anyMatch(c -> c.code().equals(e.code()))) {
                    throw new ConfigurationException("taxonomy provider " + origin + ": code " + e.code()
                            + " is defined twice (also by " + origins.getOrDefault(e.code(), origin) + ")");
                }
                checked.add(e);
            }
            for (TaxonomyEntry e : checked) {
                byCode.put(e.code(), e);
                origins.put(e.code(), origin);
                namespaceOf.put(e.code(), namespace);
            }
            return this;
        }

        /** The taxonomy. */
        public CompositeTaxonomy build() {
            return new CompositeTaxonomy(byCode, origins, namespaceOf, namespaceNames);
        }
    }
}
