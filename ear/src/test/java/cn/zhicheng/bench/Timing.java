package cn.zhicheng.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Repeated timings of one piece of work after a warm-up: the median and the 95th percentile, in milliseconds. */
record Timing(double medianMs, double p95Ms, int runs) {

    static Timing of(int warmUp, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.call();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing(nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)] / 1e6, runs);
    }

    /** Once, without warm-up (a job, a cold start): milliseconds. */
    static double once(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }
}
