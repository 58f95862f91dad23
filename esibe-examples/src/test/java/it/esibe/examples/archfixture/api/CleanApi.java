package it.esibe.examples.archfixture.api;

import it.esibe.examples.archfixture.internal.Hidden;
import java.util.List;

/** An API type that uses an internal type only where callers cannot see it. */
public final class CleanApi {

    private final Hidden hidden = new Hidden();

    /** {@return a description, computed with the internal type} */
    public String describe() {
        return hidden.toString() + helper(List.of(hidden));
    }

    private static int helper(List<Hidden> values) {
        return values.size();
    }
}
