package dev.skiff.support;

import dev.skiff.core.ValidationProblem;
import dev.skiff.support.json.Refusal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conversion of path, query, header and cookie values for generated binders. A value that
 * is missing or does not convert is recorded in {@link Problems} and comes back null; the
 * binder checks for problems before calling the handler.
 */
public final class Params {
    private Params() {}

    /** The converted value; a missing one is a {@code missing} problem. */
    public static <T> T required(String text, Converter<T> converter, List<Object> loc, Problems problems) {
        if (text == null) {
            problems.add(ValidationProblem.of("missing", loc, "Field required", null));
            return null;
        }
        return convert(text, converter, loc, problems);
    }

    /** The converted value, or null when absent. */
    public static <T> T optional(String text, Converter<T> converter, List<Object> loc, Problems problems) {
        return text == null ? null : convert(text, converter, loc, problems);
    }

    /** The converted value, or {@code fallback} when absent. */
    public static <T> T withDefault(String text, Converter<T> converter, List<Object> loc, Problems problems, T fallback) {
        return text == null ? fallback : convert(text, converter, loc, problems);
    }

    /** Each value converted into {@code target}; a failure's loc ends with its index. */
    public static <T, C extends Collection<T>> C all(
            List<String> texts, Converter<T> converter, List<Object> loc, Problems problems, C target) {
        for (int i = 0; i < texts.size(); i++) {
            List<Object> itemLoc = new ArrayList<>(loc.size() + 1);
            itemLoc.addAll(loc);
            itemLoc.add(i);
            T value = convert(texts.get(i), converter, itemLoc, problems);
            if (value != null) {
                target.add(value);
            }
        }
        return target;
    }

    private static <T> T convert(String text, Converter<T> converter, List<Object> loc, Problems problems) {
        try {
            return converter.convert(text);
        } catch (Refusal e) {
            problems.add(new ValidationProblem(e.type(), loc, e.getMessage(), text, e.ctx()));
            return null;
        }
    }
}
