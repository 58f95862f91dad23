package it.esibe.bench;

/** One of the engines ESIBE is compared with, loaded with the seven criteria of ESIBE-RULES-v1. */
public interface RuleEngine {

    /** The engine's name in reports. */
    String name();

    /** Decides one application from its facts. */
    EngineResult decide(Facts facts);
}
