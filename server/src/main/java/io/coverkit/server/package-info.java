/** The Da Vinci CRD (CDS Hooks) and DTR endpoints over a guideline library. */
package io.coverkit.server;
