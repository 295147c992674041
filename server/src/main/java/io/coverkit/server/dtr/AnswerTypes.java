package io.coverkit.server.dtr;

import io.coverkit.model.IcdRange;
import io.coverkit.server.dtr.FormItem.Option;
import io.coverkit.server.dtr.QuestionnaireAnswers.AnswerError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.Type;

/** The answer types each kind of item takes, checked before any answer is read. */
final class AnswerTypes {
    private AnswerTypes() {}

    /** Adds an error naming the item for every answer it cannot take. */
    static void check(FormItem item, List<Type> values, List<AnswerError> errors) {
        String linkId = item.linkId();
        if (values.size() > 1 && !item.repeats()) {
            errors.add(new AnswerError(linkId, "takes one answer, got " + values.size()));
            return;
        }
        for (Type v : values) {
            String problem = problem(item, v);
            if (problem != null) {
                errors.add(new AnswerError(linkId, problem));
                return;
            }
        }
        if (item.kind() == FormItem.Kind.INDICATION_CHOICE && values.size() > 1
                && values.stream().anyMatch(v -> FormItem.NONE_OF_THESE.equals(code(v)))) {
            errors.add(new AnswerError(linkId, "`" + FormItem.NONE_OF_THESE + "` cannot be chosen together with an indication"));
        }
    }

    // What is wrong with one answer to an item, or null.
    private static String problem(FormItem item, Type v) {
        String type = v.fhirType();
        switch (item.kind()) {
            case INDICATION, FACT, EARLIER_SERVICE:
                return isBool(v) ? null : "takes a valueBoolean, got value" + capitalized(type);
            case BIRTH_DATE, EVENT_DATE, EARLIER_SERVICE_DATE, DOCUMENT_DATE:
                if (!(v instanceof DateType d)) {
                    return "takes a valueDate, got value" + capitalized(type);
                }
                return d.getPrecision() == TemporalPrecisionEnum.DAY ? null : "takes a full date (yyyy-MM-dd), got `" + d.getValueAsString() + "`";
            case OBSERVATION:
                if (v instanceof DecimalType || v instanceof IntegerType) {
                    return null;
                }
                if (v instanceof Quantity q) {
                    if (!q.hasValue()) {
                        return "a valueQuantity needs its value";
                    }
                    String unit = q.hasCode() ? q.getCode() : q.getUnit();
                    return item.unit().isEmpty() || item.unit().equals(unit) ? null
                            : "takes a value in " + item.unit() + ", got `" + unit + "`";
                }
                return "takes a valueDecimal, got value" + capitalized(type);
            case INDICATION_CHOICE, SEX:
                if (!(v instanceof Coding c)) {
                    return "takes a valueCoding of its answer options, got value" + capitalized(type);
                }
                for (Option o : item.options()) {
                    if (o.code().equals(c.getCode())) {
                        return null;
                    }
                }
                return "`" + c.getCode() + "` is not one of its answer options ("
                        + String.join(", ", item.options().stream().map(Option::code).toList()) + ")";
            case DIAGNOSIS:
                if (!(v instanceof StringType s)) {
                    return "takes a valueString (an ICD-10-CM code), got value" + capitalized(type);
                }
                return s.getValue() != null && IcdRange.isCode(s.getValue().strip()) ? null
                        : "`" + s.getValue() + "` is not an ICD-10-CM code (such as M81.0)";
            case GROUP, DISPLAY:
                return "takes no answer";
            default:
                throw new IllegalStateException("an item kind without answer rules: " + item.kind());
        }
    }

    private static String capitalized(String type) {
        return type.isEmpty() ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    static boolean isBool(Type v) {
        return v instanceof BooleanType b && b.getValue() != null;
    }

    static boolean bool(Type v) {
        return ((BooleanType) v).booleanValue();
    }

    static String code(Type v) {
        return v instanceof Coding c ? c.getCode() : null;
    }

    static LocalDate date(Type v) {
        return LocalDate.parse(((DateType) v).getValueAsString());
    }

    static BigDecimal decimal(Type v) {
        if (v instanceof Quantity q) {
            return q.getValue();
        }
        if (v instanceof IntegerType i) {
            return BigDecimal.valueOf(i.getValue());
        }
        return ((DecimalType) v).getValue();
    }

    static String unit(Type v, String itemUnit) {
        if (v instanceof Quantity q) {
            return q.hasCode() ? q.getCode() : q.getUnit();
        }
        return itemUnit;
    }

    static String text(Type v) {
        return ((StringType) v).getValue();
    }
}
