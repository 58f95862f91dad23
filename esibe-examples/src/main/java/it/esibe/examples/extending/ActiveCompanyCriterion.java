package it.esibe.examples.extending;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Verdict;
import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.EvidenceAnswer;

/**
 * An extra criterion: the company is active in the business register. It shows the two halves of
 * the criterion SPI: a stable id with the section it implements, and a pure function of the context
 * that answers {@code UNKNOWN}, with the reason, when the evidence is missing.
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
    public CriterionResult evaluate(CriterionContext context) {
        String vat = context.application().company().vatNumber();
        if (vat == null) {
            return result(Verdict.UNKNOWN, "Partita IVA non indicata", "No VAT number given");
        }
        EvidenceAnswer<CompanyEvidence> answer = context.evidence().company(vat);
        if (answer instanceof EvidenceAnswer.Found<CompanyEvidence> found) {
            boolean active = found.value().active();
            String source = found.source();
            return active
                    ? result(Verdict.PASS, "Impresa attiva secondo " + source, "Company active according to " + source)
                    : result(Verdict.FAIL, "Impresa non attiva secondo " + source, "Company not active according to " + source);
        }
        if (answer instanceof EvidenceAnswer.Unavailable<CompanyEvidence> down) {
            // A register that cannot answer proves nothing: ask for the evidence, never pass silently.
            return result(Verdict.UNKNOWN, "Registro " + down.source() + " non disponibile: " + down.reason(),
                    "Register " + down.source() + " unavailable: " + down.reason());
        }
        return result(Verdict.UNKNOWN, "Partita IVA " + vat + " non trovata nel registro",
                "VAT number " + vat + " not found in the register");
    }

    private CriterionResult result(Verdict verdict, String it, String en) {
        return new CriterionResult(id(), verdict, new LocalizedText(it, en), citation(), null);
    }
}
// end::criterion[]
