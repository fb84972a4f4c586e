package dev.skiff.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The JSON name of a record component or bean property, by Jackson databind's default rules, so
 * that the schema, the validators' {@code loc} and the body Jackson reads name a property alike:
 * a {@code @JsonProperty} value wins; else a record component's name, or a getter's name without
 * {@code get}/{@code is} and with its leading capitals lower-cased ({@code getURL} → {@code url},
 * {@code getFirstName} → {@code firstName}).
 */
final class JsonNames {
    private final Annotations annotations;

    JsonNames(Elements elements) {
        this.annotations = new Annotations(elements);
    }

    /** The first non-empty {@code @JsonProperty} value on {@code carriers} (nulls skipped), else {@code implicitName}. */
    String of(String implicitName, Element... carriers) {
        for (Element carrier : carriers) {
            if (carrier == null) {
                continue;
            }
            String value = Annotations.find(carrier, Names.JSON_PROPERTY)
                    .map(mirror -> annotations.string(mirror, "value")).orElse("");
            if (!value.isEmpty()) {
                return value;
            }
        }
        return implicitName;
    }

    /**
     * The property a getter stands for before any {@code @JsonProperty}, or null when {@code method}
     * is no getter: an instance method without parameters returning a value, named {@code getX}
     * ({@code getClass} aside) or, returning {@code boolean} or {@code Boolean}, {@code isX}.
     */
    static String getterProperty(ExecutableElement method) {
        TypeMirror result = method.getReturnType();
        if (!method.getParameters().isEmpty() || method.getModifiers().contains(Modifier.STATIC)
                || result.getKind() == TypeKind.VOID) {
            return null;
        }
        String name = method.getSimpleName().toString();
        if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
            return lowerLeadingCapitals(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && isBoolean(result)) {
            return lowerLeadingCapitals(name.substring(2));
        }
        return null;
    }

    private static boolean isBoolean(TypeMirror type) {
        return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
    }

    /** A setter's or getter's name without its prefix, as its property is named. */
    static String decapitalize(String name) {
        return lowerLeadingCapitals(name);
    }

    /** Jackson's default (not JavaBeans') decapitalisation: every capital up to the first lower-case letter. */
    private static String lowerLeadingCapitals(String name) {
        StringBuilder result = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length() && Character.toLowerCase(name.charAt(i)) != name.charAt(i)) {
            result.append(Character.toLowerCase(name.charAt(i)));
            i++;
        }
        return result.append(name, i, name.length()).toString();
    }
}
