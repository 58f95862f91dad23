/**
 * The application format (ESIBE-FORMAT-v1) described once: every object and field with its JSON
 * name, type, whether it is required, its limits, its CSV column in English and Italian and its
 * description in both languages ({@link it.esibe.core.format.ApplicationFormat}). The readers, the
 * writers and the CSV layout of esibe-io are derived from it; the model's records, the JSON Schema,
 * the CSV templates and the format's documentation are checked against it, field by field, by the
 * build.
 */
@NullMarked
package it.esibe.core.format;

import org.jspecify.annotations.NullMarked;
