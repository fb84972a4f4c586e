package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A record with a codec written by hand as the processor writes them, for the runtime's own tests. */
public record Pet(String name, int age) {
    public static final JsonCodec<Pet> CODEC = new JsonCodec<>() {
        private final String[] order = {"name", "age"};

        @Override
        public Pet read(JsonInput in) throws IOException {
            if (!in.startObject()) {
                return null;
            }
            long start = in.objectStart();
            int problems = in.problemCount();
            String name = null;
            Integer age = null;
            boolean hasName = false;
            boolean hasAge = false;
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "name" -> {
                        name = in.field("name", Codecs.STRING);
                        hasName = true;
                    }
                    case "age" -> {
                        age = in.field("age", Codecs.INT);
                        hasAge = true;
                    }
                    default -> in.skipValue();
                }
            }
            if (!hasName) {
                in.missing(start, "name");
            }
            if (!hasAge) {
                in.missing(start, "age");
            }
            if (in.problemCount() > problems) {
                in.orderProblems(problems, order);
                return null;
            }
            return new Pet(name, age);
        }

        @Override
        public void write(JsonGenerator out, Pet value) throws IOException {
            out.writeStartObject();
            out.writeFieldName("name");
            if (value.name() == null) {
                out.writeNull();
            } else {
                out.writeString(value.name());
            }
            out.writeNumberField("age", value.age());
            out.writeEndObject();
        }
    };
}
