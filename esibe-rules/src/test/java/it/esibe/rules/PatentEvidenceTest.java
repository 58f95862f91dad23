package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Registers.confirmingAll;
import static it.esibe.rules.Registers.evaluatorWith;
import static it.esibe.rules.Registers.register;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.PatentEvidence;
import it.esibe.core.spi.PatentLookup;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ESIBE-PATENT with patent registers among the evidence sources: a patent the declaration counts
 * must be confirmed in force at the reference date (Rapporto ad interim, §5.3 bullet 3, "possedere
 * ... dei brevetti"); a register that fails, is slow or does not know the patent leaves the
 * criterion UNKNOWN (ESIBE-RULES-v1, "Outcomes": the evidence needed to decide is missing).
 */
class PatentEvidenceTest {

    /** The example's patent, granted and owned, expiring 2038-05-01. */
    static final String EP = "EP3456789B1";
    /** The example's reference date: its submittedOn. */
    static final LocalDate SUBMITTED = LocalDate.of(2025, 3, 15);

    static CriterionResult patent(Decision d) {
        return d.criterion(CriterionIds.PATENT).orElseThrow();
    }

    @BeforeAll
    static void theExampleIsEligibleWithoutRegisters() {
        // Every other criterion passes, so the outcome below is ESIBE-PATENT's alone.
        Decision d = Esibe.evaluator().build().evaluate(example().build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(patent(d).message().en()).isEqualTo("Patent EP3456789B1 (owned) in force on 2025-03-15");
    }

    @Test
    void aRegisterThatThrowsLeavesThePatentUnknownWithTheReason() {
        Registers.Register failing = register("epo-test", l -> {
            throw new IOException("connection refused");
        });
        Decision d = evaluatorWith(failing).evaluate(example().build());

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(patent(d).result()).isEqualTo(Verdict.UNKNOWN);
        assertThat(patent(d).message().en()).isEqualTo("The only patent declared is not confirmed in force "
                + "on 2025-03-15: patent register epo-test unavailable for EP3456789B1: IOException: connection refused");
        assertThat(patent(d).message().it()).isEqualTo("L'unico brevetto dichiarato non è confermato in vigore "
                + "al 15/03/2025: registro dei brevetti epo-test non disponibile per EP3456789B1: IOException: "
                + "connection refused");
        assertThat(patent(d).citation()).isEqualTo("Rapporto ad interim, §5.3");
        assertThat(patent(d).remedy()).isNull();
        assertThat(failing.asked).containsExactly(new PatentLookup(EP, SUBMITTED));
    }

    @Test
    void aRegisterSlowerThanTheTimeoutLeavesThePatentUnknown() {
        Registers.Register slow = register("slow-register", l -> {
            // Far beyond the timeout; ESIBE interrupts the lookup when it stops waiting.
            Thread.sleep(60_000);
            return Optional.of(new PatentEvidence(l.number(), true, ""));
        });
        Decision d = evaluatorWith(Duration.ofMillis(200), slow).evaluate(example().build());

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(patent(d).result()).isEqualTo(Verdict.UNKNOWN);
        assertThat(patent(d).message().en())
                .endsWith("patent register slow-register unavailable for EP3456789B1: no answer within 200 ms");
    }

    @Test
    void aRegisterSayingNotInForceFailsThePatentNamingTheRegister() {
        Registers.Register lapsed = register("uibm", l -> Optional.of(new PatentEvidence(l.number(), false,
                "lapsed on 2024-02-01, renewal fee unpaid")));
        Decision d = evaluatorWith(lapsed).evaluate(example().build());

        assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(patent(d).result()).isEqualTo(Verdict.FAIL);
        assertThat(patent(d).message().en()).isEqualTo("The only patent declared is not in force on 2025-03-15: "
                + "EP3456789B1 is not in force according to uibm: lapsed on 2024-02-01, renewal fee unpaid");
        assertThat(patent(d).message().it()).isEqualTo("L'unico brevetto dichiarato non è in vigore al 15/03/2025: "
                + "EP3456789B1 non è in vigore secondo uibm: lapsed on 2024-02-01, renewal fee unpaid");
    }

    @Test
    void aRegisterSayingNotInForceWithoutDetailStillNamesTheRegister() {
        Decision d = evaluatorWith(register("uibm", l -> Optional.of(new PatentEvidence(l.number(), false, " "))))
                .evaluate(example().build());

        assertThat(patent(d).result()).isEqualTo(Verdict.FAIL);
        assertThat(patent(d).message().en()).endsWith(": EP3456789B1 is not in force according to uibm");
    }

    @Test
    void aRegisterConfirmingThePatentPassesItNamingTheRegister() {
        Registers.Register epo = confirmingAll("epo-test");
        Decision d = evaluatorWith(epo).evaluate(example().build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(patent(d).result()).isEqualTo(Verdict.PASS);
        assertThat(patent(d).message().en())
                .isEqualTo("Patent EP3456789B1 (owned) in force on 2025-03-15, confirmed by epo-test");
        assertThat(patent(d).message().it())
                .isEqualTo("Brevetto EP3456789B1 (di proprietà) in vigore al 15/03/2025, confermato da epo-test");
        // Asked at the reference date, not at today's date.
        assertThat(epo.asked).containsExactly(new PatentLookup(EP, SUBMITTED));
    }

    @Test
    void theRegisterIsAskedAtTheEvaluatorsReferenceDate() {
        Registers.Register epo = confirmingAll("epo-test");
        Esibe.builder().evidenceSource(epo).build().evaluator().referenceDate(LocalDate.of(2025, 6, 30)).build()
                .evaluate(example().build());

        assertThat(epo.asked).containsExactly(new PatentLookup(EP, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void aRegisterThatDoesNotKnowThePatentProvesNothing() {
        // Not knowing a patent is not proof that it lapsed: the patent stays unconfirmed.
        Decision d = evaluatorWith(register("uibm", l -> Optional.empty())).evaluate(example().build());

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(patent(d).result()).isEqualTo(Verdict.UNKNOWN);
        assertThat(patent(d).message().en()).isEqualTo(
                "The only patent declared is not confirmed in force on 2025-03-15: EP3456789B1 is not known to uibm");
    }

    @Test
    void everyRegisterIsAskedBeforeAPatentIsUnknown() {
        Registers.Register first = register("uibm", l -> Optional.empty());
        Registers.Register second = register("epo-test", l -> Optional.empty());
        Decision d = evaluatorWith(first, second).evaluate(example().build());

        assertThat(patent(d).message().en()).endsWith(": EP3456789B1 is not known to uibm, epo-test");
        assertThat(first.calls).hasValue(1);
        assertThat(second.calls).hasValue(1);
    }

    @Test
    void aLaterRegisterConfirmsWhatAnEarlierOneDoesNotKnow() {
        Registers.Register first = register("uibm", l -> Optional.empty());
        Decision d = evaluatorWith(first, confirmingAll("epo-test")).evaluate(example().build());

        assertThat(patent(d).result()).isEqualTo(Verdict.PASS);
        assertThat(patent(d).message().en()).endsWith(", confirmed by epo-test");
    }

    @Test
    void onePatentConfirmedIsEnoughWhenAnotherCannotBeChecked() {
        Application app = example().patents(
                new Patent("EP1111111B1", PatentHolding.OWNED, PatentStatus.GRANTED, null, null),
                new Patent(EP, PatentHolding.LICENSED, PatentStatus.GRANTED, null, null)).build();
        Registers.Register register = register("epo-test", l -> {
            if (l.number().equals("EP1111111B1")) {
                throw new IOException("quota exceeded");
            }
            return Optional.of(new PatentEvidence(l.number(), true, ""));
        });
        Decision d = evaluatorWith(register).evaluate(app);

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(patent(d).message().en())
                .isEqualTo("Patent EP3456789B1 (licensed) in force on 2025-03-15, confirmed by epo-test");
    }

    @Test
    void aLapsedPatentAndAnUncheckablePatentMakeTheCriterionUnknownNotFailed() {
        Application app = example().patents(
                new Patent("EP1111111B1", PatentHolding.OWNED, PatentStatus.GRANTED, null, null),
                new Patent(EP, PatentHolding.OWNED, PatentStatus.GRANTED, null, null)).build();
        Registers.Register register = register("epo-test", l -> {
            if (l.number().equals("EP1111111B1")) {
                return Optional.of(new PatentEvidence(l.number(), false, "revoked"));
            }
            throw new IOException("timeout");
        });
        Decision d = evaluatorWith(register).evaluate(app);

        assertThat(patent(d).result()).isEqualTo(Verdict.UNKNOWN);
        assertThat(patent(d).message().en()).isEqualTo("No patent confirmed in force on 2025-03-15 among the 2 "
                + "declared: EP1111111B1 is not in force according to epo-test: revoked; patent register epo-test "
                + "unavailable for EP3456789B1: IOException: timeout");
    }

    @Test
    void everyPatentLapsedByTheRegisterFails() {
        Application app = example().patents(
                new Patent("EP1111111B1", PatentHolding.OWNED, PatentStatus.GRANTED, null, null),
                new Patent(EP, PatentHolding.OWNED, PatentStatus.GRANTED, null, null)).build();
        Decision d = evaluatorWith(register("epo-test", l -> Optional.of(new PatentEvidence(l.number(), false,
                "lapsed")))).evaluate(app);

        assertThat(patent(d).result()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aPatentExpiredByTheDeclarationFailsWithoutAskingTheRegister() {
        // ESIBE-RULES-v1: an expiry on the reference date itself means the patent is no longer in force.
        Application app = example().patents(new Patent(EP, PatentHolding.OWNED, PatentStatus.GRANTED, SUBMITTED,
                null)).build();
        Registers.Register epo = confirmingAll("epo-test");
        Decision d = evaluatorWith(epo).evaluate(app);

        assertThat(patent(d).result()).isEqualTo(Verdict.FAIL);
        assertThat(patent(d).message().en())
                .isEqualTo("The only patent declared is not in force on 2025-03-15: EP3456789B1 expired on 2025-03-15");
        assertThat(epo.calls).hasValue(0);
    }

    @Test
    void noPatentDeclaredFailsWithoutAskingTheRegister() {
        Registers.Register epo = confirmingAll("epo-test");
        Decision d = evaluatorWith(epo).evaluate(example().patents().build());

        assertThat(patent(d).result()).isEqualTo(Verdict.FAIL);
        assertThat(patent(d).message().en())
                .isEqualTo("No patent declared: at least one patent in force on 2025-03-15 is required");
        assertThat(epo.calls).hasValue(0);
    }

    @Test
    void aSourceThatServesNoPatentsChangesNothing() {
        EvidenceSource companies = new EvidenceSource() {
            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public Optional<PatentEvidence> patent(PatentLookup lookup) {
                throw new AssertionError("asked a patent of a source that serves none");
            }

            @Override
            public boolean servesCompanies() {
                return true;
            }
        };
        Application app = example().build();
        assertThat(evaluatorWith(companies).evaluate(app)).isEqualTo(Esibe.evaluator().build().evaluate(app));
    }

    @Test
    void withoutExplanationsTheMessagesAreTheirKeys() {
        ApplicationEvaluator terse = Esibe.builder().evidenceSource(register("uibm", l -> Optional.empty())).build()
                .evaluator().explanations(false).build();
        assertThat(patent(terse.evaluate(example().build())).message().en()).isEqualTo("patent.unknown.one");

        terse = Esibe.builder().evidenceSource(confirmingAll("uibm")).build().evaluator().explanations(false).build();
        assertThat(patent(terse.evaluate(example().build())).message().it()).isEqualTo("patent.pass.confirmed");
    }
}
