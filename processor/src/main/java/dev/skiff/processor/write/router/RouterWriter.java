package dev.skiff.processor.write.router;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.FrameworkTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SkiffRouter}: one method per node of the template tree, each a switch on
 * the next segment's text, so a lookup costs one string switch per segment whatever the
 * number of routes. Static segments are tried before the variable; a route found anywhere
 * beats a path known only for other methods (405).
 *
 * <p>A node with many static children first switches on the segment's hash into bucket
 * methods of a few cases each: HotSpot never compiles a method over 8,000 bytes of bytecode,
 * and one switch over hundreds of strings would leave every lookup in the interpreter.
 */
public final class RouterWriter {
    private static final TypeName STRINGS = ArrayTypeName.of(String.class);
    /** Above this many static children a node dispatches through hash buckets. */
    static final int MAX_CASES_PER_METHOD = 32;
    private static final int CASES_PER_BUCKET = 16;

    public JavaFile write(ApiModel api) {
        RouteTrie trie = new RouteTrie();
        // a route's index is its position in api.routes(), the list SkiffRoutes passes in
        List<RouteModel> routes = api.routes();
        for (int i = 0; i < routes.size(); i++) {
            trie.add(i, routes.get(i).httpMethod(), routes.get(i).template());
        }
        Map<String, String> allowedFields = new HashMap<>();
        List<FieldSpec> fields = new ArrayList<>();
        List<MethodSpec> methods = new ArrayList<>();
        for (RouteTrie.Node node : trie.nodes()) {
            methods.add(nodeMethod(node, allowedFields, fields));
            if (node.statics.size() > MAX_CASES_PER_METHOD) {
                methods.addAll(bucketMethods(node));
            }
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(api.routerType())
                .addJavadoc("Routes by path segments: static segments before variables; no regex, no reflection.\n")
                .addAnnotation(FrameworkTypes.generated())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(FrameworkTypes.ROUTER)
                .addField(FieldSpec.builder(STRINGS, "NO_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T[0]", String.class).build())
                .addFields(fields)
                .addField(ArrayTypeName.of(FrameworkTypes.ROUTE), "routes", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), FrameworkTypes.ROUTE), "routes")
                        .addStatement("this.routes = routes.toArray(new $T[0])", FrameworkTypes.ROUTE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("lookup")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(FrameworkTypes.LOOKUP)
                        .addParameter(String.class, "method")
                        .addParameter(STRINGS, "s")
                        .addStatement("return node$L(method, s)", trie.root().id)
                        .build())
                .addMethods(methods)
                .addMethod(best());
        api.handlers().stream().filter(h -> h.element() != null).forEach(h -> type.addOriginatingElement(h.element()));
        return JavaFile.builder(api.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private MethodSpec nodeMethod(RouteTrie.Node node, Map<String, String> allowedFields, List<FieldSpec> fields) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.beginControlFlow("if (s.length == $L)", node.depth);
        if (node.methods.isEmpty()) {
            code.addStatement("return $T.INSTANCE", FrameworkTypes.NOT_FOUND);
        } else {
            code.beginControlFlow("switch (method)");
            node.methods.forEach((method, target) -> code.add("case $S:\n", method).indent()
                    .addStatement("return new $T(routes[$L], $L)", FrameworkTypes.FOUND, target.routeIndex(),
                            values(target)).unindent());
            code.add("default:\n").indent()
                    .addStatement("return new $T($L)", FrameworkTypes.METHOD_NOT_ALLOWED,
                            allowed(node.methods.keySet(), allowedFields, fields))
                    .unindent();
            code.endControlFlow();
        }
        code.endControlFlow();
        if (node.statics.isEmpty() && node.variable == null) {
            code.addStatement("return $T.INSTANCE", FrameworkTypes.NOT_FOUND);
        } else {
            code.addStatement("$T result = $T.INSTANCE", FrameworkTypes.LOOKUP, FrameworkTypes.NOT_FOUND);
            if (node.statics.size() > MAX_CASES_PER_METHOD) {
                code.beginControlFlow("switch (s[$L].hashCode() & $L)", node.depth, bucketCount(node) - 1);
                for (int bucket = 0; bucket < bucketCount(node); bucket++) {
                    code.add("case $L:\n", bucket).indent()
                            .addStatement("result = node$L_$L(method, s)", node.id, bucket)
                            .addStatement("break").unindent();
                }
                code.add("default:\n").indent().addStatement("break").unindent();
                code.endControlFlow();
            } else if (!node.statics.isEmpty()) {
                code.beginControlFlow("switch (s[$L])", node.depth);
                node.statics.forEach((text, child) -> code.add("case $S:\n", text).indent()
                        .addStatement("result = node$L(method, s)", child.id)
                        .addStatement("break").unindent());
                code.add("default:\n").indent().addStatement("break").unindent();
                code.endControlFlow();
            }
            if (node.variable != null) {
                code.beginControlFlow("if (!(result instanceof $T) && !s[$L].isEmpty())", FrameworkTypes.FOUND, node.depth)
                        .addStatement("result = best(result, node$L(method, s))", node.variable.id)
                        .endControlFlow();
            }
            code.addStatement("return result");
        }
        return MethodSpec.methodBuilder("node" + node.id)
                .addModifiers(Modifier.PRIVATE)
                .returns(FrameworkTypes.LOOKUP)
                .addParameter(String.class, "method")
                .addParameter(STRINGS, "s")
                .addCode(code.build())
                .build();
    }

