package dev.skiff.support.validation;

import dev.skiff.support.Problems;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link ConstraintValidatorContext} a user's validator gets from generated code: it can
 * read the clock and the default message, disable the default violation and add violations
 * with their own message templates (interpolated like any message). Violations are reported
 * at the constrained value; property, bean, container or parameter nodes are not supported.
 *
 * <pre>{@code
 * CustomContext context = new CustomContext("at most {max} words", clock);
 * if (!VALIDATOR_1.isValid(summary, context)) {
 *     context.report(problems, loc, "word_count", "at most 3 words", summary, OnFirstViolation.CTX_0, "summary");
 * }
 * }</pre>
 */
public final class CustomContext implements ConstraintValidatorContext {
    private final String defaultTemplate;
    private final Clock clock;
    private boolean defaultDisabled;
    private List<String> templates;

    /** A context whose clock is {@code clock}, or the system clock in the default zone when null. */
    public CustomContext(String defaultTemplate, Clock clock) {
        this.defaultTemplate = defaultTemplate;
        this.clock = clock;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return defaultTemplate;
    }

    @Override
    public ClockProvider getClockProvider() {
        // defaulted only when asked, so a custom check that never reads the clock loads no clock class
        return () -> DefaultZoneClock.orDefault(clock);
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        return new ViolationBuilder(messageTemplate);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("Skiff's constraint context cannot be unwrapped to " + type.getName());
    }

    /**
     * Reports the failed check: the default violation (message {@code defaultMessage}) unless
     * disabled, then every violation the validator added, in order.
     */
    public void report(Problems problems, List<Object> loc, String type, String defaultMessage, Object input,
                       Map<String, Object> ctx, Object... path) {
        if (!defaultDisabled) {
            problems.add(type, loc, defaultMessage, input, ctx, path);
        }
        if (templates != null) {
            for (String template : templates) {
                problems.add(type, loc, Messages.interpolate(template, ctx), input, ctx, path);
            }
        }
    }

    private final class ViolationBuilder implements ConstraintViolationBuilder {
        private final String template;

        ViolationBuilder(String template) {
            this.template = template;
        }

        @Override
        public ConstraintValidatorContext addConstraintViolation() {
            if (templates == null) {
                templates = new ArrayList<>(1);
            }
            templates.add(template);
            return CustomContext.this;
        }

        @Override
        @Deprecated
        public NodeBuilderDefinedContext addNode(String name) {
            throw unsupported();
        }

        @Override
        public NodeBuilderCustomizableContext addPropertyNode(String name) {
            throw unsupported();
        }

        @Override
        public LeafNodeBuilderCustomizableContext addBeanNode() {
            throw unsupported();
        }

        @Override
        public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name, Class<?> containerType,
                                                                                     Integer typeArgumentIndex) {
            throw unsupported();
        }

        @Override
        public NodeBuilderDefinedContext addParameterNode(int index) {
            throw unsupported();
        }

        private UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("Skiff reports custom violations at the constrained value; nodes are not supported");
        }
    }
}
