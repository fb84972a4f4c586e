package dev.skiff.bench.router;

import dev.skiff.core.HttpResponse;
import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import dev.skiff.core.Router;
import dev.skiff.core.ValidationProblem;
import dev.skiff.support.Problems;
import java.util.List;
import java.util.Set;

/**
 * The floor for the router benchmark: the 10-route synthetic API routed by a hand-written
 * {@code switch}, with hand-written binding ({@code Long.parseLong}) and the same handler
 * work, behind the same {@link Router} contract the generated APIs' router implements.
 */
final class SwitchRouter10 implements Router {
    private static final int RESOURCES = 4;
    private static final Lookup.MethodNotAllowed GET_ONLY = new Lookup.MethodNotAllowed(Set.of("GET"));
    private static final List<Object> ID = List.of("path", "id");
    private static final List<Object> LIMIT = List.of("query", "limit");

    private final Route[] lists = new Route[RESOURCES];
    private final Route[] gets = new Route[RESOURCES];
    private final Route[] parts = new Route[RESOURCES];
    private long sink;

    SwitchRouter10() {
        for (int r = 0; r < RESOURCES; r++) {
            lists[r] = new Route("GET", "/res" + r, "list" + (3 * r), call -> {
                String text = call.query("limit");
                sink += text == null ? 0 : parse(text, LIMIT);
                return HttpResponse.empty(204);
            });
            if (r < 3) {
                gets[r] = new Route("GET", "/res" + r + "/{id}", "get" + (3 * r + 1), call -> {
                    sink += parse(call.pathValue(0), ID);
                    return HttpResponse.empty(204);
                });
                parts[r] = new Route("GET", "/res" + r + "/{id}/parts/{part}", "part" + (3 * r + 2), call -> {
                    sink += parse(call.pathValue(0), ID) + call.pathValue(1).length();
                    return HttpResponse.empty(204);
                });
            }
        }
    }

    long sink() {
        return sink;
    }

    @Override
    public Lookup lookup(String method, String[] segments) {
        int resource = resource(segments.length == 0 ? "" : segments[0]);
        if (resource < 0) {
            return Lookup.NotFound.INSTANCE;
        }
        Route route;
        String[] values;
        switch (segments.length) {
            case 1 -> {
                route = lists[resource];
                values = new String[0];
            }
            case 2 -> {
                route = gets[resource];
                values = new String[] {segments[1]};
            }
            case 4 -> {
                route = segments[2].equals("parts") ? parts[resource] : null;
                values = new String[] {segments[1], segments[3]};
            }
            default -> {
                return Lookup.NotFound.INSTANCE;
            }
        }
        if (route == null) {
            return Lookup.NotFound.INSTANCE;
        }
        return method.equals("GET") ? new Lookup.Found(route, values) : GET_ONLY;
    }

    private static int resource(String segment) {
        return switch (segment) {
            case "res0" -> 0;
            case "res1" -> 1;
            case "res2" -> 2;
            case "res3" -> 3;
            default -> -1;
        };
    }

    private static long parse(String text, List<Object> loc) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            Problems problems = new Problems();
            problems.add(ValidationProblem.of("int_parsing", loc, "Input should be a valid integer", text));
            problems.throwIfAny();
            return 0;
        }
    }
}
