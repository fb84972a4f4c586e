package dev.skiff.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Javadoc as OpenAPI wants it: the main text, its first sentence, and {@code @param} texts. */
final class DocComments {
    private final Elements elements;

    DocComments(Elements elements) {
        this.elements = elements;
    }

    /** The main description (block tags removed), whitespace normalised per line; empty when none. */
    String description(Element element) {
        String doc = elements.getDocComment(element);
        if (doc == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String line : doc.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                break;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(trimmed);
        }
        return clean(text.toString());
    }

    /** The first sentence of {@link #description}, as javadoc's summary: up to the first ". ". */
    static String firstSentence(String description) {
        String flat = description.replace('\n', ' ');
        int end = flat.indexOf(". ");
        String sentence = end < 0 ? flat : flat.substring(0, end + 1);
        return sentence.strip();
    }

    /** Each {@code @param name text}, by name. */
    Map<String, String> params(Element element) {
        Map<String, String> params = new LinkedHashMap<>();
        String doc = elements.getDocComment(element);
        if (doc == null) {
            return params;
        }
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : doc.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                if (current != null) {
                    params.put(current, clean(text.toString()));
                }
                current = null;
                text.setLength(0);
                if (trimmed.startsWith("@param ")) {
                    String rest = trimmed.substring(7).strip();
                    int space = rest.indexOf(' ');
                    current = space < 0 ? rest : rest.substring(0, space);
                    text.append(space < 0 ? "" : rest.substring(space + 1));
                }
            } else if (current != null) {
                text.append(' ').append(trimmed);
            }
        }
        if (current != null) {
            params.put(current, clean(text.toString()));
        }
        return params;
    }

    /**
     * The texts of the {@code @throws} (or {@code @exception}) tags naming {@code exception} by its
     * simple or qualified name, in order: {@code @throws HttpException 404 when the item is gone}
     * gives {@code "404 when the item is gone"}.
     */
    List<String> thrown(Element element, String exception) {
        List<String> texts = new ArrayList<>();
        String doc = elements.getDocComment(element);
        if (doc == null) {
            return texts;
        }
        StringBuilder text = null;
        for (String line : doc.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                if (text != null) {
                    texts.add(clean(text.toString()));
                }
                text = null;
                String[] words = trimmed.split("\\s+", 3);
                boolean throwsTag = words[0].equals("@throws") || words[0].equals("@exception");
                if (throwsTag && words.length > 1 && (words[1].equals(exception)
                        || words[1].endsWith("." + exception))) {
                    text = new StringBuilder(words.length > 2 ? words[2] : "");
                }
            } else if (text != null) {
                text.append(' ').append(trimmed);
            }
        }
        if (text != null) {
            texts.add(clean(text.toString()));
        }
        return texts;
    }

    /**
     * Drops {@code <pre>} examples (they are for Java readers), strips the {@code {@code x}}
     * and {@code {@link x}} wrappers keeping their text, and drops HTML tags.
     */
    private static String clean(String text) {
        return text.replaceAll("(?s)<pre>.*?</pre>", "")
                .replaceAll("\\{@(?:code|link|linkplain|literal) ([^}]*)}", "$1")
                .replaceAll("</?[a-zA-Z][^>]*>", "")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** {@code listItems} as FastAPI would title it: "List Items". */
    static String humanize(String methodName) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < methodName.length(); i++) {
            char c = methodName.charAt(i);
            if (i == 0) {
                words.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                words.append(' ').append(c);
            } else if (c == '_') {
                words.append(' ');
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }
}
