package dev.skiff.samples.items.infra;

import software.amazon.awscdk.App;

/**
 * The sample's CDK app: the items API as a REST API with one IAM-authorised function per operation
 * (stack {@value ItemsStacks#REST_API_STACK}, the construct's defaults) and as a streaming,
 * IAM-authenticated Function URL served by Skiff's own Lambda runtime (stack
 * {@value ItemsStacks#STREAMING_STACK}), both from the sample's Lambda package; and the orders sample,
 * which calls the REST API with its role's grant (stack {@value ItemsStacks#ORDERS_STACK}). The stacks
 * are environment-agnostic, so synthesis never asks AWS anything.
 *
 * <pre>{@code
 * npx cdk synth                      # from samples/items-infra, runs this class through Maven
 * npx cdk deploy SkiffItemsApi       # one of the stacks
 * }</pre>
 */
public final class ItemsInfraApp {

    private ItemsInfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        ItemsStacks.addTo(app, SamplePackage.ITEMS.locate(app), SamplePackage.ORDERS.locate(app));
        app.synth();
    }
}
