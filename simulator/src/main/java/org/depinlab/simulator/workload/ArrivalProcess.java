package org.depinlab.simulator.workload;

import java.util.List;

import org.depinlab.simulator.engine.RandomStream;

/** How jobs arrive, as configuration; {@link #times(RandomStream)} makes the running generator. */
public sealed interface ArrivalProcess {

    /** Arrival times from {@code random}, each {@link ArrivalTimes#next(double)} after the previous. */
    ArrivalTimes times(RandomStream random);

    /** Long-run mean arrivals per second. */
    double meanRatePerSecond();

    /** The same shape with every rate multiplied by {@code factor} (> 0); hold times are kept. */
    ArrivalProcess scaled(double factor);

    /** Homogeneous Poisson arrivals. */
    record Poisson(double ratePerSecond) implements ArrivalProcess {
        public Poisson {
            requirePositive(ratePerSecond, "rate");
        }

        @Override
        public ArrivalTimes times(RandomStream random) {
            return now -> now + random.nextExponential() / ratePerSecond;
        }

        @Override
        public double meanRatePerSecond() {
            return ratePerSecond;
        }

        @Override
        public Poisson scaled(double factor) {
            return new Poisson(ratePerSecond * factor);
        }
    }

    /**
     * Poisson arrivals whose rate follows the day: λ(t) = mean·(1 + amplitude·cos(2π(t/3600 − peakHour)/24)),
     * drawn by thinning (Lewis and Shedler): candidates at the peak rate, each kept with probability λ(t)/peak.
     */
    record Diurnal(double meanRatePerSecond, double amplitude, double peakHour) implements ArrivalProcess {
        public Diurnal {
            requirePositive(meanRatePerSecond, "mean rate");
            if (!(amplitude >= 0 && amplitude <= 1)) {
                throw new IllegalArgumentException("diurnal amplitude must be in [0, 1], got " + amplitude);
            }
            if (!(peakHour >= 0 && peakHour < 24)) {
                throw new IllegalArgumentException("diurnal peak hour must be in [0, 24), got " + peakHour);
            }
        }

        @Override
        public Diurnal scaled(double factor) {
            return new Diurnal(meanRatePerSecond * factor, amplitude, peakHour);
        }

        /** λ(t), arrivals per second. */
        public double rateAt(double seconds) {
            return meanRatePerSecond * (1 + amplitude * Math.cos(2 * Math.PI * (seconds / 3600 - peakHour) / 24));
        }

        @Override
        public ArrivalTimes times(RandomStream random) {
            double peak = meanRatePerSecond * (1 + amplitude);
            return now -> {
                double t = now;
                do {
                    t += random.nextExponential() / peak;
                } while (random.nextDouble() * peak > rateAt(t));
                return t;
            };
        }
    }

    /**
     * Markov-modulated Poisson (bursty): in state i arrivals come at {@code ratesPerSecond[i]}; the
     * state lasts an exponential time of mean {@code meanHoldSeconds[i]}, then moves to the next
     * state cyclically (0, 1, …, n−1, 0). With two states this is the classic on/off burst model.
     */
    record Mmpp(List<Double> ratesPerSecond, List<Double> meanHoldSeconds) implements ArrivalProcess {
        public Mmpp {
            ratesPerSecond = List.copyOf(ratesPerSecond);
            meanHoldSeconds = List.copyOf(meanHoldSeconds);
            if (ratesPerSecond.size() < 2 || ratesPerSecond.size() != meanHoldSeconds.size()) {
                throw new IllegalArgumentException("MMPP needs at least two states, each with a rate and a mean hold time");
            }
            for (double rate : ratesPerSecond) {
                if (!(rate >= 0)) {
                    throw new IllegalArgumentException("MMPP rates must be >= 0, got " + rate);
                }
            }
            for (double hold : meanHoldSeconds) {
                requirePositive(hold, "MMPP mean hold time");
            }
        }

        @Override
        public double meanRatePerSecond() {
            double weighted = 0;
            double total = 0;
            for (int i = 0; i < ratesPerSecond.size(); i++) {
                weighted += ratesPerSecond.get(i) * meanHoldSeconds.get(i);
                total += meanHoldSeconds.get(i);
            }
            return weighted / total;
        }

        @Override
        public Mmpp scaled(double factor) {
            return new Mmpp(ratesPerSecond.stream().map(rate -> rate * factor).toList(), meanHoldSeconds);
        }

        @Override
        public ArrivalTimes times(RandomStream random) {
            double[] rates = ratesPerSecond.stream().mapToDouble(Double::doubleValue).toArray();
            double[] holds = meanHoldSeconds.stream().mapToDouble(Double::doubleValue).toArray();
            return new ArrivalTimes() {
                private int state;
                private double stateEnd = random.nextExponential() * holds[0];

                @Override
                public double next(double now) {
                    double t = now;
                    while (true) {
                        // memoryless: restarting the clock at a state change is exact
                        double candidate = rates[state] == 0 ? Double.POSITIVE_INFINITY
                                : t + random.nextExponential() / rates[state];
                        if (candidate <= stateEnd) {
                            return candidate;
                        }
                        t = stateEnd;
                        state = (state + 1) % rates.length;
                        stateEnd = t + random.nextExponential() * holds[state];
                    }
                }
            };
        }
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }
}
