package it.esibe.examples.cli;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts decisions as they are written and renders the short human summary printed on stderr:
 * how many applications per outcome and which criteria failed most often.
 */
final class Summary {

    /** How many failing criteria the summary names at most. */
    static final int TOP = 5;

    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    /** Failures per criterion id, in the order criteria were first met (the ruleset's order). */
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private int total;

    /** Counts one decision. */
    void add(Decision decision) {
        total++;
        outcomes.merge(decision.outcome(), 1, Integer::sum);
        for (CriterionResult c : decision.criteria()) {
            failures.putIfAbsent(c.id(), 0);
            if (c.result() == Verdict.FAIL) {
                failures.merge(c.id(), 1, Integer::sum);
            }
        }
    }

    /** The summary in {@code lang}: a line of counts, then the top failing criteria, if any. */
    List<String> render(Lang lang) {
        boolean it = lang == Lang.it;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %d (%d %s, %d %s, %d %s, %d %s)",
                it ? "Domande valutate" : "Applications evaluated", total,
                count(Outcome.ELIGIBLE), it ? "ammissibili" : "eligible",
                count(Outcome.NOT_ELIGIBLE), it ? "non ammissibili" : "not eligible",
                count(Outcome.INCOMPLETE), "incomplete",
                count(Outcome.INVALID), it ? "non valide" : "invalid"));
        List<Map.Entry<String, Integer>> failing = new ArrayList<>();
        for (Map.Entry<String, Integer> e : failures.entrySet()) {
            if (e.getValue() > 0) {
                failing.add(e);
            }
        }
        // Most failures first; ties keep the ruleset's order (List.sort is stable).
        failing.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        if (!failing.isEmpty()) {
            lines.add(it ? "Criteri non soddisfatti più spesso:" : "Most frequently failed criteria:");
            for (Map.Entry<String, Integer> e : failing.subList(0, Math.min(TOP, failing.size()))) {
                lines.add(String.format(Locale.ROOT, "  %-17s %d", e.getKey(), e.getValue()));
            }
        }
        return lines;
    }

    private int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
