/** The Spark jobs: deciding claim history and the impact of a revision, on executors that need only the core and a bundle. */
package io.coverkit.spark;
