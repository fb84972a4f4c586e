package dev.skiff.processor.write.openapi;

import dev.skiff.processor.model.ApiInfoModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The security scheme of {@code @ApiInfo(auth)}, as API Gateway exports the authorizer the CDK
 * construct deploys: IAM as {@code sigv4} ({@code apiKey} in {@code Authorization} with
 * {@code x-amazon-apigateway-authtype: awsSigv4}), a Lambda token authorizer as {@code apiKey}
 * with {@code x-amazon-apigateway-authtype: custom}; Cognito as {@code openIdConnect}, which
 * clients and Swagger UI can log in with (API Gateway's own {@code cognito_user_pools} export
 * tells them nothing). No authentication is an explicit empty requirement.
 */
final class Security {
    private Security() {}

    /** {@code components.securitySchemes}; empty without authentication. */
    static Map<String, Object> schemes(ApiInfoModel info) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        switch (info.auth()) {
            case IAM, CUSTOM -> {
                scheme.put("type", "apiKey");
                scheme.put("name", "Authorization");
                scheme.put("in", "header");
                scheme.put("x-amazon-apigateway-authtype", info.auth() == ApiInfoModel.Auth.IAM ? "awsSigv4" : "custom");
            }
            case COGNITO -> {
                scheme.put("type", "openIdConnect");
                scheme.put("openIdConnectUrl", info.openIdConnectUrl());
            }
            case NONE -> {
                return Map.of();
            }
        }
        return Map.of(name(info.auth()), scheme);
    }

    /** The document's top-level {@code security}: the scheme, or none at all ({@code []}, as redocly asks). */
    static List<Object> requirement(ApiInfoModel info) {
        return info.auth() == ApiInfoModel.Auth.NONE ? List.of() : List.of(Map.of(name(info.auth()), List.of()));
    }

    private static String name(ApiInfoModel.Auth auth) {
        return switch (auth) {
            case IAM -> "sigv4";
            case COGNITO -> "cognito";
            case CUSTOM -> "lambdaAuthorizer";
            case NONE -> "";
        };
    }
}
