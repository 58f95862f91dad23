package it.esibe.rules;

import it.esibe.core.ConfigurationException;
import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.Violation;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Reform;
import it.esibe.core.ruleset.ReformDefinition;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.Registered;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Derives the ruleset a {@link ReformDefinition} states from the rulesets of a registry, finding
 * every problem at once, each at the JSON path of the reform file's format.
 */
final class ReformDerivation {

    /** The shape of ruleset ids and series ({@link Ruleset}). */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final EsibeRegistry registry;
    private final ReformDefinition definition;
    private final List<Violation> violations = new ArrayList<>();

    private ReformDerivation(EsibeRegistry registry, ReformDefinition definition) {
        this.registry = registry;
        this.definition = definition;
    }

    static Ruleset derive(EsibeRegistry registry, ReformDefinition definition) {
        return new ReformDerivation(registry, definition).derive();
    }

    private Ruleset derive() {
        ReformDefinition d = definition;
        Ruleset base = registry.ruleset(d.base()).orElse(null);
        if (base == null) {
            problem("base", "unknown ruleset " + quoted(d.base()) + "; known: " + ids());
        }
        if (!NAME.matcher(d.id()).matches()) {
            problem("id", "ruleset id " + quoted(d.id()) + " is not allowed: use lower-case letters, digits, '.',"
                    + " '_' and '-', starting with a letter or digit, such as esibe-2026-lower-rd");
        } else if (registry.ruleset(d.id()).isPresent()) {
            problem("id", "ruleset " + d.id() + " exists already; a reform needs an id of its own");
        }
        if (d.version().isBlank()) {
            problem("version", "must not be blank");
        }
        String series = d.series();
        if (series != null) {
            if (!NAME.matcher(series).matches()) {
                problem("series", "series " + quoted(series) + " is not allowed: use lower-case letters, digits,"
                        + " '.', '_' and '-', such as esibe");
            } else {
                for (Registered<Ruleset> r : registry.rulesets()) {
                    if (r.value().series().equals(series) && r.value().effectiveFrom().equals(d.effectiveFrom())) {
                        problem("effectiveFrom", "ruleset " + r.value().id() + " of series " + series
                                + " already takes effect on " + d.effectiveFrom()
                                + ", so no date could tell which applies; choose another date");
                    }
                }
            }
        }
        if (base == null) {
            // Nothing else can be judged without the base: its parameters and criteria are unknown.
            throw failure();
        }
        Reform reform = base.derive(d.id()).version(d.version()).effectiveFrom(d.effectiveFrom());
        if (series != null && NAME.matcher(series).matches()) {
            reform.series(series);
        }
        Set<String> parameters = new HashSet<>();
        base.parameters().keys().forEach(k -> parameters.add(k.name()));
        List<String> criteria = new ArrayList<>(base.criteria().stream().map(Criterion::id).toList());
        add(reform, parameters, criteria);
        neutralise(reform, criteria);
        override(reform, parameters);
        if (!violations.isEmpty()) {
            throw failure();
        }
        try {
            return reform.build();
        } catch (ConfigurationException e) {
            // Every part was checked above; a further rule of Ruleset is still about the file.
            problem("", String.valueOf(e.getMessage()));
            throw failure();
        }
    }

    private void add(Reform reform, Set<String> parameters, List<String> criteria) {
        List<ReformDefinition.Addition> added = definition.added();
        for (int i = 0; i < added.size(); i++) {
            ReformDefinition.Addition a = added.get(i);
            String at = "added[" + i + "]";
            reason(at, a.reason());
            Found found = find(a, at);
            if (found == null) {
                continue;
            }
            String id = a.criterion();
            if (criteria.contains(id)) {
                problem(at + ".criterion", "criterion " + id + " is in the ruleset already; neutralise or keep it,"
                        + " a ruleset lists each criterion once");
                continue;
            }
            String after = a.after();
            int position;
            if (after == null) {
                position = criteria.size();
            } else if (criteria.contains(after)) {
                position = criteria.indexOf(after) + 1;
            } else {
                problem(at + ".after", "no criterion " + quoted(after) + " in the ruleset being derived; it has "
                        + String.join(", ", criteria));
                continue;
            }
            if (after == null) {
                reform.add(found.criterion());
            } else {
                reform.addAfter(after, found.criterion());
            }
            criteria.add(position, id);
            // The criterion reads its ruleset's parameters: those the ruleset being derived lacks come with it.
            RulesetParameters from = found.ruleset().parameters();
            for (ParameterKey<?> key : from.keys()) {
                if (parameters.add(key.name())) {
                    bring(reform, key, from);
                }
            }
        }
    }

    private static <T> void bring(Reform reform, ParameterKey<T> key, RulesetParameters from) {
        reform.addParameter(key, from.get(key));
    }

