package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.message;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;

/** ESIBE-STAGE: not in commercial phase (§5.3 bullets 1–2, "non essere in fase commerciale"). */
final class StageCriterion extends BaseCriterion {

    StageCriterion() {
        super(CriterionIds.STAGE, Citations.S5_3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        DevelopmentStage stage = context.application().developmentStage();
        if (stage == null) {
            return unknown(context.text("stage.unknown"));
        }
        MessageArg name = message("stage." + stage.name());
        return stage == DevelopmentStage.COMMERCIAL ? fail(context.text("stage.fail", name), null)
                : pass(context.text("stage.pass", name));
    }
}
