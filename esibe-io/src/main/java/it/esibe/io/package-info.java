/**
 * Strict JSON and JSON Lines input and output for ESIBE (ESIBE-FORMAT-v1).
 *
 * <ul>
 *   <li>{@link it.esibe.io.ApplicationJson}: one application from JSON, with every format problem as a
 *       {@link it.esibe.core.decision.Violation}, and an application back to JSON;</li>
 *   <li>{@link it.esibe.io.ApplicationFiles}: a whole {@code .jsonl} or {@code .json} file, one decision per
 *       record in input order, in memory independent of the file size;</li>
 *   <li>{@link it.esibe.io.DecisionJson} and {@link it.esibe.io.DecisionLinesWriter}: decisions as JSON;</li>
 *   <li>{@link it.esibe.io.CanonicalJson}: the canonical form and SHA-256 behind {@code inputSha256};</li>
 *   <li>{@link it.esibe.io.ReadLimits}: the resource limits every reader enforces.</li>
 * </ul>
 *
 * <p>Bad content never throws: it becomes an {@code INVALID} decision. Only real I/O failures
 * (a missing or unreadable file) reach the caller as {@link java.io.IOException}.
 */
@NullMarked
package it.esibe.io;

import org.jspecify.annotations.NullMarked;
