package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.FacetCount;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Articles per country on a world map drawn with JavaFX shapes, shaded by count (log scale);
 * a click on a country asks to filter by it. Use on the JavaFX thread.
 */
final class WorldMapView extends BorderPane {

    private final WorldMap map = WorldMap.load();
    private final Map<String, SVGPath> shapes = new HashMap<>();
    private final Map<String, Tooltip> tips = new HashMap<>();
    private final Group group = new Group();
    private final Pane canvas = new Pane() {
        @Override
        protected void layoutChildren() {
            double s = Math.min(getWidth() / map.width(), getHeight() / map.height());
            group.setScaleX(s);
            group.setScaleY(s);
            // Group scales about its centre: place that centre in the middle of the pane.
            group.setLayoutX((getWidth() - map.width()) / 2);
            group.setLayoutY((getHeight() - map.height()) / 2);
            for (SVGPath p : shapes.values()) {
                p.setStrokeWidth(0.8 / Math.max(s, 0.1));
            }
        }
    };
    private final Label title = new Label("Where your stories are");
    private final Label hint = new Label();
    private final Rectangle legendBar = new Rectangle(160, 10);
    private final Label legendMax = new Label();
    private Color empty = Color.web("#e6eaef");
    private Color full = Color.web("#0969da");
    private Color border = Color.web("#ffffff");
    private String selectedCode;

    WorldMapView(Geography geography, Consumer<String> onCountry) {
        getStyleClass().add("chart-pane");
        setId("world-map");
        hint.setId("map-hint");
        for (WorldMap.Country c : map.countries()) {
            SVGPath p = new SVGPath();
            p.setContent(c.path());
            p.setId("map-" + c.code());
            p.getStyleClass().add("map-country");
            p.setCursor(Cursor.HAND);
            String name = safeName(geography, c);
            Tooltip tip = new Tooltip(name);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(p, tip);
            tips.put(c.code(), tip);
            p.setOnMouseClicked(e -> onCountry.accept(c.code()));
            p.setOnMouseEntered(e -> p.setOpacity(0.75));
            p.setOnMouseExited(e -> p.setOpacity(1));
            shapes.put(c.code(), p);
            group.getChildren().add(p);
        }
        // shapes that cross the antimeridian are drawn on both sides and reach past the frame
        group.setClip(new Rectangle(0, 0, map.width(), map.height()));
        canvas.getChildren().add(group);
        canvas.setMinSize(200, 100);
        title.getStyleClass().add("title-3");
        hint.getStyleClass().add("text-muted");
        HBox legend = new HBox(8, new Label("Fewer"), legendBar, new Label("More"), legendMax);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, title, spacer, legend);
        head.setAlignment(Pos.CENTER_LEFT);
        setTop(head);
        setCenter(canvas);
        setBottom(hint);
        BorderPane.setMargin(hint, new Insets(8, 0, 0, 0));
        BorderPane.setMargin(canvas, new Insets(12, 0, 0, 0));
        setPadding(new Insets(16, 20, 16, 20));
        applyColours(false);
    }

    private static String safeName(Geography geography, WorldMap.Country c) {
        try {
            String n = geography.countryName(c.code());
            return n == null || n.isBlank() ? c.name() : n;
        } catch (RuntimeException e) {
            return c.name();
        }
    }

    /** Switches the palette between the light and the dark theme. */
    void applyColours(boolean dark) {
        empty = dark ? Color.web("#2d333b") : Color.web("#e6eaef");
        full = dark ? Color.web("#58a6ff") : Color.web("#0b57d0");
        border = dark ? Color.web("#0d1117") : Color.web("#ffffff");
        legendBar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, empty.interpolate(full, 0.15)), new Stop(1, full)));
        shapes.values().forEach(p -> p.setStroke(border));
        show(lastCounts, selectedCode);
    }

    private List<FacetCount> lastCounts = List.of();

    /** Shades every country by its count; {@code selected} is outlined. */
    void show(List<FacetCount> countries, String selected) {
        lastCounts = countries == null ? List.of() : countries;
        selectedCode = selected;
        long max = 1;
        Map<String, Long> counts = new HashMap<>();
        long located = 0;
        for (FacetCount f : lastCounts) {
            counts.put(f.key(), f.count());
            max = Math.max(max, f.count());
            located += f.count();
        }
        double logMax = Math.log1p(max);
        for (Map.Entry<String, SVGPath> e : shapes.entrySet()) {
            long n = counts.getOrDefault(e.getKey(), 0L);
            double t = n == 0 ? 0 : 0.15 + 0.85 * Math.log1p(n) / logMax;
            e.getValue().setFill(empty.interpolate(full, t));
            boolean sel = e.getKey().equals(selected);
            e.getValue().setStroke(sel ? Color.web("#f0883e") : border);
            if (sel) {
                e.getValue().toFront();
            }
            Tooltip tip = tips.get(e.getKey());
            String base = tip.getText().contains("\n") ? tip.getText().substring(0, tip.getText().indexOf('\n')) : tip.getText();
            tip.setText(base + "\n" + (n == 0 ? "No articles" : n == 1 ? "1 article" : String.format("%,d articles", n)));
        }
        legendMax.setText(String.format("(most: %,d)", max));
        hint.setText(lastCounts.isEmpty()
                ? "No article in this view names a country yet. Import some stories, or clear the filters in the sidebar."
                : String.format("%,d countries · click a country to list its articles · counts follow the sidebar and search filters",
                counts.size()));
    }

    int shapeCount() {
        return shapes.size();
    }
}
