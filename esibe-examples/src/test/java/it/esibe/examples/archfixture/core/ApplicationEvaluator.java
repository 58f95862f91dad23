package it.esibe.examples.archfixture.core;

/** Stands for esibe-core's evaluator in the fixtures. */
public interface ApplicationEvaluator {
}
