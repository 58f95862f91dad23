package it.esibe.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        assertThatThrownBy(() -> CriterionResult.builder().id("X").result(Verdict.PASS).message(t).citation("§5.3")
                .remedy(Remedy.missingAmount(BigDecimal.ONE)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CriterionResult.builder().id("X").result(Verdict.PASS).message(t).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("citation");
        assertThatThrownBy(() -> Decision.builder().applicationId("A").outcome(Outcome.INVALID).ruleset("r").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.builder().applicationId("A").outcome(Outcome.ELIGIBLE).ruleset("r").build())
                .isInstanceOf(IllegalArgumentException.class);
        CriterionResult pass = CriterionResult.builder().id("X").result(Verdict.PASS).message(t).citation("§5.3")
                .build();
        assertThatThrownBy(() -> Decision.builder().outcome(Outcome.ELIGIBLE).ruleset("r").criteria(List.of(pass))
                .violations(List.of(new Violation("", "v"))).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(Remedy.missingAmount(new BigDecimal("350000.00")).missingAmount())
                .contains(new BigDecimal("350000.00"));
        assertThat(Remedy.missingAmount(new BigDecimal("350000.00")).additionalAmount()).isEmpty();
    }

    @Test
    void aRemedyOfEsibeRdItalyNamesBothAmounts() {
        // ESIBE-RULES-v1 as of v1.1, the example of ESIBE-RD-ITALY: I = 999 800, T = 2 000 000.
        Remedy both = new Remedy(Map.of(Remedy.ADDITIONAL_AMOUNT, new BigDecimal("400.01"),
                Remedy.MISSING_AMOUNT, new BigDecimal("200.01")));
        assertThat(both.missingAmount()).contains(new BigDecimal("200.01"));
        assertThat(both.additionalAmount()).contains(new BigDecimal("400.01"));
        assertThat(both.values().keySet()).containsExactly("additionalAmount", "missingAmount");
    }

    @Test
    void aTextInAFurtherLanguageIsReadInThatLanguageAndOtherLanguagesFallBackToEnglish() {
        LocalizedText t = new LocalizedText("Sede legale in Italia", "Legal seat in Italy")
                .with(Locale.GERMAN, "Rechtssitz in Italien");
        assertThat(t.in(Locale.GERMANY)).isEqualTo("Rechtssitz in Italien");
        assertThat(t.in(Locale.ITALY)).isEqualTo("Sede legale in Italia");
        assertThat(t.in(Locale.FRENCH)).isEqualTo("Legal seat in Italy");
        assertThat(t.in(Locale.ROOT)).isEqualTo("Legal seat in Italy");
        assertThat(t.with(Locale.ITALIAN, "Sede in Italia").it()).isEqualTo("Sede in Italia");
        assertThat(t.with(Locale.UK, "Seat in Italy").en()).isEqualTo("Seat in Italy");
        assertThat(t.with(Locale.ITALIAN, "x").others()).containsExactly(Map.entry("de", "Rechtssitz in Italien"));
        assertThat(new LocalizedText("a", "b").others()).isEmpty();
    }

    @Test
    void furtherLanguagesAreACopySortedByCode() {
        Map<String, String> texts = new HashMap<>(Map.of("fr", "Siège", "de", "Sitz", "es", "Sede"));
        LocalizedText t = new LocalizedText("Sede", "Seat", texts);
        texts.put("nl", "Zetel");
        assertThat(t.others()).containsExactly(Map.entry("de", "Sitz"), Map.entry("es", "Sede"), Map.entry("fr", "Siège"));
        assertThatThrownBy(() -> t.others().put("nl", "Zetel")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(t).isEqualTo(new LocalizedText("Sede", "Seat", Map.of("fr", "Siège", "es", "Sede", "de", "Sitz")));
    }

    @Test
    void furtherLanguagesAreTwoLetterCodesOtherThanItalianAndEnglishWithText() {
        for (String bad : List.of("it", "en", "DE", "deu", "d", "de-CH", "")) {
            assertThatThrownBy(() -> new LocalizedText("a", "b", Map.of(bad, "x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> new LocalizedText("a", "b", Map.of("de", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> new LocalizedText("a", "b").with(Locale.GERMAN, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalizedText("a", "b").with(Locale.ROOT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
