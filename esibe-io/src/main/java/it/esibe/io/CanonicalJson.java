package it.esibe.io;

import it.esibe.core.model.CanonicalNumber;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.io.internal.NodeWriter;
import it.esibe.io.internal.Sha256;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The canonical JSON of a record and its SHA-256, the {@code inputSha256} of decisions: the same
 * application always gets the same hash whatever its key order, white space or number notation, so
 * a decision can be traced to exactly the evidence it judged.
 *
 * <p>The canonical form (ESIBE-FORMAT-v1.1, "Decision") is compact JSON (no insignificant white
 * space) encoded in UTF-8, with:
 * <ul>
 *   <li>object keys sorted by {@link String#compareTo} (UTF-16 code units), at every depth;</li>
 *   <li>strings escaped as standard JSON by Jackson ({@code \"}, {@code \\}, control characters),
 *       other characters written as they are, except that UTF-16 surrogates are written as
 *       {@code \}{@code uXXXX} escapes so that even a lone surrogate has one exact form;</li>
 *   <li>every number in plain decimal notation, with no exponent and no trailing fractional zeros:
 *       {@code 120000}, {@code 120000.00} and {@code 1.2E+5} all become {@code 120000}, {@code 0.50}
 *       becomes {@code 0.5}, {@code -0} becomes {@code 0}. Only a number with more than
 *       {@value #MAX_PLAIN_DIGITS} digits before or after the point, which no reader accepts as a
 *       value, keeps the exponent form of its normalised value ({@code 1E+999999999}), so that it is
 *       still written exactly and in bounded space.</li>
 * </ul>
 *
 * <p>A record that is not JSON at all has no canonical form, and neither has one whose tree could not
 * hold every value as written (a duplicated property, a number or string over the reader's limits,
 * a CSV cell that is no number): readers hash its raw bytes with {@link #sha256(byte[])} instead
 * (for a JSON Lines record, the bytes of the line without its line end; for a CSV record, the bytes
 * of the row; for an element of a JSON array, its bytes from its first character to the comma or
 * bracket after it; for any other {@code .json} file, the bytes of the whole file after a byte order
 * mark).
 *
 * <p>Thread-safety: stateless, and safe to use from any thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CanonicalJson {

    /**
     * The most digits before, and after, the decimal point of a number written in plain notation;
     * {@link ReadLimits} keeps the readers' digit limits within it.
     */
    public static final int MAX_PLAIN_DIGITS = CanonicalNumber.MAX_PLAIN_DIGITS;

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
