/** Claims and determinations as Spark rows: the schemas and the mapping to and from coverkit's model. */
package io.coverkit.spark.rows;
