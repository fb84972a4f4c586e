package dev.skiff.local;

import dev.skiff.json.JsonStrings;

/** Escapes text for HTML content and for JavaScript string literals inside a page. */
final class HtmlText {
    /** Lower-case hex, as this page escaped {@code <} and {@code >} before the shared escaper. */
    private static final JsonStrings SCRIPT = JsonStrings.SCRIPT.lowerCaseHex();

    private HtmlText() {}

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A double-quoted JavaScript string literal that is also safe inside a script element. */
    static String jsString(String text) {
        return SCRIPT.quote(text);
    }
}
