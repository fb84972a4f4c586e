package dev.skiff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.skiff.core.Lookup;
import dev.skiff.core.PathSegments;
import dev.skiff.core.Route;
import dev.skiff.samples.items.ItemStore;
import dev.skiff.samples.items.ItemsApi;
import dev.skiff.samples.items.SkiffRoutes;
import dev.skiff.support.TreeRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The router against the plain meaning of the templates: for any method and path it answers the
 * route a person reading the templates would pick (a static segment beats a variable, the first of
 * two same-shaped routes wins, the path values are the segments where the variables are), else a
 * 405 allowing exactly the methods of the templates that fit, else a 404; it never throws. A path
 * with a malformed escape is the dispatcher's 400 before the router is asked.
 *
 * <p>Input: lines of {@code METHOD /path}; the last line is the request, the lines before it are the
 * route table ({@link #anyRoutes}), or the sample's routes are ({@link #sampleRoutes}).
 */
class RouterFuzzTest {
    private static final List<Route> SAMPLE = SkiffRoutes.create(new ItemsApi(new ItemStore())).routes();
    private static final TreeRouter SAMPLE_ROUTER = new TreeRouter(SAMPLE);

    @FuzzTest(maxDuration = "2m")
    void sampleRoutes(byte[] input) {
        String[] request = request(FuzzInput.of(input).text().lines().reduce((a, b) -> b).orElse(""));
        check(SAMPLE, SAMPLE_ROUTER, request[0], request[1]);
    }

    @FuzzTest(maxDuration = "2m")
    void anyRoutes(byte[] input) {
        List<String> lines = FuzzInput.of(input).text().lines().toList();
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1 && routes.size() < 64; i++) {
            String[] route = request(lines.get(i));
            if (!route[0].isEmpty() && route[1].startsWith("/")) {
                routes.add(new Route(route[0], route[1], "op" + i, call -> null));
            }
        }
        String[] request = request(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
        check(routes, new TreeRouter(routes), request[0], request[1]);
    }

    /** {@code "GET /items"} as method and path; a line without a space is a method with the path "/". */
    private static String[] request(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? new String[] {line, "/"} : new String[] {line.substring(0, space), line.substring(space + 1)};
    }

    private static void check(List<Route> routes, TreeRouter router, String method, String rawPath) {
        String[] segments = PathSegments.split(rawPath);
        if (segments == null) {
            return; // a malformed escape: 400 before routing
        }
        Lookup found = router.lookup(method, segments);

        Route expected = null;
        String expectedShape = null;
        Set<String> fitting = new TreeSet<>();
        for (Route route : routes) {
            String shape = shape(route.template(), segments);
            if (shape == null) {
                continue;
            }
            fitting.add(route.method());
            // static before variable at the first segment where two fitting templates differ; first route on a tie
            if (route.method().equals(method) && (expectedShape == null || shape.compareTo(expectedShape) < 0)) {
                expected = route;
                expectedShape = shape;
            }
        }
        String what = method + " " + rawPath + " on " + templates(routes);
        if (expected != null) {
            assertThat(found).as(what).isInstanceOf(Lookup.Found.class);
            Lookup.Found match = (Lookup.Found) found;
            assertThat(match.route().key()).as(what).isEqualTo(expected.key());
            assertThat(match.route()).as(what).isSameAs(expected);
            assertThat(match.pathValues()).as(what).containsExactly(variableValues(expected.template(), segments));
        } else if (!fitting.isEmpty()) {
            assertThat(found).as(what).isEqualTo(new Lookup.MethodNotAllowed(fitting));
        } else {
            assertThat(found).as(what).isSameAs(Lookup.NotFound.INSTANCE);
        }
    }

    /**
     * Whether {@code template} fits the segments, as a string of 'S' (static) and 'V' (variable) per
     * segment, ordered so that the preferred route sorts first; null when it does not fit.
     */
    private static String shape(String template, String[] segments) {
        List<String> parts = templateSegments(template);
        if (parts.size() != segments.length) {
            return null;
        }
        StringBuilder shape = new StringBuilder(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (isVariable(part)) {
                if (segments[i].isEmpty()) {
                    return null; // a variable needs a value
                }
                shape.append('V');
            } else if (part.equals(segments[i])) {
                shape.append('S');
            } else {
                return null;
            }
        }
        return shape.toString();
    }

    private static String[] variableValues(String template, String[] segments) {
        List<String> parts = templateSegments(template);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (isVariable(parts.get(i))) {
                values.add(segments[i]);
            }
        }
        return values.toArray(new String[0]);
    }

    /** The template's segments: empty ones (a trailing or doubled slash) are not segments. */
    private static List<String> templateSegments(String template) {
        List<String> parts = new ArrayList<>();
        for (String part : template.split("/", -1)) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static boolean isVariable(String part) {
        return part.startsWith("{") && part.endsWith("}");
    }

    private static String templates(List<Route> routes) {
        return routes.stream().map(Route::key).toList().toString();
    }
}
