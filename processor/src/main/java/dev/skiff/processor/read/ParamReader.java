package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.TypeModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * Infers where a parameter comes from, as FastAPI does: a template variable's name is the
 * path; a scalar or a List/Set of scalars is the query; a record, bean or collection of them
 * is the body; {@code RequestContext} is the context; {@code @Depends} and {@code CallerIdentity}
 * are dependencies. {@code @Query}, {@code @Header}, {@code @Cookie} and {@code @Body} override
 * and rename. {@code @Form} binds a form field, or a file part when its type is
 * {@code FileUpload}; {@code @Body(mediaType = ...)} binds the raw body.
 */
final class ParamReader {
    private final Annotations annotations;
    private final TypeReader types;
    private final Diagnostics diagnostics;

    ParamReader(Annotations annotations, TypeReader types, Diagnostics diagnostics) {
        this.annotations = annotations;
        this.types = types;
        this.diagnostics = diagnostics;
    }

    ParamModel read(VariableElement parameter, List<String> pathVariables, String description) {
        String name = parameter.getSimpleName().toString();
        List<AnnotationMirror> bindings = Names.BINDINGS.stream()
                .map(binding -> Annotations.find(parameter, binding))
                .flatMap(Optional::stream)
                .toList();
        Optional<AnnotationMirror> depends = Annotations.find(parameter, Names.DEPENDS);
        if (bindings.size() + (depends.isPresent() ? 1 : 0) > 1) {
            diagnostics.error(parameter, DiagnosticMessages.TWO_BINDINGS, name,
                    Stream.concat(bindings.stream(), depends.stream())
                            .map(b -> "@" + Names.simpleName(Annotations.nameOf(b))).collect(Collectors.joining(", ")));
        }
        String defaultValue = Annotations.find(parameter, Names.DEFAULT_VALUE)
                .map(mirror -> annotations.string(mirror, "value")).orElse(null);
        if (bindings.isEmpty() && (depends.isPresent()
                || TypeName.get(parameter.asType()).toString().equals(Names.CALLER_IDENTITY))) {
            // resolved by the application, never read from the request: no schema, no OpenAPI parameter
            return new ParamModel(name, name, ParamSource.DEPENDENCY,
                    new TypeModel.Context(TypeName.get(parameter.asType())), false, defaultValue, -1, description,
                    Map.of(), null, parameter, Annotations.find(parameter, Names.EXAMPLE)
                            .map(mirror -> annotations.string(mirror, "value")).orElse(null));
        }
        TypeModel type = types.read(parameter.asType());
        ParamSource source;
        String wireName = name;
        if (type instanceof TypeModel.Context) {
            source = ParamSource.CONTEXT;
        } else if (!bindings.isEmpty()) {
            AnnotationMirror binding = bindings.get(0);
            source = sourceOf(Annotations.nameOf(binding));
            String renamed = source == ParamSource.BODY ? "" : annotations.string(binding, "value");
            wireName = !renamed.isEmpty() ? renamed : source == ParamSource.HEADER ? headerName(name) : name;
            String mediaType = source == ParamSource.BODY ? annotations.string(binding, "mediaType") : "";
            TypeModel file = source == ParamSource.FORM ? fileType(type) : null;
            if (!mediaType.isEmpty()) {
                source = ParamSource.RAW_BODY;
                wireName = mediaType;
            } else if (file != null) {
                source = ParamSource.FILE;
                type = file;
            }
        } else if (pathVariables.contains(name)) {
            source = ParamSource.PATH;
        } else if (type instanceof TypeModel.Unsupported) {
            source = ParamSource.UNBINDABLE;
        } else if (valueType(type).isScalarOrScalars()) {
            source = ParamSource.QUERY;
        } else {
            source = ParamSource.BODY;
        }
        boolean collection = valueType(type) instanceof TypeModel.ArrayOf && source != ParamSource.BODY;
        boolean required = switch (source) {
            case PATH -> true;
            case CONTEXT, DEPENDENCY, UNBINDABLE -> false;
            case BODY, FILE, RAW_BODY -> !(type instanceof TypeModel.OptionalOf) && !nullable(parameter);
            // FastAPI: a form list is required too, unlike a query list
            case FORM -> !(type instanceof TypeModel.OptionalOf) && defaultValue == null;
            default -> !(type instanceof TypeModel.OptionalOf) && defaultValue == null && !collection
                    && !nullable(parameter);
        };
        int pathIndex = source == ParamSource.PATH ? pathVariables.indexOf(wireName) : -1;
        String example = Annotations.find(parameter, Names.EXAMPLE)
                .map(mirror -> annotations.string(mirror, "value")).orElse(null);
        return new ParamModel(name, wireName, source, type, required, defaultValue, pathIndex, description,
                Map.of(), null, parameter, example);
    }

    /** A {@code @Nullable} (any package, on the parameter or its type) on a reference: absent, it is null, as Optional is empty. */
    private static boolean nullable(VariableElement parameter) {
        return !parameter.asType().getKind().isPrimitive() && PropertyBindings.isNullable(parameter);
    }

    private static TypeModel valueType(TypeModel type) {
        return type instanceof TypeModel.OptionalOf optional ? optional.value() : type;
    }

    /** {@code FileUpload}, {@code List<FileUpload>} or {@code Optional<FileUpload>} as a file part's type; else null. */
    private static TypeModel fileType(TypeModel type) {
        ClassName fileUpload = ClassName.bestGuess(Names.FILE_UPLOAD);
        TypeName javaType = type.javaType();
        if (javaType.equals(fileUpload)) {
            return new TypeModel.FileRef(fileUpload);
        }
        if (javaType instanceof ParameterizedTypeName generic && generic.typeArguments().size() == 1
                && generic.typeArguments().get(0).equals(fileUpload)) {
            String raw = generic.rawType().canonicalName();
            if (raw.equals("java.util.List")) {
                return new TypeModel.ArrayOf(generic, new TypeModel.FileRef(fileUpload), false);
            }
            if (raw.equals("java.util.Optional")) {
                return new TypeModel.OptionalOf(generic, new TypeModel.FileRef(fileUpload));
            }
        }
        return null;
    }

    private static ParamSource sourceOf(String annotation) {
        return switch (annotation) {
            case Names.FORM -> ParamSource.FORM;
            case Names.QUERY -> ParamSource.QUERY;
            case Names.HEADER -> ParamSource.HEADER;
            case Names.COOKIE -> ParamSource.COOKIE;
            default -> ParamSource.BODY;
        };
    }

    /** {@code apiKey} becomes {@code api-key}: headers are written in kebab case, as FastAPI converts them. */
    static String headerName(String javaName) {
        StringBuilder header = new StringBuilder();
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                header.append('-').append(Character.toLowerCase(c));
            } else {
                header.append(c == '_' ? '-' : c);
            }
        }
        return header.toString();
    }
}
