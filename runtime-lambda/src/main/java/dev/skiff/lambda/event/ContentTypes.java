package dev.skiff.lambda.event;

import java.util.Locale;

/** Decides whether a response body travels as text or as base64 in the Lambda response. */
final class ContentTypes {
    private ContentTypes() {}

    /** Text types (and JSON, XML, JavaScript, forms) are sent as they are; anything else is binary. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon);
        }
        type = type.trim();
        return type.startsWith("text/")
                || type.endsWith("json")
                || type.endsWith("+xml")
                || type.equals("application/xml")
                || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded")
                || type.equals("application/jsonl")
                || type.equals("application/x-ndjson")
                || type.equals("application/yaml");
    }
}
