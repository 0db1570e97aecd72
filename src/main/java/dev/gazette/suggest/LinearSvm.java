package dev.gazette.suggest;

import java.util.List;
import java.util.Random;

/**
 * A linear support-vector machine with squared hinge loss, learned by dual coordinate descent
 * (Hsieh et al., ICML 2008, the method of liblinear's default solver): one pass per round over
 * the examples in a shuffled order, each dual variable moved to its optimum in closed form and
 * the weights kept in step; examples that stay at their bound are shrunk away, as liblinear does. A bias is learned as the weight of a constant feature of value 1.
 * Stateless; {@link #learn} touches only its arguments and is safe to run on many threads.
 */
final class LinearSvm {

    /** Learned weights: w over the features, and the bias. */
    record Weights(float[] w, float bias) {
        double margin(SparseVector x) {
            return x.dot(w) + bias;
        }
    }

    private LinearSvm() {
    }

    /**
     * Learns a separator of the examples marked positive from the rest.
     *
     * @param xs        the examples
     * @param positive  which are positive (same length)
     * @param dims      the number of features
     * @param costPos   the cost of a violation by a positive example
     * @param costNeg   the cost of a violation by a negative example
     */
    static Weights learn(List<SparseVector> xs, boolean[] positive, int dims, double costPos, double costNeg) {
        int n = xs.size();
        float[] w = new float[dims];
        double bias = 0;
        double[] alpha = new double[n];
        double[] diag = new double[n];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = 0.5 / (positive[i] ? costPos : costNeg);
            q[i] = xs.get(i).squaredNorm() + 1 + diag[i]; // + 1: the bias feature
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // shrinking (as liblinear): an example at its bound whose gradient says it will stay there
        // is left out of the next passes, then all are checked again before stopping
        int active = n;
        double pgMaxOld = Double.POSITIVE_INFINITY;
        Random random = new Random(SuggestRules.SEED);
        for (int pass = 0; pass < SuggestRules.MAX_PASSES; pass++) {
            for (int i = active - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double maxPg = Double.NEGATIVE_INFINITY;
            double minPg = Double.POSITIVE_INFINITY;
            for (int s = 0; s < active; s++) {
                int i = order[s];
                SparseVector x = xs.get(i);
                double y = positive[i] ? 1 : -1;
                double g = y * (x.dot(w) + bias) - 1 + diag[i] * alpha[i];
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > pgMaxOld) {
                        active--;
                        order[s] = order[active];
                        order[active] = i;
                        s--;
                        continue;
                    } else if (g < 0) {
                        pg = g;
                    }
                } else {
                    pg = g;
                }
                maxPg = Math.max(maxPg, pg);
                minPg = Math.min(minPg, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - g / q[i], 0);
                    double d = (alpha[i] - old) * y;
                    int[] idx = x.index();
                    float[] val = x.value();
                    for (int k = 0; k < idx.length; k++) {
                        w[idx[k]] += (float) (d * val[k]);
                    }
                    bias += d;
                }
            }
            if (maxPg - minPg <= SuggestRules.TOLERANCE) {
                if (active == n) {
                    break;
                }
                active = n;
                pgMaxOld = Double.POSITIVE_INFINITY;
                continue;
            }
            pgMaxOld = maxPg <= 0 ? Double.POSITIVE_INFINITY : maxPg;
        }
        return new Weights(w, (float) bias);
    }
}
