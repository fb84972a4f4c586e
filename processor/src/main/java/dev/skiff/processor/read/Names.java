package dev.skiff.processor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The qualified names the processor recognises: it never links these classes, only names them. */
final class Names {
    private Names() {}

    static final String API = "dev.skiff.api.";
    static final String API_INFO = API + "ApiInfo";
    static final String TAG = API + "Tag";
    static final String QUERY = API + "Query";
    static final String HEADER = API + "Header";
    static final String COOKIE = API + "Cookie";
    static final String BODY = API + "Body";
    static final String FORM = API + "Form";
    static final String FILE_UPLOAD = API + "FileUpload";
    static final String DEFAULT_VALUE = API + "DefaultValue";
    static final String REQUEST_CONTEXT = API + "RequestContext";
    static final String DEPENDS = API + "Depends";
    static final String CALLER_IDENTITY = API + "CallerIdentity";
    static final String RESPONSE = API + "Response";
    static final String SERVER_SENT_EVENT = API + "ServerSentEvent";
    static final String TRACED = API + "Traced";
    static final String API_RESPONSE = API + "ApiResponse";
    static final String API_RESPONSES = API + "ApiResponses";
    static final String RESPONSE_HEADER = API + "ResponseHeader";
    static final String RESPONSE_HEADERS = API + "ResponseHeaders";
    static final String EXAMPLE = API + "Example";
    static final String UNAUTHENTICATED = API + "Unauthenticated";
    static final String NON_BLOCKING = API + "NonBlocking";
    static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    static final String JSON_ALIAS = "com.fasterxml.jackson.annotation.JsonAlias";
    static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";
    static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";
    static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
    static final String JSON_TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";
    static final String JSON_SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";
    static final String JSON_TYPE_NAME = "com.fasterxml.jackson.annotation.JsonTypeName";
    /** The simple name that makes a property nullable, whatever its package (JSpecify, JSR 305, Jakarta...). */
    static final String NULLABLE = "Nullable";
    static final String GENERATED = "javax.annotation.processing.Generated";
    /** A class of skiff-client, which a generated Java client needs on the classpath. */
    static final String CLIENT_TRANSPORT = "dev.skiff.client.Transport";

    /** The HTTP method annotations and the method each stands for, in a fixed order. */
    static final Map<String, String> HTTP_METHODS = httpMethods();

    /** The binding annotations, in the order messages list them. */
    static final List<String> BINDINGS = List.of(QUERY, HEADER, COOKIE, BODY, FORM);

    private static Map<String, String> httpMethods() {
        Map<String, String> methods = new LinkedHashMap<>();
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")) {
            methods.put(API + method.charAt(0) + method.substring(1).toLowerCase(java.util.Locale.ROOT), method);
        }
        return Map.copyOf(methods);
    }

    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
