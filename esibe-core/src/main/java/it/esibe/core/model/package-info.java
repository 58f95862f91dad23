/**
 * The application model of ESIBE-FORMAT-v1, as immutable records with Jakarta Validation constraints.
 */
@NullMarked
package it.esibe.core.model;

import org.jspecify.annotations.NullMarked;
