package it.esibe.examples.archfixture.examples;

/** An examples type, which may depend on everything. */
public final class Cli {
}
