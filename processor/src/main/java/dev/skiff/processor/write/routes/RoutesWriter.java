package dev.skiff.processor.write.routes;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.write.FrameworkTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SkiffRoutes}, the entry point: {@code create(...)} takes one instance per
 * handler class (by qualified name) and returns the {@code Application} every runtime takes.
 * Routes are added in {@link ApiModel#routes()} order; the router is framework-api's
 * {@code TreeRouter} over them (the processor has checked their templates), and each route's
 * invoker is its handler's invokers class addressed by the route's position among the
 * handler's routes.
 */
public final class RoutesWriter {

    public JavaFile write(ApiModel api) {
        ClassName self = api.routesType();
        TypeName routeList = ParameterizedTypeName.get(ClassName.get(List.class), FrameworkTypes.ROUTE);
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addJavadoc("The application bound to these handler instances: routes, router and OpenAPI document.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(FrameworkTypes.APPLICATION);
        for (SchemaModel schema : api.codecSchemas()) {
            if (!schema.valueType().equals(schema.javaType())) {
                continue; // a class at run time does not tell Page<Item> from Page<Order>
            }
            // so that a value whose type is known only at run time (a problem's input) is written by its codec
            create.addStatement("$T.register($T.class, $T.INSTANCE)", FrameworkTypes.JSON_VALUES, schema.javaType(),
                    schema.codecName());
        }
        create.addStatement("$T routes = new $T<>($L)", routeList, ArrayList.class, api.routes().size());
        List<MethodSpec> adders = new ArrayList<>();
        for (HandlerModel handler : api.handlers()) {
            create.addParameter(handler.type(), handler.parameterName());
            String adder = "add" + Character.toUpperCase(handler.parameterName().charAt(0))
                    + handler.parameterName().substring(1);
            create.addStatement("$L(new $T($L), routes)", adder, handler.invokersType(), handler.parameterName());
            adders.add(adder(adder, handler, routeList));
        }
        create.addStatement("$T all = $T.copyOf(routes)", routeList, List.class)
                .addStatement("return new $T($S, $S, new $T(all), all, () -> $T.class.getResourceAsStream($S))",
                        FrameworkTypes.APPLICATION, api.info().title(), api.info().version(), FrameworkTypes.TREE_ROUTER,
                        self, "openapi.json");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("Skiff's generated entry point for this API: pass your handler instances to "
                        + "{@link #create}.\n")
                .addAnnotation(FrameworkTypes.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(create.build())
                .addMethods(adders);
        api.handlers().stream().filter(h -> h.element() != null).forEach(h -> type.addOriginatingElement(h.element()));
        if (api.info().element() != null) {
            type.addOriginatingElement(api.info().element());
        }
        return JavaFile.builder(api.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    /** One method per handler keeps {@code create} small however many routes there are. */
    private static MethodSpec adder(String name, HandlerModel handler, TypeName routeList) {
        MethodSpec.Builder adder = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(handler.invokersType(), "invokers")
                .addParameter(routeList, "routes");
        for (int operation = 0; operation < handler.routes().size(); operation++) {
            RouteModel route = handler.routes().get(operation);
            // a never-blocking operation may be answered on an IO thread (runtime-local does)
            String marked = route.runsOnIoThread() ? ".asNonBlocking()" : "";
            if (route.dependencies().isEmpty()) {
                adder.addStatement("routes.add(new $T($S, $S, $S, invokers.operation($L))$L)", FrameworkTypes.ROUTE,
                        route.httpMethod(), route.template().openApiPath(), route.operationId(), operation, marked);
            } else {
                CodeBlock types = route.dependencies().stream().map(type -> CodeBlock.of("$T.class", type))
                        .collect(CodeBlock.joining(", "));
                adder.addStatement("routes.add(new $T($S, $S, $S, invokers.operation($L), $T.of($L))$L)",
                        FrameworkTypes.ROUTE, route.httpMethod(), route.template().openApiPath(), route.operationId(),
                        operation, List.class, types, marked);
            }
        }
        return adder.build();
    }
}
