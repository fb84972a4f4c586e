package dev.skiff.cdk;

import java.util.List;

import dev.skiff.operations.ApiOperation;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;

/** What callers reach a {@link SkiffApi} through: a REST API, an HTTP API or a Function URL. */
interface FrontDoor {

    /** The base URL, ending with a slash. */
    String url();

    /** Lets a principal call every operation; see {@link SkiffApi#grantInvokeAccess(IGrantable)}. */
    Grant grantInvoke(IGrantable grantee);

    /** Lets a principal call one operation; see {@link SkiffApi#grantInvokeAccess(IGrantable, Enum)}. */
    Grant grantInvoke(IGrantable grantee, ApiOperation operation);

    /** Answers browsers from {@code origins} only, in place of the origins the props gave. */
    void restrictCorsTo(List<String> origins);

    /** {@code execute-api:Invoke} on {@code arn} in the grantee's own policy. */
    static Grant executeApiGrant(IGrantable grantee, String arn) {
        return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(List.of("execute-api:Invoke"))
                .resourceArns(List.of(arn))
                .build());
    }

    /**
     * The resource part of an {@code execute-api} ARN for one operation: the path with each
     * variable as {@code *}, since IAM matches the request's concrete path.
     */
    static String executeApiPath(ApiOperation operation) {
        return operation.path().replaceAll("\\{[^}/]+}", "*");
    }
}
