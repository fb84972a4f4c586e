package dev.skiff.processor.model;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one naming rule of the generated clients, Java and TypeScript alike, so that an API's
 * client class and methods have the same names in both. A text's <em>words</em> are its runs of
 * letters (any script) and decimal digits; everything else separates them.
 * <ul>
 *   <li>a type ({@link #typeName}): the words, each with its first letter in upper case, joined
 *       ({@code "pet store — v2"} is {@code PetStoreV2}, {@code "Élément"} stays {@code Élément});
 *       {@code Api} in front when that is empty or starts with a digit ({@code "42"} is
 *       {@code Api42}). The Java client adds {@code Client}.
 *   <li>a member ({@link #memberName}): the same with the first letter in lower case
 *       ({@code "Pet store"} is {@code petStore}).
 *   <li>a method ({@link #methodName}): the operationId when it already is a name in both
 *       languages ({@code getItem}, {@code list_items}); else its words (here {@code _} and
 *       {@code $} count as letters) in camel case ({@code list-items} is {@code listItems}); then
 *       {@code op} in front of what is still no name ({@code 2fa} is {@code op2fa}, {@code class}
 *       is {@code opClass}).
 * </ul>
 *
 * <pre>{@code
 * ClientNames.typeName("Items API");        // ItemsAPI
 * ClientNames.methodName("download-photos"); // downloadPhotos
 * }</pre>
 */
public final class ClientNames {
    /** A name in Java and in TypeScript: letters, digits, {@code _} and {@code $}, not starting with a digit. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{Nd}_$]*");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern METHOD_WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}_$]+");
    /**
     * Names a TypeScript class method cannot take though Java allows them: {@code constructor} would be
     * the class's constructor. (TypeScript's reserved words are fine as method names; Java's keywords
     * are refused by {@link javax.lang.model.SourceVersion#isName}.)
     */
    private static final Set<String> TYPESCRIPT_RESERVED = Set.of("constructor");

    private ClientNames() {
    }

    /** A type's name from {@code text} (an API's title, a tag). */
    public static String typeName(String text) {
        StringBuilder name = new StringBuilder();
        for (String word : WORD_SEPARATORS.split(text)) {
            name.append(upperFirst(word));
        }
        return name.length() == 0 || Character.isDigit(name.codePointAt(0)) ? "Api" + name : name.toString();
    }

    /** A member's name from {@code text}: {@link #typeName} with its first letter in lower case. */
    public static String memberName(String text) {
        String type = typeName(text);
        int first = type.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(type.substring(Character.charCount(first))).toString();
    }

    /** {@code text} with its first letter (a code point, not a char) in upper case; "" as it is. */
    public static String upperFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder(text.length()).appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    /** A client method's name from an operationId. */
    public static String methodName(String operationId) {
        if (isName(operationId)) {
            return operationId;
        }
        StringBuilder name = new StringBuilder();
        for (String word : METHOD_WORD_SEPARATORS.split(operationId)) {
            if (!word.isEmpty()) {
                name.append(name.length() == 0 ? word : upperFirst(word));
            }
        }
        String candidate = name.toString();
        return isName(candidate) ? candidate : "op" + upperFirst(candidate);
    }

    /** Whether {@code text} can name a method in Java and in TypeScript. */
    static boolean isName(String text) {
        return NAME.matcher(text).matches() && javax.lang.model.SourceVersion.isName(text)
                && !TYPESCRIPT_RESERVED.contains(text);
    }
}
