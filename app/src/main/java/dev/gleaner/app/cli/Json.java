package dev.gleaner.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.core.model.Article;
import java.io.PrintWriter;

/** JSON output for scripts: UTF-8, one document per command. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void print(PrintWriter out, Object node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON trees always serialize", e);
        }
    }

    /** {@return the fields {@code list --format json} shows for an article} */
    static ObjectNode summary(Article a, String source) {
        ObjectNode o = object();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("url", a.url());
        if (a.sourcePath() != null) {
            o.put("path", a.sourcePath());
        }
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("source", source);
        ArrayNode tags = o.putArray("tags");
        a.tags().forEach(tags::add);
        return o;
    }
}
