/**
 * JSON bodies and results without databind, for the code the Skiff processor generates: each
 * record, bean and enum gets a generated {@link dev.skiff.support.json.JsonCodec} on
 * jackson-core, composed with the scalar {@link dev.skiff.support.json.Codecs} and the
 * {@link dev.skiff.support.json.Containers}; {@link dev.skiff.support.json.JsonInput} carries
 * one body's parser, location and problems. Values are read as FastAPI reads them (pydantic v2,
 * lax mode: {@link dev.skiff.support.json.LaxScalars}), and malformed JSON is reported as
 * Python's {@code json.loads} reports it ({@link dev.skiff.support.json.JsonSyntax}).
 * {@link dev.skiff.support.json.DatabindCodec} is the fallback for the types the processor
 * named in a compile-time note.
 *
 * <p>Like the rest of {@code dev.skiff.support}, this is not an API for application code.
 */
package dev.skiff.support.json;
