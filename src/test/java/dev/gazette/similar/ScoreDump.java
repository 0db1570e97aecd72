package dev.gazette.similar;

import java.util.List;

/** Prints the closest negatives and weakest positives of the labelled set (tuning aid). */
public final class ScoreDump {
    public static void main(String[] args) {
        List<LabelledPairs.Text> texts = LabelledPairs.texts();
        java.util.Map<LabelledPairs.Text, Fingerprint> f = new java.util.HashMap<>();
        texts.forEach(t -> f.put(t, Fingerprint.of(t.body())));
        List<Object[]> rows = new java.util.ArrayList<>();
        for (LabelledPairs.Pair p : LabelledPairs.pairs(texts)) {
            double c = f.get(p.a()).containment(f.get(p.b()));
            rows.add(new Object[] {c, p.same(), p.a().story() + "/" + p.a().variant() + " ~ " + p.b().story() + "/"
                    + p.b().variant(), f.get(p.a()).candidateOf(f.get(p.b()))});
        }
        rows.sort((a, b) -> Double.compare((double) b[0], (double) a[0]));
        System.out.println("closest negatives:");
        rows.stream().filter(r -> !(boolean) r[1]).limit(8).forEach(r -> System.out.printf("%.3f %s cand=%s%n", r[0], r[2], r[3]));
        System.out.println("weakest positives:");
        List<Object[]> pos = rows.stream().filter(r -> (boolean) r[1]).toList();
        pos.subList(Math.max(0, pos.size() - 12), pos.size()).forEach(r -> System.out.printf("%.3f %s cand=%s%n", r[0], r[2], r[3]));
        System.out.println("positives not candidates: " + pos.stream().filter(r -> !(boolean) r[3]).count() + " of " + pos.size());
    }
}
