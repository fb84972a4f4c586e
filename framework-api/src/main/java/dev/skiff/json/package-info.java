/**
 * JSON text that every part of Skiff writes the same way: {@link dev.skiff.json.JsonStrings}
 * escapes strings for the processor's {@code openapi.json}, the Lambda runtime's responses, log
 * lines and EMF documents, and the local runtime's documentation pages. It needs nothing but
 * the JDK, so the annotation processor links it without framework-api's dependencies.
 */
package dev.skiff.json;
