package dev.gazette.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * The command line's JSON: trees of Jackson's nodes written by its streaming generator, pretty
 * (two-space indents, {@code "key" : value}) or on one line. No {@code ObjectMapper}: building
 * one with its modules loaded about 400 classes at every start of a command that prints JSON,
 * and nothing here needs data binding (the output is the bytes the mapper wrote: same
 * generator, same pretty printer). Stateless and safe across threads.
 */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** A new empty object. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A new empty array. */
    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The strings as an array, in their order. */
    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** The tree as pretty JSON, without a line end after it. */
    static String write(JsonNode value) {
        return write(value, true);
    }

    /** The tree as JSON on one line. */
    static String line(JsonNode value) {
        return write(value, false);
    }

    private static String write(JsonNode value, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            tree(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void tree(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> f : n.properties()) {
                    g.writeFieldName(f.getKey());
                    tree(g, f.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode e : n) {
                    tree(g, e);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL, MISSING -> g.writeNull();
            case NUMBER -> number(g, n);
            default -> throw new IllegalArgumentException("not written as JSON here: " + n.getNodeType());
        }
    }

    private static void number(JsonGenerator g, JsonNode n) throws IOException {
        if (n.isInt() || n.isShort()) {
            g.writeNumber(n.intValue());
        } else if (n.isLong()) {
            g.writeNumber(n.longValue());
        } else if (n.isBigInteger()) {
            g.writeNumber(n.bigIntegerValue());
        } else if (n.isBigDecimal()) {
            g.writeNumber(n.decimalValue());
        } else if (n.isFloat()) {
            g.writeNumber(n.floatValue());
        } else {
            g.writeNumber(n.doubleValue());
        }
    }
}
