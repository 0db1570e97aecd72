package dev.gazette.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The small helpers every repository of the store shares: the marks of an {@code IN (…)} list,
 * binding a list of parameters to a prepared statement, reading one column of strings or
 * numbers, running one change, the JSON lists some columns hold, and the
 * normal forms of country codes and dates as the tables store them. No row mapping lives here:
 * each repository maps its own rows. Stateless.
 */
final class Sql {

    /**
     * Jackson's streaming layer only: the lists are flat arrays of strings, and a databind
     * ObjectMapper costs a command such as {@code list} a few hundred classes at start.
     */
    private static final JsonFactory JSON = new JsonFactory();

    private Sql() {
    }

    /** {@code n} parameter marks for an {@code IN (…)} list: {@code ?,?,?}. */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** A statement with params bound in order (null as SQL NULL; Integer, Long, else text). */
    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        int i = 1;
        for (Object p : params) {
            if (p == null) {
                ps.setNull(i++, Types.VARCHAR);
            } else if (p instanceof Integer n) {
                ps.setInt(i++, n);
            } else if (p instanceof Long n) {
                ps.setLong(i++, n);
            } else {
                ps.setString(i++, p.toString());
            }
        }
        return ps;
    }

    /** The first column of every row of the query. */
    static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, Arrays.asList(params)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The first column of every row of the query, as numbers. */
    static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, Arrays.asList(params)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** The first column of the first row of a query without parameters as a number; 0 when there is no row. */
    static long longQuery(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Runs one INSERT, UPDATE or DELETE with params bound in order; returns the rows it changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, Arrays.asList(params))) {
            return ps.executeUpdate();
        }
    }

    /** A JSON array of the strings (an empty array for null). */
    static String json(List<String> list) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (String s : list == null ? List.<String>of() : list) {
                if (s == null) {
                    g.writeNull();
                } else {
                    g.writeString(s);
                }
            }
            g.writeEndArray();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The strings of a JSON array; empty for null, blank or malformed text. */
    static List<String> parseList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null || t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    return List.of(); // cut short, or not a list of strings
                }
                out.add(t == JsonToken.VALUE_NULL ? null : p.getText());
            }
            return out;
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** A country code as stored: trimmed, upper case; null when blank. */
    static String normaliseCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.isEmpty() ? null : c;
    }

    /** The YYYY-MM-DD date an ISO date or date-time starts with, or null. */
    static String dateOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
