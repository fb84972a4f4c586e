package dev.skiff.core;

import java.util.List;
import java.util.Map;

/**
 * One entry of a 422 response's {@code detail} list, in FastAPI's shape:
 * {@code {"type":"int_parsing","loc":["query","limit"],"msg":"...","input":"abc"}}.
 *
 * @param type  a machine-readable kind, such as {@code missing} or {@code int_parsing}
 * @param loc   where: the source ({@code path}, {@code query}, {@code header}, {@code cookie},
 *              {@code body}) then names and indexes
 * @param msg   the human-readable message
 * @param input the offending input, or null
 * @param ctx   extra context ({@code {"error": ...}}), or an empty map
 */
public record ValidationProblem(String type, List<Object> loc, String msg, Object input, Map<String, Object> ctx) {
    public ValidationProblem {
        loc = List.copyOf(loc);
        // insertion order kept (Map.copyOf's varies from run to run), so responses are stable;
        // a generated validator's constant ctx is already frozen and is shared, not copied
        ctx = ctx == null || ctx.isEmpty() ? Map.of() : FrozenMap.copyOf(ctx);
    }

    /** A problem without context. */
    public static ValidationProblem of(String type, List<Object> loc, String msg, Object input) {
        return new ValidationProblem(type, loc, msg, input, Map.of());
    }
}
