package dev.skiff.processor.read;

import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.AttributeValues;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/** Turns an annotation value into the plain values of {@link AttributeValues}. */
final class AnnotationValueReader {
    /** A value that cannot be reproduced in generated code (a nested annotation). */
    static final Object UNSUPPORTED = new Object();

    private AnnotationValueReader() {}

    static Object read(AnnotationValue value) {
        return value.accept(new SimpleAnnotationValueVisitor14<Object, Void>() {
            @Override
            protected Object defaultAction(Object o, Void unused) {
                return o;
            }

            @Override
            public Object visitType(TypeMirror t, Void unused) {
                return new AttributeValues.ClassLiteral(TypeName.get(t));
            }

            @Override
            public Object visitEnumConstant(VariableElement c, Void unused) {
                return new AttributeValues.EnumConstant(TypeName.get(c.asType()), c.getSimpleName().toString());
            }

            @Override
            public Object visitAnnotation(AnnotationMirror a, Void unused) {
                return UNSUPPORTED;
            }

            @Override
            public Object visitArray(List<? extends AnnotationValue> values, Void unused) {
                List<Object> result = new ArrayList<>();
                for (AnnotationValue item : values) {
                    Object itemValue = read(item);
                    if (itemValue == UNSUPPORTED) {
                        return UNSUPPORTED;
                    }
                    result.add(itemValue);
                }
                return List.copyOf(result);
            }
        }, null);
    }
}
