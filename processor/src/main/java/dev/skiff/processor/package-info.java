/**
 * Skiff's annotation processor: one {@link dev.skiff.processor.SkiffProcessor} runs one pipeline
 * per round over one immutable model, {@link dev.skiff.processor.model.ApiModel}:
 * <ol>
 * <li><b>read</b> ({@code dev.skiff.processor.read}, entry {@code ModelReader}): Elements and
 *     TypeMirrors into the records of {@code dev.skiff.processor.model};</li>
 * <li><b>check</b> ({@code dev.skiff.processor.check}, entry {@code Checks}): every rule,
 *     reported through {@link dev.skiff.processor.Diagnostics} with a
 *     {@link dev.skiff.processor.DiagnosticMessages} constant; what fails is not written;</li>
 * <li><b>write</b> ({@code dev.skiff.processor.write.*}, run by {@code Output}): pure functions of
 *     the model, one sub-package per output. Generated code names framework types only through
 *     {@link dev.skiff.processor.write.FrameworkTypes}.</li>
 * </ol>
 *
 * <p>Where each feature lives:
 * <table>
 * <caption>feature by stage</caption>
 * <tr><th>feature</th><th>model</th><th>read</th><th>check</th><th>write</th></tr>
 * <tr><td>routes, parameters</td><td>{@code HandlerModel}, {@code RouteModel}, {@code ParamModel}</td>
 *     <td>{@code ApiReader}, {@code HandlerReader}, {@code RouteReader}, {@code ParamReader}</td>
 *     <td>{@code ModelChecks}, {@code RouteChecks}</td>
 *     <td>{@code write.routes} ({@code SkiffRoutes}), {@code write.invokers}</td></tr>
 * <tr><td>schemas</td><td>{@code SchemaModel}, {@code PropertyModel}, {@code TypeModel}</td>
 *     <td>{@code SchemaReader}, {@code TypeReader}</td><td></td>
 *     <td>{@code write.openapi}, {@code write.nativeimage}</td></tr>
 * <tr><td>constraints</td><td>{@code ValueModel} (on {@code ParamModel.constraints}),
 *     {@code ConstraintModel}, {@code ValidatedTypeModel}</td>
 *     <td>{@code ValidationReader}, {@code ConstraintReader}, {@code ValidatedTypeReader},
 *     {@code ApplicationMessages}</td><td>{@code ConstraintChecks}</td>
 *     <td>{@code write.validators} (validators, parameter checks in the invokers)</td></tr>
 * <tr><td>{@code @Traced}</td><td>{@code TracedClassModel}, {@code TracedMethodModel}</td>
 *     <td>{@code TracedReader}</td><td>{@code TracedChecks}</td><td>{@code write.traced}</td></tr>
 * </table>
 *
 * <p>Following one constraint, {@code @Min(1) long id} on {@code @Get("/items/{id}")}, from the
 * annotation to the 422: {@code read.ValidationReader} asks {@code read.ConstraintReader} for the
 * parameter's checks, which {@code model.ParamModel} carries ({@code constraints()}, a
 * {@code ValueModel} of {@code ConstraintModel}s); {@code check.ConstraintChecks} accepts
 * {@code @Min} on a {@code long}; {@code write.invokers.InvokerWriter} binds the parameter and
 * asks {@code write.validators.ParamValidation} for its checks, whose statements
 * {@code write.validators.CheckWriter} writes ({@code if (!(id >= 1L)) problems.add("min", ...)});
 * at run time {@code dev.skiff.support.Problems.throwIfAny()} throws the
 * {@code RequestValidationException} that every runtime's dispatcher answers with FastAPI's 422.
 *
 * <p>Options: {@code -Askiff.validationMessages=<dirs>}, where the application's
 * {@code ValidationMessages} are; {@code -Askiff.validators=all}, a validator for every
 * constrained type of the compilation, with or without an API.
 */
package dev.skiff.processor;
