package dev.skiff.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * A documented response header ({@code @ResponseHeader}): its name, description and value type.
 * {@code mirror} is the annotation, for diagnostics (null in hand-built models).
 */
public record ResponseHeaderModel(String name, String description, TypeModel type, AnnotationMirror mirror) {}
