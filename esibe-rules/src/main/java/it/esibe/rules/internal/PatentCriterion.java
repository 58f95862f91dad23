package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.nested;
import static it.esibe.rules.internal.Messages.plain;
import static it.esibe.rules.internal.Messages.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * ESIBE-PATENT: owns or licenses at least one patent in force at the reference date (§5.3 bullet 3,
 * "possedere, direttamente o tramite licenza, dei brevetti"). An expiry on the reference date
 * itself means the patent is no longer in force; pending applications count only where
 * {@code patents.acceptPending} is true.
 */
final class PatentCriterion extends BaseCriterion {

    PatentCriterion() {
        super(CriterionIds.PATENT, Citations.S5_3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        LocalDate date = context.referenceDate();
        boolean acceptPending = context.parameters().flag(InterimParameters.PATENTS_ACCEPT_PENDING);
        List<Messages.Arg> reasons = new ArrayList<>();
        for (Patent p : context.application().patents()) {
            Messages.Arg reason = whyNot(p, date, acceptPending);
            if (reason == null) {
                String holding = "patent.holding." + p.holding().name().toLowerCase(Locale.ROOT);
                return pass(text(context, "patent.pass", plain(p.number()), nested(holding), plain(date)));
            }
            reasons.add(reason);
        }
        if (reasons.isEmpty()) {
            return fail(text(context, "patent.fail.none", plain(date)), null);
        }
        return fail(text(context, "patent.fail", plain(date), plain(reasons.size()), Messages.joined("; ", reasons)),
                null);
    }

    /** Why {@code p} does not count at {@code date}, or null when it does. */
    private static Messages.@Nullable Arg whyNot(Patent p, LocalDate date, boolean acceptPending) {
        if (p.status() == PatentStatus.PENDING && !acceptPending) {
            return nested("patent.reason.pending", plain(p.number()));
        }
        if (p.expiresOn() != null && !p.expiresOn().isAfter(date)) {
            return nested("patent.reason.expired", plain(p.number()), plain(p.expiresOn()));
        }
        if (p.holding() == PatentHolding.LICENSED && p.licenceExpiresOn() != null
                && !p.licenceExpiresOn().isAfter(date)) {
            return nested("patent.reason.licenceExpired", plain(p.number()), plain(p.licenceExpiresOn()));
        }
        return null;
    }
}
