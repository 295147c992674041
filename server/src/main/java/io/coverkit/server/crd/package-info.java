/**
 * The Da Vinci CRD service behind CDS Hooks (internal): discovery, hook requests, guideline
 * selection, the outcome-to-CRD table, the coverage-information extension and the cards.
 */
package io.coverkit.server.crd;
