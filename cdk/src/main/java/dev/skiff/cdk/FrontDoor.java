package dev.skiff.cdk;

import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;

/** What callers reach a {@link SkiffApi} through: an HTTP API or a Function URL. */
interface FrontDoor {

    /** The base URL, ending with a slash. */
    String url();

    /** Lets a principal call the API; see {@link SkiffApi#grantInvokeAccess}. */
    Grant grantInvoke(IGrantable grantee);
}
