package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.message;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;

/**
 * ESIBE-STAGE: not in commercial phase (§5.3 bullets 1–2, "non essere in fase commerciale"). A
 * company in commercial phase cannot pass by any figure; an undeclared stage is the one fact to ask for.
 */
final class StageCriterion extends BaseCriterion {

    private static final String STAGE = "developmentStage";

    StageCriterion() {
        super(CriterionIds.STAGE, Citations.S5_3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        DevelopmentStage stage = context.application().developmentStage();
        if (stage == null) {
            return unknown(context.text("stage.unknown")).missing(STAGE)
                    .wayToPass(WayToPass.provideFacts(context.text("stage.toPass.provide"))).build();
        }
        MessageArg name = message("stage." + stage.name());
        CriterionResult.Builder result = stage == DevelopmentStage.COMMERCIAL
                ? fail(context.text("stage.fail", name), null)
                        .wayToPass(WayToPass.notByFigures(context.text("stage.toPass")))
                : pass(context.text("stage.pass", name));
        return result.fact(STAGE, stage).build();
    }
}
