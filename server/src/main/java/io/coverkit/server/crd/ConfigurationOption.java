package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The CRD configuration options coverkit's services honour. CRD 2.0.1 binds an option's code to its
 * card-type value set (required), so the options are card types: {@code coverage-info} turns the
 * coverage-information system actions on or off, {@code guideline} the cards explaining the
 * guideline. A request's {@code extension."davinci-crd.configuration"} sets them; an unknown option
 * or a value of the wrong type is ignored (the default applies) and reported in the Instructions
 * card rather than refused.
 */
enum ConfigurationOption {
    COVERAGE_INFO("coverage-info", "Coverage information",
            "Return the coverage-information extension on each in-scope order (as system actions).", true),
    GUIDELINE("guideline", "Guideline cards",
            "Return cards explaining the guideline's decision and linking to the clauses it cites.", true);

    private final String code;
    private final String displayName;
    private final String description;
    private final boolean defaultValue;

    ConfigurationOption(String code, String displayName, String description, boolean defaultValue) {
        this.code = code;
        this.displayName = displayName;
        this.description = description;
        this.defaultValue = defaultValue;
    }

    String code() {
        return code;
    }

    String displayName() {
        return displayName;
    }

    String description() {
        return description;
    }

    boolean defaultValue() {
        return defaultValue;
    }

    /**
     * The options a request sets, with the notes on what was ignored.
     *
     * @param configuration the request's {@code extension."davinci-crd.configuration"}, or null
     */
    record Settings(Map<ConfigurationOption, Boolean> values, List<String> ignored) {
        boolean on(ConfigurationOption o) {
            return values.getOrDefault(o, o.defaultValue);
        }

        static Settings read(JsonNode configuration) {
            Map<ConfigurationOption, Boolean> values = new EnumMap<>(ConfigurationOption.class);
            List<String> ignored = new ArrayList<>();
            if (configuration == null || configuration.isNull()) {
                return new Settings(values, ignored);
            }
            if (!configuration.isObject()) {
                ignored.add("`davinci-crd.configuration` is not an object");
                return new Settings(values, ignored);
            }
            configuration.fields().forEachRemaining(f -> {
                ConfigurationOption option = null;
                for (ConfigurationOption o : ConfigurationOption.values()) {
                    if (o.code.equals(f.getKey())) {
                        option = o;
                    }
                }
                if (option == null) {
                    ignored.add("unknown option `" + f.getKey() + "`");
                } else if (!f.getValue().isBoolean()) {
                    ignored.add("option `" + f.getKey() + "` is not a boolean");
                } else {
                    values.put(option, f.getValue().booleanValue());
                }
            });
            return new Settings(values, ignored);
        }
    }
}
