package de.casebook.app.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: titled and versioned, HTTP Basic as its security scheme, operations tagged by
 * case type, and the refusals every operation may answer described as problem details.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Path prefix → tag, in the order the document lists them. */
    private static final Map<String, Tag> TAGS = tags(
            "/api/courses", "Mentor qualification", "Courses, enrolments and signed-off sessions",
            "/api/qualifications", "Mentor qualification", "A participant's qualification case",
            "/api/card-applications", "Volunteer cards", "Applications for the Ehrenamtskarte",
            "/api/nominations", "Honours", "Nominations for city prizes, letters, pins and state honours",
            "/api/networks", "Networks", "Founding, membership, meetings, goals, grants and ending",
            "/api/tasks", "Tasks", "Human tasks of every case type",
            "/api/cases", "Cases", "Search across case types and a case's full history",
            "/api/statistics", "Statistics", "Counts for staff and the ministry",
            "/api/outbox", "Mail", "The outbox of the municipality",
            "/api/admin", "Administration", "Read models, rebuilds and dead letters",
            "/api/audit", "Audit trail", "Signed digests of the events' hash chain and their verification",
            "/api/data-protection", "Data protection", "Find a person, report what is stored about them, erase it",
            "/api/imports", "Imports", "Taking over card holders and certified mentors from a previous register",
            "/public", "Public links", "Links for people outside: confirmations, statements, card checks");

    private static final Map<String, String> REFUSALS = refusals();

    @Bean
    OpenAPI casebookApi() {
        return new OpenAPI()
                .info(new Info().title("Casebook API").version("1.0").description("""
                        Cases of civic engagement administration (mentor qualification, volunteer cards, \
                        honours, networks), every step an event. Refusals are RFC 9457 problem details \
                        with a code and a message in German (English with Accept-Language: en). Changing \
                        requests may carry an Idempotency-Key."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("the demo profile's users"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("a token of the identity provider (profile oidc)"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .tags(TAGS.values().stream().distinct().toList());
    }

    @Bean
    OpenApiCustomizer tagsAndRefusals() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            TAGS.entrySet().stream().filter(prefix -> path.startsWith(prefix.getKey())).findFirst()
                    .ifPresent(prefix -> operation.setTags(List.of(prefix.getValue().getName())));
            if (path.startsWith("/public")) {
                operation.setSecurity(List.of());
            }
            describeRefusals(operation, method, path.contains("{"), path.startsWith("/public"));
        }));
    }

    private static void describeRefusals(Operation operation, PathItem.HttpMethod method, boolean namesOne,
                                         boolean open) {
        var changing = method != PathItem.HttpMethod.GET;
        REFUSALS.forEach((status, description) -> {
            var applies = switch (status) {
                case "400", "422" -> changing || status.equals("400");
                case "401", "403" -> !open;
                case "404" -> namesOne;
                case "409" -> changing || open;
                default -> true;
            };
            if (applies && !operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }

    private static Map<String, String> refusals() {
        var refusals = new LinkedHashMap<String, String>();
        refusals.put("400", "Malformed input: wrong JSON type, unstorable text, missing or invalid fields (see errors)");
        refusals.put("401", "Not signed in");
        refusals.put("403", "Wrong role or municipality, or a missing CSRF token");
        refusals.put("404", "Unknown id, or a case the caller may not know of");
        refusals.put("409", "Wrong state, a duplicate (with the existing case's number) or a concurrent change");
        refusals.put("422", "A rule of the case type is violated");
        refusals.put("503", "The database is unreachable: nothing was stored, send the request again");
        return refusals;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        var field = new ObjectSchema().addProperty("field", new StringSchema().example("applicant.birthDate"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem detail")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Regel verletzt"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().example("card.application-open"))
                .addProperty("errors", new ArraySchema().items(field));
    }

    private static Map<String, Tag> tags(String... prefixNameDescription) {
        var tags = new LinkedHashMap<String, Tag>();
        var byName = new LinkedHashMap<String, Tag>();
        for (int i = 0; i < prefixNameDescription.length; i += 3) {
            var name = prefixNameDescription[i + 1];
            var description = prefixNameDescription[i + 2];
            var tag = byName.computeIfAbsent(name, key -> new Tag().name(key).description(description));
            tags.put(prefixNameDescription[i], tag);
        }
        return tags;
    }
}
