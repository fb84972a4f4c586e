package dev.skiff.processor.model;

import java.util.List;

/** A named JSON schema: a record or bean's properties, or an enum's constants. */
public sealed interface SchemaModel {
    /** The component name in {@code #/components/schemas/}. */
    String name();

    /** The class's binary name, as native-image metadata names it. */
    String binaryName();

    /** The class's Javadoc, or empty. */
    String description();

    /**
     * A record or bean, properties in declaration order. {@code superclasses} are a bean's
     * superclasses below {@code Object} by binary name: Jackson reads their declared members too.
     */
    record ObjectSchema(String name, String binaryName, String description, boolean isRecord,
            List<PropertyModel> properties, List<String> superclasses) implements SchemaModel {
        public ObjectSchema {
            properties = List.copyOf(properties);
            superclasses = List.copyOf(superclasses);
        }

        public ObjectSchema(String name, String binaryName, String description, boolean isRecord,
                List<PropertyModel> properties) {
            this(name, binaryName, description, isRecord, properties, List.of());
        }
    }

    /** An enum, constants in declaration order. */
    record EnumSchema(String name, String binaryName, String description, List<String> constants)
            implements SchemaModel {
        public EnumSchema {
            constants = List.copyOf(constants);
        }
    }
}
