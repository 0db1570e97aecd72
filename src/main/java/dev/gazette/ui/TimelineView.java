package dev.gazette.ui;

import dev.gazette.model.FacetCount;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Articles per month as a bar chart, every month from the first to the last one that has
 * articles (empty months are gaps, not squeezed out). A click on a bar asks to filter by that
 * month, a click on a year label by that year. Use on the JavaFX thread.
 */
final class TimelineView extends BorderPane {

    /** One bar: a month and its count. */
    record Bar(YearMonth month, long count) {
    }

    private static final double AXIS_HEIGHT = 28;
    private static final double TOP_ROOM = 18;

    private final BiConsumer<Integer, Integer> onPick;
    private final Label title = new Label("Articles per month");
    private final Label hint = new Label();
    private final Pane plot = new Pane() {
        @Override
        protected void layoutChildren() {
            draw();
        }
    };
    private List<Bar> bars = List.of();
    private YearMonth selected;
    private double lastWidth = -1;
    private double lastHeight = -1;

    TimelineView(BiConsumer<Integer, Integer> onPick) {
        this.onPick = onPick;
        setId("timeline");
        getStyleClass().add("chart-pane");
        title.getStyleClass().add("title-3");
        hint.getStyleClass().add("text-muted");
        plot.setMinSize(200, 120);
        setTop(title);
        setCenter(plot);
        setBottom(hint);
        BorderPane.setMargin(plot, new Insets(12, 0, 0, 0));
        BorderPane.setMargin(hint, new Insets(8, 0, 0, 0));
        setPadding(new Insets(16, 20, 16, 20));
    }

    /** Months keyed "YYYY-MM" with counts; {@code selected} is highlighted. */
    void show(List<FacetCount> months, YearMonth selectedMonth) {
        bars = bars(months);
        selected = selectedMonth;
        lastWidth = -1;
        long total = bars.stream().mapToLong(Bar::count).sum();
        hint.setText(bars.isEmpty()
                ? "No dated article in this view. Import some stories, or clear the filters in the sidebar."
                : String.format("%,d dated articles from %s to %s · click a bar to list that month, a year to list the year",
                total, label(bars.get(0).month()), label(bars.get(bars.size() - 1).month())));
        plot.requestLayout();
    }

    static List<Bar> bars(List<FacetCount> months) {
        TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
        for (FacetCount f : months == null ? List.<FacetCount>of() : months) {
            try {
                byMonth.merge(YearMonth.parse(f.key()), f.count(), Long::sum);
            } catch (RuntimeException e) {
                // a key that is not YYYY-MM is not a month
            }
        }
        List<Bar> out = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return out;
        }
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
            out.add(new Bar(m, byMonth.getOrDefault(m, 0L)));
        }
        return out;
    }

    List<Bar> bars() {
        return bars;
    }

    private static String label(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    private void draw() {
        double w = plot.getWidth();
        double h = plot.getHeight();
        if (w == lastWidth && h == lastHeight) {
            return;
        }
        lastWidth = w;
        lastHeight = h;
        plot.getChildren().clear();
        if (bars.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        long max = bars.stream().mapToLong(Bar::count).max().orElse(1);
        max = Math.max(1, max);
        double chartH = h - AXIS_HEIGHT - TOP_ROOM;
        double slot = w / bars.size();
        double gap = slot > 6 ? Math.min(4, slot * 0.2) : 0.5;
        Line axis = new Line(0, TOP_ROOM + chartH + 0.5, w, TOP_ROOM + chartH + 0.5);
        axis.getStyleClass().add("timeline-axis");
        plot.getChildren().add(axis);
        for (long level : List.of(max, max / 2)) {
            if (level <= 0 || (level == max / 2 && max < 4)) {
                continue;
            }
            double y = TOP_ROOM + chartH - chartH * level / max + 0.5;
            Line grid = new Line(0, y, w, y);
            grid.getStyleClass().add("timeline-grid");
            Label l = new Label(String.format("%,d", level));
            l.getStyleClass().addAll("text-muted", "text-small");
            plot.getChildren().addAll(grid, l);
            sized(l).relocate(2, y - l.getHeight() - 1);
        }
        int yearStep = yearStep(bars.size() / 12.0, w);
        double labelsEnd = Double.NEGATIVE_INFINITY; // right edge of the last year label placed
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double bh = b.count() == 0 ? 0 : Math.max(2, chartH * b.count() / max);
            // a full-height transparent hit area, so thin and empty bars are easy to click
            Rectangle hit = new Rectangle(i * slot, TOP_ROOM, slot, chartH);
            hit.getStyleClass().add("timeline-hit");
            Rectangle r = new Rectangle(i * slot + gap / 2, TOP_ROOM + chartH - bh, Math.max(1, slot - gap), bh);
            r.getStyleClass().add(b.month().equals(selected) ? "timeline-bar-selected" : "timeline-bar");
            r.setMouseTransparent(true);
            String text = label(b.month()) + "\n" + (b.count() == 1 ? "1 article" : String.format("%,d articles", b.count()));
            Tooltip tip = new Tooltip(text);
            tip.setShowDelay(Duration.millis(100));
            Tooltip.install(hit, tip);
            hit.setCursor(Cursor.HAND);
            hit.setOnMouseClicked(e -> onPick.accept(b.month().getYear(), b.month().getMonthValue()));
            hit.setId("bar-" + b.month());
            plot.getChildren().addAll(hit, r);
            if (b.month().getMonth() == Month.JANUARY || i == 0) {
                int year = b.month().getYear();
                if (i == 0 || year % yearStep == 0) {
                    Label y = new Label(String.valueOf(year));
                    y.getStyleClass().add("timeline-year");
                    y.setCursor(Cursor.HAND);
                    y.setOnMouseClicked(e -> onPick.accept(year, null));
                    plot.getChildren().add(y);
                    sized(y);
                    // kept inside the chart (a last January sits at its right edge) and apart
                    // from the label before it (a first month of December is next to January)
                    double x = Math.max(0, Math.min(i * slot, w - y.getWidth()));
                    if (x < labelsEnd + 4) {
                        plot.getChildren().remove(y);
                        continue;
                    }
                    labelsEnd = x + y.getWidth();
                    y.relocate(x, TOP_ROOM + chartH + 6);
                    Line tick = new Line(i * slot, TOP_ROOM + chartH, i * slot, TOP_ROOM + chartH + 5);
                    tick.getStyleClass().add("timeline-axis");
                    plot.getChildren().add(tick);
                }
            }
        }
    }

    /** A label added while laying out gets its CSS and size at once (or it would stay empty). */
    private static Label sized(Label l) {
        l.applyCss();
        l.autosize();
        return l;
    }

    private static int yearStep(double years, double width) {
        double perYear = width / Math.max(1, years);
        if (perYear >= 44) {
            return 1;
        }
        if (perYear >= 22) {
            return 2;
        }
        if (perYear >= 9) {
            return 5;
        }
        return 10;
    }
}
