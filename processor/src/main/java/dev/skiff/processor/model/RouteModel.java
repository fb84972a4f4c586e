package dev.skiff.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * One operation: a handler method bound to an HTTP method and path template.
 * {@code template} is null when {@code templateError} says why the raw template is malformed.
 * {@code invokerName} names the generated invoker method (unique within its handler).
 * {@code annotation} is the {@code @Get}/{@code @Post}... mirror, for diagnostics.
 * {@code docs} is what it adds to the OpenAPI document only (declared responses, headers, security).
 */
public record RouteModel(
        String httpMethod,
        String rawTemplate,
        PathTemplate template,
        String templateError,
        String operationId,
        String javaMethodName,
        String invokerName,
        boolean isPublic,
        boolean isStatic,
        List<String> tags,
        String summary,
        String description,
        boolean deprecated,
        List<ParamModel> params,
        ResultModel result,
        List<String> thrownTypes,
        ExecutableElement element,
        AnnotationMirror annotation,
        OperationDocsModel docs,
        boolean nonBlocking) {
    public RouteModel {
        tags = List.copyOf(tags);
        params = List.copyOf(params);
        thrownTypes = List.copyOf(thrownTypes);
        docs = docs == null ? OperationDocsModel.NONE : docs;
    }

    /** An operation that may block. */
    public RouteModel(String httpMethod, String rawTemplate, PathTemplate template, String templateError,
            String operationId, String javaMethodName, String invokerName, boolean isPublic, boolean isStatic,
            List<String> tags, String summary, String description, boolean deprecated, List<ParamModel> params,
            ResultModel result, List<String> thrownTypes, ExecutableElement element, AnnotationMirror annotation,
            OperationDocsModel docs) {
        this(httpMethod, rawTemplate, template, templateError, operationId, javaMethodName, invokerName, isPublic,
                isStatic, tags, summary, description, deprecated, params, result, thrownTypes, element, annotation,
                docs, false);
    }

    /** An operation that declares nothing for the document beyond its signature. */
    public RouteModel(String httpMethod, String rawTemplate, PathTemplate template, String templateError,
            String operationId, String javaMethodName, String invokerName, boolean isPublic, boolean isStatic,
            List<String> tags, String summary, String description, boolean deprecated, List<ParamModel> params,
            ResultModel result, List<String> thrownTypes, ExecutableElement element, AnnotationMirror annotation) {
        this(httpMethod, rawTemplate, template, templateError, operationId, javaMethodName, invokerName, isPublic,
                isStatic, tags, summary, description, deprecated, params, result, thrownTypes, element, annotation,
                OperationDocsModel.NONE);
    }

    /** The annotation's simple name, as messages write it: {@code Get}. */
    public String annotationName() {
        return httpMethod.charAt(0) + httpMethod.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a server may answer it on an IO thread: declared {@code @NonBlocking}, and not
     * streaming (a stream's body is written, blocking, as it is produced).
     */
    public boolean runsOnIoThread() {
        return nonBlocking && !streams();
    }

    /** Whether the operation answers with a stream: JSON Lines, server-sent events or an {@code InputStream}. */
    public boolean streams() {
        return result != null && result.streams();
    }

    /**
     * The operation's constant in the generated {@code SkiffOperations}: the operationId's words in
     * upper case joined by underscores ({@code createItem} and {@code create-item} give
     * {@code CREATE_ITEM}; letters of any script stay, {@code élément} gives {@code ÉLÉMENT}), with
     * {@code OP_} in front of one that would not start with a letter.
     */
    public String operationConstant() {
        String words = operationId
                .replaceAll("([\\p{Ll}\\p{N}])(\\p{Lu})", "$1_$2")
                .replaceAll("(\\p{Lu}+)(\\p{Lu}\\p{Ll})", "$1_$2")
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "")
                .toUpperCase(java.util.Locale.ROOT);
        return !words.isEmpty() && Character.isLetter(words.charAt(0)) ? words : "OP_" + words;
    }

    /** The operation's method in the generated clients (Java and TypeScript): {@link ClientNames#methodName}. */
    public String clientMethodName() {
        return ClientNames.methodName(operationId);
    }

    /** The body parameter, if any. */
    public Optional<ParamModel> body() {
        return params.stream().filter(p -> p.source() == ParamSource.BODY).findFirst();
    }

    /** The types of its dependencies, in parameter order, each once. */
    public List<TypeName> dependencies() {
        return params.stream().filter(p -> p.source() == ParamSource.DEPENDENCY).map(p -> p.type().javaType())
                .distinct().toList();
    }

    /** Whether the operation reads anything from the request that can fail to convert. */
    public boolean canFailValidation() {
        return params.stream().anyMatch(p -> p.source() != ParamSource.CONTEXT && p.source() != ParamSource.DEPENDENCY);
    }

    /** A copy with {@code params} instead. */
    public RouteModel withParams(List<ParamModel> params) {
        return new RouteModel(httpMethod, rawTemplate, template, templateError, operationId, javaMethodName, invokerName,
                isPublic, isStatic, tags, summary, description, deprecated, params, result, thrownTypes, element,
                annotation, docs, nonBlocking);
    }
}
