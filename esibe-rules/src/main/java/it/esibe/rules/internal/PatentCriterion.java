package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.nested;
import static it.esibe.rules.internal.Messages.plain;
import static it.esibe.rules.internal.Messages.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.Evidence;
import it.esibe.core.spi.EvidenceAnswer;
import it.esibe.core.spi.PatentEvidence;
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
 *
 * <p>With a patent register among the evidence sources, a patent that counts by the declaration
 * counts only once a register confirms it in force at the reference date; with none, the
 * declaration decides, as ESIBE-RULES-v1 states. Patents are checked in the order declared, and the
 * first confirmed one passes. A register saying "not in force" sinks the patent like an expiry
 * declared. A register that does not know the patent, or cannot answer now, proves nothing either
 * way: the patent is unconfirmed, and when no patent is confirmed and one was unconfirmed, the
 * result is {@code UNKNOWN} (the evidence needed is missing, ESIBE-RULES-v1 "Outcomes") rather
 * than {@code FAIL}. So a register can only withhold a pass the declaration would give, never give
 * one the declaration withholds. With {@code patents.acceptPending}, a pending application that
 * counts by the declaration is checked too: a register should call a live application in force.
 */
final class PatentCriterion extends BaseCriterion {

    PatentCriterion() {
        super(CriterionIds.PATENT, Citations.S5_3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        LocalDate date = context.referenceDate();
        boolean acceptPending = context.parameters().flag(InterimParameters.PATENTS_ACCEPT_PENDING);
        Evidence evidence = context.evidence();
        // Without a register the declaration decides, exactly as before registers existed.
        boolean confirm = evidence.hasPatentSources();
        boolean unconfirmed = false;
        List<Messages.Arg> reasons = new ArrayList<>();
        for (Patent p : context.application().patents()) {
            Messages.Arg reason = whyNot(p, date, acceptPending);
            if (reason == null) {
                String holding = "patent.holding." + p.holding().name().toLowerCase(Locale.ROOT);
                if (!confirm) {
                    return pass(text(context, "patent.pass", plain(p.number()), nested(holding), plain(date)));
                }
                EvidenceAnswer<PatentEvidence> answer = evidence.patent(p.number(), date);
                if (answer instanceof EvidenceAnswer.Found<PatentEvidence> found) {
                    PatentEvidence register = found.value();
                    if (register.inForce()) {
                        return pass(text(context, "patent.pass.confirmed", plain(p.number()), nested(holding),
                                plain(date), plain(found.source())));
                    }
                    reason = register.detail().isBlank()
                            ? nested("patent.reason.notInForce", plain(p.number()), plain(found.source()))
                            : nested("patent.reason.notInForceDetail", plain(p.number()), plain(found.source()),
                                    plain(register.detail()));
                } else if (answer instanceof EvidenceAnswer.NotFound<PatentEvidence> notFound) {
                    unconfirmed = true;
                    reason = nested("patent.reason.unknown", plain(p.number()),
                            plain(String.join(", ", notFound.sources())));
                } else {
                    EvidenceAnswer.Unavailable<PatentEvidence> unavailable =
                            (EvidenceAnswer.Unavailable<PatentEvidence>) answer;
                    unconfirmed = true;
                    reason = nested("patent.reason.unavailable", plain(p.number()), plain(unavailable.source()),
                            plain(unavailable.reason()));
                }
            }
            reasons.add(reason);
        }
        if (reasons.isEmpty()) {
            return fail(text(context, "patent.fail.none", plain(date)), null);
        }
        Messages.Arg joined = Messages.joined("; ", reasons);
        if (unconfirmed) {
            return unknown(text(context, "patent.unknown", plain(date), plain(reasons.size()), joined));
        }
        return fail(text(context, "patent.fail", plain(date), plain(reasons.size()), joined), null);
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
