package dev.skiff.samples.items;

/**
 * Escapes text for HTML, so that an item's name cannot inject markup into its card.
 *
 * <pre>{@code
 * Html.escape("<b>Lamp</b>"); // "&lt;b&gt;Lamp&lt;/b&gt;"
 * }</pre>
 */
final class Html {
    private Html() {}

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
