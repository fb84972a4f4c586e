package dev.skiff.lambda.observability.logging;

import dev.skiff.lambda.json.JsonLiterals;
import org.slf4j.helpers.MessageFormatter;

/**
 * Writes an SLF4J message ({@code "{} {} ms"} and its arguments) straight into a log line,
 * escaped, instead of formatting it to a String first. Patterns with backslashes (SLF4J's
 * escapes) and array arguments, which SLF4J formats in its own way, go through SLF4J's
 * {@link MessageFormatter}, as does an argument whose {@code toString()} fails.
 */
final class LogMessages {
    private LogMessages() {}

    /** Appends the message as a quoted JSON string; {@code args} null means the pattern is the message. */
    static void append(StringBuilder line, String pattern, Object[] args) {
        if (pattern == null) {
            line.append("\"\"");
            return;
        }
        if (args == null || args.length == 0 || pattern.indexOf('\\') >= 0 || hasArray(args)) {
            JsonLiterals.appendString(line, args == null ? pattern : MessageFormatter.basicArrayFormat(pattern, args));
            return;
        }
        int mark = line.length();
        try {
            line.append('"');
            int from = 0;
            for (Object arg : args) {
                int at = pattern.indexOf("{}", from);
                if (at < 0) {
                    break;
                }
                JsonLiterals.appendContent(line, pattern, from, at);
                String text = arg == null ? "null" : arg instanceof Double ? JsonLiterals.text(arg) : arg.toString();
                JsonLiterals.appendContent(line, text == null ? "null" : text, 0, text == null ? 4 : text.length());
                from = at + 2;
            }
            JsonLiterals.appendContent(line, pattern, from, pattern.length());
            line.append('"');
        } catch (RuntimeException failedToString) {
            line.setLength(mark);
            JsonLiterals.appendString(line, MessageFormatter.basicArrayFormat(pattern, args));
        }
    }

    private static boolean hasArray(Object[] args) {
        for (Object arg : args) {
            if (arg != null && arg.getClass().isArray()) {
                return true;
            }
        }
        return false;
    }
}
