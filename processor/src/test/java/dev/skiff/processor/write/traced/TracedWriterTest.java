package dev.skiff.processor.write.traced;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.skiff.processor.model.SignatureModel;
import dev.skiff.processor.model.TracedClassModel;
import dev.skiff.processor.model.TracedMethodModel;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** The subclass writer on hand-built models, without javac. */
class TracedWriterTest {
    private static final ClassName STORE = ClassName.get("com.example", "Store");
    private static final ClassName IO = ClassName.get("java.io", "IOException");
    private static final ClassName SQL = ClassName.get("java.sql", "SQLException");

    private static SignatureModel signature(Modifier access, List<ParameterSpec> parameters, List<TypeName> thrown) {
        return new SignatureModel(access, List.of(), parameters, false, thrown, thrown);
    }

    private static TracedMethodModel method(String name, String subsegment, TypeName returns, SignatureModel signature) {
        return new TracedMethodModel(name, subsegment, returns, signature, false, false, false, false, false, false,
                null, null, null);
    }

    private static TracedClassModel store(List<TypeVariableName> variables, List<TracedMethodModel> methods) {
        TypeName superType = variables.isEmpty() ? STORE
                : ParameterizedTypeName.get(STORE, variables.toArray(new TypeName[0]));
        return new TracedClassModel(STORE, "class", false, false, false, false, false, variables, superType,
                List.of(signature(Modifier.PUBLIC, List.of(), List.of())), methods, null);
    }

    @Test
    void packagePrivateClass_getsAPackagePrivateFinalSubclass_withItsConstructor() {
        String source = new TracedWriter().write(store(List.of(), List.of())).toString();

        assertThat(source).contains("final class TracedStore extends Store {", "public TracedStore() {", "super();")
                .doesNotContain("public final class");
    }

    @Test
    void oneCheckedException_isTracingsOwn_severalAreRethrownByMultiCatch() {
        ParameterSpec id = ParameterSpec.builder(long.class, "id").build();
        String source = new TracedWriter().write(store(List.of(), List.of(
                method("load", "## load", TypeName.get(String.class), signature(Modifier.PUBLIC, List.of(id), List.of(IO))),
                method("save", "## persist", TypeName.VOID, signature(null, List.of(id), List.of(IO, SQL)))))).toString();

        assertThat(source).containsSubsequence(
                "public String load(long id) throws IOException {",
                "return Tracing.inSubsegment(\"## load\", () -> super.load(id));",
                "void save(long id) throws IOException, SQLException {",
                "try {",
                "Tracing.inSubsegment(\"## persist\", () -> super.save(id));",
                "} catch (IOException | SQLException | RuntimeException failure) {",
                "throw failure;");
    }

    @Test
    void catchVariables_neverShadowAParameter() {
        ParameterSpec failure = ParameterSpec.builder(String.class, "failure").build();
        String source = new TracedWriter().write(store(List.of(), List.of(method("log", "## log", TypeName.VOID,
                signature(Modifier.PUBLIC, List.of(failure), List.of(IO, SQL)))))).toString();

        assertThat(source).contains("super.log(failure)", "RuntimeException failure_) {", "throw failure_;",
                "catch (Exception undeclared) {");
    }

    @Test
    void genericClass_extendsItselfWithItsTypeVariables() {
        TypeVariableName key = TypeVariableName.get("K");
        String source = new TracedWriter().write(store(List.of(key), List.of(method("get", "## get", key,
                signature(Modifier.PUBLIC, List.of(ParameterSpec.builder(key, "k").build()), List.of()))))).toString();

        assertThat(source).contains("final class TracedStore<K> extends Store<K> {",
                "public K get(K k) {", "return Tracing.inSubsegment(\"## get\", () -> super.get(k));");
    }
}
