package dev.skiff.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * {@code @ApiInfo}'s values, or the defaults; {@code element} is the annotated class, or null,
 * and {@code mirror} its annotation. The package is where the generated entry point goes.
 * {@code auth} is how callers authenticate ({@link Auth}), {@code openIdConnectUrl} the
 * discovery URL of a Cognito/OIDC provider (empty when not given), {@code servers} the declared
 * servers (empty: the local default), {@code license} an SPDX identifier (empty: none),
 * {@code javaClient} whether a typed Java client is written.
 */
public record ApiInfoModel(String title, String version, String description, String packageName, Element element,
        Auth auth, String openIdConnectUrl, List<ServerModel> servers, AnnotationMirror mirror, String license,
        boolean javaClient) {
    public static final String DEFAULT_TITLE = "API";
    public static final String DEFAULT_VERSION = "0.1.0";

    /** {@code @ApiInfo.Auth}: as the CDK construct's {@code ApiAuth} deploys the API. */
    public enum Auth {
        IAM, COGNITO, CUSTOM, NONE
    }

    public ApiInfoModel {
        servers = List.copyOf(servers);
    }

    /** An API without a Java client. */
    public ApiInfoModel(String title, String version, String description, String packageName, Element element,
            Auth auth, String openIdConnectUrl, List<ServerModel> servers, AnnotationMirror mirror, String license) {
        this(title, version, description, packageName, element, auth, openIdConnectUrl, servers, mirror, license,
                false);
    }

    /** A copy that does or does not ask for a Java client. */
    public ApiInfoModel withJavaClient(boolean javaClient) {
        return new ApiInfoModel(title, version, description, packageName, element, auth, openIdConnectUrl, servers,
                mirror, license, javaClient);
    }

    /** The generated Java client's simple name: {@link ClientNames#typeName} of the title, then {@code Client}. */
    public String javaClientName() {
        return ClientNames.typeName(title) + "Client";
    }

    /** An API with the defaults: IAM, the local server. */
    public ApiInfoModel(String title, String version, String description, String packageName, Element element) {
        this(title, version, description, packageName, element, Auth.IAM, "", List.of(), null, "");
    }

    /** The servers the document lists: the declared ones, else the local default. */
    public List<ServerModel> documentedServers() {
        return servers.isEmpty() ? List.of(ServerModel.LOCAL) : servers;
    }
}
