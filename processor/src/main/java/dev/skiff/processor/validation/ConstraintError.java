package dev.skiff.processor.validation;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** A compile error found by {@link ConstraintChecks}: where, on which annotation (or null), and what to do. */
public record ConstraintError(Element element, AnnotationMirror annotation, String message) {}
