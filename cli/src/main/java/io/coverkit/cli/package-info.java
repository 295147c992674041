/** Internal. The {@code coverkit} command line (picocli). */
package io.coverkit.cli;
