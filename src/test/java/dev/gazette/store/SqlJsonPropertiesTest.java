package dev.gazette.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON lists of the store, written and read with Jackson's streaming layer, are the bytes and
 * the lists a databind ObjectMapper gives (what the columns held before), for any strings.
 */
class SqlJsonPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Property(tries = 300)
    void writesWhatAnObjectMapperWritesAndReadsItBack(@ForAll List<String> list) throws Exception {
        String json = Sql.json(list);
        assertThat(json).isEqualTo(MAPPER.writeValueAsString(list));
        assertThat(Sql.parseList(json)).isEqualTo(list);
    }

    @Test
    void readsNullsAndScalarsAsTheMapperDidAndMalformedTextAsEmpty() throws Exception {
        String json = "[\"a\\\"b\",null,\"ü\\u00e9\",1]";
        assertThat(Sql.parseList(json)).isEqualTo(MAPPER.readValue(json, new TypeReference<List<String>>() { }));
        assertThat(Sql.parseList(null)).isEmpty();
        assertThat(Sql.parseList(" ")).isEmpty();
        assertThat(Sql.parseList("[\"cut short")).isEmpty();
        assertThat(Sql.parseList("{\"a\":1}")).isEmpty();
        assertThat(Sql.parseList("[[\"nested\"]]")).isEmpty();
        assertThat(Sql.json(null)).isEqualTo("[]");
    }
}
