package dev.skiff.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The framework and Jackson types generated code uses, named by string: the processor never links them. */
final class CoreTypes {
    private CoreTypes() {}

    private static final String CORE = "dev.skiff.core";
    private static final String SUPPORT = "dev.skiff.support";
    private static final String DATABIND = "com.fasterxml.jackson.databind";

    static final ClassName APPLICATION = ClassName.get(CORE, "Application");
    static final ClassName ROUTER = ClassName.get(CORE, "Router");
    static final ClassName ROUTE = ClassName.get(CORE, "Route");
    static final ClassName LOOKUP = ClassName.get(CORE, "Lookup");
    static final ClassName FOUND = LOOKUP.nestedClass("Found");
    static final ClassName METHOD_NOT_ALLOWED = LOOKUP.nestedClass("MethodNotAllowed");
    static final ClassName NOT_FOUND = LOOKUP.nestedClass("NotFound");
    static final ClassName CALL = ClassName.get(CORE, "Call");
    static final ClassName HTTP_RESPONSE = ClassName.get(CORE, "HttpResponse");
    static final ClassName PARAMS = ClassName.get(SUPPORT, "Params");
    static final ClassName CONVERTERS = ClassName.get(SUPPORT, "Converters");
    static final ClassName CONVERTER = ClassName.get(SUPPORT, "Converter");
    static final ClassName BODIES = ClassName.get(SUPPORT, "Bodies");
    static final ClassName PROBLEMS = ClassName.get(SUPPORT, "Problems");
    static final ClassName RESULTS = ClassName.get(SUPPORT, "Results");
    static final ClassName JSON = ClassName.get(CORE, "Json");
    static final ClassName REQUEST_CONTEXT = ClassName.get("dev.skiff.api", "RequestContext");
    static final ClassName OBJECT_READER = ClassName.get(DATABIND, "ObjectReader");
    static final ClassName OBJECT_WRITER = ClassName.get(DATABIND, "ObjectWriter");

    /** {@code @Generated("dev.skiff.processor.SkiffProcessor")}. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", "dev.skiff.processor.SkiffProcessor")
                .build();
    }
}
