/**
 * A program an embedder could have written from ESIBE's README and Javadoc alone: it needs
 * {@code it.esibe.rules} (which brings {@code it.esibe.core}) and offers the words of its regional
 * criterion as a message provider, on the module path through {@code provides} and on the class
 * path through {@code META-INF/services}.
 */
module it.esibe.examples.embedder {
    requires it.esibe.rules;

    exports it.esibe.examples.embedder;

    provides it.esibe.core.spi.MessageProvider with it.esibe.examples.embedder.PiedmontMessages;
}
