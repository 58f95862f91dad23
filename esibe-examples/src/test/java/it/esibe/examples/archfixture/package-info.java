/**
 * Deliberately bad code for ArchitectureTest: each class breaks one architecture rule under the
 * root {@code it.esibe.examples.archfixture}, so that the test can show every rule failing. Test
 * code only; the real check imports no test class.
 */
package it.esibe.examples.archfixture;
