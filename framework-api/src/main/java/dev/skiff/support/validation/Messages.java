package dev.skiff.support.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Message interpolation as Hibernate Validator does it in English: {@code {key}} resolves
 * first from the application's {@code ValidationMessages.properties} (if any, recursively),
 * then from the built-in constraint messages, then {@code {attribute}} becomes the
 * constraint attribute's value, and finally {@code \{ \} \$ \\} are unescaped. The processor
 * interpolates constraint messages with it at compile time; at run time it serves the templates
 * a custom validator adds to its context, messages whose attributes hold classes, and messages
 * with a key no file the compilation saw holds.
 *
 * <p>{@code Messages.interpolate("{jakarta.validation.constraints.Size.message}", Map.of("min", 0, "max", 80))}
 * returns {@code "size must be between 0 and 80"}.
 *
 * <p>Expression language is not evaluated, with one exception: the
 * {@code ${inclusive == true ? 'or equal to ' : ''}} of the built-in {@code @DecimalMin} and
 * {@code @DecimalMax} messages. The processor rejects other {@code ${...}} at compile time.
 */
public final class Messages {
    /** The one expression of the built-in messages. */
    static final String INCLUSIVE_EXPRESSION = "${inclusive == true ? 'or equal to ' : ''}";
    /**
     * The application's message files, most specific first: Skiff's messages are English, so these
     * are the files Hibernate Validator reads under the {@code en_US} locale, whatever the JVM's.
     */
    public static final List<String> BUNDLE_FILES = List.of("ValidationMessages_en_US.properties",
            "ValidationMessages_en.properties", "ValidationMessages.properties");
    private static final String PREFIX = "jakarta.validation.constraints.";
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(PREFIX + "AssertFalse.message", "must be false"),
            Map.entry(PREFIX + "AssertTrue.message", "must be true"),
            Map.entry(PREFIX + "DecimalMax.message", "must be less than " + INCLUSIVE_EXPRESSION + "{value}"),
            Map.entry(PREFIX + "DecimalMin.message", "must be greater than " + INCLUSIVE_EXPRESSION + "{value}"),
            Map.entry(PREFIX + "Digits.message", "numeric value out of bounds (<{integer} digits>.<{fraction} digits> expected)"),
            Map.entry(PREFIX + "Email.message", "must be a well-formed email address"),
            Map.entry(PREFIX + "Future.message", "must be a future date"),
            Map.entry(PREFIX + "FutureOrPresent.message", "must be a date in the present or in the future"),
            Map.entry(PREFIX + "Max.message", "must be less than or equal to {value}"),
            Map.entry(PREFIX + "Min.message", "must be greater than or equal to {value}"),
            Map.entry(PREFIX + "Negative.message", "must be less than 0"),
            Map.entry(PREFIX + "NegativeOrZero.message", "must be less than or equal to 0"),
            Map.entry(PREFIX + "NotBlank.message", "must not be blank"),
            Map.entry(PREFIX + "NotEmpty.message", "must not be empty"),
            Map.entry(PREFIX + "NotNull.message", "must not be null"),
            Map.entry(PREFIX + "Null.message", "must be null"),
            Map.entry(PREFIX + "Past.message", "must be a past date"),
            Map.entry(PREFIX + "PastOrPresent.message", "must be a date in the past or in the present"),
            Map.entry(PREFIX + "Pattern.message", "must match \"{regexp}\""),
            Map.entry(PREFIX + "Positive.message", "must be greater than 0"),
            Map.entry(PREFIX + "PositiveOrZero.message", "must be greater than or equal to 0"),
            Map.entry(PREFIX + "Size.message", "size must be between {min} and {max}"));

    private Messages() {}

    /** The message for a constraint with these attribute values. */
    public static String interpolate(String template, Map<String, ?> attributes) {
        return interpolate(template, attributes, UserMessages.BUNDLE);
    }

    /**
     * As {@link #interpolate(String, Map)}, with {@code userBundle} (null or empty: none) in place
     * of the application's {@code ValidationMessages} on the class path: how the processor
     * interpolates messages at compile time.
     */
    public static String interpolate(String template, Map<String, ?> attributes, Map<String, String> userBundle) {
        if (template.indexOf('{') < 0) {
            return unescape(template);
        }
        return unescape(resolveAttributes(resolveKeys(template, userBundle), attributes));
    }

    /**
     * As {@link #interpolate(String, Map, Map)}, or null when, once {@code userBundle} and the
     * built-in messages have resolved their keys, a {@code {name}} is left that is no attribute:
     * the processor then leaves the message to run time, whose class path may hold files the
     * compilation did not see. (Braces an attribute's value brings in, such as a regexp's
     * {@code {3}}, are text, not terms.)
     */
    public static String interpolateCompletely(String template, Map<String, ?> attributes, Map<String, String> userBundle) {
        if (template.indexOf('{') < 0) {
            return unescape(template);
        }
        String message = resolveKeys(template, userBundle);
        return hasUnknownTerm(message, attributes) ? null : unescape(resolveAttributes(message, attributes));
    }

    /** The template with the application's keys (recursively) and then the built-in ones resolved, still escaped. */
    private static String resolveKeys(String template, Map<String, String> userBundle) {
        String message = template;
        if (userBundle != null && !userBundle.isEmpty()) {
            String previous;
            do {
                previous = message;
                message = replaceTerms(message, userBundle);
            } while (!message.equals(previous));
        }
        return replaceTerms(message, DEFAULTS);
    }

    /** {@code {attribute}} replaced by its value, and the built-in messages' one expression evaluated. */
    private static String resolveAttributes(String message, Map<String, ?> attributes) {
        String resolved = replaceTerms(message, attributes);
        if (resolved.contains(INCLUSIVE_EXPRESSION)) {
            Object inclusive = attributes.get("inclusive");
            resolved = resolved.replace(INCLUSIVE_EXPRESSION, Boolean.TRUE.equals(inclusive) ? "or equal to " : "");
        }
        return resolved;
    }

    /** Whether a term is left, as {@link #replaceTerms} finds terms, whose name {@code attributes} lacks. */
    private static boolean hasUnknownTerm(String message, Map<String, ?> attributes) {
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (c == '\\' && i + 1 < message.length()) {
                i += 2;
                continue;
            }
            if (c == '{' && (i == 0 || message.charAt(i - 1) != '$')) {
                int close = message.indexOf('}', i + 1);
                if (close > 0 && !attributes.containsKey(message.substring(i + 1, close))) {
                    return true;
                }
            }
            i++;
        }
        return false;
    }

    /**
     * Replaces each unescaped {@code {name}} not preceded by {@code $} that {@code values} has.
     * (No lambdas or string concatenation on this path: it runs on a first violation at run time,
     * and their first use in a JVM costs milliseconds.)
     */
    private static String replaceTerms(String message, Map<String, ?> values) {
        StringBuilder out = new StringBuilder(message.length() + 16);
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (c == '\\' && i + 1 < message.length()) {
                out.append(c).append(message.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '{' && (i == 0 || message.charAt(i - 1) != '$')) {
                int close = message.indexOf('}', i + 1);
                if (close > 0) {
                    String name = message.substring(i + 1, close);
                    if (values.containsKey(name)) {
                        out.append(text(values.get(name)));
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.toString(array);
        }
        if (value instanceof List<?> list) {
            return list.toString();
        }
        return String.valueOf(value);
    }

    private static String unescape(String message) {
        if (message.indexOf('\\') < 0) {
            return message;
        }
        return message.replace("\\{", "{").replace("\\}", "}").replace("\\$", "$").replace("\\\\", "\\");
    }

    /** Where {@link #readBundle} finds a message file: the file opened, or null when there is none. */
    @FunctionalInterface
    public interface BundleSource {
        InputStream open(String file) throws IOException;
    }

    /**
     * The application's messages: the entries of each of {@link #BUNDLE_FILES} that
     * {@code source} has, read as UTF-8 properties, a more specific file's entry winning. The
     * one rule for the run time and for the processor, which reads them at compile time. Empty
     * when there are none.
     */
    public static Map<String, String> readBundle(BundleSource source) throws IOException {
        Map<String, String> messages = new HashMap<>();
        for (String file : BUNDLE_FILES) {
            InputStream opened = source.open(file);
            if (opened == null) {
                continue;
            }
            Properties properties = new Properties();
            try (InputStream in = opened) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : properties.stringPropertyNames()) {
                messages.putIfAbsent(key, properties.getProperty(key));
            }
        }
        return Map.copyOf(messages);
    }

    /**
     * The application's {@link #BUNDLE_FILES} on the class path, read once with
     * {@link Properties}: no ResourceBundle machinery and no class lookup. (A class, not a
     * lambda: this runs on a first violation, where a first lambda costs milliseconds.)
     */
    private static final class UserMessages implements BundleSource {
        static final Map<String, String> BUNDLE = load();

        private static Map<String, String> load() {
            try {
                Map<String, String> messages = readBundle(new UserMessages());
                return messages.isEmpty() ? null : messages;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the application's ValidationMessages", e);
            }
        }

        @Override
        public InputStream open(String file) throws IOException {
            ClassLoader loader = Messages.class.getClassLoader();
            URL url = loader == null ? null : loader.getResource(file);
            return url == null ? null : url.openStream();
        }
    }
}
