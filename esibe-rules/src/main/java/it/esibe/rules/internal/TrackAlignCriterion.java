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
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.rules.CriterionIds;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * ESIBE-TRACK-ALIGN: an emerging technology of the declared track's family applied to a national
 * priority (§5 step 3; §5.3 intro). The track sets the R&amp;D threshold, so it must be backed by a
 * programme in its own technology family; the priority may come from either list (One Health).
 */
final class TrackAlignCriterion extends BaseCriterion {

    /**
     * The codes of each family of the last taxonomy seen, for the messages: an evaluator uses one
     * taxonomy, so they are listed once rather than for every application.
     */
    private volatile FamilyCodes last = new FamilyCodes(null, Map.of());

    TrackAlignCriterion() {
        super(CriterionIds.TRACK_ALIGN, Citations.S5_STEP3);
    }

    /** The codes of each family of one taxonomy, joined for a message. */
    private record FamilyCodes(@Nullable Taxonomy taxonomy, Map<TaxonomyFamily, String> codes) {
        static FamilyCodes of(Taxonomy taxonomy) {
            Map<TaxonomyFamily, String> codes = new EnumMap<>(TaxonomyFamily.class);
            for (TaxonomyFamily family : TaxonomyFamily.values()) {
                codes.put(family, taxonomy.family(family).stream().map(TaxonomyEntry::code)
                        .collect(Collectors.joining(", ")));
            }
            return new FamilyCodes(taxonomy, codes);
        }
    }

    private String familyCodes(Taxonomy taxonomy, TaxonomyFamily family) {
        FamilyCodes current = last;
        if (current.taxonomy() != taxonomy) {
            current = FamilyCodes.of(taxonomy);
            last = current;
        }
        return current.codes().get(family);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Track track = context.application().track();
        Taxonomy taxonomy = context.taxonomy();
        String familyCodes = familyCodes(taxonomy, track.technologyFamily());
        if (context.application().programs().isEmpty()) {
            return fail(text(context, "trackAlign.fail.noPrograms", nested(Tracks.key(track)), plain(familyCodes)), null);
        }
        for (Program p : context.application().programs()) {
            boolean inFamily = taxonomy.isCodeOf(p.technology(), f -> f == track.technologyFamily());
            if (inFamily && hasPriority(taxonomy, p)) {
                TaxonomyEntry tech = taxonomy.find(p.technology()).orElseThrow();
                return pass(text(context, "trackAlign.pass", plain(p.technology()), label(tech),
                        nested(Tracks.key(track)), plain(String.join(", ", p.priorities()))));
            }
        }
        String declared = context.application().programs().stream().map(Program::technology).distinct()
                .collect(Collectors.joining(", "));
        return fail(text(context, "trackAlign.fail.family", nested(Tracks.key(track)), plain(familyCodes), plain(declared)),
                null);
    }

    private static boolean hasPriority(Taxonomy taxonomy, Program p) {
        for (String code : p.priorities()) {
            if (taxonomy.isCodeOf(code, TaxonomyFamily::isPriority)) {
                return true;
            }
        }
        return false;
    }
}
