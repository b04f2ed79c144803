package org.opencompras.generate;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0..n-1 with probability proportional to {@code 1 / (rank + 1)^exponent}: a few ranks are drawn very
 * often, most rarely, as with buyers' activity and suppliers' contract counts in real procurement data.
 */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int size, double exponent) {
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
        cumulative = new double[size];
        double total = 0;
        for (int rank = 0; rank < size; rank++) {
            total += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
    }

    int sample(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1);
    }
}
