package dev.gazette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fictional short stories on a few topics, written for tag-suggestion tests: each topic has
 * its own words, every story mixes them with common words in its own random order (seeded),
 * so stories of a topic share vocabulary but never whole passages (they are not copies).
 */
public final class TopicStories {

    /** Topic name to its own words. */
    public static final List<String[]> TOPICS = List.of(
            new String[] {"harbour", "harbour", "cranes", "container", "berth", "dockers", "cargo", "quay", "tugboat",
                    "freighter", "pilots", "mooring", "shipping", "terminal", "vessel", "tonnage"},
            new String[] {"orchard", "orchard", "apples", "harvest", "pickers", "blossom", "frost", "cider", "growers",
                    "pruning", "ladders", "crates", "cooperative", "varieties", "rootstock", "bushels"},
            new String[] {"chess", "chess", "grandmaster", "opening", "endgame", "tournament", "rook", "bishop",
                    "checkmate", "gambit", "rating", "blitz", "knight", "pawns", "draw", "olympiad"});

    private static final String[] COMMON = {"town", "council", "week", "people", "report", "morning", "local", "year",
            "plans", "group", "members", "visitors", "road", "season", "officials", "families", "weather", "meeting",
            "money", "school", "market", "evening", "river", "bridge", "night", "summer", "winter", "spring", "north",
            "south", "company", "volunteers", "newspaper", "museum", "library", "station", "village", "festival"};

    private TopicStories() {
    }

    /** The title and text of story number n of a topic (0, 1, 2 …). */
    public static String story(int topic, int n) {
        Random r = new Random(topic * 1000L + n);
        String[] words = TOPICS.get(topic);
        StringBuilder text = new StringBuilder();
        String title = capital(words[1 + r.nextInt(words.length - 1)]) + " " + words[1 + r.nextInt(words.length - 1)]
                + " in " + capital(COMMON[r.nextInt(COMMON.length)]) + " " + n;
        text.append(title).append("\n\n");
        for (int p = 0; p < 3; p++) {
            for (int s = 0; s < 4; s++) {
                List<String> sentence = new ArrayList<>();
                for (int w = 0; w < 9; w++) {
                    sentence.add(r.nextInt(3) == 0 ? words[1 + r.nextInt(words.length - 1)] : COMMON[r.nextInt(COMMON.length)]);
                }
                text.append(capital(String.join(" ", sentence))).append(". ");
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** Writes stories 0..count-1 of every topic as text files into dir; returns them, topic by topic. */
    public static List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            for (int n = 0; n < count; n++) {
                Path f = dir.resolve(TOPICS.get(t)[0] + "-" + n + ".txt");
                Files.writeString(f, story(t, n), StandardCharsets.UTF_8);
                out.add(f);
            }
        }
        return out;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
