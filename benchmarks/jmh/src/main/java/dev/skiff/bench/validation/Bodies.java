package dev.skiff.bench.validation;

import dev.skiff.bench.app.Address;
import dev.skiff.bench.app.NewOrder;
import dev.skiff.bench.app.NewOrderValidator;
import dev.skiff.core.Json;
import dev.skiff.samples.items.Dimensions;
import dev.skiff.samples.items.NewItem;
import dev.skiff.samples.items.NewItemValidator;
import dev.skiff.support.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The bodies the validation benchmarks check, valid and invalid, with their generated
 * validators: the sample's {@code NewItem} and the bench app's {@code NewOrder}.
 */
enum Bodies {
    /** samples/items' NewItem; the invalid one breaks eight constraints. */
    ITEM {
        @Override
        Object valid() {
            return new NewItem("Espresso machine", new BigDecimal("349.90"), List.of("kitchen", "coffee"),
                    Optional.of(new Dimensions(30.5, 40, 25)), Optional.of("ada@example.com"));
        }

        @Override
        Object invalid() {
            return new NewItem(" ", new BigDecimal("-1.999"), List.of("kitchen", " ", "x".repeat(31)),
                    Optional.of(new Dimensions(-1, 40, 2000)), Optional.of("not-an-email"));
        }


        @Override
        Class<?> type() {
            return NewItem.class;
        }

        @Override
        void validate(Object body, Problems problems) {
            NewItemValidator.validate((NewItem) body, BODY, problems);
        }
    },
    /** benchmarks/bench-app's NewOrder; the invalid one breaks seven constraints. */
    ORDER {
        @Override
        Object valid() {
            return new NewOrder("Espresso machine", new BigDecimal("349.90"), 2, List.of("kitchen", "coffee"),
                    new Address("1 Main Street", "IE"), "ada@example.com");
        }

        @Override
        Object invalid() {
            return new NewOrder(" ", new BigDecimal("-1.999"), 0, List.of("kitchen", " "),
                    new Address("1 Main Street", "IRL"), "not-an-email");
        }


        @Override
        Class<?> type() {
            return NewOrder.class;
        }

        @Override
        void validate(Object body, Problems problems) {
            NewOrderValidator.validate((NewOrder) body, BODY, problems);
        }
    };

    private static final List<Object> BODY = List.of("body");

    abstract Object valid();

    abstract Object invalid();

    /** The body's record type. */
    abstract Class<?> type();

    /**
     * The body a first-validation run checks: built in code, or (see {@link FirstValidation#fromJson})
     * read from its JSON as a request's body is.
     */
    Object body(boolean invalid) {
        return FirstValidation.fromJson() ? read(invalid, type()) : invalid ? invalid() : valid();
    }

    /**
     * The body written as JSON by Skiff's mapper and read back into {@code type}: the same values
     * as the body built in code, as a request carries them.
     */
    Object read(boolean invalid, Class<?> type) {
        try {
            byte[] json = Json.writerFor(type()).writeValueAsBytes(invalid ? invalid() : valid());
            return Json.readerFor(type).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the generated validator. */
    abstract void validate(Object body, Problems problems);

    static Bodies named(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
