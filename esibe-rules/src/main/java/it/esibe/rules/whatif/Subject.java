package it.esibe.rules.whatif;

import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.Location;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the what-if results group applicants by, read from an application that may be partial
 * (an {@code INVALID} one has {@code null} where a value could not be read).
 *
 * @param track the declared track, or null
 * @param region the legal seat's region, at most {@link #MAX_REGION} characters, or null
 * @param priorities the national priorities of its programmes, each once, in order
 */
record Subject(@Nullable Track track, @Nullable String region, List<String> priorities) {

    /** The longest region name kept, as the call report does. */
    static final int MAX_REGION = 100;
    /** The most priorities kept of one application: more than any valid application has. */
    static final int MAX_PRIORITIES = 50;

    static final Subject NONE = new Subject(null, null, List.of());

    static Subject of(@Nullable Application a) {
        if (a == null) {
            return NONE;
        }
        Company company = a.company();
        Location seat = company == null ? null : company.legalSeat();
        String region = seat == null ? null : seat.region();
        if (region != null && region.isBlank()) {
            region = null;
        }
        if (region != null && region.codePointCount(0, region.length()) > MAX_REGION) {
            region = region.substring(0, region.offsetByCodePoints(0, MAX_REGION - 1)) + "…";
        }
        Set<String> priorities = new LinkedHashSet<>();
        List<Program> programs = a.programs() == null ? List.of() : a.programs();
        for (Program p : programs) {
            if (p == null || p.priorities() == null) {
                continue;
            }
            for (String code : p.priorities()) {
                if (code != null && priorities.size() < MAX_PRIORITIES) {
                    priorities.add(code);
                }
            }
        }
        return new Subject(a.track(), region, List.copyOf(new ArrayList<>(priorities)));
    }
}
