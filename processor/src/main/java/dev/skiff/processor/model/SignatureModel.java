package dev.skiff.processor.model;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What an override or a mirrored constructor repeats of the original: its access, type
 * variables, parameters (names kept, so the generated code reads like the source) and
 * {@code throws} clause.
 *
 * @param access         {@code PUBLIC}, {@code PROTECTED}, or null for package access
 * @param checkedThrown  the checked exceptions of {@code throws}, with subtypes of another left
 *                       out: what the generated code must let through unchanged
 */
public record SignatureModel(
        Modifier access,
        List<TypeVariableName> typeVariables,
        List<ParameterSpec> parameters,
        boolean varargs,
        List<TypeName> thrown,
        List<TypeName> checkedThrown) {
    public SignatureModel {
        typeVariables = List.copyOf(typeVariables);
        parameters = List.copyOf(parameters);
        thrown = List.copyOf(thrown);
        checkedThrown = List.copyOf(checkedThrown);
    }

    /** The parameter names, comma-separated, as a call passes them on. */
    public String arguments() {
        return String.join(", ", parameters.stream().map(ParameterSpec::name).toList());
    }
}
