package it.esibe.examples.cli;

/** The formats of the listings {@code rulesets} and {@code taxonomy}: a plain-text table or JSON. */
enum ListingFormat {
    /** A plain-text table with a header row, for people. */
    text,
    /** One JSON array of objects, for programs. */
    json
}
