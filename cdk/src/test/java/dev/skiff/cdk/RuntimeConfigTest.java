package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.Stack;

/** One runtime config per app, shared by every stack, keyed by API name. */
class RuntimeConfigTest {

    @Test
    void ensure_returnsTheSameInstanceFromEveryStackOfTheApp() {
        App app = new App();
        Stack api = new Stack(app, "Api");
        Stack website = new Stack(app, "Website");
        assertThat(RuntimeConfig.ensure(api)).isSameAs(RuntimeConfig.ensure(website));
        assertThat(app.getNode().tryFindChild(RuntimeConfig.ID)).isSameAs(RuntimeConfig.ensure(app));
    }

    @Test
    void apiUrls_areSortedByName() {
        RuntimeConfig config = RuntimeConfig.ensure(new App());
        config.addApiUrl("Zeta", "https://z/");
        config.addApiUrl("Alpha", "https://a/");
        assertThat(config.apiUrls().keySet()).containsExactly("Alpha", "Zeta");
    }

    @Test
    void websiteInAnotherStack_readsTheUrlThroughACrossStackReference() {
        // GIVEN an API in one stack and a website stack that renders the runtime config
        App app = new App();
        Stack apiStack = new Stack(app, "Api");
        new SkiffApi<>(apiStack, "ItemsApi", PropsValidationTest.valid().build());
        Stack website = new Stack(app, "Website");
        CfnOutput.Builder.create(website, "RuntimeConfigJson")
                .value(website.toJsonString(Map.of("apis", RuntimeConfig.ensure(website).apiUrls())))
                .build();
        // WHEN the website is synthesised
        String json = String.valueOf(Template.fromStack(website).toJSON());
        // THEN the API's URL arrives as an import of the API stack's export
        assertThat(json).contains("Fn::ImportValue").contains("Api:ExportsOutputRefItemsApi");
    }

    @Test
    void sameApiNameTwice_fails() {
        App app = new App();
        Stack one = new Stack(app, "One");
        Stack two = new Stack(app, "Two");
        new SkiffApi<>(one, "ItemsApi", PropsValidationTest.valid().build());
        assertThatThrownBy(() -> new SkiffApi<>(two, "ItemsApi", PropsValidationTest.valid().build()))
                .hasMessage("apiName must be unique in the app, got ItemsApi twice;"
                        + " set apiName on one of the SkiffApi constructs");
    }
}
