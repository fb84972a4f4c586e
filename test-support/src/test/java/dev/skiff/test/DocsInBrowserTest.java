package dev.skiff.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.local.DocsPages;
import dev.skiff.local.LocalServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Swagger UI and Redoc, as served by LocalServer, in a real headless Chromium. */
class DocsInBrowserTest {
    @RegisterExtension
    static LocalServerExtension server = LocalServerExtension.of(NotesApplication::create);

    @Test
    void docsAndRedoc_showEveryOperationWithNothingFetchedFromOutside() throws Exception {
        Path screenshots = Path.of("target", "screenshots");

        DocsInBrowser.check(server.baseUri(), screenshots);

        assertThat(screenshots.resolve("swagger-ui.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("redoc.png")).isNotEmptyFile();
    }

    @Test
    void movedPages_areCheckedWhereTheyAre() throws Exception {
        DocsPages docs = DocsPages.defaults().swaggerUi("/api-docs").redoc("/reference");
        try (LocalServer moved = LocalServer.builder(NotesApplication.create()).port(0).docs(docs).build().start()) {
            Path screenshots = Files.createTempDirectory("moved-docs");

            DocsInBrowser.check(moved.uri(), "/api-docs", "/reference", "/openapi.json", screenshots);

            assertThat(screenshots.resolve("redoc.png")).isNotEmptyFile();
        }
    }

    @Test
    void documentWithoutOperations_isReportedRatherThanPassingEmpty() throws Exception {
        Path empty = Files.createTempFile("empty-openapi", ".json");
        Files.writeString(empty, "{\"openapi\":\"3.1.0\",\"paths\":{}}");

        assertThatThrownBy(() -> DocsInBrowser.operationsOf(empty.toUri())).hasMessageContaining("declares no operation");
    }

    @Test
    void operations_areReadFromTheServedDocument() throws Exception {
        assertThat(DocsInBrowser.operationsOf(server.uri("/openapi.json")))
                .extracting(DocsInBrowser.Operation::operationId)
                .containsExactlyInAnyOrder("getNote", "searchNotes", "createNote", "streamNotes");
    }
}
