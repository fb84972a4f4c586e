package dev.skiff.processor;

/**
 * Every error and warning the processor reports, as format strings that tests reference (each
 * has a compile-testing case). Each names the annotation, quotes the value and says the fix.
 */
public final class DiagnosticMessages {
    private DiagnosticMessages() {}

    /** template, variable, method, variable. */
    public static final String VARIABLE_WITHOUT_PARAMETER =
            "@%s(\"%s\") declares {%s} but %s has no parameter named %s; add one or rename the variable";
    /** annotation, template, reason. */
    public static final String MALFORMED_TEMPLATE =
            "@%s(\"%s\") is not a valid path template: %s; write segments like /items/{id}";
    /** method+path, other handler. */
    public static final String DUPLICATE_ROUTE =
            "%s is already handled by %s; remove one handler or change its path";
    /** method+path, other template, other handler. */
    public static final String AMBIGUOUS_TEMPLATE =
            "%s is ambiguous with %s of %s: both match the same paths; use the same variable name or a different static segment";
    /** type, reason. A note, not an error. */
    public static final String CODEC_FALLBACK =
            "Skiff writes no JSON codec for %s because %s: databind reads and writes it, loaded on first use "
                    + "(about 300 ms of a cold start, and reflection metadata for native images); remove that to get a generated codec";
    /** property, type. */
    public static final String UNDESCRIBABLE_PROPERTY =
            "%s is of type %s, which Skiff can neither describe in the OpenAPI document nor bind; use a scalar, an enum, "
                    + "a record, a public class with a public no-argument constructor, a generic one with type arguments "
                    + "(Page<Item>), or List/Set/Optional of those, or a Map of them by String or enum keys";
    /** default, property, type, reason. */
    public static final String BAD_PROPERTY_DEFAULT =
            "@DefaultValue(\"%s\") on %s does not fit its type %s: %s; write the value as a request would send it "
                    + "(a scalar or enum as text, anything else as JSON such as [] or {})";
    /** property. */
    public static final String DEFAULT_ON_OPTIONAL_PROPERTY =
            "@DefaultValue on %s, an Optional: an absent Optional is already empty; drop the Optional or the default";
    /** parameter, type. */
    public static final String UNBINDABLE_PARAMETER =
            "Parameter %s of type %s cannot be bound; bind it from the request as a scalar, a List/Set of scalars, "
                    + "Optional<T> or a record (with @Query, @Header, @Cookie or @Body), or mark it @Depends and register "
                    + "a resolver for its type with Application.withResolver";
    /** parameter, type. */
    public static final String DEPENDENCY_TYPE =
            "@Depends parameter %s has type %s, which no resolver can be registered for; use a class, record or "
                    + "interface without type arguments, as withResolver(Type.class, ...) names it";
    /** parameter, type. */
    public static final String NOT_A_SCALAR =
            "Parameter %s of type %s comes from the %s but only scalars (and List/Set of scalars) can; use @Body or a scalar type";
    /** method, first body, second body. */
    public static final String TWO_BODIES =
            "%s has two body parameters, %s and %s; a request has one JSON body: combine them into one record";
    /** method, form parameter, body parameter. */
    public static final String FORM_AND_BODY =
            "%s reads form field %s and body parameter %s, but a request has one body: either a form or JSON/raw; "
                    + "make %2$s a property of the body's record, or make the body's values @Form fields";
    /** parameter, type. */
    public static final String FORM_UNSUPPORTED_TYPE =
            "@Form parameter %s has type %s; a form field is a scalar, a List/Set of scalars, FileUpload or List<FileUpload> "
                    + "(each may be Optional): change its type, or use @Body for a JSON body";
    /** parameter, type. */
    public static final String RAW_BODY_TYPE =
            "@Body(mediaType = ...) parameter %s has type %s; a raw body is byte[], String or InputStream: "
                    + "change its type, or remove mediaType to read JSON";
    /** value, parameter. */
    public static final String BODY_MEDIA_TYPE =
            "@Body(mediaType = \"%s\") of parameter %s is not a media type; write type/subtype, such as \"text/plain\", \"image/*\" or \"*/*\"";
    /** annotation, method, parameter. */
    public static final String BODY_NOT_ALLOWED =
            "@%s cannot have a request body but %s reads parameter %s from it; use @Post/@Put/@Patch or bind it from the query";
    /** method. */
    public static final String METHOD_NOT_PUBLIC =
            "Handler method %s must be public so that the generated invokers can call it; make it public";
    /** method. */
    public static final String METHOD_STATIC =
            "Handler method %s must not be static: handlers are instances passed to SkiffRoutes.create; remove static";
    /** class. */
    public static final String CLASS_NOT_PUBLIC =
            "Handler class %s must be public so that the generated code can call it; make it public";
    /** class. */
    public static final String CLASS_ABSTRACT =
            "Handler class %s must not be abstract or an interface: SkiffRoutes.create takes an instance of it; make it a concrete class";
    /** class. */
    public static final String CLASS_INNER =
            "Handler class %s is an inner class; make it a top-level or static nested class";
    /** operationId, other operationId, other handler, constant. */
    public static final String OPERATION_CONSTANT_CLASH =
            "operationId \"%s\" and \"%s\" (%s) both become SkiffOperations.%s; give one of them another operationId = \"...\"";
    /** operationId, other handler. */
    public static final String DUPLICATE_OPERATION_ID =
            "operationId \"%s\" is already used by %s; operationIds must be unique within an API: set operationId = \"...\"";
    /** other class. */
    public static final String TWO_API_INFO =
            "@ApiInfo is already on %s; an API has one @ApiInfo: remove one";
    /** method, more than one annotation. */
    public static final String TWO_HTTP_METHODS =
            "%s has more than one of %s; one method handles one operation: split it into two methods";
    /** default value, parameter, reason. */
    public static final String BAD_DEFAULT_VALUE =
            "@DefaultValue(\"%s\") of parameter %s does not convert: %s; fix the default";
    /** parameter. */
    public static final String DEFAULT_VALUE_NOT_ALLOWED =
            "@DefaultValue on %s has no effect: only query, header, cookie and @Form field parameters take a default; remove it";
    /** parameter. */
    public static final String OPTIONAL_PATH_PARAMETER =
            "Path parameter %s cannot be optional: the path always has it; remove Optional/@DefaultValue";
    /** method, return type. */
    public static final String UNSUPPORTED_RESULT =
            "%s returns %s, which Skiff cannot write; return a record, a scalar, a collection, String, byte[], InputStream, "
                    + "Response<T>, Stream<T>, Stream<ServerSentEvent<T>> (with a type argument) or void";
    /** value, annotation. */
    public static final String INVALID_MEDIA_TYPE =
            "produces = \"%s\" of @%s is not a media type; write type/subtype, such as \"text/plain\" or \"text/html; charset=utf-8\"";
    /** method, return type, media type. */
    public static final String PRODUCES_MISMATCH =
            "%s returns %s, which cannot be sent as produces = \"%s\"; return String for text, byte[] or InputStream for any "
                    + "media type, a JSON type for a JSON media type, Stream<T> for application/jsonl and "
                    + "Stream<ServerSentEvent<T>> for text/event-stream, or change produces";
    /** parameter, binding annotations. */
    public static final String TWO_BINDINGS =
            "Parameter %s has more than one of %s; keep one";
    /** status, annotation. */
    public static final String BAD_STATUS =
            "status = %s of @%s is not a success status; use 200-399";
    /** class, generated subclass, class, generated subclass. */
    public static final String TRACED_CLASS_FINAL =
            "@Traced methods of %s are woven into a generated subclass %s, but %s is final; remove final and construct new %s(...) instead";
    /** class, kind. */
    public static final String TRACED_CLASS_KIND =
            "@Traced methods of %s are woven into a generated subclass, but %s cannot be extended; put @Traced on a method of a class";
    /** class, generated subclass. */
    public static final String TRACED_CLASS_ABSTRACT =
            "@Traced methods of %s are woven into a generated final subclass %s, which cannot implement abstract methods; make the class concrete or put @Traced on the concrete subclass";
    /** class, generated subclass. */
    public static final String TRACED_CLASS_PRIVATE =
            "@Traced methods of %s are woven into a generated subclass %s beside it, but the class is private; make it package-private or public";
    /** class. */
    public static final String TRACED_CLASS_INNER =
            "@Traced methods of %s are woven into a generated top-level subclass, but it is an inner, local or anonymous class; make it a top-level or static nested class";
    /** class, generated subclass. */
    public static final String TRACED_NO_CONSTRUCTOR =
            "@Traced methods of %s are woven into a generated subclass %s, but every constructor of the class is private; add one that is not private";
    /** method, generated subclass. */
    public static final String TRACED_METHOD_PRIVATE =
            "@Traced method %s is private, so the generated subclass %s cannot override it; make it package-private, protected or public";
    /** method, generated subclass. */
    public static final String TRACED_METHOD_STATIC =
            "@Traced method %s is static, so the generated subclass %s cannot override it; make it an instance method or call Tracing.inSubsegment(...) inside it";
    /** method, generated subclass. */
    public static final String TRACED_METHOD_FINAL =
            "@Traced method %s is final, so the generated subclass %s cannot override it; remove final";
    /** method. */
    public static final String TRACED_METHOD_ABSTRACT =
            "@Traced method %s is abstract and has no body to trace; put @Traced on the method that implements it";
    /** method. */
    public static final String TRACED_THROWS_NON_EXCEPTION =
            "@Traced method %s declares a checked Throwable that is not an Exception, which Tracing.inSubsegment cannot pass through; declare Exception subclasses only";
    /** method. */
    public static final String TRACED_THROWS_TYPE_VARIABLE =
            "@Traced method %s declares a type variable among several checked exceptions, which the generated subclass cannot rethrow unchanged; declare one checked exception or concrete ones";
    /** operation, subsegment. Warning. */
    public static final String TRACED_OPERATION =
            "@Traced on operation %s records \"%s\" inside the subsegment of that name that the Lambda runtime records for every operation; remove @Traced or give it another name";
    /** annotation, groups. */
    public static final String CONSTRAINT_GROUPS =
            "@%s names validation groups %s; Skiff validates the Default group only: remove groups";
    /** property, type it is declared as, the type variable or wildcard @Valid reaches. */
    public static final String CONSTRAINT_CASCADE_UNKNOWN_TYPE =
            "@Valid on %s (%s) cascades into %s, whose constraints depend on a type argument Skiff cannot see here; "
                    + "Skiff validates each instantiation of a generic record or class with its type arguments' validators, "
                    + "so write the type arguments (@Valid Page<NewItem>, not a raw Page, Page<?> or Page<T>), or remove @Valid";
    /** annotation, class. */
    public static final String CONSTRAINT_CLASS_LEVEL =
            "@%s on class %s: class-level constraints are not supported; put the constraint on a property";
    /** annotation, value name, type, applicable types. */
    public static final String CONSTRAINT_WRONG_TYPE =
            "@%s does not apply to %s of type %s; use it on %s, or remove it";
    /** annotation, message. */
    public static final String CONSTRAINT_EXPRESSION_MESSAGE =
            "@%s message \"%s\" uses expression language ${...}, which Skiff does not evaluate; use {attribute} parameters instead";
    /** annotation. */
    public static final String CONSTRAINT_MAP_KEY =
            "@%s on a map key or an array element is not supported; use a List for constrained elements, and check map keys in the handler";
    /** property. */
    public static final String CONSTRAINT_UNREADABLE =
            "%s is private and has no getter, so the generated validator cannot read it without reflection; add a getter or make it package-private";
    /** annotation, value type. */
    public static final String CONSTRAINT_NO_VALIDATOR =
            "@%s has no ConstraintValidator in validatedBy that accepts %s; add one to @Constraint(validatedBy = ...)";
    /** annotation, parameter, the Optional's type argument. */
    public static final String CONSTRAINT_ON_OPTIONAL_PARAMETER =
            "@%s on the Optional parameter %s would be checked on the Optional itself, which Skiff does not do for parameters; "
            + "put it on the value, Optional<@%1$s %s> (with TYPE_USE in @%1$s's @Target), or check it in the handler";
    /** validator, annotation. */
    public static final String CONSTRAINT_NO_CONSTRUCTOR =
            "%s, the validator of @%s, needs a public no-argument constructor (and must be a public top-level or static class): generated code creates it with new";
    /** annotation, member. */
    public static final String CONSTRAINT_NESTED_ANNOTATION =
            "@%s member %s holds an annotation, which Skiff cannot synthesise at compile time; use a simpler value";
    /** annotation, regexp, reason. */
    public static final String CONSTRAINT_BAD_REGEXP =
            "@%s regexp \"%s\" is not a valid regular expression: %s";
    /** annotation, value. */
    public static final String CONSTRAINT_BAD_DECIMAL =
            "@%s value \"%s\" is not a decimal number; write it like \"0.01\"";
    /** annotation, attributes. */
    public static final String CONSTRAINT_BAD_RANGE =
            "@%s(%s) is not a valid range; use non-negative values with min <= max";
    /** option, directory. Warning. */
    public static final String MISSING_MESSAGES_DIRECTORY =
            "-A%s names %s, which is not a directory here; give an absolute path (a build may compile in another working directory)";
    /** failure. Warning. */
    public static final String UNREADABLE_MESSAGES =
            "cannot read the application's ValidationMessages (%s); its messages are interpolated at run time";
    /** status, method or class. */
    public static final String RESPONSE_STATUS_RANGE =
            "@ApiResponse(status = %d) on %s is not an HTTP status; use one from 100 to 599";
    /** status, method, success status. */
    public static final String RESPONSE_IS_SUCCESS =
            "@ApiResponse(status = %d) on %s declares the operation's own success status %d; describe the success in "
                    + "the method's Javadoc and its return type, or declare another status";
    /** status, method or class. */
    public static final String RESPONSE_DECLARED_TWICE =
            "@ApiResponse(status = %d) is declared twice on %s; keep one";
    /** status, type, method or class, type. */
    public static final String RESPONSE_TYPE =
            "@ApiResponse(status = %d, type = %s) on %s: the processor cannot describe %s; use a record, bean, enum or "
                    + "scalar, or leave type out (the {\"detail\": ...} error body from 400 on, no content below)";
    /** status, media type, method or class. */
    public static final String RESPONSE_MEDIA_TYPE =
            "@ApiResponse(status = %d, mediaType = \"%s\") on %s is not a media type; write one such as application/json";
    /** header name, method or class. */
    public static final String RESPONSE_HEADER_NAME =
            "@ResponseHeader(name = \"%s\") on %s is not a header name; use letters, digits and - such as Location";
    /** header name, method or class. */
    public static final String RESPONSE_HEADER_TWICE =
            "@ResponseHeader(name = \"%s\") is declared twice for one response of %s; keep one";
    /** header name, type, method or class. */
    public static final String RESPONSE_HEADER_TYPE =
            "@ResponseHeader(name = \"%s\", type = %s) on %s: a header's value is text; use a scalar (String, a "
                    + "number, a boolean, UUID, a java.time type) or an enum";
    /** example, parameter, type, reason. */
    public static final String BAD_EXAMPLE =
            "@Example(\"%s\") on parameter %s does not fit its type %s: %s; write the value as a request would send it "
                    + "(a scalar or enum as text, anything else as JSON such as [] or {})";
    /** parameter. */
    public static final String EXAMPLE_NOT_ALLOWED =
            "@Example on parameter %s, which is not read from the request, has nowhere to appear; remove it";
    /** example, property, type, reason. */
    public static final String BAD_PROPERTY_EXAMPLE =
            "@Example(\"%s\") on %s does not fit its type %s: %s; write a scalar or enum as text, anything else as "
                    + "JSON such as [] or {}";
    /** the URL given. */
    public static final String OPEN_ID_CONNECT_URL =
            "@ApiInfo(auth = COGNITO) needs openIdConnectUrl, the https discovery URL of the user pool such as "
                    + "https://cognito-idp.<region>.amazonaws.com/<poolId>/.well-known/openid-configuration; got \"%s\"";
    /** auth. */
    public static final String OPEN_ID_CONNECT_URL_UNUSED =
            "@ApiInfo(openIdConnectUrl = ...) is only read with auth = COGNITO, not %s; remove it or set auth = COGNITO";
    /** url, reason. */
    public static final String BAD_SERVER_URL =
            "@Server(url = \"%s\") %s; write an absolute URL such as https://api.example.com/prod or a path such as "
                    + "/prod, without a trailing slash";
    /** license. */
    public static final String BAD_LICENSE =
            "@ApiInfo(license = \"%s\") is no SPDX licence identifier; write one such as Apache-2.0 or MIT, "
                    + "or LicenseRef-<name> for a licence of your own";
    /** (none). */
    public static final String JAVA_CLIENT_WITHOUT_RUNTIME =
            "@ApiInfo(javaClient = true) writes a client that calls skiff-client, which is not on the compile "
                    + "classpath; add the dependency dev.skiff:skiff-client (scope provided if only callers use "
                    + "the client), or remove javaClient";
    /** class. */
    public static final String JAVA_CLIENT_NAME_TAKEN =
            "@ApiInfo(javaClient = true) would write the client as %s, but that class already exists; rename it, "
                    + "or change the title the client's name comes from";
    /** element, exception. */
    public static final String INTERNAL_ERROR =
            "Skiff's processor failed on %s; this is a bug, please report it with this trace:%n%s";

