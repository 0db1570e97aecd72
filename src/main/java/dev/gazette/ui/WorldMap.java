package dev.gazette.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The simplified world map shipped as {@code world-110m.tsv}: one SVG path per country (ISO
 * alpha-2), derived from Natural Earth 1:110m by {@code src/tools/worldmap/derive.js}.
 * Immutable once loaded; thread-safe.
 */
final class WorldMap {

    /** One country's outline in map units. */
    record Country(String code, String name, String path) {
    }

    private final List<Country> countries;
    private final double width;
    private final double height;

    private WorldMap(List<Country> countries, double width, double height) {
        this.countries = List.copyOf(countries);
        this.width = width;
        this.height = height;
    }

    static WorldMap load() {
        try (InputStream in = WorldMap.class.getResourceAsStream("world-110m.tsv")) {
            if (in == null) {
                throw new IllegalStateException("world-110m.tsv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Country> list = new ArrayList<>();
            double w = 1080;
            double h = 423;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    for (String part : line.substring(1).trim().split("\\s+")) {
                        if (part.startsWith("width=")) {
                            w = Double.parseDouble(part.substring(6));
                        } else if (part.startsWith("height=")) {
                            h = Double.parseDouble(part.substring(7));
                        }
                    }
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length == 3) {
                    list.add(new Country(cols[0], cols[1], cols[2]));
                }
            }
            return new WorldMap(list, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Country> countries() {
        return countries;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }
}