    /** The criterion an addition names, with the ruleset it is taken from; null after a problem. */
    private @Nullable Found find(ReformDefinition.Addition a, String at) {
        String from = a.from();
        if (from != null) {
            Ruleset ruleset = registry.ruleset(from).orElse(null);
            if (ruleset == null) {
                problem(at + ".from", "unknown ruleset " + quoted(from) + "; known: " + ids());
                return null;
            }
            Criterion c = ruleset.criterion(a.criterion()).orElse(null);
            if (c == null) {
                problem(at + ".criterion", "ruleset " + from + " has no criterion " + quoted(a.criterion())
                        + "; it has " + ruleset.criteria().stream().map(Criterion::id).collect(Collectors.joining(", ")));
                return null;
            }
            return new Found(c, ruleset);
        }
        Map<Criterion, Ruleset> distinct = new IdentityHashMap<>();
        List<String> holders = new ArrayList<>();
        for (Registered<Ruleset> r : registry.rulesets()) {
            r.value().criterion(a.criterion()).ifPresent(c -> {
                distinct.putIfAbsent(c, r.value());
                holders.add(r.value().id());
            });
        }
        if (distinct.isEmpty()) {
            Set<String> known = new TreeSet<>();
            registry.rulesets().forEach(r -> r.value().criteria().forEach(c -> known.add(c.id())));
            problem(at + ".criterion", "no ruleset the tool knows has criterion " + quoted(a.criterion())
                    + "; known criteria: " + String.join(", ", known));
            return null;
        }
        if (distinct.size() > 1) {
            problem(at + ".from", "rulesets " + String.join(", ", holders) + " hold different criteria with id "
                    + a.criterion() + "; say which with \"from\"");
            return null;
        }
        Map.Entry<Criterion, Ruleset> only = distinct.entrySet().iterator().next();
        return new Found(only.getKey(), only.getValue());
    }

    private record Found(Criterion criterion, Ruleset ruleset) {
    }

    private void neutralise(Reform reform, List<String> criteria) {
        List<ReformDefinition.Neutralisation> neutralised = definition.neutralised();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < neutralised.size(); i++) {
            ReformDefinition.Neutralisation n = neutralised.get(i);
            String at = "neutralised[" + i + "]";
            boolean reasoned = reason(at, n.reason());
            Integer first = seen.putIfAbsent(n.criterion(), i);
            if (first != null) {
                problem(at + ".criterion", "criterion " + n.criterion() + " is neutralised already at neutralised["
                        + first + "]");
            } else if (!criteria.contains(n.criterion())) {
                problem(at + ".criterion", "no criterion " + quoted(n.criterion()) + " in the ruleset being derived;"
                        + " it has " + String.join(", ", criteria));
            } else if (reasoned) {
                reform.neutralise(n.criterion(), n.reason());
            }
        }
    }

    private void override(Reform reform, Set<String> parameters) {
        List<ReformDefinition.ParameterChange> changes = definition.parameters();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            ReformDefinition.ParameterChange p = changes.get(i);
            String at = "parameters[" + i + "]";
            reason(at, p.reason());
            if (p.source().isBlank()) {
                problem(at + ".source", "must not be blank: say where the change comes from");
            }
            Integer first = seen.putIfAbsent(p.name(), i);
            if (first != null) {
                problem(at + ".name", "parameter " + p.name() + " is overridden already at parameters[" + first + "]");
                continue;
            }
            if (!parameters.contains(p.name())) {
                problem(at + ".name", "unknown parameter " + quoted(p.name()) + "; known: "
                        + String.join(", ", new TreeSet<>(parameters)));
                continue;
            }
            try {
                reform.parameter(p.name(), p.value());
            } catch (ConfigurationException e) {
                // The key's own words: what the parameter is and what was given.
                problem(at + ".value", String.valueOf(e.getMessage()));
            }
        }
    }

    private boolean reason(String at, String reason) {
        if (reason.isBlank()) {
            problem(at + ".reason", "must not be blank: say why");
            return false;
        }
        return true;
    }

    private void problem(String path, String message) {
        violations.add(new Violation(path, message));
    }

    /** The reform file's properties in the order the format lists them, so that problems come in file order. */
    private static final List<String> ORDER = List.of("", "base", "id", "version", "effectiveFrom", "series",
            "parameters", "neutralised", "added");

    private static int rank(Violation v) {
        String head = v.path().split("[.\\[]", 2)[0];
        int i = ORDER.indexOf(head);
        return i < 0 ? ORDER.size() : i;
    }

    private InvalidInputException failure() {
        // Stable: within one list, problems keep the order of its elements.
        violations.sort(java.util.Comparator.comparingInt(ReformDerivation::rank));
        Violation first = violations.get(0);
        String summary = "reform " + definition.id() + " cannot be derived: "
                + (first.path().isEmpty() ? "" : first.path() + ": ") + first.message()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
        return new InvalidInputException(summary, violations);
    }

    private String ids() {
        return registry.rulesets().stream().map(r -> r.value().id()).collect(Collectors.joining(", "));
    }

    private static String quoted(String text) {
        return "\"" + (text.length() <= 64 ? text : text.substring(0, 63) + "…") + "\"";
    }
}
