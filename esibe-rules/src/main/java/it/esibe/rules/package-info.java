/**
 * The ESIBE rules: evaluators, rulesets, parameters, the SME calculator and the national taxonomy.
 */
@NullMarked
package it.esibe.rules;

import org.jspecify.annotations.NullMarked;
