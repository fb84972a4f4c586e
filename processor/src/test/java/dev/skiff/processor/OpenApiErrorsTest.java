package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Misused declared responses, response headers, examples, authentication and servers are compile errors. */
class OpenApiErrorsTest {

    @Test
    void misusedResponsesHeadersAndExamples_fail() {
        Compilation compilation = Fixtures.compile("responses17_misuse");
        JavaFileObject file = Fixtures.source("responses17_misuse", "MisuseApi.java");
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_STATUS_RANGE, 700,
                "fixtures.responses17_misuse.MisuseApi")).inFile(file).onLineContaining("@ApiResponse(status = 700");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_STATUS_RANGE, 99,
                "outOfRange")).inFile(file).onLineContaining("@ApiResponse(status = 99)");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_IS_SUCCESS, 201,
                "successAgain", 201)).inFile(file).onLineContaining("@ApiResponse(status = 201");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_DECLARED_TWICE, 404,
                "twice")).inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_TYPE, 409,
                "java.lang.Runnable.class", "badType", "java.lang.Runnable")).inFile(file)
                .onLineContaining("type = Runnable.class");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_MEDIA_TYPE, 409, "json",
                "badMediaType")).inFile(file).onLineContaining("mediaType = \"json\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_HEADER_NAME, "Bad Name",
                "badHeaders")).inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_HEADER_TYPE, "X-Thing",
                "fixtures.responses17_misuse.MisuseApi.Thing.class", "badHeaders")).inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.RESPONSE_HEADER_TWICE, "location",
                "headerTwice")).inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_EXAMPLE, "soon", "delay", "int",
                "expected an integer in the range of Integer")).inFile(file).onLineContaining("@Example(\"soon\") int delay");
        assertThat(compilation).hadErrorContaining("@Example(\"[\"a\"\") on parameter names does not fit its type "
                + "java.util.Optional<java.util.List<java.lang.String>>: it is not JSON")
                .inFile(file).onLineContaining("Optional<List<String>> names");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.EXAMPLE_NOT_ALLOWED, "context"))
                .inFile(file).onLineContaining("RequestContext context");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_PROPERTY_EXAMPLE, "many", "count",
                "int", "expected an integer in the range of Integer")).inFile(file).onLineContaining("public record Thing");
        assertThat(compilation).hadErrorContaining("@Example(\"[1, 2\") on sizes does not fit its type "
                + "java.util.List<java.lang.Integer>: it is not JSON").inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_PROPERTY_EXAMPLE, "[]", "other",
                "fixtures.responses17_misuse.MisuseApi.Other", "expected a JSON object such as {}")).inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.OPEN_ID_CONNECT_URL_UNUSED, "IAM"))
                .inFile(file).onLineContaining("openIdConnectUrl = ");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_PROPERTY_EXAMPLE, "[\"a\", 2]",
                "labels", "java.util.List<java.lang.String>", "$[1]: expected a string")).inFile(file)
                .onLineContaining("public record Other");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_EXAMPLE, "{\"name\": \"x\"}",
                "thing", "fixtures.responses17_misuse.MisuseApi.Thing", "$.count: the property is required"))
                .inFile(file).onLineContaining("Thing thing");
        assertThat(compilation).hadErrorCount(18);
    }

    @Test
    void cognitoWithoutUrlAndBadServers_fail() {
        Compilation compilation = Fixtures.compile("security17_misuse");
        JavaFileObject file = Fixtures.source("security17_misuse", "BadApi.java");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.OPEN_ID_CONNECT_URL, ""))
                .inFile(file).onLineContaining("auth = ApiInfo.Auth.COGNITO");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_SERVER_URL,
                "https://api.example.com/", "ends with a slash, which paths already start with")).inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_SERVER_URL, "", "is empty"))
                .inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_SERVER_URL, "api.example.com",
                "is neither an absolute URL with a host nor a path starting with /")).inFile(file);
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_LICENSE, "Apache 2"))
                .inFile(file).onLineContaining("license = \"Apache 2\"");
        assertThat(compilation).hadErrorCount(5);
    }
}
