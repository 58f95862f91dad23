package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.count;
import static it.esibe.core.message.MessageArg.date;
import static it.esibe.core.message.MessageArg.join;
import static it.esibe.core.message.MessageArg.message;
import static it.esibe.core.message.MessageArg.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
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
        boolean acceptPending = context.parameters().get(InterimParameters.PATENTS_ACCEPT_PENDING);
        Evidence evidence = context.evidence();
        // Without a register the declaration decides, exactly as before registers existed.
        boolean confirm = evidence.hasPatentSources();
        boolean unconfirmed = false;
        List<MessageArg> reasons = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Patent> patents = context.application().patents();
        for (int i = 0; i < patents.size(); i++) {
            Patent p = patents.get(i);
            facts(p, "patents[" + i + "].", facts);
            MessageArg reason = whyNot(p, date, acceptPending);
            if (reason == null) {
                String holding = "patent.holding." + p.holding().name().toLowerCase(Locale.ROOT);
                if (!confirm) {
                    return pass(context.text("patent.pass", text(p.number()), message(holding), date(date)))
                            .facts(facts).parameter(InterimParameters.PATENTS_ACCEPT_PENDING.name(), acceptPending)
                            .build();
                }
                EvidenceAnswer<PatentEvidence> answer = evidence.patent(p.number(), date);
                if (answer instanceof EvidenceAnswer.Found<PatentEvidence> found) {
                    PatentEvidence register = found.value();
                    if (register.inForce()) {
                        return pass(context.text("patent.pass.confirmed", text(p.number()), message(holding),
                                date(date), text(found.source()))).facts(facts)
                                .parameter(InterimParameters.PATENTS_ACCEPT_PENDING.name(), acceptPending).build();
                    }
                    reason = register.detail().isBlank()
                            ? message("patent.reason.notInForce", text(p.number()), text(found.source()))
                            : message("patent.reason.notInForceDetail", text(p.number()), text(found.source()),
                                    text(register.detail()));
                } else if (answer instanceof EvidenceAnswer.NotFound<PatentEvidence> notFound) {
                    unconfirmed = true;
                    reason = message("patent.reason.unknown", text(p.number()),
                            text(String.join(", ", notFound.sources())));
                } else {
                    EvidenceAnswer.Unavailable<PatentEvidence> unavailable =
                            (EvidenceAnswer.Unavailable<PatentEvidence>) answer;
                    unconfirmed = true;
                    reason = message("patent.reason.unavailable", text(p.number()), text(unavailable.source()),
                            text(unavailable.reason()));
                }
            }
            reasons.add(reason);
        }
        String pending = InterimParameters.PATENTS_ACCEPT_PENDING.name();
        // A patent is no figure: only acquiring or licensing one in force makes the criterion pass.
        WayToPass noFigure = WayToPass.notByFigures(context.text("patent.toPass", date(date)));
        if (reasons.isEmpty()) {
            return fail(context.text("patent.fail.none", date(date)), null).parameter(pending, acceptPending)
                    .wayToPass(noFigure).build();
        }
        MessageArg joined = join("; ", reasons);
        int n = reasons.size();
        if (unconfirmed) {
            // What is missing is a register's confirmation, not a fact of the application: no missing facts.
            return unknown(context.text(Message.plural("patent.unknown", n, date(date), count(n), joined)))
                    .facts(facts).parameter(pending, acceptPending)
                    .wayToPass(WayToPass.notByFigures(context.text("patent.toPass.register", date(date)))).build();
        }
        return fail(context.text(Message.plural("patent.fail", n, date(date), count(n), joined)), null).facts(facts)
                .parameter(pending, acceptPending).wayToPass(noFigure).build();
    }

    /** The facts of {@code p} that decide whether it is in force: status, holding and expiries. */
    private static void facts(Patent p, String prefix, List<Fact> facts) {
        facts.add(Fact.of(prefix + "number", p.number()));
        facts.add(Fact.of(prefix + "holding", p.holding()));
        facts.add(Fact.of(prefix + "status", p.status()));
        if (p.expiresOn() != null) {
            facts.add(Fact.of(prefix + "expiresOn", p.expiresOn()));
        }
        if (p.licenceExpiresOn() != null) {
            facts.add(Fact.of(prefix + "licenceExpiresOn", p.licenceExpiresOn()));
        }
    }

    /** Why {@code p} does not count at {@code date}, or null when it does. */
    private static @Nullable MessageArg whyNot(Patent p, LocalDate date, boolean acceptPending) {
        if (p.status() == PatentStatus.PENDING && !acceptPending) {
            return message("patent.reason.pending", text(p.number()));
        }
        if (p.expiresOn() != null && !p.expiresOn().isAfter(date)) {
            return message("patent.reason.expired", text(p.number()), date(p.expiresOn()));
        }
        if (p.holding() == PatentHolding.LICENSED && p.licenceExpiresOn() != null
                && !p.licenceExpiresOn().isAfter(date)) {
            return message("patent.reason.licenceExpired", text(p.number()), date(p.licenceExpiresOn()));
        }
        return null;
    }
}
