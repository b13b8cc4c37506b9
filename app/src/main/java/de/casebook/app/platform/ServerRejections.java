package de.casebook.app.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (an address with raw, unencoded umlauts, a
 * malformed request line or header) are answered as every other error is: a problem detail in German
 * (English when asked for), not Tomcat's HTML page. Errors of requests that reached the application
 * keep the answer the application gave them.
 */
@Component
class ServerRejections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Problems problems;
    private final ObjectMapper json;

    ServerRejections(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** After Spring Boot's own customizer, which adds Tomcat's plain error report to the host. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // the host adds a report of this class at its start unless one is there
            host.setErrorReportValveClass(ProblemReport.class.getName());
            host.getPipeline().addValve(new ProblemReport(this));
        });
    }

    /**
     * A request refused in its request line has no address by which the language rule tells the API
     * from a page, nor headers asking for a language: German, as everywhere by default.
     */
    String problem(int status, Request request) throws IOException {
        var resolved = HttpStatus.resolve(status);
        var httpStatus = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
        var code = status == 400 ? "request.rejected-by-server.400" : "request.rejected-by-server";
        return json.writeValueAsString(request.getRequestURI() == null
                ? problems.of(httpStatus, code) : problems.of(request, httpStatus, code));
    }

    /** Tomcat's error report, written as a problem detail for requests that never reached the application. */
    static final class ProblemReport extends ErrorReportValve {

        private final ServerRejections rejections;

        ProblemReport(ServerRejections rejections) {
            this.rejections = rejections;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (reachedTheApplication(request)) {
                super.report(request, response, throwable);
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || !ioAllowed.get()
                    || !response.setErrorReported()) {
                return;
            }
            try {
                var body = rejections.problem(response.getStatus(), request);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // the client has gone or the response cannot take a body: nothing to tell anyone
            }
        }

        private static boolean reachedTheApplication(Request request) {
            Container context = request.getContext();
            return context != null && request.getWrapper() != null;
        }
    }
}
