package it.esibe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.CorporateBacking;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.Rulesets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a section says change: the parameters that differ and the criteria neutralised, added or removed. */
class ChangesSectionTest {

    @Test
    void theDifferencesAreTheParametersThatDifferAndTheCriteriaThatChangeWithTheirReasons() {
        Ruleset lowered = Rulesets.interim().derive("t-lower")
                // Same value, other scale: no change.
                .parameter(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, new BigDecimal("800000"))
                .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000.00"))
                .parameter(InterimParameters.SME_CORPORATE_BACKING, CorporateBacking.WAIVE_TEST)
                .neutralise("ESIBE-PATENT", "patents waived")
                .build();

        List<ChangesSection.RuleChange> d = ChangesSection.differences(Rulesets.interim(), lowered, Map.of(
                "parameter:rd.min.precisionMedicine", new String[] {"reach smaller companies", "consultation"},
                "neutralised:ESIBE-PATENT", new String[] {"patents waived", null}));

        assertThat(d).containsExactly(
                new ChangesSection.RuleChange(ChangesSection.RuleChange.Kind.PARAMETER, "rd.min.precisionMedicine",
                        "2000000.00", "1500000.00", "reach smaller companies", "consultation"),
                new ChangesSection.RuleChange(ChangesSection.RuleChange.Kind.PARAMETER, "sme.corporateBacking",
                        "EXCLUDE_BACKERS", "WAIVE_TEST", null, null),
                new ChangesSection.RuleChange(ChangesSection.RuleChange.Kind.NEUTRALISED, "ESIBE-PATENT", null, null,
                        "patents waived", null));
        assertThat(ChangesSection.differences(lowered, Rulesets.interim(), Map.of()))
                .filteredOn(c -> c.kind() != ChangesSection.RuleChange.Kind.PARAMETER)
                .extracting(ChangesSection.RuleChange::kind).containsExactly(ChangesSection.RuleChange.Kind.REPLACED);
    }
}
