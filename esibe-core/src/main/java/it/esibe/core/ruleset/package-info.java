/**
 * Rulesets: named, dated sets of criteria and parameters, and reforms that derive one ruleset from
 * another.
 */
@NullMarked
package it.esibe.core.ruleset;

import org.jspecify.annotations.NullMarked;
