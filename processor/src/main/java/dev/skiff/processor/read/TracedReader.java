package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.skiff.processor.model.SignatureModel;
import dev.skiff.processor.model.TracedClassModel;
import dev.skiff.processor.model.TracedMethodModel;
import dev.skiff.processor.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ElementKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads each class declaring {@code @Traced} methods into a {@link TracedClassModel}: every
 * round, each class once per compilation, classes in name order and methods in source order.
 */
final class TracedReader {
    private final Elements elements;
    private final Types types;
    private final Annotations annotations;
    private final Set<String> read = new HashSet<>();

    TracedReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.annotations = new Annotations(elements);
    }

    /** The classes of this round not read before; a class that fails to read is reported on and left out. */
    List<TracedClassModel> read(RoundEnvironment round, Diagnostics diagnostics) {
        TypeElement traced = elements.getTypeElement(Names.TRACED);
        if (traced == null) {
            return List.of();
        }
        List<TracedClassModel> models = new ArrayList<>();
        byClass(round.getElementsAnnotatedWith(traced)).forEach((type, methods) -> {
            try {
                models.add(read(type, methods));
            } catch (RuntimeException | Error failure) {
                diagnostics.internalError(type, failure);
            }
        });
        return models;
    }

    /** The annotated methods by class, in binary-name order, methods in source order. */
    private Map<TypeElement, List<ExecutableElement>> byClass(Set<? extends Element> annotated) {
        Map<String, Map.Entry<TypeElement, List<ExecutableElement>>> classes = new TreeMap<>();
        for (Element element : annotated) {
            if (element.getKind() != ElementKind.METHOD || !(element.getEnclosingElement() instanceof TypeElement type)) {
                continue;
            }
            String key = elements.getBinaryName(type).toString();
            if (read.contains(key)) {
                continue;
            }
            classes.computeIfAbsent(key, k -> Map.entry(type, new ArrayList<>())).getValue()
                    .add((ExecutableElement) element);
        }
        Map<TypeElement, List<ExecutableElement>> result = new LinkedHashMap<>();
        classes.forEach((key, entry) -> {
            read.add(key);
            List<ExecutableElement> methods = new ArrayList<>(entry.getValue());
            List<? extends Element> order = entry.getKey().getEnclosedElements();
            methods.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
            result.put(entry.getKey(), methods);
        });
        return result;
    }

    TracedClassModel read(TypeElement type, List<ExecutableElement> tracedMethods) {
        Set<Modifier> modifiers = type.getModifiers();
        List<TypeVariableName> typeVariables = type.getTypeParameters().stream().map(TypeVariableName::get).toList();
        ClassName name = className(type);
        TypeName superType = typeVariables.isEmpty() ? name
                : ParameterizedTypeName.get(name, typeVariables.toArray(new TypeName[0]));
        List<SignatureModel> constructors = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE))
                .map(this::signature)
                .toList();
        List<TracedMethodModel> methods = tracedMethods.stream().map(this::method).toList();
        return new TracedClassModel(name, kind(type), modifiers.contains(Modifier.PUBLIC), isPrivate(type),
                modifiers.contains(Modifier.FINAL), modifiers.contains(Modifier.ABSTRACT), isInner(type),
                typeVariables, superType, constructors, methods, type);
    }

    private TracedMethodModel method(ExecutableElement method) {
        AnnotationMirror annotation = Annotations.find(method, Names.TRACED).orElse(null);
        String value = annotation == null ? "" : annotations.string(annotation, "value");
        String name = method.getSimpleName().toString();
        Set<Modifier> modifiers = method.getModifiers();
        SignatureModel signature = signature(method);
        List<? extends TypeMirror> checked = checked(method.getThrownTypes());
        TypeMirror exception = elements.getTypeElement("java.lang.Exception").asType();
        return new TracedMethodModel(name, value.isEmpty() ? "## " + name : value,
                TypeName.get(method.getReturnType()), signature,
                modifiers.contains(Modifier.PRIVATE), modifiers.contains(Modifier.STATIC),
                modifiers.contains(Modifier.FINAL), modifiers.contains(Modifier.ABSTRACT),
                checked.size() > 1 && checked.stream().anyMatch(t -> t.getKind() == TypeKind.TYPEVAR),
                checked.stream().anyMatch(t -> !types.isAssignable(t, exception)),
                operationId(method), method, annotation);
    }

    private SignatureModel signature(ExecutableElement executable) {
        Set<Modifier> modifiers = executable.getModifiers();
        Modifier access = modifiers.contains(Modifier.PUBLIC) ? Modifier.PUBLIC
                : modifiers.contains(Modifier.PROTECTED) ? Modifier.PROTECTED : null;
        List<ParameterSpec> parameters = new ArrayList<>();
        for (VariableElement parameter : executable.getParameters()) {
            parameters.add(ParameterSpec.builder(TypeName.get(parameter.asType()),
                    parameter.getSimpleName().toString()).build());
        }
        return new SignatureModel(access,
                executable.getTypeParameters().stream().map(TypeVariableName::get).toList(),
                parameters, executable.isVarArgs(),
                executable.getThrownTypes().stream().map(TypeName::get).toList(),
                checked(executable.getThrownTypes()).stream().map(TypeName::get).toList());
    }

    /** The checked exceptions of a {@code throws} clause, leaving out those a broader one covers. */
    private List<? extends TypeMirror> checked(List<? extends TypeMirror> thrown) {
        TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
        List<TypeMirror> checked = new ArrayList<>();
        for (TypeMirror type : thrown) {
            if (!types.isAssignable(type, runtime) && !types.isAssignable(type, error)) {
                checked.add(type);
            }
        }
        List<TypeMirror> broadest = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            TypeMirror type = checked.get(i);
            boolean covered = false;
            for (int j = 0; j < checked.size() && !covered; j++) {
                TypeMirror other = checked.get(j);
                // the first of two identical types stays; a strict subtype of another goes
                covered = j != i && types.isAssignable(type, other)
                        && (!types.isSameType(type, other) || j < i);
            }
            if (!covered) {
                broadest.add(type);
            }
        }
        return broadest;
    }

    /** The operationId when the method is also an HTTP operation, else null. */
    private String operationId(ExecutableElement method) {
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (Names.HTTP_METHODS.containsKey(Annotations.nameOf(mirror))) {
                String operationId = annotations.string(mirror, "operationId");
                return operationId.isEmpty() ? method.getSimpleName().toString() : operationId;
            }
        }
        return null;
    }

    /** Local and anonymous classes have no canonical name; the checks reject them before any writing. */
    private ClassName className(TypeElement type) {
        if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            String simple = type.getSimpleName().length() == 0 ? "Anonymous" : type.getSimpleName().toString();
            return ClassName.get(elements.getPackageOf(type).getQualifiedName().toString(), simple);
        }
        return ClassName.get(type);
    }

    private static String kind(TypeElement type) {
        return switch (type.getKind()) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case RECORD -> "record";
            case ANNOTATION_TYPE -> "annotation type";
            default -> "class";
        };
    }

    private static boolean isPrivate(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInner(TypeElement type) {
        NestingKind nesting = type.getNestingKind();
        return nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS
                || nesting == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                && type.getKind() == javax.lang.model.element.ElementKind.CLASS
                && type.getEnclosingElement().getKind().isClass();
    }
}
