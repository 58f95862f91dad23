package it.esibe.examples.archfixture.api;

import it.esibe.examples.archfixture.internal.Hidden;
import it.esibe.examples.archfixture.internal.HiddenException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An API type that exposes an internal type in every way a signature can, once each. */
public class LeakyApi implements Comparable<Hidden> {

    /** A public field of an internal type. */
    public Hidden field;

    /** A protected field of an array of internal types. */
    protected Hidden[] array;

    /** Private: not exposed. */
    private Hidden privateField;

    /**
     * A protected constructor taking an internal type.
     *
     * @param hidden the internal value
     */
    protected LeakyApi(Hidden hidden) {
        this.privateField = hidden;
    }

    /** {@return internal types as a type argument} */
    public List<Hidden> list() {
        return List.of();
    }

    /**
     * Takes an internal type nested in type arguments.
     *
     * @param values the values
     */
    public void take(Optional<Map<String, ? extends Hidden>> values) {
    }

    /**
     * Throws an internal exception.
     *
     * @throws HiddenException always
     */
    public void run() throws HiddenException {
        throw new HiddenException();
    }

    /**
     * A method type parameter bounded by an internal type.
     *
     * @param <T> the type
     * @return nothing
     */
    public <T extends Hidden> T bound() {
        return null;
    }

    @Override
    public int compareTo(Hidden o) {
        return 0;
    }

    /** Package-private: not exposed. */
    Hidden packagePrivate(Hidden h) {
        return h;
    }

    /** A public nested type that extends an internal one. */
    public static class Nested extends Hidden {
    }

    /** A private nested type: not API, whatever it declares. */
    private static class PrivateNested extends Hidden {
        public Hidden exposedOnlyInside() {
            return this;
        }
    }
}
