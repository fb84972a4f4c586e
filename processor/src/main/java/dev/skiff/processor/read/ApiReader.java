package dev.skiff.processor.read;

import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.ApiInfoModel;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ServerModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads one compilation into an {@link ApiModel}: {@code @ApiInfo}, the handler classes (by
 * qualified name) and the schemas of everything they read or write.
 */
public final class ApiReader {
    private final Elements elements;
    private final Annotations annotations;
    private final DocComments docs;
    private final SchemaReader schemas;
    private final HandlerReader handlers;
    private final Diagnostics diagnostics;

    public ApiReader(ProcessingEnvironment env, Diagnostics diagnostics) {
        this.elements = env.getElementUtils();
        this.diagnostics = diagnostics;
        this.annotations = new Annotations(elements);
        this.docs = new DocComments(elements);
        this.schemas = new SchemaReader(elements, env.getTypeUtils(), docs);
        TypeReader types = new TypeReader(env.getTypeUtils(), schemas);
        schemas.use(types);
        ParamReader params = new ParamReader(annotations, types, diagnostics);
        RouteReader routes = new RouteReader(annotations, docs, params, new ResultReader(types),
                new OperationDocsReader(annotations, types, docs));
        this.handlers = new HandlerReader(annotations, docs, routes, diagnostics);
    }

    /** The model, or null when the round declares no API at all. */
    public ApiModel read(RoundEnvironment round) {
        List<TypeElement> handlerTypes = handlerTypes(round);
        List<TypeElement> infos = annotated(round, Names.API_INFO).stream()
                .filter(e -> e instanceof TypeElement).map(e -> (TypeElement) e)
                .sorted(Comparator.comparing(t -> t.getQualifiedName().toString())).toList();
        if (handlerTypes.isEmpty() && infos.isEmpty()) {
            return null;
        }
        for (int i = 1; i < infos.size(); i++) {
            diagnostics.error(infos.get(i), DiagnosticMessages.TWO_API_INFO, infos.get(0).getQualifiedName());
        }
        List<HandlerModel> models = new ArrayList<>();
        Set<String> parameterNames = new HashSet<>();
        for (TypeElement type : handlerTypes) {
            String name = decapitalize(type.getSimpleName().toString());
            String unique = name;
            for (int n = 2; !parameterNames.add(unique); n++) {
                unique = name + n;
            }
            try {
                models.add(handlers.read(type, unique));
            } catch (RuntimeException | Error failure) {
                diagnostics.internalError(type, failure);
            }
        }
        ApiInfoModel info = info(infos.isEmpty() ? null : infos.get(0), handlerTypes, round);
        return new ApiModel(info, models, new TreeMap<>(schemas.schemas()));
    }

    private ApiInfoModel info(TypeElement annotated, List<TypeElement> handlerTypes, RoundEnvironment round) {
        if (annotated == null) {
            return new ApiInfoModel(ApiInfoModel.DEFAULT_TITLE, ApiInfoModel.DEFAULT_VERSION, "",
                    packageOf(handlerTypes.get(0)), null);
        }
        var mirror = Annotations.find(annotated, Names.API_INFO).orElseThrow();
        String description = annotations.string(mirror, "description");
        List<ServerModel> servers = new ArrayList<>();
        AnnotationValue declared = annotations.value(mirror, "servers");
        if (declared != null && declared.getValue() instanceof List<?> list) {
            for (Object item : list) {
                AnnotationMirror server = (AnnotationMirror) ((AnnotationValue) item).getValue();
                servers.add(new ServerModel(annotations.string(server, "url").strip(),
                        annotations.string(server, "description").strip()));
            }
        }
        ApiInfoModel info = new ApiInfoModel(annotations.string(mirror, "title"), annotations.string(mirror, "version"),
                description.isEmpty() ? docs.description(annotated) : description, packageOf(annotated), annotated,
                ApiInfoModel.Auth.valueOf(annotations.string(mirror, "auth")),
                annotations.string(mirror, "openIdConnectUrl").strip(), servers, mirror,
                annotations.string(mirror, "license").strip());
        AnnotationValue javaClient = Diagnostics.explicitValue(mirror, "javaClient");
        return Boolean.TRUE.equals(javaClient == null ? null : javaClient.getValue())
                && javaClientWritable(info, annotated, mirror, javaClient, round) ? info.withJavaClient(true) : info;
    }

    /**
     * Whether the client can be written: its runtime is on the classpath, and no source compiled
     * with the API declares its name. A class file of that name is not a clash: it is most often
     * the client of an earlier build, left in the output directory the classpath holds.
     */
    private boolean javaClientWritable(ApiInfoModel info, TypeElement annotated, AnnotationMirror mirror,
            AnnotationValue javaClient, RoundEnvironment round) {
        if (elements.getTypeElement(Names.CLIENT_TRANSPORT) == null) {
            diagnostics.error(annotated, mirror, javaClient, DiagnosticMessages.JAVA_CLIENT_WITHOUT_RUNTIME);
            return false;
        }
        String name = info.packageName().isEmpty() ? info.javaClientName()
                : info.packageName() + "." + info.javaClientName();
        boolean declared = round.getRootElements().stream().anyMatch(root -> root instanceof TypeElement type
                && type.getQualifiedName().contentEquals(name) && !Annotations.has(type, Names.GENERATED));
        if (declared) {
            diagnostics.error(annotated, mirror, javaClient, DiagnosticMessages.JAVA_CLIENT_NAME_TAKEN, name);
            return false;
        }
        return true;
    }

    private List<TypeElement> handlerTypes(RoundEnvironment round) {
        TreeMap<String, TypeElement> types = new TreeMap<>();
        for (String annotation : Names.HTTP_METHODS.keySet()) {
            for (Element method : annotated(round, annotation)) {
                if (method.getKind() == ElementKind.METHOD && method.getEnclosingElement() instanceof TypeElement type) {
                    types.put(type.getQualifiedName().toString(), type);
                }
            }
        }
        return List.copyOf(types.values());
    }

    private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = elements.getTypeElement(annotation);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }

    private String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
    }

    /** {@code ItemsApi} becomes {@code itemsApi}; a keyword ({@code Default}) gets a suffix. */
    private static String decapitalize(String name) {
        String parameter = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return javax.lang.model.SourceVersion.isKeyword(parameter) ? parameter + "Handler" : parameter;
    }
}
