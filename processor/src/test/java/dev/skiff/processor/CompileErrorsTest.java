package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every misuse is a compile error on the offending element, saying how to fix it. */
class CompileErrorsTest {

    @Test
    void pathVariableWithoutParameter_fails() {
        Compilation compilation = Fixtures.compile("variable_without_parameter");
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("@Get(\"/users/{id}\") declares {id} but listUsers has no parameter named id;"
                        + " add one or rename the variable")
                .inFile(file("variable_without_parameter", "UsersApi"))
                .onLineContaining("@Get(\"/users/{id}\")");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.VARIABLE_WITHOUT_PARAMETER,
                "Get", "/users/{id}", "id", "listUsers", "id"));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void malformedTemplate_fails() {
        Compilation compilation = Fixtures.compile("malformed_template");
        JavaFileObject file = file("malformed_template", "ItemsApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.MALFORMED_TEMPLATE, "Get", "/items/{id",
                "segment '{id' mixes text and a variable, or has an unclosed one; a variable must fill the whole segment"))
                .inFile(file).onLineContaining("@Get(\"/items/{id\")");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.MALFORMED_TEMPLATE, "Get", "items",
                "it must start with '/'")).inFile(file).onLineContaining("@Get(\"items\")");
        assertThat(compilation).hadErrorContaining("@Get(\"/items/x{id}\") is not a valid path template")
                .inFile(file).onLineContaining("@Get(\"/items/x{id}\")");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void twoHandlersForOneMethodAndPath_fail() {
        Compilation compilation = Fixtures.compile("duplicate_route");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DUPLICATE_ROUTE, "GET /items/{id}",
                "fixtures.AItemsApi.first"))
                .inFile(file("duplicate_route", "BItemsApi")).onLineContaining("@Get(\"/items/<id>\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void ambiguousTemplates_fail() {
        Compilation compilation = Fixtures.compile("ambiguous_template");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.AMBIGUOUS_TEMPLATE, "GET /a/{y}", "/a/{x}",
                "fixtures.ThingsApi.byX"))
                .inFile(file("ambiguous_template", "ThingsApi")).onLineContaining("@Get(\"/a/{y}\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void parameterOfUnbindableType_fails() {
        Compilation compilation = Fixtures.compile("unbindable_parameter");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.UNBINDABLE_PARAMETER, "data",
                "java.io.InputStream"))
                .inFile(file("unbindable_parameter", "StreamsApi")).onLineContaining("java.io.InputStream data");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void dependencyMisuse_fails() {
        Compilation compilation = Fixtures.compile("depends_misuse");
        JavaFileObject file = file("depends_misuse", "AccountsApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DEPENDENCY_TYPE, "roles",
                "java.util.List<java.lang.String>")).inFile(file).onLineContaining("@Depends List<String> roles");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DEPENDENCY_TYPE, "level", "int"))
                .inFile(file).onLineContaining("@Depends int level");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TWO_BINDINGS, "token",
                "@Header, @Depends")).inFile(file).onLineContaining("@Header @Depends String token");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DEFAULT_VALUE_NOT_ALLOWED, "user"))
                .inFile(file).onLineContaining("@DefaultValue(\"x\") CurrentUser user");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.UNBINDABLE_PARAMETER, "user",
                "fixtures.AccountsApi.CurrentUser")).inFile(file).onLineContaining("undeclared(CurrentUser user)");
        assertThat(compilation).hadErrorCount(5);
    }

    @Test
    void twoBodyParameters_fail() {
        Compilation compilation = Fixtures.compile("two_bodies");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TWO_BODIES, "create", "order", "customer"))
                .inFile(file("two_bodies", "OrdersApi")).onLineContaining("Customer customer");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void bodyOnGetOrDelete_fails() {
        Compilation compilation = Fixtures.compile("body_not_allowed");
        JavaFileObject file = file("body_not_allowed", "NotesApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BODY_NOT_ALLOWED, "Get", "search", "filter"))
                .inFile(file).onLineContaining("Note filter");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BODY_NOT_ALLOWED, "Delete", "deleteAll",
                "confirm")).inFile(file).onLineContaining("Note confirm");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void formMisuse_fails() {
        Compilation compilation = Fixtures.compile("form_misuse");
        JavaFileObject file = file("form_misuse", "UploadsApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.FORM_AND_BODY, "mixed", "title", "meta"))
                .inFile(file).onLineContaining("@Form String title, Meta meta");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BODY_NOT_ALLOWED, "Get", "fileOnGet",
                "attachment")).inFile(file).onLineContaining("FileUpload attachment");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.FORM_UNSUPPORTED_TYPE, "record",
                "fixtures.UploadsApi.Meta")).inFile(file).onLineContaining("@Form Meta record");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.FORM_UNSUPPORTED_TYPE, "fields",
                "java.util.Map<java.lang.String, java.lang.String>")).inFile(file).onLineContaining("Map<String, String> fields");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RAW_BODY_TYPE, "count",
                "java.lang.Integer")).inFile(file).onLineContaining("Integer count");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BODY_MEDIA_TYPE, "text", "text"))
                .inFile(file).onLineContaining("mediaType = \"text\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TWO_BODIES, "rawAndJson", "text",
                "meta")).inFile(file).onLineContaining("String text, Meta meta");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.FORM_AND_BODY, "rawAndForm", "title",
                "in")).inFile(file).onLineContaining("InputStream in");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DEFAULT_VALUE_NOT_ALLOWED, "file"))
                .inFile(file).onLineContaining("FileUpload file");
        assertThat(compilation).hadErrorCount(9);
    }

    @Test
    void nonPublicOrStaticHandlerMethod_fails() {
        Compilation compilation = Fixtures.compile("method_not_public");
        JavaFileObject file = file("method_not_public", "HiddenApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.METHOD_NOT_PUBLIC, "hidden"))
                .inFile(file).onLineContaining("String hidden()");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.METHOD_STATIC, "fixed"))
                .inFile(file).onLineContaining("String fixed()");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void nonPublicHandlerClass_fails() {
        Compilation compilation = Fixtures.compile("class_not_public");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CLASS_NOT_PUBLIC,
                "fixtures.PackagePrivateApi"))
                .inFile(file("class_not_public", "PackagePrivateApi")).onLineContaining("class PackagePrivateApi");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void abstractOrInnerHandlerClass_fails() {
        Compilation compilation = Fixtures.compile("class_abstract");
        JavaFileObject file = file("class_abstract", "AbstractApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CLASS_ABSTRACT, "fixtures.AbstractApi"))
                .inFile(file).onLineContaining("abstract class AbstractApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CLASS_INNER, "fixtures.AbstractApi.InnerApi"))
                .inFile(file).onLineContaining("class InnerApi");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void duplicateOperationId_fails() {
        Compilation compilation = Fixtures.compile("duplicate_operation_id");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DUPLICATE_OPERATION_ID, "listPets",
                "fixtures.PetsApi.listPets"))
                .inFile(file("duplicate_operation_id", "PetsApi")).onLineContaining("operationId = \"listPets\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void operationIdsGivingOneConstant_fail() {
        Compilation compilation = Fixtures.compile("operation_constant_clash");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.OPERATION_CONSTANT_CLASH, "list-pets",
                "listPets", "fixtures.PetsApi.listPets", "LIST_PETS"))
                .inFile(file("operation_constant_clash", "PetsApi")).onLineContaining("operationId = \"list-pets\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoApiInfo_fails() {
        Compilation compilation = Fixtures.compile("two_api_info");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TWO_API_INFO, "fixtures.FirstApp"))
                .inFile(file("two_api_info", "SecondApp")).onLineContaining("class SecondApp");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void parameterAndResultMisuse_fails() {
        Compilation compilation = Fixtures.compile("parameter_misuse");
        JavaFileObject file = file("parameter_misuse", "SearchApi");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.OPTIONAL_PATH_PARAMETER, "id"))
                .inFile(file).onLineContaining("Optional<Long> id");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_DEFAULT_VALUE, "ten", "limit",
                "expected an integer in the range of Integer")).inFile(file).onLineContaining("int limit");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.NOT_A_SCALAR, "filter",
                "fixtures.SearchApi.Filter", "query")).inFile(file).onLineContaining("@Query Filter filter");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TWO_BINDINGS, "both", "@Query, @Header"))
                .inFile(file).onLineContaining("String both");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.UNSUPPORTED_RESULT, "unsupportedResult",
                "java.lang.Thread")).inFile(file).onLineContaining("Thread unsupportedResult()");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TWO_HTTP_METHODS, "twice", "@Get, @Post"))
                .inFile(file).onLineContaining("String twice()");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_STATUS, 99, "Post"))
                .inFile(file).onLineContaining("status = 99");
        assertThat(compilation).hadErrorCount(7);
    }

    @Test
    void unresolvedTypeIsLeftToJavacWithoutASecondMessage() {
        Compilation compilation = Fixtures.compile("unresolved_type");
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(file("unresolved_type", "TyposApi")).onLineContaining("Wigdet widget");
        org.assertj.core.api.Assertions.assertThat(compilation.errors())
                .noneMatch(e -> e.getMessage(null).contains("cannot be bound") || e.getMessage(null).contains("Skiff"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void propertyOfATypeSkiffCannotDescribe_failsOnThatProperty() {
        Compilation compilation = Fixtures.compile("undescribable_property");
        JavaFileObject file = file("undescribable_property", "ShelfApi");
        String[][] cases = {
                {"grid", "int[][]", "int[][] grid,"},
                {"things", "java.lang.Object[]", "Object[] things,"},
                {"raw", "java.util.List", "List raw,"},
                {"byItem", "java.util.Map<fixtures.undescribable.ShelfApi.Item, java.lang.String>", "Map<Item, String> byItem,"},
                {"task", "java.lang.Runnable", "Runnable task,"},
                {"noDefault", "fixtures.undescribable.ShelfApi.NoDefault", "NoDefault noDefault,"},
                {"wildcard", "java.util.List<? extends fixtures.undescribable.ShelfApi.Item>", "List<? extends Item> wildcard,"},
                {"getContents()", "java.lang.Object[]", "public Object[] getContents()"}};
        for (String[] c : cases) {
            assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.UNDESCRIBABLE_PROPERTY, c[0], c[1]))
                    .inFile(file).onLineContaining(c[2]);
        }
        // a generic type's unbound type variable: the handler says which instantiation it returns
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.UNSUPPORTED_RESULT, "page",
                "fixtures.undescribable.ShelfApi.Page<T>")).inFile(file).onLineContaining("public <T> Page<T> page()");
        assertThat(compilation).hadErrorCount(cases.length + 1);
    }

    private static JavaFileObject file(String fixture, String className) {
        return Fixtures.source(fixture, className + ".java");
    }
}
