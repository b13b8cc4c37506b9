package de.casebook.app.mentoring;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/courses")
class CourseController {

    private final SchedulingCourses schedulingCourses;
    private final EnrollingParticipants enrollingParticipants;
    private final SigningOffCourseHours signingOffCourseHours;
    private final Courses courses;
    private final CurrentActor currentActor;

    CourseController(SchedulingCourses schedulingCourses, EnrollingParticipants enrollingParticipants,
                     SigningOffCourseHours signingOffCourseHours, Courses courses, CurrentActor currentActor) {
        this.schedulingCourses = schedulingCourses;
        this.enrollingParticipants = enrollingParticipants;
        this.signingOffCourseHours = signingOffCourseHours;
        this.courses = courses;
        this.currentActor = currentActor;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a mentor course with registered trainers and its modules; warns without a tandem")
    @PostMapping
    ResponseEntity<Map<String, Object>> schedule(@Valid @RequestBody SchedulingCourses.CourseRequest request) {
        var scheduled = schedulingCourses.schedule(request, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.created(URI.create("/api/courses/" + scheduled.courseId()))
                .body(Map.of("id", scheduled.courseId(), "warnings", scheduled.warnings()));
    }

    @Operation(summary = "A course with its participants and sessions")
    @GetMapping("/{courseId}")
    CourseView course(@PathVariable String courseId) {
        return courses.course(currentActor.actingAs(Role.STAFF, Role.TRAINER, Role.AUDITOR, Role.ADMIN), courseId);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol a person in a course (opens a qualification case)")
    @PostMapping("/{courseId}/enrolments")
    ResponseEntity<Map<String, String>> enrol(@PathVariable String courseId,
                                              @Valid @RequestBody EnrollingParticipants.EnrolmentRequest request) {
        var caseId = enrollingParticipants.enrol(courseId, request, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.created(URI.create("/api/qualifications/" + caseId)).body(Map.of("caseId", caseId));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign off a session's hours for the participants present (trainers)")
    @PostMapping("/{courseId}/sessions")
    ResponseEntity<Map<String, String>> signOff(@PathVariable String courseId,
                                                @Valid @RequestBody SigningOffCourseHours.SessionRequest request) {
        var sessionId = signingOffCourseHours.signOff(courseId, request, currentActor.actingAs(Role.TRAINER));
        return ResponseEntity.created(URI.create("/api/courses/" + courseId)).body(Map.of("sessionId", sessionId));
    }
}
