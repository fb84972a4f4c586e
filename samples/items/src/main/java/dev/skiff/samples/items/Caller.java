package dev.skiff.samples.items;

import dev.skiff.api.HttpException;
import dev.skiff.api.RequestContext;

/**
 * Who is calling, as a dependency ({@code @Depends Caller caller}): the principal the platform
 * authenticated (an IAM user or role behind SigV4, the {@code sub} of a JWT authorizer) and how.
 * {@link ItemsApplication#create()} registers {@link #of} as its resolver.
 *
 * <pre>{@code
 * app.withResolver(Caller.class, Caller::of);
 * }</pre>
 *
 * @param principal the IAM ARN or the JWT subject
 * @param kind      {@code IAM} or {@code JWT}
 */
public record Caller(String principal, String kind) {
    /**
     * The caller of the request {@code context} describes.
     *
     * @throws HttpException 401 when the request carries no authenticated caller (a local server
     *                       outside Lambda, an API deployed without auth)
     */
    public static Caller of(RequestContext context) {
        return context.caller()
                .map(identity -> new Caller(identity.principal(), identity.kind().name()))
                .orElseThrow(() -> new HttpException(401, "Not authenticated"));
    }
}
