package it.esibe.support;

import it.esibe.core.model.Track;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One statement of what a catalogue entry is about, in taxonomy terms, and on whose authority.
 *
 * <p>An entry may carry a {@link FocusBasis#REPORT} focus for what the report says and a
 * {@link FocusBasis#ESIBE_EDITORIAL} one for what ESIBE adds, so that a recommendation can say
 * which kind of match it rests on.
 *
 * @param basis the report or an ESIBE editorial classification
 * @param tracks the admission tracks the entry suits (§5.3 bullets 1–2), possibly none
 * @param codes taxonomy codes ({@code PAT-*}, {@code IND-*}, {@code TEC-*}) of ESIBE-TAXONOMY-v1, without repeats
 * @param why the words of the report, or the editors' reason, in one line
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Focus(FocusBasis basis, Set<Track> tracks, List<String> codes, String why) {

    /**
     * Copies the collections and rejects repeated codes.
     *
     * @param basis the report or an ESIBE editorial classification
     * @param tracks the admission tracks the entry suits, possibly none; copied
     * @param codes the taxonomy codes, without repeats; copied
     * @param why the report's words or the editors' reason
     * @throws IllegalArgumentException if a code repeats
     */
    public Focus {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(why, "why");
        // An EnumSet iterates in declaration order, which keeps explanations stable.
        EnumSet<Track> copy = EnumSet.noneOf(Track.class);
        copy.addAll(tracks);
        tracks = Collections.unmodifiableSet(copy);
        codes = List.copyOf(codes);
        if (codes.stream().distinct().count() != codes.size()) {
            throw new IllegalArgumentException("focus codes repeat: " + codes);
        }
    }
}
