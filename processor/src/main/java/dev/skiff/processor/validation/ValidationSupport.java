package dev.skiff.processor.validation;

import com.palantir.javapoet.JavaFile;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.InvokerHooks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Constraint support for the Skiff processor, in its read-check-write order: {@link #read}
 * reads the constraints of every handler parameter and request body type (and what they
 * cascade into) and returns the API model with JSON Schema keywords added; {@link #check}
 * lists what cannot be supported; {@link #hooks} validates in the invokers; {@link #validators}
 * writes a validator per body type.
 *
 * <p>Request bodies are always validated, {@code @Valid} or not (FastAPI validates every body
 * model); nested records are validated where {@code @Valid} marks them, as in Jakarta Validation.
 */
public final class ValidationSupport {
    private final Elements elements;
    private final ValidatedTypeReader reader;
    private final Map<String, ValidatedTypeModel> validated = new LinkedHashMap<>();
    private final Map<VariableElement, ValueModel> params = new LinkedHashMap<>();
    private final ParameterAnnotationClasses parameterAnnotations = new ParameterAnnotationClasses();
    private final Map<String, String> applicationMessages;

    /**
     * Support whose messages are interpolated with the application's ValidationMessages as
     * {@code filer} and the processor {@code options} find them (see {@link ApplicationMessages}).
     */
    public ValidationSupport(Elements elements, Types types, Filer filer, Map<String, String> options, Messager messager) {
        this.elements = elements;
        this.reader = new ValidatedTypeReader(elements, types);
        this.applicationMessages = ApplicationMessages.read(filer, options, messager);
    }

    /** Reads every constraint of the API; the returned model carries their schema keywords. */
    public ApiModel read(ApiModel api) {
        List<HandlerModel> handlers = new ArrayList<>();
        for (HandlerModel handler : api.handlers()) {
            List<RouteModel> routes = new ArrayList<>();
            for (RouteModel route : handler.routes()) {
                List<ParamModel> withKeywords = new ArrayList<>();
                for (ParamModel param : route.params()) {
                    withKeywords.add(readParam(param));
                }
                routes.add(new RouteModel(route.httpMethod(), route.rawTemplate(), route.template(), route.templateError(),
                        route.operationId(), route.javaMethodName(), route.invokerName(), route.isPublic(), route.isStatic(),
                        route.tags(), route.summary(), route.description(), route.deprecated(), withKeywords, route.result(),
                        route.thrownTypes(), route.element(), route.annotation()));
            }
            handlers.add(new HandlerModel(handler.type(), handler.parameterName(), handler.tag(), handler.isPublic(),
                    handler.isAbstract(), handler.isInnerClass(), routes, handler.element()));
        }
        Map<String, SchemaModel> schemas = new LinkedHashMap<>();
        api.schemas().forEach((name, schema) -> schemas.put(name, withKeywords(name, schema)));
        return new ApiModel(api.info(), handlers, schemas);
    }

    /** Every constraint Skiff cannot check, in declaration order. */
    public List<ConstraintError> check() {
        List<ConstraintError> errors = new ArrayList<>();
        for (ValidatedTypeModel model : validated.values()) {
            errors.addAll(ConstraintChecks.check(model));
        }
        params.forEach((element, value) -> ConstraintChecks.checkValue(value, element.getSimpleName().toString(), errors));
        return errors;
    }

    /** Validation in the invokers: bodies through their validators, parameters inline. */
    public InvokerHooks hooks() {
        return new ValidationHooks(validated.keySet(), params, parameterAnnotations, applicationMessages);
    }

    /**
     * A validator for every body type with constraints, and for the types they cascade into; and
     * the annotation classes of custom constraints on parameters (call after writing the invokers).
     */
    public List<JavaFile> validators() {
        List<JavaFile> files = new ArrayList<>(validated.values().stream()
                .map(model -> ValidatorWriter.write(model, applicationMessages)).toList());
        files.addAll(parameterAnnotations.files());
        return files;
    }

    private ParamModel readParam(ParamModel param) {
        if (param.source() == ParamSource.BODY) {
            readBody(param.valueType());
            return param;
        }
        if (param.element() == null || param.source().location() == null) {
            return param;
        }
        VariableElement element = param.element();
        ValueModel value = reader.constraints().read(element.asType(), element.getAnnotationMirrors(), element);
        if (!value.declaresAnything()) {
            return param;
        }
        params.put(element, value);
        Map<String, Object> keywords = new LinkedHashMap<>(param.schemaKeywords());
        keywords.putAll(SchemaKeywords.of(value));
        return new ParamModel(param.name(), param.wireName(), param.source(), param.type(), param.required(),
                param.defaultValue(), param.pathIndex(), param.description(), keywords, param.element());
    }

    private void readBody(TypeModel type) {
        TypeModel item = type instanceof TypeModel.ArrayOf array ? array.item() : type;
        if (!(item instanceof TypeModel.ObjectRef object) || validated.containsKey(object.qualifiedName())) {
            return;
        }
        TypeElement element = elements.getTypeElement(object.qualifiedName());
        if (element == null) {
            return;
        }
        for (ValidatedTypeModel model : reader.readWithCascades(element)) {
            if (!model.properties().isEmpty() || !model.classConstraints().isEmpty()) {
                validated.putIfAbsent(model.type().canonicalName(), model);
            }
        }
    }

    private SchemaModel withKeywords(String qualifiedName, SchemaModel schema) {
        TypeElement element = elements.getTypeElement(qualifiedName);
        if (!(schema instanceof SchemaModel.ObjectSchema object) || element == null) {
            return schema;
        }
        Map<String, ValueModel> byJsonName = new HashMap<>();
        for (dev.skiff.processor.validation.PropertyModel property : reader.read(element).properties()) {
            byJsonName.putIfAbsent(property.jsonName(), property.value());
        }
        List<PropertyModel> properties = new ArrayList<>();
        for (PropertyModel property : object.properties()) {
            ValueModel value = byJsonName.get(property.jsonName());
            if (value == null) {
                properties.add(property);
                continue;
            }
            Map<String, Object> keywords = new LinkedHashMap<>(property.keywords());
            keywords.putAll(SchemaKeywords.of(value));
            properties.add(new PropertyModel(property.jsonName(), property.type(),
                    property.required() || SchemaKeywords.required(value), property.description(), keywords, property.element()));
        }
        return new SchemaModel.ObjectSchema(object.name(), object.binaryName(), object.description(), object.isRecord(),
                properties, object.superclasses());
    }
}
