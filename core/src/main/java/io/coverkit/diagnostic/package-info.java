/** Internal. Diagnostics: problems in policy files, with stable codes and source positions. */
package io.coverkit.diagnostic;
