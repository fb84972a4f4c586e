package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link TreeRouter} against a brute-force reading of the routing rules on random APIs and
 * paths: of the templates that match a path, those with the request's method compete, and at
 * the first segment where two differ a static segment beats a variable; with none for the
 * method, a 405 allows the methods of every matching template; with no match at all, a 404.
 */
class TreeRouterDifferentialTest {
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};
    private static final String[] TEXTS = {"a", "b", "c", "items", ""};

    @Test
    void agreesWithTheRulesOnRandomApisAndPaths() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int compared = 0;
        for (int api = 0; api < 2_000; api++) {
            List<Route> routes = randomApi(random);
            TreeRouter router = new TreeRouter(routes);
            for (int path = 0; path < 40; path++) {
                String[] segments = randomPath(random);
                String method = METHODS[random.nextInt(METHODS.length)];
                assertThat(describe(router.lookup(method, segments)))
                        .as("seed %d, routes %s, %s /%s", seed, routes.stream().map(Route::key).toList(), method,
                                String.join("/", segments))
                        .isEqualTo(describe(reference(routes, method, segments)));
                compared++;
            }
        }
        System.out.printf("TreeRouter compared with the routing rules on %,d lookups (2,000 random APIs), seed %d%n",
                compared, seed);
    }

    /** Up to 12 distinct (method, shape) routes of up to three segments over a small alphabet, so they overlap. */
    private static List<Route> randomApi(Random random) {
        Map<String, Route> byMethodAndShape = new LinkedHashMap<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            int length = random.nextInt(4);
            StringBuilder template = new StringBuilder();
            StringBuilder shape = new StringBuilder();
            for (int s = 0; s < length; s++) {
                boolean variable = random.nextInt(3) == 0;
                String text = variable ? "{v" + s + "}" : TEXTS[random.nextInt(TEXTS.length - 1)];
                template.append('/').append(text);
                shape.append('/').append(variable ? "{}" : text);
            }
            String method = METHODS[random.nextInt(METHODS.length)];
            String path = template.length() == 0 ? "/" : template.toString();
            byMethodAndShape.putIfAbsent(method + " " + shape, new Route(method, path, "op" + i, call -> null));
        }
        return new ArrayList<>(byMethodAndShape.values());
    }

    private static String[] randomPath(Random random) {
        String[] segments = new String[random.nextInt(4)];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = TEXTS[random.nextInt(TEXTS.length)];
        }
        return segments;
    }

    private static Lookup reference(List<Route> routes, String method, String[] segments) {
        Route best = null;
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            String[] template = templateSegments(route);
            if (!matches(template, segments)) {
                continue;
            }
            allowed.add(route.method());
            if (route.method().equals(method) && (best == null || precedes(template, templateSegments(best)))) {
                best = route;
            }
        }
        if (best != null) {
            List<String> values = new ArrayList<>();
            String[] template = templateSegments(best);
            for (int i = 0; i < template.length; i++) {
                if (template[i].startsWith("{")) {
                    values.add(segments[i]);
                }
            }
            return new Lookup.Found(best, values.toArray(new String[0]));
        }
        return allowed.isEmpty() ? Lookup.NotFound.INSTANCE : new Lookup.MethodNotAllowed(allowed);
    }

    private static String[] templateSegments(Route route) {
        return route.template().equals("/") ? new String[0] : route.template().substring(1).split("/");
    }

    private static boolean matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean variable = template[i].startsWith("{");
            if (variable ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} wins over {@code b}: at the first segment where one is static and the other a variable. */
    private static boolean precedes(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            boolean aVariable = a[i].startsWith("{");
            boolean bVariable = b[i].startsWith("{");
            if (aVariable != bVariable) {
                return !aVariable;
            }
        }
        return false;
    }

    private static String describe(Lookup lookup) {
        if (lookup instanceof Lookup.Found found) {
            return "found " + found.route().key() + " " + List.of(found.pathValues());
        }
        if (lookup instanceof Lookup.MethodNotAllowed notAllowed) {
            return "405 " + new TreeSet<>(notAllowed.allowed());
        }
        return "404";
    }
}
