package it.esibe.io.internal;

import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The violations found in one record, in the order found, of which at most a fixed number are
 * listed ({@code ReadLimits.maxViolationsPerRecord}); the rest are only counted, and the list ends
 * with one violation at path {@code ""} saying how many were left out. A message is built only if
 * it is listed, so that a line of a hundred thousand unknown properties costs no more than its text.
 *
 * <p>One collector follows a record through every stage of reading (parser, CSV cells, the
 * application's tree). A stage that cannot read a value at all (a number too large to hold, a
 * duplicated property, a string over the limit) {@linkplain #unreadable settles} its path: the value
 * is replaced by {@code null}, nothing more is said about its value by later stages (no "required
 * property is missing" on top of "number too large"; an unknown name is still reported), and the
 * record is no longer held exactly, so
 * it is hashed over its raw bytes rather than its canonical JSON.
 *
 * <p>Not thread-safe: one collector per record.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Problems {

    private final int max;
    private final List<Violation> listed = new ArrayList<>();
    private final Set<String> settled = new HashSet<>();
    private long unlisted;
    private boolean exact = true;

    /** A collector listing at most {@code max} violations. */
    public Problems(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        this.max = max;
    }

    /**
     * Reports {@code problem} at {@code path}, unless the path is settled already (an unknown
     * property is reported all the same: it is about the name, not the value that could not be read).
     */
    public void add(JsonPath path, ReadProblem problem, Object... args) {
        if (settled.isEmpty() && listed.size() >= max) {
            unlisted++; // the common case of a flood: not even the path's text is built
            return;
        }
        add(path.toString(), problem, args);
    }

    /** Reports {@code problem} at the path written {@code path}, unless it is settled already. */
    public void add(String path, ReadProblem problem, Object... args) {
        if (problem != ReadProblem.UNKNOWN_PROPERTY && settled.contains(path)) {
            return;
        }
        if (listed.size() < max) {
            listed.add(Violation.of(path, problem.message(args)));
        } else {
            unlisted++;
        }
    }

    /** Reports a message built elsewhere (a header problem of a CSV file, a decision's own check). */
    void addMessage(String path, Message message) {
        add(path, ReadProblem.VERBATIM, message);
    }

    /**
     * Reports that the value at {@code path} could not be read: the caller puts {@code null} in its
     * place, later problems at that path are not reported, and the record is no longer exact.
     */
    public void unreadable(String path, ReadProblem problem, Object... args) {
        add(path, problem, args);
        settled.add(path);
        exact = false;
    }

    /** {@link #unreadable(String, ReadProblem, Object...)} with a path object. */
    void unreadable(JsonPath path, ReadProblem problem, Object... args) {
        unreadable(path.toString(), problem, args);
    }

    /** Marks the record as not held exactly by its tree, without a problem of its own. */
    void inexact() {
        exact = false;
    }

    /** Whether the record's tree holds every value exactly as written, so its canonical JSON identifies it. */
    public boolean exact() {
        return exact;
    }

    /** Whether nothing was reported. */
    public boolean isEmpty() {
        return listed.isEmpty();
    }

    /**
     * The listed violations, followed by one at path {@code ""} counting those left out, if any.
     *
     * @return a new list
     */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>(listed);
        if (unlisted > 0) {
            out.add(Violation.of("", ReadProblem.MORE_PROBLEMS.message(unlisted, max)));
        }
        return out;
    }
}
