/**
 * The sweep executor on Apache Spark: {@link SparkSweepExecutor} runs a sweep's tasks as one Spark
 * job ({@link RunPartition} runs a partition's tasks through the simulator's {@code PointRun}),
 * and {@link DriverSink} hands each outcome to the sweep on the driver as it arrives.
 * {@link SparkSweepExecutorProvider} makes it findable through {@code ServiceLoader}, so the
 * simulator never imports this package. May import the simulator's {@code sweep} and Spark.
 */
package org.depinlab.spark;
