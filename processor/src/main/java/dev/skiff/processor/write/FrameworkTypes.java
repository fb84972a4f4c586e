package dev.skiff.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.skiff.processor.model.ApiModel;

/**
 * Every framework and library type generated code names, by string: the processor never links
 * them. The one place to change when a framework-api class moves package; no other class of the
 * processor calls {@code ClassName.get("dev.skiff...")}.
 */
public final class FrameworkTypes {
    private FrameworkTypes() {}

    private static final String API = "dev.skiff.api";
    private static final String CORE = "dev.skiff.core";
    private static final String SUPPORT = "dev.skiff.support";
    private static final String VALIDATION = "dev.skiff.support.validation";
    private static final String JSON_SUPPORT = "dev.skiff.support.json";

    // the runtime contract: what SkiffRoutes builds and the invokers implement
    public static final ClassName APPLICATION = ClassName.get(CORE, "Application");
    public static final ClassName ROUTE = ClassName.get(CORE, "Route");
    public static final ClassName API_OPERATION = ClassName.get("dev.skiff.operations", "ApiOperation");
    public static final ClassName CALL = ClassName.get(CORE, "Call");
    public static final ClassName HTTP_RESPONSE = ClassName.get(CORE, "HttpResponse");

    // support the entry point and the invokers call
    public static final ClassName TREE_ROUTER = ClassName.get(SUPPORT, "TreeRouter");
    public static final ClassName OPERATIONS = ClassName.get(SUPPORT, "Operations");
    public static final ClassName PARAMS = ClassName.get(SUPPORT, "Params");
    public static final ClassName CONVERTERS = ClassName.get(SUPPORT, "Converters");
    public static final ClassName CONVERTER = ClassName.get(SUPPORT, "Converter");
    public static final ClassName BODIES = ClassName.get(SUPPORT, "Bodies");
    public static final ClassName FORMS = ClassName.get(SUPPORT, "Forms");
    public static final ClassName RAW_BODIES = ClassName.get(SUPPORT, "RawBodies");
    public static final ClassName PROBLEMS = ClassName.get(SUPPORT, "Problems");
    public static final ClassName RESULTS = ClassName.get(SUPPORT, "Results");
    public static final ClassName JSON = ClassName.get(CORE, "Json");
    public static final ClassName JSON_VALUES = ClassName.get(CORE, "JsonValues");

    // the JSON codecs, generated and composed
    public static final ClassName JSON_CODEC = ClassName.get(JSON_SUPPORT, "JsonCodec");
    public static final ClassName JSON_INPUT = ClassName.get(JSON_SUPPORT, "JsonInput");
    public static final ClassName CODECS = ClassName.get(JSON_SUPPORT, "Codecs");
    public static final ClassName CONTAINERS = ClassName.get(JSON_SUPPORT, "Containers");
    public static final ClassName TAGGED_UNION = ClassName.get(JSON_SUPPORT, "TaggedUnion");
    public static final ClassName DATABIND_CODEC = ClassName.get(JSON_SUPPORT, "DatabindCodec");
    public static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    public static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
    public static final ClassName FROZEN_MAP = ClassName.get(CORE, "FrozenMap");

    // support the validators call
    public static final ClassName SIZE_CHECKS = ClassName.get(VALIDATION, "SizeChecks");
    public static final ClassName BOUND_CHECKS = ClassName.get(VALIDATION, "BoundChecks");
    public static final ClassName SIGN_CHECKS = ClassName.get(VALIDATION, "SignChecks");
    public static final ClassName DIGITS_CHECKS = ClassName.get(VALIDATION, "DigitsChecks");
    public static final ClassName EMAIL_CHECKS = ClassName.get(VALIDATION, "EmailChecks");
    public static final ClassName TIME_CHECKS = ClassName.get(VALIDATION, "TimeChecks");
    public static final ClassName CUSTOM_CONTEXT = ClassName.get(VALIDATION, "CustomContext");
    public static final ClassName VALIDATORS = ClassName.get(VALIDATION, "Validators");
    public static final ClassName MESSAGES = ClassName.get(VALIDATION, "Messages");

    // what users import
    public static final ClassName TRACING = ClassName.get(API, "Tracing");

    /** {@code @Generated("dev.skiff.processor.SkiffProcessor")}, on every generated class. */
    public static AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", ApiModel.GENERATOR)
                .build();
    }
}
