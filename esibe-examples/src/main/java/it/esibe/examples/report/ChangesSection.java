package it.esibe.examples.report;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.rules.whatif.ApplicantComparison;
import it.esibe.rules.whatif.ComparisonSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The section "What changes under …" of the call report: how one ruleset decides the call against
 * the report's own (the baseline), from the comparison of each application
 * ({@link ApplicantComparison}) and the whole call's counts ({@link ComparisonSummary}).
 *
 * <p>It keeps the counts' summary and, of the applicants whose outcome changes, the first
 * {@value #MAX_LISTED} in input order with their explanations before and after; the page says how
 * many more there are. Not thread-safe.
 */
public final class ChangesSection {

    /** How many applicants whose outcome changes the section lists. */
    public static final int MAX_LISTED = 200;

    /**
     * A difference between the two rulesets' rules, with the reason and source a reform file gives.
     *
     * @param kind what changed
     * @param subject the parameter's name or the criterion's id
     * @param before the parameter's value under the baseline, or null
     * @param after its value under the other ruleset, or null
     * @param reason why, when a reform file says
     * @param source where the change comes from, when a reform file says
     */
    public record RuleChange(Kind kind, String subject, @Nullable String before, @Nullable String after,
            @Nullable String reason, @Nullable String source) {

        /** What a rule change is. */
        public enum Kind {
            /** A parameter's value differs. */
            PARAMETER,
            /** A criterion is neutralised: it stays, and passes. */
            NEUTRALISED,
            /** A criterion is added. */
            ADDED,
            /** A criterion of the baseline is not in the other ruleset. */
            REMOVED,
            /** A criterion of one id is another one (replaced). */
            REPLACED
        }
    }

    /** What the section keeps of one applicant whose outcome changes. */
    private record Listed(@Nullable String id, @Nullable String company, Outcome before, Outcome after,
            List<ApplicantComparison.CriterionChange> criteria) {
    }

    private final Ruleset baseline;
    private final Ruleset alternative;
    private final @Nullable String description;
    private final List<RuleChange> rules;
    private final List<Listed> listed = new ArrayList<>();
    private long leftOut;
    private ComparisonSummary.@Nullable Impact impact;
    private long total;
    private long unaffected;

    /**
     * A section on {@code alternative} against {@code baseline}.
     *
     * @param description what the reform is about, for the intro; null when there is nothing to say
     * @param rules the differences of the rules, such as {@link #differences}
     */
    public ChangesSection(Ruleset baseline, Ruleset alternative, @Nullable String description, List<RuleChange> rules) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.alternative = Objects.requireNonNull(alternative, "alternative");
        this.description = description;
        this.rules = List.copyOf(rules);
    }

    /**
     * The differences between two rulesets' parameters and criteria, each with the reason and source
     * {@code reasons} gives for it (keyed {@code parameter:NAME}, {@code neutralised:ID},
     * {@code added:ID}, as a reform file's changes are; missing keys have none).
     *
     * @param reasons the reasons and sources, two strings each
     * @return the differences, parameters first in name order, then criteria in the rulesets' order
     */
    public static List<RuleChange> differences(Ruleset baseline, Ruleset alternative, Map<String, String[]> reasons) {
        List<RuleChange> out = new ArrayList<>();
        Map<String, Object> before = baseline.parameters().values();
        Map<String, Object> after = alternative.parameters().values();
        Set<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Object b = before.get(name);
            Object a = after.get(name);
            if (!same(b, a)) {
                String[] why = reasons.get("parameter:" + name);
                out.add(new RuleChange(RuleChange.Kind.PARAMETER, name, text(b), text(a), why == null ? null : why[0],
                        why == null ? null : why[1]));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        baseline.criteria().forEach(c -> ids.add(c.id()));
        alternative.criteria().forEach(c -> ids.add(c.id()));
        for (String id : ids) {
            Criterion b = baseline.criterion(id).orElse(null);
            Criterion a = alternative.criterion(id).orElse(null);
            RuleChange.Kind kind;
            String key;
            if (b == null) {
                kind = RuleChange.Kind.ADDED;
                key = "added:" + id;
            } else if (a == null) {
                kind = RuleChange.Kind.REMOVED;
                key = "removed:" + id;
            } else if (a != b) {
                kind = reasons.containsKey("neutralised:" + id) ? RuleChange.Kind.NEUTRALISED : RuleChange.Kind.REPLACED;
                key = "neutralised:" + id;
            } else {
                continue;
            }
            String[] why = reasons.get(key);
            out.add(new RuleChange(kind, id, null, null, why == null ? null : why[0], why == null ? null : why[1]));
        }
        return out;
    }

    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d.toPlainString()
                : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** {@return the ruleset this section is about} */
    public Ruleset alternative() {
        return alternative;
    }

    /**
     * Adds one application's comparison.
     *
     * @param application the application as read, for the company's name; null when it was none
     * @param comparison its comparison, which must hold this section's ruleset
     */
    public void add(@Nullable Application application, ApplicantComparison comparison) {
        ApplicantComparison.Change change = comparison.change(alternative.id()).orElseThrow(
                () -> new IllegalArgumentException("the comparison has no ruleset " + alternative.id()));
        if (!change.outcomeChanged()) {
            return;
        }
        if (listed.size() < MAX_LISTED) {
            String company = application == null || application.company() == null ? null : application.company().name();
            listed.add(new Listed(comparison.applicationId(), company, change.before(), change.after(), change.criteria()));
        } else {
            leftOut++;
        }
    }

    /**
     * Completes the section with the call's counts.
     *
     * @param summary the comparison's summary, which must hold this section's ruleset
     */
    public void finish(ComparisonSummary summary) {
        this.impact = summary.impacts().stream().filter(i -> i.ruleset().equals(alternative.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the summary has no ruleset " + alternative.id()));
        this.total = summary.total();
        this.unaffected = summary.unaffected();
    }

    /** The section's model for the template, in the language of {@code t}. */
    Map<String, Object> model(Labels t, java.util.function.Function<BigDecimal, String> amount) {
        ComparisonSummary.Impact i = Objects.requireNonNull(impact, "finish the section first");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", alternative.id());
        m.put("title", t.format("changes.title", alternative.id()));
        m.put("intro", t.format("changes.intro", total, baseline.id(), alternative.id(), i.outcomeChanged(), i.entered(),
                i.left(), i.criteriaChanged(), unaffected));
        m.put("description", description == null ? List.of() : List.of(description));
        m.put("cards", List.of(
                Map.of("label", t.get("changes.entered"), "count", i.entered(), "cls", "eligible"),
                Map.of("label", t.get("changes.left"), "count", i.left(), "cls", "not-eligible"),
                Map.of("label", t.get("changes.changed"), "count", i.outcomeChanged(), "cls", "total"),
                Map.of("label", t.get("changes.unaffected"), "count", unaffected, "cls", "invalid")));
        List<Map<String, Object>> ruleRows = new ArrayList<>();
        for (RuleChange r : rules) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("what", t.get("changes.kind." + r.kind()));
            row.put("subject", r.subject());
            row.put("before", r.before() == null ? "-" : value(r.subject(), r.before(), amount));
            row.put("after", r.after() == null ? "-" : value(r.subject(), r.after(), amount));
            row.put("reason", r.reason() == null ? "-" : r.reason());
            row.put("source", r.source() == null ? "-" : r.source());
            ruleRows.add(row);
        }
        m.put("rules", ruleRows);
        m.put("rulesEmpty", ruleRows.isEmpty());
        List<Outcome> order = List.of(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE, Outcome.INVALID);
        m.put("outcomeHeaders", order.stream().map(o -> t.get("outcome." + o)).toList());
        List<Map<String, Object>> matrix = new ArrayList<>();
        for (Outcome from : order) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Outcome to : order) {
                cells.add(Map.of("n", i.count(from, to), "diag", from == to));
            }
            matrix.add(Map.of("label", t.get("outcome." + from), "cells", cells));
        }
        m.put("matrix", matrix);
        m.put("byTrack", groups(t, i.byTrack(), "track."));
        m.put("byRegion", groups(t, i.byRegion(), null));
        m.put("byPriority", groups(t, i.byPriority(), null));
        List<Map<String, Object>> applicants = new ArrayList<>();
        for (Listed l : listed) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", l.id() == null ? "-" : l.id());
            a.put("company", l.company() == null ? "-" : l.company());
            a.put("before", t.get("outcome." + l.before()));
            a.put("after", t.get("outcome." + l.after()));
            a.put("beforeCls", css(l.before()));
            a.put("afterCls", css(l.after()));
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (ApplicantComparison.CriterionChange c : l.criteria()) {
                criteria.add(Map.of("id", c.id(), "before", explained(t, c.before()), "after", explained(t, c.after())));
            }
            a.put("criteria", criteria);
            applicants.add(a);
        }
        m.put("applicants", applicants);
        m.put("applicantsEmpty", applicants.isEmpty());
        m.put("leftOut", leftOut > 0 ? List.of(t.format("changes.more", leftOut, MAX_LISTED)) : List.of());
        return m;
    }

    /** A parameter's value as the page writes it: an amount in euro with the page's grouping, else as written. */
    private String value(String name, String text, java.util.function.Function<BigDecimal, String> amount) {
        boolean isAmount = alternative.parameters().key(name).or(() -> baseline.parameters().key(name))
                .map(k -> k.kind() == it.esibe.core.ruleset.ParameterKey.Kind.AMOUNT).orElse(false);
        return isAmount ? amount.apply(new BigDecimal(text)) : text;
    }

    private static String explained(Labels t, @Nullable CriterionResult r) {
        if (r == null) {
            return t.get("changes.notEvaluated");
        }
        return t.get("verdict." + r.result()) + ": " + (t.italian() ? r.message().it() : r.message().en());
    }

    private static String css(Outcome o) {
        return o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<Map<String, Object>> groups(Labels t, Map<String, ComparisonSummary.Counts> counts,
            @Nullable String labelPrefix) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((k, n) -> {
            String label = k.equals(ComparisonSummary.NOT_GIVEN) ? t.get("region.none")
                    : k.equals(ComparisonSummary.OTHERS) ? t.get("changes.others")
                    : labelPrefix == null ? k : t.getOrDefault(labelPrefix + k, k);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", label);
            row.put("applicants", n.applicants());
            row.put("before", n.eligibleBefore());
            row.put("after", n.eligibleAfter());
            row.put("entered", n.entered());
            row.put("left", n.left());
            row.put("changed", n.changed());
            rows.add(row);
        });
        return rows;
    }
}
