package dev.skiff.samples.items.infra;

import software.amazon.awscdk.App;

/**
 * The sample's CDK app: the items API behind an IAM-authorised HTTP API (stack
 * {@value ItemsStacks#HTTP_API_STACK}) and as a streaming, IAM-authenticated Function URL (stack
 * {@value ItemsStacks#STREAMING_STACK}). Both stacks are environment-agnostic, so synthesis never
 * asks AWS anything.
 *
 * <pre>{@code
 * npx cdk synth                      # from samples/items-infra, runs this class through Maven
 * npx cdk deploy SkiffItemsApi       # one of the two stacks
 * }</pre>
 */
public final class ItemsInfraApp {

    private ItemsInfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        ItemsStacks.addTo(app, ItemsJar.locate(app));
        app.synth();
    }
}
