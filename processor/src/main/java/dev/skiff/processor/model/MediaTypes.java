package dev.skiff.processor.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** The media types the processor knows, and what it needs to tell of a declared one. */
public final class MediaTypes {
    public static final String JSON = "application/json";
    public static final String JSON_LINES = "application/jsonl";
    public static final String NDJSON = "application/x-ndjson";
    public static final String EVENT_STREAM = "text/event-stream";
    public static final String OCTET_STREAM = "application/octet-stream";
    public static final String TEXT_PLAIN = "text/plain";

    /** RFC 9110: {@code type "/" subtype *( OWS ";" OWS parameter )}, tokens and quoted strings. */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN
            + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*");

    private MediaTypes() {}

    /** Whether {@code value} is a media type, such as {@code text/html; charset=utf-8}; wildcards are not. */
    public static boolean isValid(String value) {
        return MEDIA_TYPE.matcher(value).matches() && !essence(value).contains("*");
    }

    /** Whether {@code value} is a media range a request may be checked against: a media type, {@code type/*} or {@code *}{@code /*}. */
    public static boolean isValidRange(String value) {
        if (!MEDIA_TYPE.matcher(value).matches()) {
            return false;
        }
        String essence = essence(value);
        int slash = essence.indexOf('/');
        String type = essence.substring(0, slash);
        String subtype = essence.substring(slash + 1);
        return essence.equals("*/*") || !type.contains("*") && (subtype.equals("*") || !subtype.contains("*"));
    }

    /** The type and subtype in lower case, without parameters. */
    public static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** {@code application/json} or a {@code +json} type. */
    public static boolean isJson(String mediaType) {
        String essence = essence(mediaType);
        return essence.equals(JSON) || essence.endsWith("+json");
    }

    /** {@code application/jsonl} or {@code application/x-ndjson}: what a {@code Stream<T>} is sent as. */
    public static boolean isJsonLines(String mediaType) {
        String essence = essence(mediaType);
        return essence.equals(JSON_LINES) || essence.equals(NDJSON);
    }

    public static boolean isEventStream(String mediaType) {
        return essence(mediaType).equals(EVENT_STREAM);
    }
}