    /** type. */
    public static final String POLYMORPHIC_WITHOUT_TYPE_INFO =
            "%s is sealed, but JSON cannot tell its subtypes apart; annotate it with "
                    + "@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"kind\") (any property name) "
                    + "and name each subtype with @JsonTypeName or @JsonSubTypes";
    /** type, use. */
    public static final String POLYMORPHIC_UNSUPPORTED_USE =
            "@JsonTypeInfo(use = %2$s) on %1$s is not supported: generated codecs and the OpenAPI discriminator "
                    + "need a name per subtype; use JsonTypeInfo.Id.NAME (with @JsonTypeName or @JsonSubTypes.Type(name = ...))";
    /** type, include. */
    public static final String POLYMORPHIC_UNSUPPORTED_INCLUDE =
            "@JsonTypeInfo(include = %2$s) on %1$s is not supported: the OpenAPI discriminator is a property of the "
                    + "object; use JsonTypeInfo.As.PROPERTY (the default) or EXISTING_PROPERTY";
    /** type. */
    public static final String POLYMORPHIC_WITHOUT_SUBTYPES =
            "%s has @JsonTypeInfo but no subtypes Skiff can see; list them with "
                    + "@JsonSubTypes({@JsonSubTypes.Type(value = A.class, name = \"a\"), ...}) or make it sealed";
    /** subtype, base type. */
    public static final String POLYMORPHIC_SUBTYPE_NOT_OBJECT =
            "%s, a subtype of %s, is neither a record nor a bean (a public class with a public no-argument constructor); "
                    + "make it a record";
    /** tag, first subtype, second subtype, base type. */
    public static final String POLYMORPHIC_DUPLICATE_TAG =
            "the type name \"%s\" is used by both %s and %s, subtypes of %s; give each subtype its own name "
                    + "with @JsonTypeName or @JsonSubTypes.Type(name = ...)";
    /** base type, property, subtype. */
    public static final String POLYMORPHIC_EXISTING_PROPERTY_MISSING =
            "@JsonTypeInfo(include = EXISTING_PROPERTY, property = \"%2$s\") on %1$s needs that property on every subtype, "
                    + "but %3$s has none; add a component or getter %2$s, or use include = PROPERTY";
    /** subtype, base type. */
    public static final String POLYMORPHIC_SUBTYPE_NOT_SUBTYPE =
            "%s is listed in @JsonSubTypes of %s but does not extend or implement it; list only its subtypes";
    /** type. */
    public static final String POLYMORPHIC_DEFAULT_IMPL =
            "@JsonTypeInfo(defaultImpl = ...) on %s is not supported: generated codecs reject a missing or unknown "
                    + "type name, and an OpenAPI discriminator cannot express a default; remove defaultImpl and send the name";
    /** type. */
    public static final String POLYMORPHIC_VISIBLE =
            "@JsonTypeInfo(visible = true) on %s is not supported with include = PROPERTY; remove it, or give every "
                    + "subtype that property and use include = EXISTING_PROPERTY";
    /** type. */
    public static final String POLYMORPHIC_REQUIRE_TYPE_ID =
            "@JsonTypeInfo(requireTypeIdForSubtypes = OptBoolean.TRUE) on %s is not supported: a subtype read as itself "
                    + "is read without its type name; remove it, or declare the base type where the name is required";
}
