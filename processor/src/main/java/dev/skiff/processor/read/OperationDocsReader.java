package dev.skiff.processor.read;

import dev.skiff.processor.model.DeclaredResponseModel;
import dev.skiff.processor.model.OperationDocsModel;
import dev.skiff.processor.model.ResponseHeaderModel;
import dev.skiff.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads what an operation adds to the OpenAPI document: {@code @ApiResponse}s of the method and
 * of its class (the method's win for a status they share), {@code @ResponseHeader}s of its
 * success, {@code @Unauthenticated} on either.
 */
final class OperationDocsReader {
    /** {@code 404 when the item is gone}: a status, then what it means. */
    private static final Pattern THROWN_STATUS = Pattern.compile("(\\d{3})\\b[\\s:,.-]*(.*)", Pattern.DOTALL);

    private final Annotations annotations;
    private final TypeReader types;
    private final DocComments docs;

    OperationDocsReader(Annotations annotations, TypeReader types, DocComments docs) {
        this.annotations = annotations;
        this.types = types;
        this.docs = docs;
    }

    OperationDocsModel read(ExecutableElement method) {
        Element type = method.getEnclosingElement();
        List<DeclaredResponseModel> responses = new ArrayList<>(responses(method, false));
        for (DeclaredResponseModel documented : documented(method)) {
            if (responses.stream().noneMatch(own -> own.status() == documented.status())) {
                responses.add(documented);
            }
        }
        for (DeclaredResponseModel inherited : responses(type, true)) {
            if (responses.stream().noneMatch(own -> own.status() == inherited.status() && !own.onClass())) {
                responses.add(inherited);
            }
        }
        // stable order: by status, then the method's before its class's (checks report duplicates in source order)
        responses.sort(Comparator.comparingInt(DeclaredResponseModel::status));
        List<ResponseHeaderModel> headers = repeated(method, Names.RESPONSE_HEADER, Names.RESPONSE_HEADERS).stream()
                .map(this::header).toList();
        boolean unauthenticated = Annotations.has(method, Names.UNAUTHENTICATED) || Annotations.has(type, Names.UNAUTHENTICATED);
        return new OperationDocsModel(responses, headers, unauthenticated);
    }

    private List<DeclaredResponseModel> responses(Element element, boolean onClass) {
        List<DeclaredResponseModel> responses = new ArrayList<>();
        for (AnnotationMirror mirror : repeated(element, Names.API_RESPONSE, Names.API_RESPONSES)) {
            List<ResponseHeaderModel> headers = new ArrayList<>();
            AnnotationValue headerValues = annotations.value(mirror, "headers");
            if (headerValues != null && headerValues.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    headers.add(header((AnnotationMirror) ((AnnotationValue) item).getValue()));
                }
            }
            responses.add(new DeclaredResponseModel(annotations.integer(mirror, "status"),
                    annotations.string(mirror, "description").strip(), typeOf(mirror),
                    annotations.string(mirror, "mediaType").strip(), headers, onClass, element, mirror));
        }
        return responses;
    }

    /**
     * The {@code @throws HttpException <status> <meaning>} tags of the method's Javadoc, as
     * responses of the {@code {"detail": ...}} body; a tag without a status says nothing.
     */
    private List<DeclaredResponseModel> documented(ExecutableElement method) {
        List<DeclaredResponseModel> responses = new ArrayList<>();
        for (String text : docs.thrown(method, "HttpException")) {
            Matcher matcher = THROWN_STATUS.matcher(text);
            if (matcher.matches()) {
                String meaning = matcher.group(2).strip();
                String description = meaning.isEmpty() ? ""
                        : Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1);
                responses.add(new DeclaredResponseModel(Integer.parseInt(matcher.group(1)), description, null,
                        "application/json", List.of(), false, method, null));
            }
        }
        return responses;
    }

    private ResponseHeaderModel header(AnnotationMirror mirror) {
        return new ResponseHeaderModel(annotations.string(mirror, "name").strip(),
                annotations.string(mirror, "description").strip(), typeOf(mirror), mirror);
    }

    /** The {@code type} member as a model; null for {@code void}/{@code Void} (the default). */
    private TypeModel typeOf(AnnotationMirror mirror) {
        AnnotationValue value = annotations.value(mirror, "type");
        if (value == null || !(value.getValue() instanceof TypeMirror type)) {
            return null;
        }
        if (type.getKind() == TypeKind.VOID || type.toString().equals("java.lang.Void")) {
            return null;
        }
        return types.read(type);
    }

    /** The annotations named {@code single} on {@code element}, written alone or gathered in their container. */
    private List<AnnotationMirror> repeated(Element element, String single, String container) {
        List<AnnotationMirror> found = new ArrayList<>();
        Annotations.find(element, single).ifPresent(found::add);
        Annotations.find(element, container).ifPresent(mirror -> {
            AnnotationValue value = annotations.value(mirror, "value");
            if (value != null && value.getValue() instanceof List<?> list) {
                list.forEach(item -> found.add((AnnotationMirror) ((AnnotationValue) item).getValue()));
            }
        });
        return found;
    }
}
