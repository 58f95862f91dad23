package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.label;
import static it.esibe.rules.internal.Messages.nested;
import static it.esibe.rules.internal.Messages.plain;
import static it.esibe.rules.internal.Messages.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.rules.CriterionIds;
import java.util.stream.Collectors;

/**
 * ESIBE-TRACK-ALIGN: an emerging technology of the declared track's family applied to a national
 * priority (§5 step 3; §5.3 intro). The track sets the R&amp;D threshold, so it must be backed by a
 * programme in its own technology family; the priority may come from either list (One Health).
 */
final class TrackAlignCriterion extends BaseCriterion {

    private final Taxonomy taxonomy;

    TrackAlignCriterion(Taxonomy taxonomy) {
        super(CriterionIds.TRACK_ALIGN, Citations.S5_STEP3);
        this.taxonomy = taxonomy;
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Track track = context.application().track();
        String familyCodes = taxonomy.family(track.technologyFamily()).stream().map(TaxonomyEntry::code)
                .collect(Collectors.joining(", "));
        if (context.application().programs().isEmpty()) {
            return fail(text("trackAlign.fail.noPrograms", nested(Tracks.key(track)), plain(familyCodes)), null);
        }
        for (Program p : context.application().programs()) {
            boolean inFamily = taxonomy.isCodeOf(p.technology(), f -> f == track.technologyFamily());
            boolean hasPriority = p.priorities().stream().anyMatch(c -> taxonomy.isCodeOf(c, f -> f.isPriority()));
            if (inFamily && hasPriority) {
                TaxonomyEntry tech = taxonomy.find(p.technology()).orElseThrow();
                return pass(text("trackAlign.pass", plain(p.technology()), label(tech.label()),
                        nested(Tracks.key(track)), plain(String.join(", ", p.priorities()))));
            }
        }
        String declared = context.application().programs().stream().map(Program::technology).distinct()
                .collect(Collectors.joining(", "));
        return fail(text("trackAlign.fail.family", nested(Tracks.key(track)), plain(familyCodes), plain(declared)),
                null);
    }
}
