package dev.skiff.cdk;

import java.util.Locale;

/** Construct ids named after operations. */
final class Names {

    private Names() {
    }

    /**
     * The construct id of an operation's own constructs, from its constant in the generated
     * {@code SkiffOperations} ({@code CREATE_ITEM} gives {@code CreateItem}): constants are unique
     * within an API, so the ids are too.
     */
    static String of(Enum<?> operation) {
        StringBuilder id = new StringBuilder();
        for (String word : operation.name().split("_")) {
            if (!word.isEmpty()) {
                id.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return id.toString();
    }
}
