package it.esibe.examples.embedder;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Verdict;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.Location;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.EsibeSpi;
import java.util.Set;

/**
 * An illustrative regional criterion (not any region's policy): the legal seat is in Piedmont. It
 * uses nothing but the public SPI, as ESIBE's own criteria do, and words its explanation with the
 * keys of {@link PiedmontMessages}.
 */
public final class PiedmontSeatCriterion implements Criterion {

    /** The region the criterion asks for, as applications spell it. */
    static final String REGION = "Piemonte";

    @Override
    public String id() {
        return "PIE-SEAT";
    }

    @Override
    public String citation() {
        return "Rapporto ad interim, §5.3 (sede legale); criterio regionale illustrativo";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public Set<String> messageKeys() {
        return Set.of("pie.seat.pass", "pie.seat.fail", "pie.seat.unknown");
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Location seat = context.application().company().legalSeat();
        String region = seat.region();
        Verdict verdict = region == null ? Verdict.UNKNOWN : REGION.equals(region) ? Verdict.PASS : Verdict.FAIL;
        String key = switch (verdict) {
            case PASS -> "pie.seat.pass";
            case FAIL -> "pie.seat.fail";
            case UNKNOWN -> "pie.seat.unknown";
        };
        return CriterionResult.builder().id(id()).result(verdict)
                .message(context.text(key, MessageArg.text(region == null ? "" : region)))
                .citation(citation()).build();
    }
}
