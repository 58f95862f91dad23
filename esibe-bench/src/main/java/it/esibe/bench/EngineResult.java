package it.esibe.bench;

import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import java.util.Map;

/**
 * What another engine decided on one application: each criterion's verdict by id, and the outcome.
 *
 * @param verdicts the verdict of every criterion the engine decided, by criterion id
 * @param outcome the outcome
 */
public record EngineResult(Map<String, Verdict> verdicts, Outcome outcome) {
}
