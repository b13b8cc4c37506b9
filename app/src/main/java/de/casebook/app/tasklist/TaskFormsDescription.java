package de.casebook.app.tasklist;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The body of {@code POST /api/tasks/{taskId}/complete} is the form of the task's kind: the document
 * names every form ({@code AdmitParticipantForm} for {@code user_admit_participant}) and offers them
 * as one of, each with its fields, constraints and the task it belongs to.
 */
@Configuration(proxyBeanMethods = false)
class TaskFormsDescription {

    private static final String COMPLETE = "/api/tasks/{taskId}/complete";

    @Bean
    OpenApiCustomizer taskForms(List<TaskCompletion<?>> completions) {
        return api -> {
            var item = api.getPaths() == null ? null : api.getPaths().get(COMPLETE);
            if (item == null || item.getPost() == null) {
                return;
            }
            var forms = completions.stream().sorted(Comparator.comparing(TaskCompletion::taskKey))
                    .map(completion -> register(api, completion)).toList();
            var oneOf = new Schema<>();
            forms.forEach(name -> oneOf.addOneOfItem(new Schema<>().$ref("#/components/schemas/" + name)));
            item.getPost().setRequestBody(new RequestBody().required(false)
                    .description("The form of the task's kind: " + completions.stream()
                            .sorted(Comparator.comparing(TaskCompletion::taskKey))
                            .map(completion -> completion.taskKey() + " → " + formName(completion))
                            .collect(Collectors.joining(", ")))
                    .content(new Content().addMediaType("application/json", new MediaType().schema(oneOf))));
        };
    }

    private static String register(io.swagger.v3.oas.models.OpenAPI api, TaskCompletion<?> completion) {
        var name = formName(completion);
        var schemas = new java.util.HashMap<>(ModelConverters.getInstance()
                .readAll(new AnnotatedType(completion.formType()).resolveAsRef(false)));
        var own = schemas.remove(completion.formType().getSimpleName());
        if (own == null) {
            own = new Schema<>().type("object");
        }
        own.setTitle(name);
        own.setDescription("Completes " + completion.taskKey());
        schemas.forEach(api.getComponents().getSchemas()::putIfAbsent);
        api.getComponents().addSchemas(name, own);
        return name;
    }

    /** {@code user_admit_participant} → {@code AdmitParticipantForm}. */
    static String formName(TaskCompletion<?> completion) {
        var words = completion.taskKey().replaceFirst("^user_", "").split("_");
        var name = new StringBuilder();
        for (var word : words) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.append("Form").toString();
    }
}
