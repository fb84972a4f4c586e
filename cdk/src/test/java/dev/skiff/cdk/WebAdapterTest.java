package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.services.lambda.Architecture;

class WebAdapterTest {

    @Test
    void layerArn_namesTheLayerOfTheArchitecture() {
        assertThat(WebAdapter.layerArn("eu-west-1", Architecture.X86_64, 26))
                .isEqualTo("arn:aws:lambda:eu-west-1:753240598075:layer:LambdaAdapterLayerX86:26");
        assertThat(WebAdapter.layerArn("us-east-1", Architecture.ARM_64, 25))
                .isEqualTo("arn:aws:lambda:us-east-1:753240598075:layer:LambdaAdapterLayerArm64:25");
    }

    @Test
    void environment_usesTheExecWrapperOnlyOnManagedRuntimes() {
        assertThat(WebAdapter.environment(SkiffRuntime.JAVA_21, 8080))
                .containsEntry("AWS_LAMBDA_EXEC_WRAPPER", "/opt/bootstrap")
                .containsEntry("AWS_LWA_INVOKE_MODE", "response_stream")
                .containsEntry("PORT", "8080");
        assertThat(WebAdapter.environment(SkiffRuntime.NATIVE, 9000))
                .doesNotContainKey("AWS_LAMBDA_EXEC_WRAPPER")
                .containsEntry("AWS_LWA_PORT", "9000");
    }

    @Test
    void launchScript_execsJavaWithTheClassPathAndMainClass() {
        assertThat(WebAdapter.launchScript("$LAMBDA_TASK_ROOT/app.jar", "com.example.Main"))
                .startsWith("#!/bin/sh\n")
                .endsWith("exec java -cp \"$LAMBDA_TASK_ROOT/app.jar\" com.example.Main\n")
                .doesNotContain("\r");
    }
}
