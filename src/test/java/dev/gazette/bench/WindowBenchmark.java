package dev.gazette.bench;

import dev.gazette.Launcher;
import dev.gazette.model.ArticleSummary;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static dev.gazette.bench.WindowProbe.find;
import static dev.gazette.bench.WindowProbe.fx;
import static dev.gazette.bench.WindowProbe.key;
import static dev.gazette.bench.WindowProbe.pct;
import static dev.gazette.bench.WindowProbe.screenBounds;
import static dev.gazette.bench.WindowProbe.visibleRowsLoaded;
import static dev.gazette.bench.WindowProbe.waitFor;

/**
 * The window benchmark of issue 24 ("the window as fast as the list"): starts the real window in
 * this process the way a user does ({@link Launcher}) on a big library, and prints, for each
 * action a person takes, the median and 90th percentile of the time until the window shows its
 * result, over a number of tries:
 *
 * <ul>
 *   <li><b>click a row</b>: a mouse click on a list row another than the one shown, until the
 *       reader's web view has loaded that article's page (its load worker SUCCEEDED with the
 *       row's headline in the page) and the next frame is drawn;</li>
 *   <li><b>search</b>: a word typed key by key into the search box; timed from the end of the
 *       search box's pause after the last key ({@code ToolbarView.SEARCH_PAUSE}, 250 ms) until
 *       the list holds the new result and a frame shows it (the time from the last key is printed
 *       too);</li>
 *   <li><b>timeline</b> and <b>map</b>: a click on the toolbar's page switcher until the chart
 *       is laid out with its bars or countries and drawn (then back to the list, not timed);</li>
 *   <li><b>sidebar year</b> and <b>sidebar region</b>: a click on a year or a country in the
 *       sidebar until the list holds the filtered result and a frame shows it (then All articles,
 *       timed as <b>sidebar all</b>).</li>
 * </ul>
 *
 * <p>An action's result is checked after every layout pass; it counts as done at the first frame
 * drawn after the pass that had it (JavaFX's per-scene frame tracker), or at that pass when no
 * frame follows. Input is real: JavaFX's {@link Robot} (X events under Xvfb, Monocle's own under
 * headless Monocle). The processor time of the window's threads (JavaFX, renderer, library,
 * reader) per try is printed beside, since wall times on a shared machine swing with its load.
 * The benchmark reads articles, so it marks them read: give it a fresh copy of the library.
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.gazette.bench.BigLibrary /tmp/big100k 100000
 * cp -a /tmp/big100k /tmp/run100k
 * # headless Monocle:
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1400x900-32 \
 *     -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.gazette.bench.WindowBenchmark /tmp/run100k 20
 * # as a user would, under X:
 * xvfb-run -a -s "-screen 0 1400x900x24" java -Dprism.order=sw -cp … dev.gazette.bench.WindowBenchmark /tmp/run100k 20
 * </pre>
 *
 * Arguments: the library folder, the tries per action (default 20), and optionally the actions
 * to run, comma-separated (click,search,timeline,map,sidebar).
 */
public final class WindowBenchmark {

    private static final long ACTION_TIMEOUT_MS = 60_000;
    /** The search box's pause after the last key before it searches (ToolbarView.SEARCH_PAUSE). */
    private static final long SEARCH_PAUSE_NS = 250_000_000L;
    /** Words of the generated library ({@link BigLibrary}): broad and narrow, one and two words. */
    private static final String[] SEARCHES = {"harbour", "ferry", "night trains", "drought", "tram line", "solar",
            "fishing quotas", "budget", "wind farm", "storm", "school meals", "cycle lanes", "housing", "desalination",
            "river", "bus fares", "harvest", "teachers", "flood", "quotas"};

    private final Map<String, List<Long>> latencies = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private final Random random = new Random(24);
    private Stage stage;
    private Scene scene;
    private TableView<ArticleSummary> table;
    private TreeView<?> sidebar;
    private TextField search;
    private WebView reader;
    private Robot robot;

    private volatile Pending pending;
    private volatile long resets;
    private volatile long lastKeyAt;

    /** What the current action waits for, checked after every layout pass. */
    private static final class Pending {
        final BooleanSupplier done;
        final CompletableFuture<Long> drawn = new CompletableFuture<>();
        volatile boolean armed;
        volatile long armedAt;

