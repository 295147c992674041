/**
 * DTR (Da Vinci Documentation Templates and Rules): questionnaires generated from a guideline's
 * criteria, the {@code $questionnaire-package} operation, and decisions made from completed
 * QuestionnaireResponses. Internal to the server except {@link io.coverkit.server.dtr.DtrService},
 * {@link io.coverkit.server.dtr.QuestionnaireAnswers} and {@link io.coverkit.server.dtr.QuestionnaireUrls}.
 */
package io.coverkit.server.dtr;
