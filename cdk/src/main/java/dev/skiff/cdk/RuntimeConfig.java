package dev.skiff.cdk;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awscdk.Stage;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The values a website needs at run time, collected across the whole CDK app: one instance per
 * {@link Stage} (the {@code App} itself, or a stage inside it), found or created by
 * {@link #ensure(Construct)}. Every {@link SkiffApi} registers its base URL under its API name; a
 * website stack reads {@link #apiUrls()} and deploys it as {@code runtime-config.json}, and CDK
 * turns the URLs into cross-stack references where the stacks differ.
 *
 * <pre>{@code
 * Map<String, String> apis = RuntimeConfig.ensure(this).apiUrls();
 * BucketDeployment.Builder.create(this, "RuntimeConfig")
 *         .sources(List.of(Source.jsonData("runtime-config.json", Map.of("apis", apis))))
 *         .destinationBucket(websiteBucket)
 *         .build();
 * }</pre>
 */
public final class RuntimeConfig extends Construct {

    /** The id of the singleton under its stage. */
    public static final String ID = "SkiffRuntimeConfig";

    private final Map<String, String> apiUrls = new TreeMap<>();

    private RuntimeConfig(Construct stage) {
        super(stage, ID);
    }

    /** The runtime config of the stage that {@code scope} belongs to, created on first use. */
    public static RuntimeConfig ensure(Construct scope) {
        Stage stage = scope instanceof Stage self ? self : Stage.of(scope);
        if (stage == null) {
            throw new IllegalArgumentException("RuntimeConfig needs a scope inside an App or Stage,"
                    + " got " + scope.getNode().getPath());
        }
        IConstruct existing = stage.getNode().tryFindChild(ID);
        if (existing == null) {
            return new RuntimeConfig(stage);
        }
        if (existing instanceof RuntimeConfig config) {
            return config;
        }
        throw new IllegalStateException("the construct id " + ID + " under " + stage.getNode().getPath()
                + " is taken by " + existing.getClass().getName());
    }

    /**
     * Registers an API's URL.
     *
     * @throws IllegalArgumentException if another API already registered the same name
     */
    public void addApiUrl(String apiName, String url) {
        if (apiUrls.containsKey(apiName)) {
            throw new IllegalArgumentException("apiName must be unique in the app, got " + apiName
                    + " twice; set apiName on one of the SkiffApi constructs");
        }
        apiUrls.put(apiName, url);
    }

    /** API name to base URL, sorted by name; URLs are CloudFormation tokens until deployment. */
    public Map<String, String> apiUrls() {
        return Collections.unmodifiableMap(apiUrls);
    }
}
