/**
 * Support for the code the Skiff processor generates: the router it builds from its routes
 * ({@link dev.skiff.support.TreeRouter}), numbered invokers ({@link dev.skiff.support.Operations}),
 * parameter conversion ({@link dev.skiff.support.Params},
 * {@link dev.skiff.support.Converters}), JSON bodies ({@link dev.skiff.support.Bodies}), results
 * ({@link dev.skiff.support.Results}) and the problems of one request ({@link dev.skiff.support.Problems});
 * the validation checks are in {@code dev.skiff.support.validation}.
 *
 * <p>This is not an API for application code: its types are public only because generated code
 * in the application's packages calls them, and they may change with the processor from one
 * release to the next. Applications import {@code dev.skiff.api}; runtimes and tests that
 * assemble a request pipeline use the runtime contract in {@code dev.skiff.core}. The support
 * packages depend on the contract, never the other way round.
 */
package dev.skiff.support;
