package it.esibe.io;

import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.io.internal.NodeWriter;
import it.esibe.io.internal.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * The canonical JSON of a record and its SHA-256, the {@code inputSha256} of decisions: the same
 * application always gets the same hash whatever its key order or white space, so a decision can
 * be traced to exactly the evidence it judged.
 *
 * <p>The canonical form is compact JSON (no insignificant white space) encoded in UTF-8, with:
 * <ul>
 *   <li>object keys sorted by {@link String#compareTo} (UTF-16 code units), at every depth;</li>
 *   <li>strings escaped as standard JSON by Jackson ({@code \"}, {@code \\}, control characters),
 *       other characters written as they are, except that UTF-16 surrogates are written as
 *       {@code \}{@code uXXXX} escapes so that even a lone surrogate has one exact form;</li>
 *   <li>numbers as the text of their exact value: integers as their digits, decimals as
 *       {@link java.math.BigDecimal#toString()}, so {@code 2500000.00} keeps its scale and is not the
 *       same as {@code 2500000} (the number as written is the evidence; {@code -0} is {@code 0}).</li>
 * </ul>
 *
 * <p>A record that is not JSON at all has no canonical form: readers hash its raw UTF-8 bytes with
 * {@link #sha256(byte[])} instead (for a JSON Lines record, the bytes of the line without its line
 * end; for a {@code .json} file, the bytes of the whole file).
 *
 * <p>Thread-safety: stateless, and safe to use from any thread.
 *
 * @since 0.1.0
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /**
     * The canonical JSON text of {@code node}.
     *
     * @param node the JSON tree; not modified
     * @return the compact canonical JSON
     * @throws IllegalArgumentException if the tree holds a node that is not JSON data (a POJO or
     *     missing node, which only code can put there); trees read from text never do
     */
    public static String canonicalize(JsonNode node) {
        return NodeWriter.toJson(node, true);
    }

    /**
     * The UTF-8 bytes of {@link #canonicalize(JsonNode)}.
     *
     * @param node the JSON tree; not modified
     * @return a new array holding the canonical JSON in UTF-8
     * @throws IllegalArgumentException if the tree holds a node that is not JSON data
     */
    public static byte[] canonicalBytes(JsonNode node) {
        return canonicalize(node).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The SHA-256 of {@code node}'s canonical JSON.
     *
     * @param node the JSON tree; not modified
     * @return the hash in lower-case hex (64 characters)
     * @throws IllegalArgumentException if the tree holds a node that is not JSON data
     */
    public static String sha256(JsonNode node) {
        return Sha256.hex(canonicalBytes(node));
    }

    /**
     * The SHA-256 of raw bytes: the hash of a record that is not JSON.
     *
     * @param raw the record's bytes as read; not modified
     * @return the hash in lower-case hex (64 characters)
     */
    public static String sha256(byte[] raw) {
        return Sha256.hex(raw);
    }
}
