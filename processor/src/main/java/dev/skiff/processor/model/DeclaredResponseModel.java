package dev.skiff.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A response declared with {@code @ApiResponse}: {@code type} is its body's type, or null for the
 * default (the {@code HTTPError} body from 400 on, no content below); {@code description} is
 * empty for the status's reason phrase; {@code element} is the method or class that declares it
 * ({@code onClass} for a class) and {@code mirror} the annotation, for diagnostics.
 */
public record DeclaredResponseModel(int status, String description, TypeModel type, String mediaType,
        List<ResponseHeaderModel> headers, boolean onClass, Element element, AnnotationMirror mirror) {
    public DeclaredResponseModel {
        headers = List.copyOf(headers);
    }

    /** Whether the body is the {@code {"detail": ...}} of an {@code HttpException}. */
    public boolean errorBody() {
        return type == null && status >= 400;
    }
}
