package it.esibe.rules.internal;

import java.net.URL;
import java.security.CodeSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Where a provider's class was loaded from, for listings: the jar's or directory's name, never its full path. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Origins {

    private Origins() {
    }

    /** The file name of {@code type}'s code source, or null when the JVM does not tell. */
    public static @Nullable String location(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            if (url == null) {
                return null;
            }
            // Decode %20 and the like: the listing shows the file name as the file system has it.
            String path = java.net.URLDecoder.decode(url.getPath().replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int slash = path.lastIndexOf('/');
            String name = slash < 0 ? path : path.substring(slash + 1);
            return name.isEmpty() ? null : name;
        } catch (SecurityException e) {
            return null;
        }
    }
}
