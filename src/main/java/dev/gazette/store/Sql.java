package dev.gazette.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    static final ObjectMapper JSON = new ObjectMapper();

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
        try {
            return JSON.writeValueAsString(list == null ? List.of() : list);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strings of a JSON array; empty for null, blank or malformed text. */
    static List<String> parseList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
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
