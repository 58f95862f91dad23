/**
 * Taxonomy types of ESIBE-TAXONOMY-v1: codes, families, labels and ICD-10 ranges.
 */
@NullMarked
package it.esibe.core.taxonomy;

import org.jspecify.annotations.NullMarked;
