package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.model.Company;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;

/**
 * ESIBE-SEAT: legal seat and headquarters both in Italy (§5.3 bullet 4). A seat abroad is no
 * figure to change: a failure states no amount.
 */
final class SeatCriterion extends BaseCriterion {

    private static final String ITALY = "IT";

    SeatCriterion() {
        super(CriterionIds.SEAT, Citations.S5_3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Company c = context.application().company();
        String seat = c.legalSeat().country();
        String hq = c.headquarters().country();
        boolean italy = ITALY.equals(seat) && ITALY.equals(hq);
        LocalizedText message = context.text(italy ? "seat.pass" : "seat.fail", text(seat), text(hq));
        CriterionResult.Builder result = italy ? pass(message)
                : fail(message, null).wayToPass(WayToPass.notByFigures(context.text("seat.toPass")));
        return result.fact("company.legalSeat.country", seat).fact("company.headquarters.country", hq).build();
    }
}
