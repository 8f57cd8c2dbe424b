/**
 * News-dedup on Apache Spark: {@link io.github.newsdedup.spark.SparkGrouping} groups a {@code
 * Dataset<Row>} of articles with exactly the groups of {@link
 * io.github.newsdedup.NearDuplicateDetector#group}, and {@link
 * io.github.newsdedup.spark.SparkGroupJob} is the job that reads files and writes groups, matches
 * and skipped inputs. Spark is a provided dependency: the cluster (or {@code news-dedup-spark.jar})
 * brings it.
 */
package io.github.newsdedup.spark;
