package it.esibe.rules.internal;

import it.esibe.core.model.Track;

/** Message keys of the tracks' names. */
final class Tracks {
    private Tracks() {
    }

    static String key(Track track) {
        return switch (track) {
            case PRECISION_MEDICINE -> "track.precisionMedicine";
            case INDUSTRIAL_ENVIRONMENTAL -> "track.industrialEnvironmental";
        };
    }
}
