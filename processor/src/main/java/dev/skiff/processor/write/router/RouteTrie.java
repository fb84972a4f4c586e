package dev.skiff.processor.write.router;

import dev.skiff.processor.model.PathTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The routes' templates as a tree of segments, for the router writer: each node has its
 * static children (sorted), at most one variable child, and the routes ending there by method.
 */
final class RouteTrie {
    /** A route's position in the route list, and its variables' segment positions. */
    record Target(int routeIndex, List<Integer> variablePositions) {}

    static final class Node {
        final int depth;
        final int id;
        final Map<String, Node> statics = new TreeMap<>();
        Node variable;
        final Map<String, Target> methods = new TreeMap<>();

        private Node(int depth, int id) {
            this.depth = depth;
            this.id = id;
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Node root = newNode(0);

    /** Adds the route at {@code routeIndex}; later duplicates are ignored (the checks reject them). */
    void add(int routeIndex, String method, PathTemplate template) {
        Node node = root;
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < template.segments().size(); i++) {
            PathTemplate.Segment segment = template.segments().get(i);
            int depth = i + 1;
            if (segment.variable()) {
                positions.add(i);
                if (node.variable == null) {
                    node.variable = newNode(depth);
                }
                node = node.variable;
            } else {
                node = node.statics.computeIfAbsent(segment.text(), text -> newNode(depth));
            }
        }
        node.methods.putIfAbsent(method, new Target(routeIndex, List.copyOf(positions)));
    }

    private Node newNode(int depth) {
        Node node = new Node(depth, nodes.size());
        nodes.add(node);
        return node;
    }

    Node root() {
        return root;
    }

    /** Every node, root first, in creation order: stable for a given route order. */
    List<Node> nodes() {
        return nodes;
    }
}