    private static int bucketCount(RouteTrie.Node node) {
        int wanted = (node.statics.size() + CASES_PER_BUCKET - 1) / CASES_PER_BUCKET;
        return Integer.highestOneBit(wanted - 1) << 1;
    }

    /** {@code node<id>_<bucket>}: the static children whose segment hashes into the bucket. */
    private static List<MethodSpec> bucketMethods(RouteTrie.Node node) {
        int buckets = bucketCount(node);
        List<CodeBlock.Builder> bodies = new ArrayList<>();
        for (int bucket = 0; bucket < buckets; bucket++) {
            bodies.add(CodeBlock.builder().beginControlFlow("switch (s[$L])", node.depth));
        }
        node.statics.forEach((text, child) -> bodies.get(text.hashCode() & (buckets - 1))
                .add("case $S:\n", text).indent().addStatement("return node$L(method, s)", child.id).unindent());
        List<MethodSpec> methods = new ArrayList<>();
        for (int bucket = 0; bucket < buckets; bucket++) {
            CodeBlock body = bodies.get(bucket)
                    .add("default:\n").indent().addStatement("return $T.INSTANCE", FrameworkTypes.NOT_FOUND).unindent()
                    .endControlFlow().build();
            methods.add(MethodSpec.methodBuilder("node" + node.id + "_" + bucket)
                    .addModifiers(Modifier.PRIVATE)
                    .returns(FrameworkTypes.LOOKUP)
                    .addParameter(String.class, "method")
                    .addParameter(STRINGS, "s")
                    .addCode(body)
                    .build());
        }
        return methods;
    }

    private static CodeBlock values(RouteTrie.Target target) {
        if (target.variablePositions().isEmpty()) {
            return CodeBlock.of("NO_VALUES");
        }
        return CodeBlock.of("new String[] {$L}", target.variablePositions().stream()
                .map(i -> "s[" + i + "]").collect(Collectors.joining(", ")));
    }

    private static String allowed(Set<String> methods, Map<String, String> allowedFields, List<FieldSpec> fields) {
        String key = String.join(",", new TreeSet<>(methods));
        return allowedFields.computeIfAbsent(key, k -> {
            String name = "ALLOW_" + k.replace(',', '_');
            CodeBlock values = CodeBlock.join(new TreeSet<>(methods).stream().map(m -> CodeBlock.of("$S", m)).toList(),
                    ", ");
            fields.add(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), name,
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($L)", Set.class, values).build());
            return name;
        });
    }

    /** A found route beats a 405, a 405 beats a 404; two 405s allow the union of their methods. */
    private static MethodSpec best() {
        TypeName strings = ParameterizedTypeName.get(Set.class, String.class);
        return MethodSpec.methodBuilder("best")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(FrameworkTypes.LOOKUP)
                .addParameter(FrameworkTypes.LOOKUP, "first")
                .addParameter(FrameworkTypes.LOOKUP, "second")
                .beginControlFlow("if (second instanceof $T || first instanceof $T)", FrameworkTypes.FOUND, FrameworkTypes.NOT_FOUND)
                .addStatement("return second instanceof $T ? first : second", FrameworkTypes.NOT_FOUND)
                .endControlFlow()
                .beginControlFlow("if (first instanceof $T a && second instanceof $T b)", FrameworkTypes.METHOD_NOT_ALLOWED,
                        FrameworkTypes.METHOD_NOT_ALLOWED)
                .addStatement("$T union = new $T<>(a.allowed())", strings, TreeSet.class)
                .addStatement("union.addAll(b.allowed())")
                .addStatement("return new $T(union)", FrameworkTypes.METHOD_NOT_ALLOWED)
                .endControlFlow()
                .addStatement("return first")
                .build();
    }
}
