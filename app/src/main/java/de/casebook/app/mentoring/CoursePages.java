package de.casebook.app.mentoring;

import de.casebook.app.platform.FormValidation;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Courses for staff (create, enrol) and trainers (progress per participant, sign off sessions). */
@Controller
class CoursePages {

    private final CourseDirectory directory;
    private final CourseParticipants participants;
    private final Courses courses;
    private final SchedulingCourses scheduling;
    private final EnrollingParticipants enrolling;
    private final SigningOffCourseHours signingOff;
    private final CorrectingQualifications correcting;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final FormValidation validation;
    private final Clock clock;
    private final TrainerRegister register;

    CoursePages(CourseDirectory directory, CourseParticipants participants, Courses courses, SchedulingCourses scheduling, EnrollingParticipants enrolling,
                SigningOffCourseHours signingOff, CorrectingQualifications correcting, CurrentActor currentActor,
                PageMessages messages, FormValidation validation, Clock clock, TrainerRegister register) {
        this.register = register;
        this.directory = directory;
        this.participants = participants;
        this.courses = courses;
        this.scheduling = scheduling;
        this.enrolling = enrolling;
        this.signingOff = signingOff;
        this.correcting = correcting;
        this.currentActor = currentActor;
        this.messages = messages;
        this.validation = validation;
        this.clock = clock;
    }

    @GetMapping("/courses")
    String list(Model model) {
        model.addAttribute("courses", directory.visibleTo(currentActor.actingAs(Role.TRAINER, Role.STAFF, Role.AUDITOR,
                Role.ADMIN)));
        return "mentoring/courses";
    }

    @GetMapping("/courses/new")
    String newCourse(Model model) {
        var actor = currentActor.actingAs(Role.STAFF);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("registeredTrainers", register.usernamesIn(actor.municipality()));
        return "mentoring/new-course";
    }

    @PostMapping("/courses")
    String schedule(@RequestParam String title, @RequestParam String educationProvider,
                    @RequestParam(required = false) List<String> trainers, @RequestParam(required = false) LocalDate startDate,
                    RedirectAttributes redirect) {
        var scheduled = new SchedulingCourses.Scheduled[1];
        var request = new SchedulingCourses.CourseRequest(title, educationProvider,
                trainers == null ? List.of() : trainers.stream().filter(name -> !name.isBlank()).toList(), startDate,
                null, null, null, null);
        var ok = messages.attempt(() -> scheduled[0] = scheduling.schedule(validation.validated(request),
                currentActor.actingAs(Role.STAFF)), redirect, "page.course-scheduled");
        if (ok && !scheduled[0].warnings().isEmpty()) {
            redirect.addFlashAttribute("warning", String.join(" ", scheduled[0].warnings()));
        }
        return ok ? "redirect:/courses/" + scheduled[0].courseId() : "redirect:/courses/new";
    }

    @GetMapping("/courses/{courseId}")
    String course(@PathVariable String courseId, Model model) {
        var actor = currentActor.actingAs(Role.TRAINER, Role.STAFF, Role.AUDITOR, Role.ADMIN);
        var course = courses.course(actor, courseId);
        model.addAttribute("course", course);
        model.addAttribute("participants", participants.of(courseId));
        model.addAttribute("isTrainer", actor.role() == Role.TRAINER && course.trainers().contains(actor.username()));
        model.addAttribute("isStaff", actor.role() == Role.STAFF);
        model.addAttribute("today", LocalDate.now(clock));
        return "mentoring/course";
    }

    @PostMapping("/courses/{courseId}/enrolments")
    String enrol(@PathVariable String courseId, @Valid @ModelAttribute EnrollingParticipants.EnrolmentRequest request,
                 BindingResult binding, RedirectAttributes redirect) {
        messages.attempt(() -> {
            validation.requireValid(binding);
            enrolling.enrol(courseId, request, currentActor.actingAs(Role.STAFF));
        }, redirect, "page.participant-enrolled");
        return "redirect:/courses/" + courseId;
    }

    @PostMapping("/courses/{courseId}/sessions")
    String signOff(@PathVariable String courseId, @RequestParam(required = false) LocalDate date,
                   @RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String module,
                   @RequestParam(required = false) List<String> participants,
                   @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        var request = new SigningOffCourseHours.SessionRequest(date, hours, module,
                participants == null ? List.of() : participants, confirmed);
        messages.attempt(() -> signingOff.signOff(courseId, validation.validated(request), currentActor.actingAs(Role.TRAINER)),
                redirect, "page.session-signed-off");
        return "redirect:/courses/" + courseId;
    }

    @PostMapping("/qualifications/{caseId}/sign-offs/{sessionId}/revocation")
    String revoke(@PathVariable String caseId, @PathVariable String sessionId, @RequestParam String reason,
                  @RequestParam String courseId, RedirectAttributes redirect) {
        messages.attempt(() -> correcting.revokeSignOff(caseId, sessionId, reason,
                currentActor.actingAs(Role.TRAINER, Role.STAFF)), redirect, "page.sign-off-revoked");
        return "redirect:/courses/" + courseId;
    }

}
