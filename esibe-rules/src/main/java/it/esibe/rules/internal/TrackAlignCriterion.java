package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.code;
import static it.esibe.core.message.MessageArg.join;
import static it.esibe.core.message.MessageArg.message;
import static it.esibe.core.message.MessageArg.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.rules.CriterionIds;
import java.util.ArrayList;
import java.util.List;

/**
 * ESIBE-TRACK-ALIGN: an emerging technology of the declared track's family applied to a national
 * priority (§5 step 3; §5.3 intro). The track sets the R&amp;D threshold, so it must be backed by a
 * programme in its own technology family; the priority may come from either list (One Health).
 * Every code the explanation names carries its label in the explanation's language.
 */
final class TrackAlignCriterion extends BaseCriterion {

    /** The paths of the first programmes' codes, made once rather than for every decision. */
    private static final int KEPT_PATHS = 16;
    private static final String[] TECHNOLOGY_PATHS = new String[KEPT_PATHS];
    private static final String[][] PRIORITY_PATHS = new String[KEPT_PATHS][KEPT_PATHS];

    static {
        for (int i = 0; i < KEPT_PATHS; i++) {
            TECHNOLOGY_PATHS[i] = "programs[" + i + "].technology";
            for (int j = 0; j < KEPT_PATHS; j++) {
                PRIORITY_PATHS[i][j] = "programs[" + i + "].priorities[" + j + "]";
            }
        }
    }

    private static String technologyPath(int i) {
        return i < KEPT_PATHS ? TECHNOLOGY_PATHS[i] : "programs[" + i + "].technology";
    }

    private static String priorityPath(int i, int j) {
        return i < KEPT_PATHS && j < KEPT_PATHS ? PRIORITY_PATHS[i][j] : "programs[" + i + "].priorities[" + j + "]";
    }

    TrackAlignCriterion() {
        super(CriterionIds.TRACK_ALIGN, Citations.S5_STEP3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Track track = context.application().track();
        Taxonomy taxonomy = context.taxonomy();
        MessageArg trackName = message(Tracks.key(track));
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("track", track));
        WayToPass noFigure = WayToPass.notByFigures(context.text("trackAlign.toPass", trackName));
        if (context.application().programs().isEmpty()) {
            return fail(context.text("trackAlign.fail.noPrograms", trackName, familyCodes(context, track)), null)
                    .facts(facts).wayToPass(noFigure).build();
        }
        List<Program> programs = context.application().programs();
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            facts.add(Fact.of(technologyPath(i), p.technology()));
            for (int j = 0; j < p.priorities().size(); j++) {
                facts.add(Fact.of(priorityPath(i, j), p.priorities().get(j)));
            }
            boolean inFamily = taxonomy.isCodeOf(p.technology(), f -> f == track.technologyFamily());
            List<String> priorities = p.priorities().stream()
                    .filter(c -> taxonomy.isCodeOf(c, TaxonomyFamily::isPriority)).toList();
            if (inFamily && !priorities.isEmpty()) {
                return pass(context.text(Message.plural("trackAlign.pass", priorities.size(),
                        codes(context, List.of(p.technology())), trackName, codes(context, priorities))))
                        .facts(facts).build();
            }
        }
        List<String> declared = programs.stream().map(Program::technology).distinct().toList();
        return fail(context.text(Message.plural("trackAlign.fail.family", declared.size(), trackName,
                familyCodes(context, track), codes(context, declared))), null).facts(facts).wayToPass(noFigure).build();
    }

    /** What a code list is without explanations, which would not show it. */
    private static final MessageArg NOTHING = text("");

    /** The technologies of the track's family, each with its label; nothing without explanations. */
    private static MessageArg familyCodes(CriterionContext context, Track track) {
        if (!context.explanations()) {
            return NOTHING;
        }
        Taxonomy taxonomy = context.taxonomy();
        return codes(context, taxonomy.family(track.technologyFamily()).stream().map(e -> e.code()).toList());
    }

    /** The codes, each with its label when the taxonomy knows it, joined by commas; nothing without explanations. */
    private static MessageArg codes(CriterionContext context, List<String> codes) {
        if (!context.explanations()) {
            return NOTHING;
        }
        Taxonomy taxonomy = context.taxonomy();
        return join(", ", codes.stream()
                .map(c -> taxonomy.find(c).map(MessageArg::code).orElseGet(() -> text(c))).toList());
    }
}
