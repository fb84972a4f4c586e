package dev.skiff.samples.items.infra;

import software.amazon.awscdk.App;

/**
 * The sample's CDK app: the items API as a REST API with one IAM-authorised function per operation
 * (stack {@value ItemsStacks#REST_API_STACK}, the construct's defaults) and as a streaming,
 * IAM-authenticated Function URL served by Skiff's own Lambda runtime (stack
 * {@value ItemsStacks#STREAMING_STACK}), both from the sample's Lambda package. Both stacks are environment-agnostic, so synthesis never asks AWS anything.
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
        ItemsStacks.addTo(app, ItemsPackage.locate(app));
        app.synth();
    }
}
