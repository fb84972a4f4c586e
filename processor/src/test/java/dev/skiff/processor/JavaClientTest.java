package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import dev.skiff.processor.model.ApiInfoModel;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @ApiInfo(javaClient = true)}: the client's source for an API using every kind of
 * argument and result (golden file; it compiles without warnings against {@code skiff-client}),
 * its name from the title, no client without the attribute, and the attribute's misuses.
 */
class JavaClientTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/java_client");

    @Test
    void theClientOfAnApiThatAsksForOne_matchesItsGoldenFile() throws IOException {
        String client = CompiledApi.compile("java_client")
                .generated(StandardLocation.SOURCE_OUTPUT, "fixtures/client/PetShopAPIClient.java");
        Goldens.assertMatches(GOLDEN.resolve("PetShopAPIClient.java.txt"), client);
    }

    @Test
    void withoutTheAttribute_noClientIsWritten() {
        Compilation compilation = Fixtures.compile("golden");
        assertThat(compilation).succeeded();
        assertThat(compilation.generatedSourceFiles())
                .noneMatch(file -> file.getName().endsWith("Client.java"));
    }

    @Test
    void bothClientsNameTheClassAndTheMethodsByOneRule() {
        CompiledApi api = CompiledApi.compile("java_client");
        String java = api.generated(StandardLocation.SOURCE_OUTPUT, "fixtures/client/PetShopAPIClient.java");
        String typescript = api.generated(StandardLocation.CLASS_OUTPUT, "fixtures/client/client.ts");
        assertThat(java).contains("public final class PetShopAPIClient {");
        assertThat(typescript).contains("export class PetShopAPI {");
        List<String> methods = java.lines().map(String::strip)
                .filter(line -> line.startsWith("public ") && !line.startsWith("public static") && line.contains("("))
                .map(line -> line.substring(0, line.indexOf('(')))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .toList();
        assertThat(methods).contains("downloadPhotos", "opConstructor", "putNote").hasSize(12);
        for (String method : methods) {
            assertThat(typescript).containsPattern("public async \\*?" + method + "\\(");
        }
    }

    @Test
    void namesAreTheTextsWordsInAnyScript_withApiOrOpBeforeWhatIsNoName() {
        assertThat(dev.skiff.processor.model.ClientNames.typeName("café — crème v2")).isEqualTo("CaféCrèmeV2");
        assertThat(dev.skiff.processor.model.ClientNames.memberName("Pet store")).isEqualTo("petStore");
        assertThat(dev.skiff.processor.model.ClientNames.methodName("list_items")).isEqualTo("list_items");
        assertThat(dev.skiff.processor.model.ClientNames.methodName("list-items")).isEqualTo("listItems");
        assertThat(dev.skiff.processor.model.ClientNames.methodName("2fa")).isEqualTo("op2fa");
        assertThat(dev.skiff.processor.model.ClientNames.methodName("class")).isEqualTo("opClass");
        assertThat(dev.skiff.processor.model.ClientNames.methodName("constructor")).isEqualTo("opConstructor");
        assertThat(dev.skiff.processor.model.ClientNames.methodName("prix€")).isEqualTo("prix");
    }

    @Test
    void theClientIsNamedByTheTitlesWords_elseApiClient() {
        assertThat(info("Items").javaClientName()).isEqualTo("ItemsClient");
        assertThat(info("pet store — v2").javaClientName()).isEqualTo("PetStoreV2Client");
        assertThat(info("API").javaClientName()).isEqualTo("APIClient");
        assertThat(info("Élément").javaClientName()).isEqualTo("ÉlémentClient");
        assertThat(info("42").javaClientName()).isEqualTo("Api42Client");
        assertThat(info("!!!").javaClientName()).isEqualTo("ApiClient");
    }

    @Test
    void aClassOfTheClientsName_isACompileErrorOnTheAttribute() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("java_client_misuse/taken"));
        assertThat(compilation).hadErrorContaining(
                String.format(DiagnosticMessages.JAVA_CLIENT_NAME_TAKEN, "fixtures.client.taken.ShopClient"))
                .inFile(Fixtures.source("java_client_misuse/taken", "ShopApi.java"))
                .onLineContaining("javaClient = true");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void withoutSkiffClientOnTheClasspath_theAttributeIsACompileError() {
        List<File> withoutClient = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("skiff-client") && !entry.replace('\\', '/').contains("/client/target/"))
                .map(File::new).toList();
        Compilation compilation = Compiler.javac().withProcessors(new SkiffProcessor()).withOptions("-parameters")
                .withClasspath(withoutClient).compile(Fixtures.sources("java_client_misuse/noruntime"));
        assertThat(compilation).hadErrorContaining(DiagnosticMessages.JAVA_CLIENT_WITHOUT_RUNTIME)
                .inFile(Fixtures.source("java_client_misuse/noruntime", "ShopApi.java"))
                .onLineContaining("javaClient = true");
        assertThat(compilation).hadErrorCount(1);
    }

    private static ApiInfoModel info(String title) {
        return new ApiInfoModel(title, "1", "", "p", null);
    }
}
