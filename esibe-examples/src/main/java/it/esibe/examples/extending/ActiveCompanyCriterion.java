package it.esibe.examples.extending;

import static it.esibe.core.message.MessageArg.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.CriterionDescription;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceAnswer;
import java.util.Set;

/**
 * An extra criterion: the company is active in the business register. It shows the parts of the
 * criterion SPI: a stable id with the section it implements, the SPI version it was built for, and
 * a pure function of the context that answers {@code UNKNOWN}, with the reason, when the evidence is
 * missing. Its words are keys of {@link ExampleMessages}, rendered by {@link CriterionContext#text}
 * exactly as ESIBE's own criteria render theirs; it reports the fact it read (the VAT number), the
 * one it missed, and its way to pass, with the same builder steps as ESIBE's own criteria.
 */
// tag::criterion[]
public final class ActiveCompanyCriterion implements Criterion {

    @Override
    public String id() {
        return "EX-ACTIVE";
    }

    @Override
    public String citation() {
        return "Rapporto ad interim, §5.3 (imprese operanti)";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;   // the compiler copies the version this criterion was built against
    }

    @Override
    public Set<String> messageKeys() {   // checked when an evaluator is built: a missing provider fails early
        return Set.of("ex.active.noVat", "ex.active.pass", "ex.active.fail", "ex.active.unavailable",
                "ex.active.unknown", "ex.active.toPass", "ex.active.toPass.provide");
    }

    @Override
    public CriterionDescription description() {   // its section of a rules reference (esibe rules)
        return CriterionDescription.builder().title("ex.active.rules.title").rule("ex.active.rules.rule")
                .result(Verdict.PASS, "ex.active.rules.PASS").result(Verdict.FAIL, "ex.active.rules.FAIL")
                .result(Verdict.UNKNOWN, "ex.active.rules.UNKNOWN").build();
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        String vat = context.application().company().vatNumber();
        if (vat == null) {
            // The one fact of the application that would decide it: a portal asks for exactly this.
            return result(Verdict.UNKNOWN, context.text("ex.active.noVat")).missing("company.vatNumber")
                    .wayToPass(WayToPass.provideFacts(context.text("ex.active.toPass.provide"))).build();
        }
        EvidenceAnswer<CompanyEvidence> answer = context.evidence().company(vat);
        if (answer instanceof EvidenceAnswer.Found<CompanyEvidence> found) {
            boolean active = found.value().active();
            CriterionResult.Builder result = result(active ? Verdict.PASS : Verdict.FAIL,
                    context.text(active ? "ex.active.pass" : "ex.active.fail", text(found.source())));
            if (!active) {
                result.wayToPass(WayToPass.notByFigures(context.text("ex.active.toPass")));
            }
            return result.fact("company.vatNumber", vat).build();
        }
        if (answer instanceof EvidenceAnswer.Unavailable<CompanyEvidence> down) {
            // A register that cannot answer proves nothing: ask for the evidence, never pass silently.
            return result(Verdict.UNKNOWN, context.text("ex.active.unavailable", text(down.source()),
                    text(down.reason()))).fact("company.vatNumber", vat).build();
        }
        return result(Verdict.UNKNOWN, context.text("ex.active.unknown", text(vat))).fact("company.vatNumber", vat)
                .build();
    }

    private CriterionResult.Builder result(Verdict verdict, LocalizedText message) {
        return CriterionResult.builder().id(id()).result(verdict).message(message).citation(citation());
    }
}
// end::criterion[]
