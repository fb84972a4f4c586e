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

    /** A record or bean, properties in declaration order. */
    record ObjectSchema(String name, String binaryName, String description, boolean isRecord,
            List<PropertyModel> properties) implements SchemaModel {
        public ObjectSchema {
            properties = List.copyOf(properties);
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
