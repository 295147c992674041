/**
 * Clause coverage: which clauses of each guideline revision the scenarios exercised, and by which
 * scenarios. {@link io.coverkit.coverage.ClauseCatalogue} lists what can be exercised,
 * {@link io.coverkit.coverage.Observation} is one decided scenario request,
 * {@link io.coverkit.coverage.GuidelineCoverage} joins the two, and the writers print it as text,
 * JSON and HTML; {@link io.coverkit.coverage.CoverageThreshold} fails a run that falls short.
 */
package io.coverkit.coverage;
