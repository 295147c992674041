package io.coverkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import io.coverkit.annotations.API;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API says only public things: no signature of a stable or experimental type mentions
 * a type coverkit keeps internal, so a service compiled against the API never reaches into the
 * evaluator, the model or the DSL. A member for coverkit's own artifacts says so with
 * {@code @API(status = INTERNAL)}. Types without the annotation are internal.
 */
class ApiSurfaceTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.all();
    }

    @Test
    void noApiSignatureMentionsAnInternalType() {
        TreeSet<String> leaks = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!isApi(type) || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaMember member : type.getMembers()) {
                if (!member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || status(member.tryGetAnnotationOfType(API.class)).filter(s -> s == API.Status.INTERNAL).isPresent()) {
                    continue;
                }
                for (JavaType mentioned : signature(member)) {
                    for (JavaClass raw : mentioned.getAllInvolvedRawTypes()) {
                        JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
                        if (!base.isPrimitive() && !isPlatform(base) && !isApi(base)) {
                            leaks.add(member.getFullName() + " mentions " + base.getName());
                        }
                    }
                }
            }
        }
        assertEquals("", String.join("\n", leaks), "API signatures that mention internal types");
    }

    @Test
    void theEntryPointsAreStable() {
        for (Class<?> type : List.of(io.coverkit.api.GuidelineLibrary.class, io.coverkit.api.Decision.class,
                io.coverkit.request.CoverageRequest.class, io.coverkit.request.CoverageRequestBuilder.class,
                io.coverkit.determination.Determination.class, io.coverkit.determination.Outcome.class)) {
            API api = type.getAnnotation(API.class);
            assertTrue(api != null && api.status() == API.Status.STABLE, type.getName() + " is stable API");
        }
    }

    /** A type is API when it, or a type it is nested in, is marked stable or experimental, and it is not marked internal. */
    private static boolean isApi(JavaClass type) {
        Optional<API.Status> own = status(type.tryGetAnnotationOfType(API.class));
        if (own.isPresent()) {
            return own.get() != API.Status.INTERNAL;
        }
        return type.getEnclosingClass().map(ApiSurfaceTest::isApi).orElse(false);
    }

    /**
     * The JDK's types, and Jackson's: the core's one dependency, whose trees and generators the JSON
     * API accepts and returns for services that embed a determination in their own JSON.
     */
    private static boolean isPlatform(JavaClass type) {
        return type.getPackageName().startsWith("java.") || type.getPackageName().startsWith("com.fasterxml.jackson.");
    }

    private static Optional<API.Status> status(Optional<API> annotation) {
        return annotation.map(API::status);
    }

    private static List<JavaType> signature(JavaMember member) {
        List<JavaType> types = new ArrayList<>();
        if (member instanceof JavaCodeUnit code) {
            types.add(code.getReturnType());
            types.addAll(code.getParameterTypes());
        } else if (member instanceof JavaField field) {
            types.add(field.getType());
        }
        return types;
    }
}
