package dev.skiff.support;

import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import dev.skiff.core.Router;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The router of a generated API: the routes' templates as a tree of path segments, built once
 * from the route list the processor wrote (whose templates it has already checked for clashes).
 * A lookup walks one node per segment: a hash lookup for the static child, then the variable
 * child. Static segments are tried before the variable; a route found anywhere beats a path
 * known only for other methods (405), whose allowed methods are the union of every match.
 *
 * <p>Being data rather than code, the tree costs the compiler nothing per route and is one
 * small hot method for the JIT, whatever the number of routes.
 */
public final class TreeRouter implements Router {
    private static final String[] NO_VALUES = new String[0];

    private final Node root = new Node(0);

    /** The tree of {@code routes}; of two routes with the same method and shape, the first wins. */
    public TreeRouter(List<Route> routes) {
        for (Route route : routes) {
            add(route);
        }
        root.freeze();
    }

    /**
     * First the path a depth-first search would try first (a static child where there is one,
     * else the variable), as a loop the JIT compiles whole; only when it ends without a route
     * for the method, the full search for another route, a 405 or a 404.
     */
    @Override
    public Lookup lookup(String method, String[] segments) {
        Node node = root;
        for (int depth = 0; node != null && depth < segments.length; depth++) {
            Node next = node.staticChild(segments[depth]);
            node = next != null || segments[depth].isEmpty() ? next : node.variable;
        }
        Lookup.Found found = node == null ? null : node.route(method, segments);
        return found != null ? found : root.find(method, segments);
    }

    private void add(Route route) {
        Node node = root;
        List<Integer> variables = new ArrayList<>();
        String template = route.template();
        int depth = 0;
        for (String segment : template.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                continue; // "/" and a trailing slash: no segment, as PathSegments splits paths
            }
            depth++;
            if (segment.startsWith("{") && segment.endsWith("}")) {
                variables.add(depth - 1);
                node = node.addVariableChild();
            } else {
                node = node.addStaticChild(segment);
            }
        }
        int[] positions = new int[variables.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = variables.get(i);
        }
        node.addRoute(route, positions);
    }

    /** One segment position: its static children, its variable child, and the routes ending here. */
    private static final class Node {
        /** Up to this many static children are compared in turn; more go through a hash map. */
        private static final int SCANNED_CHILDREN = 8;
        private final int depth;
        private Map<String, Node> statics;
        private String[] childTexts;
        private Node[] children;
        private Node variable;
        /** What {@link #addRoute} collects until {@link #freeze}, which moves it into the arrays. */
        private List<Route> routeList = new ArrayList<>(1);
        private List<int[]> positionList = new ArrayList<>(1);
        private String[] methods;
        private Route[] routes;
        private int[][] positions;
        private Lookup.MethodNotAllowed notAllowed;

        Node(int depth) {
            this.depth = depth;
        }

        Node addStaticChild(String text) {
            if (statics == null) {
                statics = new HashMap<>();
            }
            return statics.computeIfAbsent(text, t -> new Node(depth + 1));
        }

        Node addVariableChild() {
            if (variable == null) {
                variable = new Node(depth + 1);
            }
            return variable;
        }

        void addRoute(Route route, int[] variablePositions) {
            for (Route existing : routeList) {
                if (existing.method().equals(route.method())) {
                    return;
                }
            }
            routeList.add(route);
            positionList.add(variablePositions);
        }

        /** Moves what was collected into arrays, which a lookup scans without iterators. */
        void freeze() {
            routes = routeList.toArray(new Route[0]);
            positions = positionList.toArray(new int[0][]);
            routeList = null;
            positionList = null;
            methods = new String[routes.length];
            Set<String> allowed = new TreeSet<>();
            for (int i = 0; i < routes.length; i++) {
                methods[i] = routes[i].method();
                allowed.add(methods[i]);
            }
            notAllowed = allowed.isEmpty() ? null : new Lookup.MethodNotAllowed(Collections.unmodifiableSet(allowed));
            if (statics != null) {
                statics.values().forEach(Node::freeze);
                if (statics.size() <= SCANNED_CHILDREN) {
                    childTexts = statics.keySet().toArray(new String[0]);
                    children = statics.values().toArray(new Node[0]);
                    statics = null;
                }
            }
            if (variable != null) {
                variable.freeze();
            }
        }

        Lookup find(String method, String[] s) {
            if (s.length == depth) {
                return here(method, s);
            }
            Lookup result = Lookup.NotFound.INSTANCE;
            Node child = staticChild(s[depth]);
            if (child != null) {
                result = child.find(method, s);
            }
            if (variable != null && !(result instanceof Lookup.Found) && !s[depth].isEmpty()) {
                result = best(result, variable.find(method, s));
            }
            return result;
        }

        private Node staticChild(String text) {
            if (childTexts != null) {
                for (int i = 0; i < childTexts.length; i++) {
                    if (childTexts[i].equals(text)) {
                        return children[i];
                    }
                }
                return null;
            }
            return statics == null ? null : statics.get(text);
        }

        private Lookup here(String method, String[] s) {
            Lookup.Found found = route(method, s);
            if (found != null) {
                return found;
            }
            return notAllowed == null ? Lookup.NotFound.INSTANCE : notAllowed;
        }

        /** The route ending here for {@code method}, or null. */
        Lookup.Found route(String method, String[] s) {
            for (int i = 0; i < methods.length; i++) {
                if (methods[i].equals(method)) {
                    return new Lookup.Found(routes[i], values(positions[i], s));
                }
            }
            return null;
        }

        private static String[] values(int[] positions, String[] s) {
            if (positions.length == 0) {
                return NO_VALUES;
            }
            String[] values = new String[positions.length];
            for (int i = 0; i < positions.length; i++) {
                values[i] = s[positions[i]];
            }
            return values;
        }

        /** A found route beats a 405, a 405 beats a 404; two 405s allow the union of their methods. */
        private static Lookup best(Lookup first, Lookup second) {
            if (second instanceof Lookup.Found || first instanceof Lookup.NotFound) {
                return second instanceof Lookup.NotFound ? first : second;
            }
            if (first instanceof Lookup.MethodNotAllowed a && second instanceof Lookup.MethodNotAllowed b) {
                Set<String> union = new TreeSet<>(a.allowed());
                union.addAll(b.allowed());
                return new Lookup.MethodNotAllowed(Collections.unmodifiableSet(union));
            }
            return first;
        }
    }
}
