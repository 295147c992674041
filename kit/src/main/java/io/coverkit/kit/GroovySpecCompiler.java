package io.coverkit.kit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.tools.GroovyClass;

/**
 * Compiles spec files with Groovy's compiler, Spock's transform applying as it does under Maven.
 * It lives in the test runtime, which {@code coverkit test} loads, so the command line itself
 * never carries a Groovy compiler (the policy pipeline must only ever parse).
 */
public final class GroovySpecCompiler implements SpecCompiler {

    @Override
    public Result compile(List<Path> sources, Path outputDir) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setTargetDirectory(outputDir.toFile());
        config.setTargetBytecode(CompilerConfiguration.JDK17);
        ClassLoader loader = GroovySpecCompiler.class.getClassLoader();
        CompilationUnit unit = new CompilationUnit(config, null, new groovy.lang.GroovyClassLoader(loader, config));
        sources.forEach(s -> unit.addSource(s.toFile()));
        try {
            unit.compile(Phases.OUTPUT);
        } catch (CompilationFailedException e) {
            List<String> errors = new ArrayList<>();
            e.getMessage().lines().filter(l -> !l.isBlank() && !l.startsWith("startup failed")).forEach(errors::add);
            return new Result(List.of(), errors);
        }
        List<String> names = new ArrayList<>();
        for (GroovyClass c : unit.getClasses()) {
            // Closures and inner classes come along with their outer class.
            if (!c.getName().contains("$")) {
                names.add(c.getName());
            }
        }
        return new Result(names, List.of());
    }
}
