package dev.gazette.suggest;

/**
 * A feature vector with few non-zero entries: feature indexes ascending and their values.
 * Immutable by convention (the arrays are never changed after construction).
 */
record SparseVector(int[] index, float[] value) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /** The dot product with a dense weight vector. */
    double dot(float[] w) {
        double s = 0;
        for (int k = 0; k < index.length; k++) {
            s += w[index[k]] * value[k];
        }
        return s;
    }

    /** The squared length. */
    double squaredNorm() {
        double s = 0;
        for (float v : value) {
            s += v * v;
        }
        return s;
    }

    int size() {
        return index.length;
    }
}
