/**
 * The examples of {@code docs/EXTENDING.md}: one small, compiling class per extension point. The
 * documentation quotes the regions between {@code tag::} and {@code end::} comments, and a test
 * checks that the quotes match, so the guide cannot drift from code that compiles and runs.
 */
@NullMarked
package it.esibe.examples.extending;

import org.jspecify.annotations.NullMarked;
