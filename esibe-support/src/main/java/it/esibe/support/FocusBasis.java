package it.esibe.support;

import org.apiguardian.api.API;

/**
 * Who says that a catalogue entry has a given focus: the report itself, or ESIBE's editors.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum FocusBasis {
    /** The report's own words name this focus (the entry cites the section). */
    REPORT,
    /**
     * An ESIBE editorial classification: the report names the event, hub or market but not this
     * focus, which ESIBE assigned so that it can be matched; shown as such to every reader.
     */
    ESIBE_EDITORIAL
}
