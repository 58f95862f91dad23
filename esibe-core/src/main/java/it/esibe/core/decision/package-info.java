/**
 * Decision types: outcome, criterion results with explanations, violations.
 */
@NullMarked
package it.esibe.core.decision;

import org.jspecify.annotations.NullMarked;
