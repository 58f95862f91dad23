package it.esibe.rules;

import static it.esibe.rules.Generators.applications;
import static it.esibe.rules.Generators.qt;
import static it.esibe.rules.Registers.confirmingAll;
import static it.esibe.rules.Registers.evaluatorWith;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.spi.PatentEvidence;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of ESIBE-PATENT with a patent register, on generated applications with the fixed seed of
 * {@link Generators}: a register that confirms every patent changes no verdict and no outcome,
 * only the wording of a patent's pass; and a register answering anything gives exactly the verdict
 * the reading of PatentCriterion states, written out here independently of it: PASS when a patent
 * counting by the declaration (ESIBE-RULES-v1, ESIBE-PATENT) is confirmed in force, else UNKNOWN
 * when one was unknown to the register or the register failed, else FAIL. Every other criterion is
 * untouched.
 */
class EvidencePropertiesTest {

    static final ApplicationEvaluator WITHOUT = Esibe.evaluator().build();
    static final ApplicationEvaluator CONFIRMING = evaluatorWith(confirmingAll("registro-test"));

    /** What the register says of one patent number. */
    enum Answer {
        IN_FORCE, LAPSED, NOT_KNOWN, FAILS
    }

    /** The patent numbers {@link Generators#patents()} declares. */
    static final List<String> NUMBERS = List.of("EP3456789B1", "WO2021123456A1");

    /** An evaluator per pair of answers (for the two numbers), built once. */
    static final Map<Answer, Map<Answer, ApplicationEvaluator>> SCRIPTED = new EnumMap<>(Answer.class);

    static {
        for (Answer ep : Answer.values()) {
            Map<Answer, ApplicationEvaluator> byWo = new EnumMap<>(Answer.class);
            for (Answer wo : Answer.values()) {
                byWo.put(wo, evaluatorWith(Registers.register("registro-test", l -> {
                    Answer a = l.number().equals(NUMBERS.get(0)) ? ep : wo;
                    return switch (a) {
                        case IN_FORCE -> Optional.of(new PatentEvidence(l.number(), true, ""));
                        case LAPSED -> Optional.of(new PatentEvidence(l.number(), false, "lapsed"));
                        case NOT_KNOWN -> Optional.empty();
                        case FAILS -> throw new IOException("service unavailable");
                    };
                })));
            }
            SCRIPTED.put(ep, byWo);
        }
    }

    @Test
    void aRegisterConfirmingEveryPatentChangesNoVerdictOnlyThePassWording() {
        qt().forAll(applications()).checkAssert(app -> {
            Application a = app.build();
            Decision without = WITHOUT.evaluate(a);
            Decision with = CONFIRMING.evaluate(a);
            assertThat(with.outcome()).isEqualTo(without.outcome());
            assertThat(with.criteria()).hasSameSizeAs(without.criteria());
            for (int i = 0; i < without.criteria().size(); i++) {
                CriterionResult w = with.criteria().get(i);
                CriterionResult wo = without.criteria().get(i);
                if (w.id().equals(CriterionIds.PATENT) && wo.result() == Verdict.PASS) {
                    assertThat(w.result()).isEqualTo(Verdict.PASS);
                    assertThat(w.message().en()).isEqualTo(wo.message().en() + ", confirmed by registro-test");
                    assertThat(w.message().it()).isEqualTo(wo.message().it() + ", confermato da registro-test");
                } else {
                    assertThat(w).isEqualTo(wo);
                }
            }
        });
    }

    @Test
    void theRegisterDecidesAmongThePatentsTheDeclarationCounts() {
        Gen<Answer> answers = Generate.enumValues(Answer.class);
        qt().forAll(applications(), answers, answers).checkAssert((app, ep, wo) -> {
            Application a = app.build();
            Decision without = WITHOUT.evaluate(a);
            Decision with = SCRIPTED.get(ep).get(wo).evaluate(a);

            Verdict expected = Verdict.FAIL;
            for (Patent p : a.patents()) {
                if (countsByDeclaration(p, a.submittedOn())) {
                    Answer said = p.number().equals(NUMBERS.get(0)) ? ep : wo;
                    if (said == Answer.IN_FORCE) {
                        expected = Verdict.PASS;
                        break;
                    }
                    if (said != Answer.LAPSED) {
                        expected = Verdict.UNKNOWN;
                    }
                }
            }
            assertThat(with.criterion(CriterionIds.PATENT).orElseThrow().result())
                    .as("patents %s, register %s / %s", a.patents(), ep, wo).isEqualTo(expected);
            if (without.criterion(CriterionIds.PATENT).orElseThrow().result() == Verdict.FAIL) {
                // Nothing was asked: the declaration's reasons stand as they were.
                assertThat(with.criterion(CriterionIds.PATENT)).isEqualTo(without.criterion(CriterionIds.PATENT));
            }
            assertThat(with.criteria().stream().filter(c -> !c.id().equals(CriterionIds.PATENT)).toList())
                    .isEqualTo(without.criteria().stream().filter(c -> !c.id().equals(CriterionIds.PATENT)).toList());
        });
    }

    /**
     * ESIBE-RULES-v1, ESIBE-PATENT, with {@code patents.acceptPending} false as in the interim
     * ruleset: granted, not expired at the reference date, and for a licence, licence not ended.
     */
    static boolean countsByDeclaration(Patent p, LocalDate date) {
        return p.status() == PatentStatus.GRANTED
                && (p.expiresOn() == null || p.expiresOn().isAfter(date))
                && (p.holding() != PatentHolding.LICENSED || p.licenceExpiresOn() == null
                        || p.licenceExpiresOn().isAfter(date));
    }
}
