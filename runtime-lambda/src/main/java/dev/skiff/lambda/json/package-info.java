/**
 * The JSON text the Lambda runtime writes by hand, shared by the adapter's response writer
 * and observability's log lines and EMF documents: {@link dev.skiff.lambda.json.JsonLiterals}
 * (log strings, numbers, names) and {@link dev.skiff.lambda.json.LineBuffers} (a reused buffer
 * per thread). String escaping itself is framework-api's {@link dev.skiff.json.JsonStrings}.
 * Internal to the runtime: not for application code.
 */
package dev.skiff.lambda.json;
