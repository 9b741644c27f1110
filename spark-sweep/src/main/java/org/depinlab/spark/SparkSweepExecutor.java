package org.depinlab.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.depinlab.simulator.sweep.RunOutcome;
import org.depinlab.simulator.sweep.RunSpec;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepExecutorProvider;

import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Runs a sweep as one Spark job: one partition, hence one Spark task, per run, so that runs of
 * unequal length balance over the cluster's cores. Each run's outcome comes back to the driver as
 * its task finishes (not at the end of the job), so it is appended to {@code points.jsonl} at once
 * and a driver killed mid-sweep loses only the runs in flight, as with local threads.
 */
public final class SparkSweepExecutor implements SweepExecutor {

    private static final Pattern MASTER = Pattern.compile(
            "local(\\[(\\*|[1-9]\\d*)(,[1-9]\\d*)?])?|spark://\\S+");

    private final JavaSparkContext context;

    private SparkSweepExecutor(JavaSparkContext context) {
        this.context = context;
    }

    /**
     * Starts a Spark context: on {@code settings.master()} if given, else on the master spark-submit
     * set, else embedded in this JVM on {@code local[threads]}.
     */
    public static SparkSweepExecutor start(SweepExecutorProvider.Settings settings) {
        SparkConf conf = new SparkConf().setAppName("depinlab sweep " + settings.appName());
        if (settings.master() != null) {
            conf.setMaster(checked(settings.master()));
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + settings.threads() + "]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // embedded: no web UI, and no dependence on how this machine's host name resolves
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try {
            return new SparkSweepExecutor(new JavaSparkContext(conf));
        } catch (Exception e) {
            // Scala throws SparkException, a checked exception Java cannot name here
            throw new IllegalArgumentException("--executor spark: cannot start Spark on "
                    + conf.get("spark.master") + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code master} if it is a master this application can reach by itself (local, or a standalone
     * cluster), else an error saying which are; YARN and Kubernetes need spark-submit, which brings
     * their client libraries and sets the master itself.
     */
    static String checked(String master) {
        if (!MASTER.matcher(master).matches()) {
            throw new IllegalArgumentException("--master: '" + master + "' is not a Spark master this command starts"
                    + " (allowed: local, local[N], local[*], local[N,RETRIES], spark://HOST:PORT[,HOST:PORT…]; for"
                    + " YARN or Kubernetes, give spark-submit's --master and leave this one out)");
        }
        return master;
    }

    @Override
    public void execute(List<RunSpec> specs, Consumer<RunOutcome> sink) {
        if (specs.isEmpty()) {
            return;
        }
        JavaRDD<RunSpec> runs = context.parallelize(specs, specs.size());
        // a sink that fails (say, a full disk) cancels the job: running on would only lose more runs
        DriverSink handler = new DriverSink(sink, () -> context.sc().cancelAllJobs());
        @SuppressWarnings("unchecked")
        ClassTag<ArrayList<RunOutcome>> tag = (ClassTag<ArrayList<RunOutcome>>) (ClassTag<?>) ClassTag$.MODULE$
                .apply(ArrayList.class);
        try {
            context.sc().runJob(runs.rdd(), new RunPartition(), handler, tag);
        } catch (Exception e) {
            handler.rethrow();
            // Scala throws SparkException, a checked exception Java cannot name here
            throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
        }
        handler.rethrow();
    }

    @Override
    public void close() {
        context.close();
    }
}
