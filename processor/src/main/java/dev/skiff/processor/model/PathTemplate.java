package dev.skiff.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed path template. Variables are written {@code {id}} or {@code <id>} and fill a whole
 * segment; {@link #openApiPath()} always uses {@code {id}}.
 */
public record PathTemplate(String raw, List<Segment> segments) {
    public PathTemplate {
        segments = List.copyOf(segments);
    }

    /** A static text or a variable name. */
    public record Segment(String text, boolean variable) {}

    /** Thrown by {@link #parse} with the reason the template is malformed. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        public MalformedException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Parses {@code raw}; {@code "/"} has no segments. */
    public static PathTemplate parse(String raw) throws MalformedException {
        if (!raw.startsWith("/")) {
            throw new MalformedException("it must start with '/'");
        }
        String body = raw.length() > 1 && raw.endsWith("/") ? raw.substring(1, raw.length() - 1) : raw.substring(1);
        List<Segment> segments = new ArrayList<>();
        if (body.isEmpty()) {
            return new PathTemplate(raw, segments);
        }
        List<String> names = new ArrayList<>();
        for (String part : body.split("/", -1)) {
            Segment segment = segment(part);
            if (segment.variable()) {
                if (names.contains(segment.text())) {
                    throw new MalformedException("variable {" + segment.text() + "} appears twice");
                }
                names.add(segment.text());
            }
            segments.add(segment);
        }
        return new PathTemplate(raw, segments);
    }

    private static Segment segment(String part) throws MalformedException {
        if (part.isEmpty()) {
            throw new MalformedException("it has an empty segment ('//')");
        }
        boolean braces = part.startsWith("{") && part.endsWith("}");
        boolean angles = part.startsWith("<") && part.endsWith(">");
        if (braces || angles) {
            String name = part.substring(1, part.length() - 1);
            if (!isIdentifier(name)) {
                throw new MalformedException("variable '" + part + "' must be a Java identifier");
            }
            return new Segment(name, true);
        }
        for (char c : part.toCharArray()) {
            if (c == '{' || c == '}' || c == '<' || c == '>') {
                throw new MalformedException("segment '" + part + "' mixes text and a variable, or has an unclosed one;"
                        + " a variable must fill the whole segment");
            }
            if (c == '?' || c == '#' || c == ' ') {
                throw new MalformedException("segment '" + part + "' contains '" + c + "'");
            }
        }
        return new Segment(part, false);
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(Character::isJavaIdentifierPart);
    }

    /** The variable names in order. */
    public List<String> variables() {
        return segments.stream().filter(Segment::variable).map(Segment::text).toList();
    }

    /** The template with {@code {id}} variables, as OpenAPI and {@code Route.template()} show it. */
    public String openApiPath() {
        return "/" + segments.stream().map(s -> s.variable() ? "{" + s.text() + "}" : s.text())
                .collect(Collectors.joining("/"));
    }

    /** The template with variables unnamed, so {@code /a/{x}} and {@code /a/{y}} have the same shape. */
    public String shape() {
        return "/" + segments.stream().map(s -> s.variable() ? "{}" : s.text()).collect(Collectors.joining("/"));
    }
}
