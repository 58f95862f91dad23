package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.nested;
import static it.esibe.rules.internal.Messages.text;

import it.esibe.core.decision.CriterionResult;
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
            return unknown(text(context, "stage.unknown"));
        }
        var name = nested("stage." + stage.name());
        return stage == DevelopmentStage.COMMERCIAL ? fail(text(context, "stage.fail", name), null)
                : pass(text(context, "stage.pass", name));
    }
}
