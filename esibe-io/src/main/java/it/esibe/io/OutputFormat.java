package it.esibe.io;

import org.apiguardian.api.API;

/**
 * The formats {@link DecisionWriter} writes decisions in.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum OutputFormat {

    /** JSON Lines: one decision per line, as {@link DecisionJson} writes it. */
    JSON_LINES,

    /** One JSON array of decisions, one decision per line inside it. */
    JSON,

    /**
     * CSV for spreadsheets: one row per decision with its position, outcome, failed and unknown
     * criteria, reasons and violations (docs/CSV-FORMAT.md); formula-like cells are neutralised.
     */
    CSV
}
