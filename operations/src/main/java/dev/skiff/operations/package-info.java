/**
 * What an API's deployment knows about its operations: {@link dev.skiff.operations.ApiOperation},
 * implemented by the generated {@code SkiffOperations} enum of each API.
 */
package dev.skiff.operations;
