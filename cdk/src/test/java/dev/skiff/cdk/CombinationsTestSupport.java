package dev.skiff.cdk;

import java.util.Map;

import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Reads a synthesised function's environment. */
final class CombinationsTestSupport {

    private CombinationsTestSupport() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Stack stack, SkiffApi<TestOperations> api, TestOperations op) {
        String logicalId = stack.getLogicalId((CfnElement) api.getFunction(op).getNode().getDefaultChild());
        Map<String, Object> resources = (Map<String, Object>) Template.fromStack(stack).toJSON().get("Resources");
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) resources.get(logicalId))
                .get("Properties");
        return (Map<String, String>) ((Map<String, Object>) properties.get("Environment")).get("Variables");
    }
}
