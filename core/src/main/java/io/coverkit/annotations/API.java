package io.coverkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far a type or member of coverkit may be relied on (in the spirit of JUnit's API Guardian).
 * Types without this annotation are internal, whatever their visibility: they may change in any
 * release. The build checks that no {@link Status#STABLE} or {@link Status#EXPERIMENTAL} signature
 * mentions an internal type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface API {

    /** The promise made. */
    Status status();

    /** The version that made it. */
    String since() default "0.1.0";

    /** The promises coverkit makes about a type or member. */
    enum Status {
        /** Kept compatible within a major version: removed only after a major version that deprecated it. */
        STABLE,
        /** New, and may change in a minor version; said in the changelog when it does. */
        EXPERIMENTAL,
        /** For coverkit's own artifacts (the DSL, the kit, the command line): may change in any release. */
        INTERNAL
    }
}
