/**
 * Skiff's annotation processor. {@link dev.skiff.processor.SkiffProcessor} runs one pipeline per
 * compilation: {@code read} ({@code dev.skiff.processor.read}: Elements to the immutable records
 * of {@code dev.skiff.processor.model}), {@code check} ({@code dev.skiff.processor.check}: every
 * rule reported through {@link dev.skiff.processor.Diagnostics} with a
 * {@link dev.skiff.processor.Messages} text), and, only when no error was reported, {@code write}
 * ({@code dev.skiff.processor.write}: router, invokers, entry point, OpenAPI document,
 * native-image metadata; writers see only the model).
 *
 * <p>Extension seams: extra JSON Schema keywords on the model ({@code ParamModel.schemaKeywords},
 * {@code PropertyModel.keywords}, merged into the document by the OpenAPI writer; the
 * {@code with...} copies rebuild a refined model), and
 * {@link dev.skiff.processor.write.InvokerHooks}, which adds code after each parameter is bound
 * (validation, before the single 422) and around the handler call.
 *
 * <p>Beside the API pipeline, every round, {@code dev.skiff.processor.traced} weaves
 * {@code @Traced} methods into generated {@code Traced<Class>} subclasses, with or without an
 * API in the compilation.
 */
package dev.skiff.processor;