        Pending(BooleanSupplier done) {
            this.done = done;
        }
    }

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]).toAbsolutePath();
        int tries = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> actions = List.of((args.length > 2 ? args[2] : "click,search,timeline,map,sidebar").split(","));
        Thread app = new Thread(() -> Launcher.main(new String[]{"--library", library.toString()}), "app");
        app.setDaemon(true);
        long launched = System.nanoTime();
        app.start();
        WindowBenchmark bench = new WindowBenchmark();
        int status = 0;
        try {
            bench.attach(launched);
            bench.run(tries, actions);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            bench.report(); // what was measured before a failure still counts
            Platform.exit();
            app.join(20_000);
            System.exit(status);
        }
    }

    // ---- set-up ------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void attach(long launched) throws Exception {
        stage = WindowProbe.mainWindow(180_000);
        scene = fx(stage::getScene);
        table = (TableView<ArticleSummary>) fx(() -> scene.lookup("#articles"));
        sidebar = (TreeView<?>) fx(() -> scene.lookup("#sidebar"));
        search = (TextField) fx(() -> scene.lookup("#search"));
        waitFor("window filled", () -> fx(() -> table.getItems().size() > 1000 && scene.lookup("#reader") != null
                && sidebar.getExpandedItemCount() > 5), 180_000);
        reader = (WebView) fx(() -> scene.lookup("#reader"));
        System.out.printf(Locale.ROOT, "window filled %.2f s after launch: %,d articles, window %.0fx%.0f, %s, %s%n",
                (System.nanoTime() - launched) / 1e9, fx(() -> table.getItems().size()), stage.getWidth(),
                stage.getHeight(), System.getProperty("glass.platform", "default platform"),
                System.getProperty("prism.order", "default pipeline"));
        fx(() -> {
            robot = new Robot();
            installWatch();
            table.getItems().addListener((ListChangeListener<ArticleSummary>) c -> {
                while (c.next()) {
                    if (c.wasAdded() || c.wasRemoved()) {
                        resets++;
                        return;
                    }
                }
            });
            scene.addEventFilter(KeyEvent.KEY_TYPED, e -> lastKeyAt = System.nanoTime());
            stage.requestFocus();
            table.requestFocus();
            return null;
        });
        Thread.sleep(3000); // the start's background work (backup, sample check) settles
    }

    private void installWatch() throws ReflectiveOperationException {
        Class<?> trackerClass = Class.forName("com.sun.javafx.perf.PerformanceTracker");
        Object tracker = trackerClass.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
        Runnable previous = (Runnable) trackerClass.getMethod("getOnRenderedFrameTask").invoke(tracker);
        trackerClass.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(tracker, (Runnable) () -> {
            if (previous != null) {
                previous.run(); // the app's own NextFrame
            }
            Pending p = pending;
            if (p != null && p.armed) {
                p.drawn.complete(System.nanoTime());
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            Pending p = pending;
            if (p != null && !p.armed && p.done.getAsBoolean()) {
                p.armedAt = System.nanoTime();
                p.armed = true;
            }
        });
    }

    // ---- the actions -------------------------------------------------------------------------

    private void run(int tries, List<String> actions) throws Exception {
        if (actions.contains("click")) {
            phase("click a row (reader shows it)", tries, this::clickRow);
        }
        if (actions.contains("search")) {
            phase("search (list shows it, after the pause)", tries, this::typeSearch);
        }
        if (actions.contains("timeline")) {
            phase("open timeline", tries, () -> openPage("#page-timeline", "#timeline", ".timeline-bar"));
        }
        if (actions.contains("map")) {
            phase("open map", tries, () -> openPage("#page-map", "#world-map", ".map-country"));
        }
        if (actions.contains("sidebar")) {
            List<String> years = fx(() -> keys("date:", 9));
            List<String> regions = fx(() -> keys("region:", 9));
            int[] n = {0};
            phase("sidebar year (list shows it)", tries, () -> sidebarPair("sidebar year (list shows it)",
                    years.get(n[0]++ % years.size())));
            n[0] = 0;
            phase("sidebar region (list shows it)", tries, () -> sidebarPair("sidebar region (list shows it)",
                    regions.get(n[0]++ % regions.size())));
        }
    }

    private interface Try {
        /** One try; returns its latency in ns, or -1 when it timed out. */
        long run() throws Exception;
    }

    /** Runs tries of one action, recording latencies and the processor time of the window's threads. */
    private void phase(String label, int tries, Try one) throws Exception {
        long cpuBefore = windowCpu();
        for (int i = 0; i < tries; i++) {
            long ns;
            try {
                ns = one.run();
            } catch (Exception e) { // a row or cell not found under load: counted as a failed try
                System.out.println("  failed: " + label + ": " + e);
                ns = -1;
            }
            if (ns >= 0) {
                latencies.computeIfAbsent(label, k -> new ArrayList<>()).add(ns);
            } else {
                System.out.println("  timeout or failure: " + label);
            }
            settle();
        }
        cpu.merge(label, (windowCpu() - cpuBefore) / Math.max(1, tries), Long::sum);
    }

    private long clickRow() throws Exception {
        VirtualFlow<?> flow = (VirtualFlow<?>) fx(() -> table.lookup(".virtual-flow"));
        if (random.nextInt(3) == 0) { // now and then somewhere else in the list, as a person scrolls
            int to = random.nextInt(fx(() -> table.getItems().size()));
            fx(() -> {
                table.scrollTo(to);
                return null;
            });
            waitFor("rows loaded", () -> fx(() -> visibleRowsLoaded(flow)), 30_000);
            settle();
        }
        Node row = fx(() -> {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            int selected = table.getSelectionModel().getSelectedIndex();
            List<IndexedCell<?>> candidates = new ArrayList<>();
            for (int i = first.getIndex() + 1; i < last.getIndex(); i++) {
                IndexedCell<?> c = flow.getVisibleCell(i);
                if (c != null && i != selected && c.getItem() instanceof ArticleSummary a && a.id() >= 0) {
                    candidates.add(c);
                }
            }
            return candidates.get(random.nextInt(candidates.size()));
        });
        ArticleSummary wanted = fx(() -> (ArticleSummary) ((TableRow<?>) row).getItem());
        Bounds b = fx(() -> screenBounds(row));
        fx(() -> {
            robot.mouseMove(b.getMinX() + Math.min(120, b.getWidth() / 3), b.getMinY() + b.getHeight() / 2);
            return null;
        });
        Thread.sleep(50);
        return act(() -> robot.mouseClick(MouseButton.PRIMARY), () -> readerShows(wanted));
    }

    private long typeSearch() throws Exception {
        String word = SEARCHES[random.nextInt(SEARCHES.length)];
        // start from the whole library, the search box empty and focused (not timed)
        fx(() -> {
            search.requestFocus();
            search.clear();
            return null;
        });
        settle();
        waitFor("all articles", () -> fx(() -> table.getItems().size() > 1000), 30_000);
        settle();
        for (int i = 0; i < word.length() - 1; i++) {
            type(word.charAt(i));
            Thread.sleep(60 + random.nextInt(60)); // a person typing: 60–120 ms between keys
        }
        long before = resets;
        char last = word.charAt(word.length() - 1);
        long ns = act(() -> type(last), () -> resets > before && !search.getText().isEmpty()
                && search.getText().equals(word), () -> lastKeyAt + SEARCH_PAUSE_NS, true);
        if (ns < 0) {
            System.out.println("  search box: '" + fx(search::getText) + "', focus " + fx(() -> String.valueOf(scene.getFocusOwner()))
                    + ", resets " + before + " -> " + resets + ", rows " + fx(() -> table.getItems().size()) + ", status "
                    + fx(() -> ((javafx.scene.control.Labeled) scene.lookup("#status")).getText()));
        }
        if (ns >= 0) {
            latencies.computeIfAbsent("search (list shows it, from the last key)", k -> new ArrayList<>())
                    .add(ns + SEARCH_PAUSE_NS);
            // the generated library's body words are in almost every article: say which kind this was
            int matches = fx(() -> table.getItems().size());
            latencies.computeIfAbsent(matches > 50_000 ? "  of which words in > half the library"
                    : "  of which words in < half the library", k -> new ArrayList<>()).add(ns);
        }
        return ns;
    }

    private void type(char ch) throws Exception {
        KeyCode code = ch == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(ch)));
        fx(() -> {
            robot.keyType(code);
            return null;
        });
    }

    private long openPage(String button, String view, String shapes) throws Exception {
        Node toggle = fx(() -> scene.lookup(button));
        Bounds b = fx(() -> screenBounds(toggle));
        fx(() -> {
            robot.mouseMove(b.getCenterX(), b.getCenterY());
            return null;
        });
        Thread.sleep(50);
        long ns = act(() -> robot.mouseClick(MouseButton.PRIMARY), () -> {
            Node chart = scene.lookup(view);
            return chart != null && chart.getScene() != null && chart.isVisible()
                    && chart.getLayoutBounds().getWidth() > 0 && !chart.lookupAll(shapes).isEmpty();
        });
        settle();
        fx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#page-articles")).fire();
            return null;
        });
        return ns;
    }

    /** Clicks a sidebar key (timed under label) and then All articles (timed as "sidebar all"). */
    private long sidebarPair(String label, String key) throws Exception {
        long ns = clickSidebar(key);
        settle();
        long all = clickSidebar("all");
        if (all >= 0) {
            latencies.computeIfAbsent("sidebar all (list shows it)", k -> new ArrayList<>()).add(all);
        }
        return ns;
    }

    private long clickSidebar(String key) throws Exception {
        fx(() -> {
            TreeItem<?> item = find(sidebar.getRoot(), key);
            for (TreeItem<?> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            sidebar.scrollTo(Math.max(0, sidebar.getRow((TreeItem) item) - 3));
            return null;
        });
        settle();
        waitFor("sidebar cell " + key, () -> fx(() -> sidebarCell(key)) != null, 10_000);
        Node cell = fx(() -> sidebarCell(key));
        Bounds b = fx(() -> screenBounds(cell));
        fx(() -> {
            robot.mouseMove(b.getMinX() + 40, b.getMinY() + b.getHeight() / 2);
            return null;
        });
        Thread.sleep(100);
        long before = resets;
        return act(() -> robot.mouseClick(MouseButton.PRIMARY), () -> resets > before);
    }

    private Node sidebarCell(String key) {
        return sidebar.lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.isVisible() && c.getTreeItem() != null
                        && key.equals(key(c.getTreeItem())))
                .findFirst().orElse(null);
    }

    /** Sidebar keys of one kind and length ("date:2019", "region:VE"), in the sidebar's order. */
    private List<String> keys(String prefix, int length) {
        List<String> out = new ArrayList<>();
        collect(sidebar.getRoot(), prefix, length, out);
        if (out.isEmpty()) {
            throw new IllegalStateException("no sidebar key " + prefix);
        }
        return out.subList(0, Math.min(12, out.size()));
    }

    private static void collect(TreeItem<?> node, String prefix, int length, List<String> out) {
        for (TreeItem<?> c : node.getChildren()) {
            String key = key(c);
            if (key != null && key.startsWith(prefix) && key.length() == length) {
                out.add(key);
            }
            collect(c, prefix, length, out);
        }
    }

    /** The reader has loaded the page of this article: load SUCCEEDED, its headline in the page. */
    private boolean readerShows(ArticleSummary wanted) {
        if (reader.getEngine().getLoadWorker().getState() != Worker.State.SUCCEEDED) {
            return false;
        }
        var doc = reader.getEngine().getDocument();
        if (doc == null) {
            return false;
        }
        var h1 = doc.getElementsByTagName("h1");
        return h1.getLength() > 0 && wanted.title() != null
                && h1.item(0).getTextContent().strip().equals(wanted.title().strip());
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private interface Action {
        void run() throws Exception;
    }

    /**
     * Does the action on the JavaFX thread and waits until a frame shows its result; returns the
     * time from {@code from} (read on the JavaFX thread once the action is done, or at its
     * start) to that frame, or -1 on a timeout.
     */
    private long act(Action action, BooleanSupplier done) throws Exception {
        return act(action, done, null, false);
    }

    private long act(Action action, BooleanSupplier done, java.util.function.LongSupplier from, boolean fromGiven)
            throws Exception {
        Pending p = new Pending(done);
        long[] start = new long[1];
        fx(() -> {
            pending = p;
            start[0] = System.nanoTime();
            action.run();
            return null;
        });
        long drawn;
        try {
            drawn = p.drawn.get(ACTION_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending = null;
            if (!p.armed) {
                return -1;
            }
            drawn = p.armedAt; // the result was in the scene, but no frame followed
        }
        pending = null;
        return drawn - (fromGiven ? from.getAsLong() : start[0]);
    }

    /** Processor time of the window's threads: JavaFX, renderer, library, reader. */
    private static long windowCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String n = t.getName();
            if (n.equals("JavaFX Application Thread") || n.startsWith("QuantumRenderer") || n.startsWith("gazette-")) {
                sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private void settle() throws Exception {
        Thread.sleep(500);
        fx(() -> null);
    }

    // ---- report ------------------------------------------------------------------------------

    private void report() throws Exception {
        System.out.printf(Locale.ROOT, "%n%-46s %4s %9s %9s %9s %9s %11s%n", "action (ms to the frame)", "n", "median",
                "p90", "max", "first", "cpu ms/try");
        for (var e : latencies.entrySet()) {
            List<Long> ns = e.getValue();
            List<Long> sorted = ns.stream().sorted().toList();
            Long c = cpu.get(e.getKey());
            System.out.printf(Locale.ROOT, "%-46s %4d %9.1f %9.1f %9.1f %9.1f %11s%n", e.getKey(), ns.size(),
                    pct(sorted, 50) / 1e6, pct(sorted, 90) / 1e6, sorted.get(sorted.size() - 1) / 1e6, ns.get(0) / 1e6,
                    c == null ? "" : String.format(Locale.ROOT, "%.0f", c / 1e6));
        }
        String load = new String(java.nio.file.Files.readAllBytes(Path.of("/proc/loadavg"))).strip();
        System.out.println("load average (1, 5, 15 min …): " + load);
    }

}
