/**
 * Strict JSON, JSON Lines and CSV input and output for ESIBE (ESIBE-FORMAT-v1).
 *
 * <ul>
 *   <li>{@link it.esibe.io.ApplicationJson}: one application from JSON, with every format problem as a
 *       {@link it.esibe.core.decision.Violation}, and an application back to JSON;</li>
 *   <li>{@link it.esibe.io.ApplicationFiles}: a whole {@code .jsonl}, {@code .json} or {@code .csv} file,
 *       one decision per record in input order, in memory independent of the file size;</li>
 *   <li>{@link it.esibe.io.DecisionJson}, {@link it.esibe.io.DecisionLinesWriter} and
 *       {@link it.esibe.io.DecisionWriter}: decisions as JSON Lines, JSON or CSV;</li>
 *   <li>{@link it.esibe.io.RegisterWriter}: the register of admitted companies as CSV or JSON;</li>
 *   <li>{@link it.esibe.io.ApplicationCsvWriter} and {@link it.esibe.io.CsvOptions}: applications in the
 *       CSV layout, and how CSV is written (separator, header language, byte order mark);</li>
 *   <li>{@link it.esibe.io.ApplicationSchema}: the JSON Schema of the application format;</li>
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
