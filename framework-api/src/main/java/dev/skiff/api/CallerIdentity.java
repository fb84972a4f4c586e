package dev.skiff.api;

import java.util.Map;
import java.util.Optional;

/**
 * Who made the request, as the platform authenticated it: an IAM principal (SigV4 through
 * API Gateway or a Function URL) or the claims of a JWT authorizer.
 *
 * <pre>{@code
 * String who = context.caller().map(CallerIdentity::principal).orElse("anonymous");
 * }</pre>
 *
 * @param kind       how the caller was authenticated
 * @param principal  the IAM user or role ARN, or the JWT {@code sub} claim
 * @param accountId  the caller's AWS account, for IAM callers; empty otherwise
 * @param claims     the JWT claims (string values as sent); empty for IAM callers
 */
public record CallerIdentity(Kind kind, String principal, Optional<String> accountId, Map<String, String> claims) {

    /** How a caller was authenticated. */
    public enum Kind {
        /** Signed with AWS SigV4 and checked by IAM. */
        IAM,
        /** Carrying a JWT checked by an authorizer. */
        JWT
    }

    /** Copies {@code claims}; nulls are not allowed. */
    public CallerIdentity {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(principal, "principal");
        java.util.Objects.requireNonNull(accountId, "accountId");
        claims = Map.copyOf(claims);
    }
}
