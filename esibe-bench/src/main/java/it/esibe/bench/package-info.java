/**
 * JMH benchmarks of ESIBE: the whole pipeline against a Jackson parse-and-write of the same file,
 * ESIBE's criteria against a plain loop over the same seven checks, and ESIBE against the same
 * seven criteria written for Drools, Easy Rules and a Camunda DMN decision, with the check that
 * every one of them agrees with ESIBE, the CPU time per operation and the steady-state check of
 * the results ({@link it.esibe.bench.Suite}). Not published.
 */
@NullMarked
package it.esibe.bench;

import org.jspecify.annotations.NullMarked;
