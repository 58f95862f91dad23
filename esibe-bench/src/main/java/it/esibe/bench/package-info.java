/**
 * JMH benchmarks of ESIBE and of the same seven criteria written for Drools, Easy Rules and a
 * Camunda DMN decision, with the check that every engine agrees with ESIBE. Not published.
 */
@NullMarked
package it.esibe.bench;

import org.jspecify.annotations.NullMarked;
