package nl.weerbaarbestuur.ontour.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.shared.ProblemJson;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of every API request. No API request body is larger than a few kilobytes
 * (a description holds 4000 characters), so anything over {@link #MAX_BYTES} is refused with 413
 * before it is parsed, and before signing in costs a password hash; a body without a
 * Content-Length is counted while it is read. And a failure in a filter after it (where Spring
 * MVC's exception handling does not reach) still answers as a problem: left alone it would be
 * forwarded to /error, which the UI's chain answers with a redirect to the sign-in page.
 */
class ApiRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestGuard.class);

    static final int MAX_BYTES = 64 * 1024;

    private final Translations translations;

    ApiRequestGuard(Translations translations) {
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            var locale = ApiLocale.of(request);
            ProblemJson.write(response, 413, translations.getTranslation("api.error.too-large.title", locale),
                    translations.getTranslation("api.error.too-large.detail", locale, MAX_BYTES / 1024),
                    request.getRequestURI());
            return;
        }
        try {
            chain.doFilter(new Limited(request), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            var reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("API request {} {} failed outside the controllers (reference {})", request.getMethod(),
                    nl.weerbaarbestuur.ontour.shared.LogSafe.path(request.getRequestURI()), reference, e);
            var locale = ApiLocale.of(request);
            response.resetBuffer();
            ProblemJson.write(response, 500, translations.getTranslation("api.error.unexpected.title", locale),
                    translations.getTranslation("api.error.unexpected.detail", locale, reference), request.getRequestURI());
        }
    }

    /** Thrown while reading past the limit; the exception handler turns it into 413. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body larger than " + MAX_BYTES + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private @Nullable ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            var encoding = getCharacterEncoding();
            var charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private long count;

        CountingStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws BodyTooLargeException {
            count += n;
            if (count > MAX_BYTES) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
