package nl.weerbaarbestuur.ontour.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses some requests before any filter runs (an encoded slash or NUL byte in the path,
 * a broken request line) and answers them with its own English HTML page. This replaces that page:
 * under /api a Dutch problem (application/problem+json), elsewhere a short Dutch page. No part of
 * the request is echoed.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final Translations translations;

    ApiErrorReportValve(Translations translations) {
        this.translations = translations;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            var uri = request.getRequestURI();
            var api = uri != null && (uri.startsWith("/api/") || uri.startsWith("//api/"));
            var title = translations.dutch(status == 404 ? "api.error.not-found.title"
                    : status == 400 ? "api.error.rejected.title" : "api.error.unexpected.title");
            var detail = translations.dutch(status == 404 ? "api.error.not-found.detail"
                    : status == 400 ? "api.error.rejected.detail" : "api.error.unexpected.detail", "-");
            String body;
            if (api) {
                response.setContentType("application/problem+json");
                body = "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\"}";
            } else {
                response.setContentType("text/html;charset=UTF-8");
                body = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>" + title + "</title></head><body><main><h1>"
                        + title + "</h1><p>" + detail + "</p><p><a href=\"/\">" + translations.dutch("error.to-home")
                        + "</a></p></main></body></html>";
            }
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Language", "nl");
            response.setHeader("Cache-Control", "no-store");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was committed meanwhile: nothing more to say.
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        /** At the host's start, after Spring Boot has added its own (English) error report valve: swap it. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve(Translations translations) {
            return factory -> factory.addContextCustomizers(context -> {
                var host = (org.apache.catalina.core.StandardHost) context.getParent();
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        for (var valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve && !(valve instanceof ApiErrorReportValve)) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        if (java.util.Arrays.stream(host.getPipeline().getValves()).noneMatch(ApiErrorReportValve.class::isInstance)) {
                            host.getPipeline().addValve(new ApiErrorReportValve(translations));
                        }
                    }
                });
            });
        }
    }
}
