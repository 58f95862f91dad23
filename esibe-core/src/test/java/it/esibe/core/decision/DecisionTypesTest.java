package it.esibe.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTypesTest {

    @Test
    void violationsSortInDocumentOrderWithNumericIndices() {
        List<Violation> list = new ArrayList<>(List.of(new Violation("fiscalYears[10].year", "b"),
                new Violation("fiscalYears[2].year", "a"), new Violation("", "whole record"),
                new Violation("company.name", "x"), new Violation("fiscalYears[2]", "z")));
        Collections.sort(list);
        assertThat(list).extracting(Violation::path).containsExactly("", "company.name", "fiscalYears[2]",
                "fiscalYears[2].year", "fiscalYears[10].year");
    }

    @Test
    void outcomeFollowsTheRulesSpecPrecedence() {
        assertThat(Outcome.of(List.of(Verdict.PASS, Verdict.UNKNOWN, Verdict.FAIL))).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(Outcome.of(List.of(Verdict.PASS, Verdict.UNKNOWN))).isEqualTo(Outcome.INCOMPLETE);
        assertThat(Outcome.of(List.of(Verdict.PASS, Verdict.PASS))).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void onlyFailuresCarryRemediesAndDecisionsAreConsistent() {
        LocalizedText t = new LocalizedText("a", "b");
        assertThatThrownBy(() -> new CriterionResult("X", Verdict.PASS, t, "§5.3",
                Remedy.missingAmount(BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision("A", Outcome.INVALID, "r", null, null, null, null, List.of(), List.of(), null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision("A", Outcome.ELIGIBLE, "r", null, null, null, null, List.of(), List.of(), null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Remedy.missingAmount(new BigDecimal("350000.00")).missingAmount())
                .contains(new BigDecimal("350000.00"));
    }
}
