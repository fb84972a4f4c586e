package dev.skiff.processor.read;

import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.PathTemplate;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TagModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/** Reads one annotated handler method into a {@link RouteModel}. */
final class RouteReader {
    private final Annotations annotations;
    private final DocComments docs;
    private final ParamReader params;
    private final ResultReader results;
    private final OperationDocsReader operationDocs;

    RouteReader(Annotations annotations, DocComments docs, ParamReader params, ResultReader results,
            OperationDocsReader operationDocs) {
        this.annotations = annotations;
        this.docs = docs;
        this.params = params;
        this.results = results;
        this.operationDocs = operationDocs;
    }

    RouteModel read(ExecutableElement method, AnnotationMirror mapping, TagModel classTag, String invokerName) {
        String httpMethod = Names.HTTP_METHODS.get(Annotations.nameOf(mapping));
        String raw = annotations.string(mapping, "value");
        PathTemplate template = null;
        String templateError = null;
        try {
            template = PathTemplate.parse(raw);
        } catch (PathTemplate.MalformedException e) {
            templateError = e.getMessage();
        }
        String javaName = method.getSimpleName().toString();
        String operationId = annotations.string(mapping, "operationId");
        Set<String> tags = new LinkedHashSet<>();
        if (classTag != null) {
            tags.add(classTag.name());
        }
        tags.addAll(annotations.strings(mapping, "tags"));

        String description = docs.description(method);
        String summary = description.isEmpty() ? DocComments.humanize(javaName) : DocComments.firstSentence(description);
        Map<String, String> paramDocs = docs.params(method);
        List<String> variables = template == null ? List.of() : template.variables();
        List<ParamModel> parameters = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            parameters.add(params.read(parameter, variables,
                    paramDocs.getOrDefault(parameter.getSimpleName().toString(), "")));
        }
        ResultModel result = results.read(method.getReturnType(), annotations.integer(mapping, "status"),
                annotations.string(mapping, "produces").trim());
        // a JSON value declared @Nullable may be written as null (JsonValues writes null as `null`): the document says so
        if (result.kind() == ResultModel.Kind.JSON && result.payload() == ResultModel.Payload.JSON
                && !result.body().javaType().isPrimitive() && PropertyBindings.returnsNullable(method)) {
            result = result.withNullable(true);
        }
        List<String> thrown = method.getThrownTypes().stream().map(Object::toString).toList();
        return new RouteModel(httpMethod, raw, template, templateError,
                operationId.isEmpty() ? javaName : operationId, javaName, invokerName,
                method.getModifiers().contains(Modifier.PUBLIC), method.getModifiers().contains(Modifier.STATIC),
                List.copyOf(tags), summary, description.equals(summary) ? "" : description,
                Annotations.has(method, "java.lang.Deprecated"), parameters, result, thrown, method, mapping,
                operationDocs.read(method), Annotations.has(method, Names.NON_BLOCKING)
                        || Annotations.has(method.getEnclosingElement(),
                                Names.NON_BLOCKING));
    }
}
