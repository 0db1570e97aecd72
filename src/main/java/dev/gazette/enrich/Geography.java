package dev.gazette.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Countries and their UN M49 sub-regions and continents, for every ISO 3166-1 country and
 * territory (plus Kosovo, XK). The sub-region is the M49 intermediate region where M49 has one
 * (Latin America and the Caribbean: "South America", "Central America", "Caribbean";
 * Sub-Saharan Africa: "Eastern Africa", …), otherwise the M49 sub-region ("Western Asia").
 * Continents are the M49 regions Africa, Americas, Asia, Europe, Oceania, plus Antarctica for
 * AQ alone. Loaded once from the resource {@code m49.tsv} and the gazetteer's names.
 * Immutable, safe across threads.
 */
public final class Geography {

    /** Wider names that are not M49 sub-regions but that people filter by. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "latin america and the caribbean", List.of("Caribbean", "Central America", "South America"),
            "latin america", List.of("Caribbean", "Central America", "South America"),
            "sub-saharan africa", List.of("Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"));

    private static final class Holder {
        static final Geography STANDARD = new Geography(() -> Gazetteer.standard());
    }

    /** Where the names come from; asked once, at the first question (see {@link #tables()}). */
    private final Supplier<Gazetteer> gazetteerSource;
    /** The tables, read on first use: null until a method needs them. */
    private volatile Tables tables;

    private Geography(Supplier<Gazetteer> gazetteerSource) {
        this.gazetteerSource = gazetteerSource;
    }

    /**
     * The tables, read at the first question rather than when the geography is handed out: a
     * library is opened with the geography (for the sidebar's names, region searches, restore
     * rules), while most commands on it ({@code list}, {@code show}) never ask it anything, and
     * reading the tables means loading the gazetteer.
     */
    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (this) {
                t = tables;
                if (t == null) {
                    t = new Tables(gazetteerSource.get());
                    tables = t;
                }
            }
        }
        return t;
    }

    /** What the geography knows, read from {@code m49.tsv} and the gazetteer's names. */
    private static final class Tables {
        private final Map<String, String> subRegionOf = new HashMap<>();     // code -> sub-region
        private final Map<String, String> continentOf = new HashMap<>();     // code or sub-region -> continent
        private final Map<String, List<String>> subRegionsOf = new LinkedHashMap<>(); // continent -> sub-regions
        private final Map<String, List<String>> countriesOf = new LinkedHashMap<>();  // sub-region -> codes
        private final Map<String, String> regionNames = new HashMap<>();     // folded -> canonical name
        private final Map<String, String> names;
        private final Gazetteer gazetteer;
        private final List<String> allCodes;

        private Tables(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
            this.names = gazetteer.displayNames();
            try (InputStream in = Geography.class.getResourceAsStream("m49.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("m49.tsv missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    String sub = f[0];
                    String continent = f[1];
                    subRegionsOf.computeIfAbsent(continent, k -> new ArrayList<>()).add(sub);
                    continentOf.put(sub, continent);
                    regionNames.put(Tokens.fold(sub), sub);
                    regionNames.put(Tokens.fold(continent), continent);
                    List<String> codes = new ArrayList<>();
                    for (String code : f[2].trim().split("\\s+")) {
                        codes.add(code);
                        subRegionOf.put(code, sub);
                        continentOf.put(code, continent);
                    }
                    codes.sort(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER));
                    countriesOf.put(sub, List.copyOf(codes));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            subRegionsOf.replaceAll((k, v) -> List.copyOf(v));
            List<String> codes = new ArrayList<>(subRegionOf.keySet());
            codes.sort(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER));
            allCodes = List.copyOf(codes);
        }

        private String name(String code) {
            String name = names.get(code.toUpperCase(Locale.ROOT));
            return name != null ? name : code;
        }
    }

    /**
     * This geography with its tables read now: the resolver asks it about every article, and an
     * import times each file, so they are read when the resolver is made, not in the first file.
     */
    Geography loaded() {
        tables();
        return this;
    }

    /** The shared instance; its data is loaded on first use. */
    public static Geography standard() {
        return Holder.STANDARD;
    }

    /** English short name of an alpha-2 code ("VE" → "Venezuela"), or the code itself. */
    public String countryName(String code) {
        if (code == null) {
            return null;
        }
        String name = tables().names.get(code.toUpperCase(Locale.ROOT));
        return name != null ? name : code;
    }

    /** UN M49 sub-region name ("South America"), or null. */
    public String subRegion(String code) {
        return code == null ? null : tables().subRegionOf.get(code.toUpperCase(Locale.ROOT));
    }

    /** UN M49 region name ("Americas"), or null. */
    public String continent(String code) {
        return code == null ? null : tables().continentOf.get(code.toUpperCase(Locale.ROOT));
    }

    /** An alpha-2 code, country name or alias, sub-region or continent name to the list of
     *  alpha-2 codes it covers (empty when unknown). */
    public List<String> countriesFor(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return List.of();
        }
        String folded = Tokens.fold(nameOrCode.trim());
        String region = tables().regionNames.get(folded);
        if (region != null) {
            if (tables().countriesOf.containsKey(region)) {
                return tables().countriesOf.get(region);
            }
            return countriesOfContinent(region);
        }
        List<String> group = GROUPS.get(folded);
        if (group != null) {
            List<String> out = new ArrayList<>();
            group.forEach(s -> out.addAll(tables().countriesOf.get(s)));
            return List.copyOf(out);
        }
        return countryCode(nameOrCode).map(List::of).orElse(List.of());
    }

    /** Alpha-2 code of a country name, alias or code, if known. */
    public Optional<String> countryCode(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrCode.trim();
        if (s.length() == 2) {
            String upper = s.toUpperCase(Locale.ROOT);
            if (tables().subRegionOf.containsKey(upper)) {
                return Optional.of(upper);
            }
        }
        String code = tables().gazetteer.codeOfName(Tokens.fold(s));
        return Optional.ofNullable(code);
    }

    /** The continents (M49 regions) in alphabetical order: Africa, Americas, Asia, Europe,
     *  Oceania, and Antarctica last. */
    public List<String> continents() {
        List<String> out = new ArrayList<>(tables().subRegionsOf.keySet());
        out.sort(Comparator.comparing((String c) -> c.equals("Antarctica")).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(out);
    }

    /** The sub-regions of a continent, in M49 order, or empty when unknown. */
    public List<String> subRegions(String continent) {
        if (continent == null) {
            return List.of();
        }
        String c = tables().regionNames.get(Tokens.fold(continent.trim()));
        return c == null ? List.of() : tables().subRegionsOf.getOrDefault(c, List.of());
    }

    /** The countries (alpha-2) of a sub-region, by English name, or empty when unknown. */
    public List<String> countries(String subRegion) {
        if (subRegion == null) {
            return List.of();
        }
        String s = tables().regionNames.get(Tokens.fold(subRegion.trim()));
        return s == null ? List.of() : tables().countriesOf.getOrDefault(s, List.of());
    }

    /** The countries (alpha-2) of a continent, by English name. */
    public List<String> countriesOfContinent(String continent) {
        List<String> out = new ArrayList<>();
        for (String sub : subRegions(continent)) {
            out.addAll(tables().countriesOf.get(sub));
        }
        out.sort(Comparator.comparing(this::countryName, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(out);
    }

    /** Every country and territory (alpha-2), by English name. */
    public List<String> allCountries() {
        return tables().allCodes;
    }
}
