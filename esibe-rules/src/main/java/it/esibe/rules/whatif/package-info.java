/**
 * What if: how a call is decided under other rules, applicant by applicant. {@link
 * it.esibe.rules.whatif.Comparison} decides each application under two or more rulesets and says
 * whose outcome changes and why; {@link it.esibe.rules.whatif.Sweep} varies one or two parameters
 * over a range and counts the outcomes at each value, with the exact values where an applicant's
 * outcome changes.
 *
 * <p>Both read a call one application at a time and keep only counts and what their results
 * list, so their memory does not grow with the call; feed them each record a reader delivers
 * ({@code run.add(record)}: its decisions carry the record's position and hash), or each
 * application built in Java ({@code run.add(application)}).
 */
@NullMarked
package it.esibe.rules.whatif;

import org.jspecify.annotations.NullMarked;
