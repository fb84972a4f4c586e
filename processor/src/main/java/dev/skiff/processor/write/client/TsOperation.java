package dev.skiff.processor.write.client;

import dev.skiff.processor.model.ClientNames;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation as the TypeScript client and the query options call it. Its input is one object,
 * shaped as the Nx plugin's {@code open-api#ts-client} shapes it so callers can switch: the
 * path, query and header parameters by their wire names, and the body inlined (the input is the
 * body when it is the only thing sent, an object body's properties sit beside the parameters when
 * none clashes) or else under {@code body}.
 *
 * <p>Two parameters of one operation may share a wire name in different places (a path and a
 * query {@code id}, a query and a header {@code id}); each of those is then named by its place and
 * its wire name ({@link ClientNames#memberName}: {@code pathId}, {@code queryId}, {@code headerId}),
 * with a number after it in the unlikely case that is taken too. The Java client is not concerned:
 * its arguments are the handler's Java parameters.
 */
record TsOperation(RouteModel route, List<ParamModel> params, Map<ParamModel, String> propertyNames,
        BodyKind bodyKind, String bodyType, String mediaType, List<ParamModel> formFields, boolean bodyInline,
        boolean bodyRequired, boolean inputOptional) {

    enum BodyKind { NONE, JSON, FORM, MULTIPART, RAW }

    static TsOperation of(RouteModel route, TsTypes types) {
        List<ParamModel> params = route.params().stream()
                .filter(p -> p.source() == ParamSource.PATH || p.source() == ParamSource.QUERY
                        || p.source() == ParamSource.HEADER)
                .toList();
        List<ParamModel> formFields = route.params().stream().filter(p -> p.source().inForm()).toList();
        Map<ParamModel, String> names = propertyNames(params);
        BodyKind kind = BodyKind.NONE;
        String bodyType = null;
        String mediaType = null;
        boolean bodyRequired = false;
        List<String> bodyProperties = null;
        if (route.body().isPresent()) {
            ParamModel body = route.body().get();
            kind = BodyKind.JSON;
            bodyType = types.of(body.valueType());
            bodyRequired = body.required();
            bodyProperties = types.objectProperties(body.valueType());
        } else if (!formFields.isEmpty()) {
            kind = formFields.stream().anyMatch(p -> p.source() == ParamSource.FILE) ? BodyKind.MULTIPART : BodyKind.FORM;
            bodyType = formTypeName(route);
            bodyRequired = formFields.stream().anyMatch(ParamModel::required);
            bodyProperties = formFields.stream().map(ParamModel::wireName).toList();
        } else {
            ParamModel raw = route.params().stream().filter(p -> p.source() == ParamSource.RAW_BODY).findFirst().orElse(null);
            if (raw != null) {
                kind = BodyKind.RAW;
                mediaType = raw.wireName();
                bodyType = raw.type().javaType().toString().equals("java.lang.String") ? "string" : "Blob";
                bodyRequired = raw.required();
            }
        }
        boolean inline = kind != BodyKind.NONE && (params.isEmpty() || bodyProperties != null
                && bodyProperties.stream().noneMatch(names::containsValue));
        boolean optional = params.stream().noneMatch(ParamModel::required) && !bodyRequired;
        return new TsOperation(route, params, names, kind, bodyType, mediaType, formFields, inline, bodyRequired,
                optional);
    }

    /** Each parameter's property in the input object: its wire name, unless another parameter's is the same. */
    private static Map<ParamModel, String> propertyNames(List<ParamModel> params) {
        Map<ParamModel, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ParamModel param : params) {
            if (params.stream().filter(p -> p.wireName().equals(param.wireName())).count() == 1) {
                names.put(param, param.wireName());
                taken.add(param.wireName());
            }
        }
        for (ParamModel param : params) {
            if (!names.containsKey(param)) {
                String base = ClientNames.memberName(param.source().name().toLowerCase(Locale.ROOT) + " " + param.wireName());
                String name = base;
                for (int n = 2; taken.contains(name); n++) {
                    name = base + n;
                }
                names.put(param, name);
                taken.add(name);
            }
        }
        return names;
    }

    /** The parameter's property in the input object. */
    String property(ParamModel param) {
        return propertyNames.get(param);
    }

    static String formTypeName(RouteModel route) {
        return TsTypes.identifier("Body_" + route.operationId());
    }

    /** The method's name: the operationId, or its words as one identifier ({@code list-things} is {@code listThings}). */
    String name() {
        return route.clientMethodName();
    }

    /**
     * The operation's types' prefix: the method's name with its first letter in upper case
     * ({@code listItems} is {@code ListItems}, {@code list_items} {@code List_items}), so that
     * operations of different methods never share their types' names.
     */
    String pascalName() {
        return ClientNames.upperFirst(name());
    }

    boolean hasInput() {
        return !params.isEmpty() || bodyKind != BodyKind.NONE;
    }

    String requestTypeName() {
        return pascalName() + "Request";
    }

    /** {@code input: FooRequest}, {@code input?: FooRequest} or nothing. */
    String inputDeclaration() {
        return hasInput() ? "input" + (inputOptional ? "?" : "") + ": " + requestTypeName() : "";
    }

    /** The request type's declaration, or null when the operation takes nothing. */
    String requestType(TsTypes types) {
        if (!hasInput()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!params.isEmpty()) {
            StringBuilder fields = new StringBuilder("{\n");
            for (ParamModel param : params) {
                TsTypes.doc(fields, "  ", param.description());
                fields.append("  ").append(TsTypes.property(property(param))).append(param.required() ? "" : "?")
                        .append(": ").append(types.of(param.valueType())).append(";\n");
            }
            parts.add(fields.append("}").toString());
        }
        if (bodyKind != BodyKind.NONE) {
            parts.add(bodyInline ? bodyType : "{ body" + (bodyRequired ? "" : "?") + ": " + bodyType + " }");
        }
        return "export type " + requestTypeName() + " = " + String.join(" & ", parts) + ";\n";
    }

    ResultModel result() {
        return route.result();
    }

    /** A stream of JSON lines or of events: an async iterable. */
    boolean iterates() {
        return result().kind() == ResultModel.Kind.STREAM || result().kind() == ResultModel.Kind.EVENTS;
    }

    /** The type each call resolves to, or each element a stream yields. */
    String resultType(TsTypes types) {
        ResultModel result = result();
        if (result.kind() == ResultModel.Kind.EVENTS) {
            return "string";
        }
        if (result.bodiless() || result.kind() == ResultModel.Kind.UNSUPPORTED) {
            return "void";
        }
        return switch (result.payload()) {
            case TEXT -> "string";
            case BYTES, BYTE_STREAM -> "Blob";
            case JSON -> {
                String type = result.body() == null ? "unknown" : types.of(result.body());
                yield result.nullable() && !type.endsWith("| null") ? type + " | null" : type;
            }
        };
    }

    /**
     * The parameter an infinite query pages with: for a read that is not streamed, its query
     * parameter named {@code cursor}, {@code offset} or {@code page} (the first of these it has;
     * the Nx plugin's default is {@code cursor}); null when it has none. The caller's
     * {@code getNextPageParam} says what comes next, so the page's shape does not matter.
     */
    ParamModel pageParameter() {
        if (!isQuery() || iterates()) {
            return null;
        }
        for (String name : List.of("cursor", "offset", "page")) {
            for (ParamModel param : params) {
                if (param.source() == ParamSource.QUERY && param.wireName().equals(name)
                        && !(param.valueType() instanceof dev.skiff.processor.model.TypeModel.ArrayOf)) {
                    return param;
                }
            }
        }
        return null;
    }

    /** A read (queryOptions) rather than a write (mutationOptions). */
    boolean isQuery() {
        return route.httpMethod().equals("GET") || route.httpMethod().equals("HEAD");
    }
}
