package it.esibe.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Defensive copies that, unlike {@link List#copyOf}, keep {@code null} elements for validation to report. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(@Nullable List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        // A null element is bad input that validation must report with its index, not a crash here.
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
